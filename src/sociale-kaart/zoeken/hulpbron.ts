import type { HulpBron } from '../../regie/hulp-per-levensgebied.js';
import { isLevensgebied } from './vocabulaire.js';
import { zoek } from './zoeken.js';

/**
 * The sociale kaart as a source of help for a levensgebied that is not going well: services
 * tagged with that domain, for the record's own gemeente. Public data; the `Toegang` only
 * tells which gemeente.
 */
export const socialeKaartHulpbron: HulpBron = {
  code: 'sociale-kaart',
  kop: 'socialeKaart.hulp.kop',
  async suggesties(toegang, levensgebied, aantal) {
    // A domain a beheerder added has no tag on the sociale kaart (yet).
    if (!isLevensgebied(levensgebied)) return [];
    const uitkomst = await zoek(
      toegang.db,
      toegang.gemeenteId,
      {
        tekst: '',
        levensgebied,
        zonderIndicatie: false,
        gratis: false,
        groep: false,
        postcode: undefined,
        postcodeTekst: '',
        afstandKm: undefined,
        nuOpen: false,
        sorteer: 'relevantie',
        pagina: 1,
      },
      new Date(),
    );
    if (!uitkomst.ok) return [];
    return uitkomst.treffers.slice(0, aantal).map((treffer) => ({
      titel: treffer.naam,
      ...(treffer.organisatie ? { toelichting: treffer.organisatie } : {}),
      href: `/sociale-kaart/${encodeURIComponent(treffer.id)}`,
    }));
  },
  meer: (levensgebied) => `/sociale-kaart?levensgebied=${encodeURIComponent(levensgebied)}`,
};
