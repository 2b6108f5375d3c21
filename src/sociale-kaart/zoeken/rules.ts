import { z } from 'zod';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { isLevensgebied, type Levensgebied } from './vocabulaire.js';

/**
 * Pure rules of the sociale kaart search: text folding and query words, the search form's
 * parameters, postcodes, opening hours ("nu open") and distances. No I/O here.
 */

// ---------------------------------------------------------------------------------------------
// Text

/**
 * Lower case without accents: "Café Één" → "cafe een". Done here rather than with PostgreSQL's
 * unaccent (not IMMUTABLE, so unusable in an index), for the document and the query alike
 * (docs/decisions/013). NFKD also splits ligatures such as "ĳ" into "ij".
 */
export function vouw(text: string): string {
  // Lower case before the ß rule (ẞ lowers to ß) and decompose again after it (İ lowers to i + a mark).
  return text.normalize('NFKD').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

/** The folded words of a text: runs of a–z and 0–9, everything else separates. */
export function woordenVan(text: string): string[] {
  return vouw(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** Words worth correcting a typo towards: 3 to 40 letters, not only digits. */
export function lexiconWoorden(text: string): string[] {
  return woordenVan(text).filter((word) => word.length >= 3 && word.length <= 40 && !/^\d+$/.test(word));
}

export const MAX_ZOEKWOORDEN = 8;

/** The words of a query, folded, without repeats, at most 8 (a longer query is not a search). */
export function zoekWoorden(vraag: string): string[] {
  const seen = new Set<string>();
  for (const word of woordenVan(vraag)) {
    if (word.length > 40) continue;
    seen.add(word);
    if (seen.size === MAX_ZOEKWOORDEN) break;
  }
  return [...seen];
}

/** A word that may be a typo worth correcting: long enough for trigrams to mean something. */
export function magVerbeteren(word: string): boolean {
  return word.length >= 4 && !/^\d+$/.test(word);
}

/**
 * One query word as searched: the word, whether it may be a prefix, its spelling alternatives,
 * and its parts when it is a compound (samenstellingen.ts), which then also match together.
 */
export type WoordGroep = {
  woord: string;
  prefix: boolean;
  alternatieven: readonly string[];
  delen?: readonly string[];
};

/**
 * The to_tsquery text for query words: every word a group `(woord:* | alternatief | (deel & deel))`, groups
 * joined with & (all words) or | (any word). A word the sociale kaart knows is matched as itself
 * (cheap in the index); only an unknown word becomes a prefix ("schuldhulp" finds
 * "schuldhulpverlening"). Words from zoekWoorden and the lexicon hold only a–z and 0–9, so
 * nothing here can be read as tsquery syntax; anything else is dropped to be sure.
 */
export function tsQueryTekst(groepen: readonly WoordGroep[], modus: 'alle' | 'een'): string {
  const veilig = (word: string) => /^[a-z0-9]+$/.test(word);
  const parts = groepen
    .map((groep) => {
      const eerste = veilig(groep.woord)
        ? [groep.prefix && groep.woord.length >= 4 ? `${groep.woord}:*` : groep.woord]
        : [];
      const rest = [...new Set(groep.alternatieven.filter((w) => veilig(w) && w !== groep.woord))];
      const delen = groep.delen ?? [];
      const samen = delen.length >= 2 && delen.every(veilig) ? [`(${delen.join(' & ')})`] : [];
      const terms = [...eerste, ...rest, ...samen];
      return terms.length === 0 ? '' : terms.length === 1 ? (terms[0] as string) : `(${terms.join(' | ')})`;
    })
    .filter((part) => part !== '');
  return parts.join(modus === 'alle' ? ' & ' : ' | ');
}

// ---------------------------------------------------------------------------------------------
// Postcodes

export type Postcode = { pc4: string; pc6: string | undefined };

/**
 * "1234 AB", "1234ab" or "1234" → { pc4: "1234", pc6: "1234AB" }. Four digits and optionally
 * two letters; a leading 0 is allowed because the demo gemeente's fictional postcodes start
 * with 0, which no real Dutch postcode does (README).
 */
export function leesPostcode(input: string): Postcode | undefined {
  const match = /^(\d{4})\s*([a-zA-Z]{2})?$/.exec(input.trim());
  if (!match) return undefined;
  const pc4 = match[1] as string;
  const letters = match[2]?.toUpperCase();
  return { pc4, pc6: letters ? `${pc4}${letters}` : undefined };
}

// ---------------------------------------------------------------------------------------------
// The search form

export const PAGINA_GROOTTE = 10;
export const MAX_AFSTAND_KM = 100;

export type Zoekvraag = {
  tekst: string;
  levensgebied: Levensgebied | undefined;
  zonderIndicatie: boolean;
  gratis: boolean;
  groep: boolean;
  postcode: Postcode | undefined;
  /** The postcode as typed, to show back in the form */
  postcodeTekst: string;
  afstandKm: number | undefined;
  nuOpen: boolean;
  sorteer: 'relevantie' | 'afstand';
  pagina: number;
};

export type ZoekFouten = Partial<
  Record<'q' | 'levensgebied' | 'postcode' | 'afstand' | 'sorteer', MessageKey>
>;

const aangevinkt = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));

/** One value of a GET parameter; a repeated parameter counts by its first value. */
const eenWaarde = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim());

const ruweZoekvraag = z.object({
  q: eenWaarde,
  levensgebied: eenWaarde,
  'zonder-indicatie': aangevinkt,
  gratis: aangevinkt,
  groep: aangevinkt,
  postcode: eenWaarde,
  afstand: eenWaarde,
  'nu-open': aangevinkt,
  sorteer: eenWaarde,
  pagina: eenWaarde,
});

/**
 * Reads the search page's GET parameters. Never throws: what cannot be used comes back as an
 * error message key per field (shown next to the field), with the rest of the search kept.
 */
export function leesZoekvraag(query: unknown): { vraag: Zoekvraag; fouten: ZoekFouten } {
  const parsed = ruweZoekvraag.safeParse(typeof query === 'object' && query !== null ? query : {});
  const raw = parsed.success
    ? parsed.data
    : {
        q: '',
        levensgebied: '',
        'zonder-indicatie': false,
        gratis: false,
        groep: false,
        postcode: '',
        afstand: '',
        'nu-open': false,
        sorteer: '',
        pagina: '',
      };
  const fouten: ZoekFouten = {};
  let tekst = raw.q;
  if (tekst.length > 200) {
    fouten.q = 'socialeKaart.fout.zoektekst-lang';
    tekst = tekst.slice(0, 200);
  }
  let levensgebied: Levensgebied | undefined;
  if (raw.levensgebied !== '') {
    if (isLevensgebied(raw.levensgebied)) levensgebied = raw.levensgebied;
    else fouten.levensgebied = 'socialeKaart.fout.levensgebied';
  }
  let postcode: Postcode | undefined;
  if (raw.postcode !== '') {
    postcode = leesPostcode(raw.postcode);
    if (!postcode) fouten.postcode = 'socialeKaart.fout.postcode';
  }
  let afstandKm: number | undefined;
  if (raw.afstand !== '') {
    const km = Number(raw.afstand.replace(',', '.'));
    if (!Number.isFinite(km) || km <= 0 || km > MAX_AFSTAND_KM) fouten.afstand = 'socialeKaart.fout.afstand';
    else if (raw.postcode === '') fouten.postcode = 'socialeKaart.fout.postcode-nodig';
    else afstandKm = km;
  }
  let sorteer: Zoekvraag['sorteer'] = 'relevantie';
  if (raw.sorteer === 'afstand') {
    if (raw.postcode === '') fouten.postcode ??= 'socialeKaart.fout.postcode-nodig-sorteren';
    else sorteer = 'afstand';
  } else if (raw.sorteer !== '' && raw.sorteer !== 'relevantie') {
    fouten.sorteer = 'socialeKaart.fout.sorteer';
  }
  const paginaGetal = Number(raw.pagina);
  const pagina =
    raw.pagina !== '' && Number.isInteger(paginaGetal) && paginaGetal >= 1 && paginaGetal <= 1000
      ? paginaGetal
      : 1;
  return {
    vraag: {
      tekst,
      levensgebied,
      zonderIndicatie: raw['zonder-indicatie'],
      gratis: raw.gratis,
      groep: raw.groep,
      postcode,
      postcodeTekst: raw.postcode.slice(0, 20),
      afstandKm,
      nuOpen: raw['nu-open'],
      sorteer,
      pagina,
    },
    fouten,
  };
}

/** The query string of a search, for pagination links and "sort by" links: only what is set. */
export function zoekParameters(vraag: Zoekvraag, wijziging: Partial<Zoekvraag> = {}): string {
  const v = { ...vraag, ...wijziging };
  const params = new URLSearchParams();
  if (v.tekst) params.set('q', v.tekst);
  if (v.levensgebied) params.set('levensgebied', v.levensgebied);
  if (v.zonderIndicatie) params.set('zonder-indicatie', 'ja');
  if (v.gratis) params.set('gratis', 'ja');
  if (v.groep) params.set('groep', 'ja');
  if (v.postcodeTekst) params.set('postcode', v.postcodeTekst);
  if (v.afstandKm !== undefined) params.set('afstand', String(v.afstandKm));
  if (v.nuOpen) params.set('nu-open', 'ja');
  if (v.sorteer !== 'relevantie') params.set('sorteer', v.sorteer);
  if (v.pagina > 1) params.set('pagina', String(v.pagina));
  return params.toString();
}

// ---------------------------------------------------------------------------------------------
// Opening hours

export const MINUTEN_PER_WEEK = 7 * 24 * 60;
const DAGEN = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Dag = (typeof DAGEN)[number];

/** The fields of an HSDS schedule this needs. */
export type Rooster = {
  freq: string | null;
  byday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  interval?: number | null;
  valid_from?: string | null;
  valid_to?: string | null;
};

/** A weekly opening window in minutes since Monday 00:00 (Amsterdam time), end exclusive. */
export type Venster = { van: number; tot: number };

/** "09:00", "9:00:00" or "09:00+01:00" → minutes since midnight; the offset is ignored (see README). */
export function leesTijd(text: string | null | undefined): number | undefined {
  const match = /^(\d{1,2}):(\d{2})/.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/** The days of a weekly schedule, Monday first; undefined when it is not a plain weekly rule. */
export function roosterDagen(rooster: Rooster): Dag[] | undefined {
  const freq = rooster.freq?.toUpperCase() ?? '';
  if (freq !== 'WEEKLY' && !(freq === '' && rooster.byday)) return undefined;
  if (rooster.interval !== null && rooster.interval !== undefined && rooster.interval !== 1) return undefined;
  const parts = (rooster.byday ?? '')
    .toUpperCase()
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const days: Dag[] = [];
  for (const part of parts) {
    if (!(DAGEN as readonly string[]).includes(part)) return undefined;
    if (!days.includes(part as Dag)) days.push(part as Dag);
  }
  return days.sort((a, b) => DAGEN.indexOf(a) - DAGEN.indexOf(b));
}

/**
 * The weekly windows of one HSDS schedule. Only plain weekly rules (freq WEEKLY, interval 1,
 * byday without numbers) with opens_at and closes_at count; monthly or irregular schedules are
 * shown on the detail page as written but never count as "open now". A window past midnight
 * (closes_at ≤ opens_at) runs into the next day, Sunday into Monday.
 */
export function weekVensters(rooster: Rooster): Venster[] {
  const days = roosterDagen(rooster);
  const opens = leesTijd(rooster.opens_at);
  const closes = leesTijd(rooster.closes_at);
  if (!days || opens === undefined || closes === undefined) return [];
  const windows: Venster[] = [];
  for (const day of days) {
    const start = DAGEN.indexOf(day) * 24 * 60 + opens;
    const end = DAGEN.indexOf(day) * 24 * 60 + (closes > opens ? closes : closes + 24 * 60);
    if (end <= MINUTEN_PER_WEEK) windows.push({ van: start, tot: end });
    else {
      windows.push({ van: start, tot: MINUTEN_PER_WEEK });
      windows.push({ van: 0, tot: end - MINUTEN_PER_WEEK });
    }
  }
  return windows;
}

/**
 * Filter marks in a service's search document (decision 013): its kenmerken (`k:gratis`),
 * levensgebieden (`l:werk`) and the hours of the week it is open in at some minute (`o:34` =
 * Tuesday 10:00–10:59, validity dates left out). One GIN look-up then finds a word and its
 * filters together. The text parser never makes a word with a colon, so no query word can
 * match a mark; the hour mark only narrows "nu open", the exact window is checked after it.
 */
export function filterMerken(doc: {
  kenmerken: readonly string[];
  levensgebieden: readonly string[];
  vensters: readonly Venster[];
}): string[] {
  const uren = new Set<number>();
  for (const { van, tot } of doc.vensters)
    for (let uur = Math.floor(van / 60); uur <= Math.floor((tot - 1) / 60); uur++) uren.add(uur);
  return [
    ...doc.kenmerken.map((k) => `k:${k}`),
    ...doc.levensgebieden.map((l) => `l:${l}`),
    ...[...uren].sort((a, b) => a - b).map((uur) => `o:${uur}`),
  ];
}

/** The tsquery text (for `::tsquery`) asking for all these filter marks; '' = none. */
export function filterQueryTekst(filter: {
  kenmerken: readonly string[];
  levensgebied: string | undefined;
  /** minute of the week */
  openOp: number | undefined;
}): string {
  const merken = [
    ...filter.kenmerken.map((k) => `k:${k}`),
    ...(filter.levensgebied ? [`l:${filter.levensgebied}`] : []),
    ...(filter.openOp !== undefined ? [`o:${Math.floor(filter.openOp / 60)}`] : []),
  ];
  return merken.map((merk) => `'${merk.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
}

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** The moment as Amsterdam's wall clock: minute of the week (Monday 00:00 = 0) and the date. */
export function amsterdamMoment(at: Date): { minuut: number; datum: string } {
  const parts = Object.fromEntries(amsterdam.formatToParts(at).map((part) => [part.type, part.value]));
  const day = WEEKDAY_INDEX[parts.weekday ?? 'Mon'] ?? 0;
  const minuut = day * 24 * 60 + Number(parts.hour) * 60 + Number(parts.minute);
  return { minuut, datum: `${parts.year}-${parts.month}-${parts.day}` };
}

/** Whether a schedule is valid on a date (YYYY-MM-DD): valid_from and valid_to include their day. */
export function geldigOp(rooster: Pick<Rooster, 'valid_from' | 'valid_to'>, datum: string): boolean {
  const from = rooster.valid_from?.slice(0, 10);
  const to = rooster.valid_to?.slice(0, 10);
  return (!from || from <= datum) && (!to || to >= datum);
}

/** Open at that moment according to any of the schedules. The SQL filter gives the same answer. */
export function isOpen(roosters: readonly Rooster[], at: Date): boolean {
  const { minuut, datum } = amsterdamMoment(at);
  return roosters.some(
    (rooster) =>
      geldigOp(rooster, datum) && weekVensters(rooster).some((w) => w.van <= minuut && minuut < w.tot),
  );
}

// ---------------------------------------------------------------------------------------------
// Distance

/** Great-circle distance in km (haversine, earth radius 6371 km): the same formula as the SQL. */
export function afstandKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A box around a point that holds every point within km: the cheap pre-filter before the
 * exact distance. Latitude degrees are ~111.2 km; longitude degrees shrink with cos(latitude).
 */
export function omhullende(
  punt: { lat: number; lon: number },
  km: number,
): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const dLat = km / 111.19;
  const cos = Math.max(0.01, Math.cos((Math.min(89, Math.abs(punt.lat) + dLat) * Math.PI) / 180));
  const dLon = km / (111.19 * cos);
  return {
    minLat: punt.lat - dLat,
    maxLat: punt.lat + dLat,
    minLon: punt.lon - dLon,
    maxLon: punt.lon + dLon,
  };
}

/** "350 m", "1,2 km", "12 km" (nl) / "1.2 km" (en): meters rounded to 50 below 1 km. */
export function formatAfstand(km: number, locale: 'nl' | 'en'): string {
  if (km < 0.975) return `${Math.max(50, Math.round((km * 1000) / 50) * 50)} m`;
  const rounded = km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  return `${new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(rounded)} km`;
}
