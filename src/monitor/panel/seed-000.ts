import type { Antwoord } from './vraagbank.js';

/**
 * The panel of seed 000 (the Meetellen panel in Utrecht), as 125 fictional respondents built so
 * that the seed's published shares follow from their answers: 57 % men and 43 % women, mean age
 * 49, 78 % manage their life as a whole and 22 % do not, income and finances 62 %, daytime
 * activities 80 %, family and social relations 77 %, health 70 %, household 75 %, enough people
 * around and asking them 64 % / enough but not asking 14 % / too few 22 %, 40 % overestimated by
 * others, and a quarter never heard the word zelfredzaamheid.
 *
 * No person here is real and none has a name: a respondent is only her answers. The test
 * (seed-000.test.ts) makes the report from them and reads those figures back; the demo loads
 * them as its example peiling.
 */

export const SEED_000_AANTAL = 125;

/** The peiling's questions, in order. */
export const SEED_000_VRAGEN = [
  'geslacht',
  'leeftijd',
  'algemeen',
  'gebied:financien',
  'gebied:werk-en-dagbesteding',
  'gebied:sociale-contacten',
  'gebied:lichamelijke-gezondheid',
  'gebied:huishouden',
  'netwerk',
  'schatting',
  'woord',
] as const;

/** How many of the 125 say yes (manage, or the first option), per question. */
export const SEED_000_AANTALLEN = {
  man: 71, // 56.8 % → 57 %
  algemeen: 98, // 78.4 % → 78 %
  'gebied:financien': 78, // 62.4 % → 62 %
  'gebied:werk-en-dagbesteding': 100, // 80 %
  'gebied:sociale-contacten': 96, // 76.8 % → 77 %
  'gebied:lichamelijke-gezondheid': 88, // 70.4 % → 70 %
  'gebied:huishouden': 94, // 75.2 % → 75 %
  netwerkGenoegEnVraagt: 80, // 64 %
  netwerkGenoegVraagtNiet: 18, // 14.4 % → 14 %
  overschat: 50, // 40 %
  gelijk: 60,
  nooitGehoord: 31, // 24.8 % → a quarter
} as const;

/**
 * Spreads k of the 125 over the respondents: i·p mod 125 is a permutation when p is coprime to
 * 125, so exactly k respondents fall under k, and each question uses its own p (answers are not
 * all held by the same people).
 */
const plek = (i: number, p: number) => (i * p + p) % SEED_000_AANTAL;

const schaal = (redtZich: boolean, i: number) => ({
  waarden: [String(redtZich ? 3 + (i % 3) : 1 + (i % 2))],
  weetNiet: false,
});

/** The 125 answer sets, and which were entered by a panel worker (every fifth: paper or spoken). */
export function seed000(): { antwoorden: Record<string, Antwoord>; geholpen: boolean }[] {
  const a = SEED_000_AANTALLEN;
  return Array.from({ length: SEED_000_AANTAL }, (_, i) => {
    // Ages 25 … 73 in five rounds of 25 steps of two around 49: the mean is exactly 49.
    const leeftijd = 49 + ((i % 25) - 12) * 2;
    const netwerk = plek(i, 7);
    const schatting = plek(i, 11);
    const antwoorden: Record<string, Antwoord> = {
      geslacht: { waarden: [plek(i, 3) < a.man ? 'man' : 'vrouw'], weetNiet: false },
      leeftijd: { waarden: [String(leeftijd)], weetNiet: false },
      algemeen: schaal(plek(i, 13) < a.algemeen, i),
      'gebied:financien': schaal(plek(i, 17) < a['gebied:financien'], i),
      'gebied:werk-en-dagbesteding': schaal(plek(i, 19) < a['gebied:werk-en-dagbesteding'], i),
      'gebied:sociale-contacten': schaal(plek(i, 23) < a['gebied:sociale-contacten'], i),
      'gebied:lichamelijke-gezondheid': schaal(plek(i, 29) < a['gebied:lichamelijke-gezondheid'], i),
      'gebied:huishouden': schaal(plek(i, 31) < a['gebied:huishouden'], i),
      netwerk: {
        waarden: [
          netwerk < a.netwerkGenoegEnVraagt
            ? 'genoeg-en-vraagt'
            : netwerk < a.netwerkGenoegEnVraagt + a.netwerkGenoegVraagtNiet
              ? 'genoeg-vraagt-niet'
              : 'te-weinig',
        ],
        weetNiet: false,
      },
      schatting: {
        waarden: [
          schatting < a.overschat
            ? 'overschat'
            : schatting < a.overschat + a.gelijk
              ? 'gelijk'
              : 'onderschat',
        ],
        weetNiet: false,
      },
      woord: { waarden: [plek(i, 37) < a.nooitGehoord ? 'nee' : 'ja'], weetNiet: false },
    };
    return { antwoorden, geholpen: i % 5 === 4 };
  });
}
