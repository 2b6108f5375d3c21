import type { Db } from '../../platform/db/database.js';
import type { HulpBron } from '../../platform/extensions/hulp.js';
import { isLevensgebied } from './vocabulaire.js';
import { zoek } from './zoeken.js';

/**
 * The sociale kaart as a source of help for a levensgebied that is not going well: services
 * tagged with that domain, in the gemeente. Public data only; it never sees the record.
 */
export function socialeKaartHulpbron(db: Db): HulpBron {
  return {
    code: 'sociale-kaart',
    kop: 'socialeKaart.hulp.kop',
    async suggesties({ gemeenteId, levensgebied, aantal, nu }) {
      // A domain a beheerder added has no tag on the sociale kaart (yet).
      if (!isLevensgebied(levensgebied)) return [];
      const uitkomst = await zoek(
        db,
        gemeenteId,
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
        nu,
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
}
