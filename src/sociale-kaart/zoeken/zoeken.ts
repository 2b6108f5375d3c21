import type { Db } from '../../platform/db/database.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { spellingAlternatieven, type Treffer, zoekDiensten, zoekPostcode } from './queries.js';
import {
  amsterdamMoment,
  magVerbeteren,
  PAGINA_GROOTTE,
  tsQueryTekst,
  type Zoekvraag,
  zoekWoorden,
} from './rules.js';
import { isOnderwerpWoord, STOPWOORDEN, splitsSamenstelling } from './samenstellingen.js';
import type { Kenmerk } from './vocabulaire.js';

export type Zoekuitkomst =
  | {
      ok: true;
      totaal: number;
      /** More than `totaal` were found (counting stops there) */
      meer: boolean;
      treffers: Treffer[];
      alleWoorden: boolean;
      verbeterd: string[];
    }
  | { ok: false; fouten: Partial<Record<'postcode', MessageKey>> };

/**
 * The search use case: typo correction of the query words against the lexicon, compounds also
 * as their parts, full text with every topic word (falling back to any word when nothing has
 * them all; words that only ask for help rank but are not required), filters, distance to a
 * postcode, "nu open" at `now` in Amsterdam time, one page of results.
 */
export async function zoek(db: Db, gemeenteId: string, vraag: Zoekvraag, now: Date): Promise<Zoekuitkomst> {
  let punt: { lat: number; lon: number } | undefined;
  if (vraag.postcode) {
    punt = await zoekPostcode(db, vraag.postcode);
    if (!punt) return { ok: false, fouten: { postcode: 'socialeKaart.fout.postcode-onbekend' } };
  }
  const woorden = zoekWoorden(vraag.tekst);
  const alternatieven = await spellingAlternatieven(db, gemeenteId, woorden.filter(magVerbeteren));
  const verbeterd: string[] = [];
  const groepen = woorden.map((woord) => {
    const alt = alternatieven.get(woord) ?? [];
    const delen = splitsSamenstelling(woord);
    // A word the sociale kaart knows is taken as meant; otherwise its closest words join it.
    if (alt[0] === woord) return { woord, prefix: false, alternatieven: [], ...(delen ? { delen } : {}) };
    if (alt[0]) verbeterd.push(alt[0]);
    return { woord, prefix: true, alternatieven: alt, ...(delen ? { delen } : {}) };
  });
  // "hulp bij schulden": the topic (schulden) must match; asking words (hulp) only rank, so a
  // debt service that never says "hulp" is found, and "hulp bij" cannot outweigh the topic.
  const onderwerp = groepen.filter((g) => isOnderwerpWoord(g.woord));
  const vereist = onderwerp.length > 0 ? onderwerp : groepen;
  const extra = groepen.filter((g) => !vereist.includes(g));
  const kern = woorden.filter((w) => !STOPWOORDEN.has(w) && (onderwerp.length === 0 || isOnderwerpWoord(w)));
  const kenmerken: Kenmerk[] = [];
  if (vraag.zonderIndicatie) kenmerken.push('zonder-indicatie');
  if (vraag.gratis) kenmerken.push('gratis');
  if (vraag.groep) kenmerken.push('groep');
  const opdracht = {
    tekst: (kern.length > 0 ? kern : woorden).join(' '),
    tsQuery: tsQueryTekst(vereist, 'alle'),
    rangQuery: tsQueryTekst(extra, 'een'),
    levensgebied: vraag.levensgebied,
    kenmerken,
    punt,
    afstandKm: vraag.afstandKm,
    nuOpen: vraag.nuOpen ? amsterdamMoment(now) : undefined,
    sorteer: vraag.sorteer,
    limit: PAGINA_GROOTTE,
    offset: (vraag.pagina - 1) * PAGINA_GROOTTE,
  };
  const alle = await zoekDiensten(db, gemeenteId, opdracht);
  if (alle.totaal > 0 || vereist.length < 2) return { ok: true, ...alle, alleWoorden: true, verbeterd };
  const een = await zoekDiensten(db, gemeenteId, { ...opdracht, tsQuery: tsQueryTekst(vereist, 'een') });
  return { ok: true, ...een, alleWoorden: false, verbeterd };
}
