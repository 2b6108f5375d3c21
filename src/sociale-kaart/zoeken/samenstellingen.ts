/**
 * Dutch compounds and everyday query words (issue 18 item 4, decision 013). Pure, no I/O.
 *
 * Dutch writes compounds as one word: "schuldhulpverlening" holds schuld, hulp and verlening,
 * and a resident asks for "hulp bij schulden". PostgreSQL's Dutch configuration stems words but
 * does not split them, and a prefix only finds the first part. So the search document of a
 * service gets the parts of its compound words as extra words (same weight), and a compound in
 * the query also matches the parts on their own. Parts come from a list (WOORDDELEN) of words
 * that make up compounds in the social domain; a compound whose parts are not all in it stays
 * whole and is found as before (the word itself, a prefix, a typo correction).
 */

/**
 * Parts of compounds, folded (lower case, no accents). Whole words that are one unit for a
 * resident ("vrijwilliger", "spreekuur") are parts too: the fewest parts win, so they are not
 * split further. Add to this list when a gemeente's compounds are not found by their parts.
 */
export const WOORDDELEN: ReadonlySet<string> = new Set([
  // money, papers
  'schuld',
  'geld',
  'budget',
  'belasting',
  'toeslag',
  'huur',
  'rekening',
  'formulier',
  'brief',
  'administratie',
  'post',
  'voedsel',
  'bank',
  'zorgen',
  // help and how it is given
  'hulp',
  'verlening',
  'verlener',
  'steun',
  'advies',
  'adviseur',
  'begeleiding',
  'coach',
  'maatje',
  'vrijwilliger',
  'vrijwilligers',
  'centrale',
  'dienst',
  'loket',
  'spreekuur',
  'team',
  'wijk',
  'wijkteam',
  'punt',
  'inloop',
  'project',
  'cursus',
  'training',
  'les',
  'groep',
  'kring',
  'club',
  'cafe',
  'atelier',
  'werkplaats',
  'hoek',
  'middag',
  'ochtend',
  'avond',
  'dag',
  'week',
  'ervaring',
  'deskundige',
  'deskundigen',
  'alarm',
  'knop',
  'alarmering',
  'personen',
  // people
  'mantel',
  'zorg',
  'zorger',
  'ouderen',
  'senioren',
  'jongeren',
  'kind',
  'kinderen',
  'ouder',
  'ouders',
  'gezin',
  'buurt',
  'bewoner',
  'bewoners',
  'familie',
  // daily life
  'huis',
  'houden',
  'huishoudelijke',
  'woon',
  'woning',
  'wonen',
  'thuis',
  'klus',
  'klussen',
  'tuin',
  'boodschappen',
  'maaltijd',
  'maaltijden',
  'dieet',
  'koffie',
  'thee',
  'eten',
  'kook',
  'koken',
  'was',
  'schoonmaak',
  'vervoer',
  'bus',
  'plus',
  'fiets',
  'duo',
  'rolstoel',
  'rollator',
  'auto',
  'computer',
  'telefoon',
  'digi',
  'taal',
  'lees',
  'lezen',
  'schrijf',
  'reken',
  'huiswerk',
  'werk',
  'plaats',
  'hout',
  'repair',
  'naai',
  'breien',
  'schilder',
  'muziek',
  'zang',
  'dans',
  'spel',
  'sport',
  'beweeg',
  'beweging',
  'wandel',
  'loop',
  'zwem',
  // health and feeling
  'herstel',
  'rouw',
  'verdriet',
  'eenzaamheid',
  'ontmoeting',
  'gesprek',
  'opvoed',
  'opvoeding',
  'gezondheid',
  'verslaving',
  'geheugen',
  'evenwicht',
  'val',
  'preventie',
  'zorgverzekering',
  'verzekering',
]);

/**
 * What may stand between two parts (the linking -s- and -e(n)- of "vrijwilligerswerk",
 * "formulierenhulp") or after the last (plural, diminutive, -er). Tried longest first.
 */
const TUSSENSTUKKEN = ['tjes', 'jes', 'tje', 'ers', 'en', 'er', 'es', 'je', 's', 'e', ''] as const;

const MIN_DEEL = 3;
const MAX_DEEL = Math.max(...[...WOORDDELEN].map((deel) => deel.length));

/**
 * The parts of a compound, in order ("schuldhulpverlening" → schuld, hulp, verlening), or
 * undefined when the word is not a compound of known parts (or is a part itself). The split with
 * the fewest parts wins, so "vrijwilligers" stays one part rather than vrij·willig·ers.
 */
export function splitsSamenstelling(woord: string): string[] | undefined {
  if (woord.length < 2 * MIN_DEEL || woord.length > 40 || WOORDDELEN.has(woord)) return undefined;
  const memo = new Map<number, string[] | null>();
  const vanaf = (positie: number): string[] | null => {
    if (positie === woord.length) return [];
    const bekend = memo.get(positie);
    if (bekend !== undefined) return bekend;
    let beste: string[] | null = null;
    for (let einde = Math.min(woord.length, positie + MAX_DEEL); einde >= positie + MIN_DEEL; einde--) {
      const deel = woord.slice(positie, einde);
      if (!WOORDDELEN.has(deel)) continue;
      for (const tussen of TUSSENSTUKKEN) {
        if (!woord.startsWith(tussen, einde)) continue;
        const rest = vanaf(einde + tussen.length);
        if (rest !== null && (beste === null || rest.length + 1 < beste.length)) beste = [deel, ...rest];
      }
    }
    memo.set(positie, beste);
    return beste;
  };
  const delen = vanaf(0);
  return delen && delen.length >= 2 ? delen : undefined;
}

/** Splits already made: a sociale kaart has a few thousand distinct words, indexing sees them often. */
const gesplitst = new Map<string, readonly string[] | undefined>();

/** The parts of every compound in a folded text, as one text (for the search document). */
export function samenstellingDelen(tekst: string): string {
  const delen: string[] = [];
  for (const woord of tekst.split(/[^a-z0-9]+/)) {
    if (woord.length < 2 * MIN_DEEL) continue;
    if (!gesplitst.has(woord)) {
      if (gesplitst.size >= 50_000) gesplitst.clear();
      gesplitst.set(woord, splitsSamenstelling(woord));
    }
    delen.push(...(gesplitst.get(woord) ?? []));
  }
  return delen.join(' ');
}

/**
 * Words that say *that* someone wants help, not *what* with: "hulp bij schulden", "ik zoek
 * iemand voor de tuin". When a query has other words, these are not required (a service about
 * debts that never says "hulp" is still found) and only count towards the ranking.
 */
export const VRAAGWOORDEN: ReadonlySet<string> = new Set([
  'hulp',
  'help',
  'helpen',
  'ondersteuning',
  'steun',
  'zoek',
  'zoeken',
  'zoekt',
  'nodig',
  'vraag',
  'vragen',
  'informatie',
  'info',
  'iets',
  'iemand',
  'graag',
  'wil',
  'willen',
]);

/**
 * Small words of a query that say nothing about the topic. PostgreSQL's Dutch configuration
 * drops them from the full text itself; this list keeps them out of the name similarity, where
 * "hulp bij" would otherwise make "Huurteam: hulp bij huur" look like "hulp bij schulden".
 */
export const STOPWOORDEN: ReadonlySet<string> = new Set([
  'aan',
  'al',
  'als',
  'bij',
  'dat',
  'de',
  'die',
  'door',
  'een',
  'en',
  'er',
  'het',
  'hoe',
  'ik',
  'in',
  'je',
  'jij',
  'kan',
  'me',
  'met',
  'mijn',
  'naar',
  'of',
  'om',
  'op',
  'over',
  'te',
  'tegen',
  'tot',
  'uit',
  'van',
  'voor',
  'waar',
  'wat',
  'wie',
  'zijn',
]);

/** A query word that says what the search is about: not a stop word, not an asking word. */
export function isOnderwerpWoord(woord: string): boolean {
  return !STOPWOORDEN.has(woord) && !VRAAGWOORDEN.has(woord);
}
