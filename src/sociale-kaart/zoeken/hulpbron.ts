import type { Db } from '../../platform/db/database.js';
import type { HulpBron, HulpSuggestie } from '../../platform/extensions/hulp.js';
import { isLevensgebied } from './vocabulaire.js';
import { zoekindexGeneratie } from './wijzigingen.js';
import { zoek } from './zoeken.js';

/**
 * How long a domain's suggestions are reused. They are public, gemeente-level data (no record,
 * no viewer in the key), asked on every levensgebieden page for each domain that is not going
 * well: two search statements per domain (issue 20). A change made through this instance is
 * seen at once (zoekindexGeneratie); one made through another instance within this time.
 */
const BEWAAR_MS = 60_000;

/**
 * The sociale kaart as a source of help for a levensgebied that is not going well: services
 * tagged with that domain, in the gemeente. Public data only; it never sees the record.
 */
export function socialeKaartHulpbron(db: Db): HulpBron {
  // Bounded: one entry per gemeente and tagged domain (isLevensgebied) and count asked.
  const bewaard = new Map<string, { tot: number; generatie: number; suggesties: HulpSuggestie[] }>();
  return {
    code: 'sociale-kaart',
    kop: 'socialeKaart.hulp.kop',
    async suggesties({ gemeenteId, levensgebied, aantal, nu }) {
      // A domain a beheerder added has no tag on the sociale kaart (yet).
      if (!isLevensgebied(levensgebied)) return [];
      const sleutel = `${gemeenteId} ${levensgebied} ${aantal}`;
      const eerder = bewaard.get(sleutel);
      const generatie = zoekindexGeneratie();
      if (eerder && eerder.generatie === generatie && eerder.tot > Date.now()) return eerder.suggesties;
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
      const suggesties = uitkomst.treffers.slice(0, aantal).map((treffer) => ({
        titel: treffer.naam,
        ...(treffer.organisatie ? { toelichting: treffer.organisatie } : {}),
        href: `/sociale-kaart/${encodeURIComponent(treffer.id)}`,
      }));
      bewaard.set(sleutel, { tot: Date.now() + BEWAAR_MS, generatie, suggesties });
      return suggesties;
    },
    meer: (levensgebied) => `/sociale-kaart?levensgebied=${encodeURIComponent(levensgebied)}`,
  };
}
