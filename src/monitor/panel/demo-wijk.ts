import type { Antwoord } from './vraagbank.js';

/**
 * The demo's second peiling (docs/decisions/057): 190 fictional respondents who also said in
 * which area they live, so the breakdown by area shows something and withholds something. No
 * person here is real and none has a name: a respondent is only her answers. Seed 000's peiling
 * stays as it was (its published figures), so the area question lives here.
 */

/** The demo gemeente's areas (monitor_instelling.gebieden); the resident opt-in offers them too. */
export const DEMO_GEBIEDEN = ['Centrum', 'Oost', 'West'] as const;

export const DEMO_WIJK_TITEL = 'Wonen in je wijk (voorbeeld met wijken)';
export const DEMO_WIJK_VRAGEN = ['geslacht', 'wijk', 'algemeen', 'woord'] as const;
export const DEMO_WIJK_AANTAL = 190;

/**
 * Who lives where: 100 in Centrum, 70 in Oost, 8 in West (too few to show), 6 "weet ik niet"
 * and 6 "zeg ik liever niet".
 */
const wijkVan = (i: number): Antwoord =>
  i < 100
    ? { waarden: ['Centrum'], weetNiet: false }
    : i < 170
      ? { waarden: ['Oost'], weetNiet: false }
      : i < 178
        ? { waarden: ['West'], weetNiet: false }
        : i < 184
          ? { waarden: [], weetNiet: true }
          : { waarden: ['liever-niet'], weetNiet: false };

/**
 * The 190 answer sets, every sixth entered by a panel worker. By area the demo shows "heard the
 * word" for Centrum and Oost and withholds West and the unknown areas; "the whole life" and every
 * area × gender crossing are withheld (the joint protection, docs/decisions/049).
 */
export function demoWijk(): { antwoorden: Record<string, Antwoord>; geholpen: boolean }[] {
  return Array.from({ length: DEMO_WIJK_AANTAL }, (_, i) => ({
    antwoorden: {
      geslacht: { waarden: [i % 2 === 0 ? 'vrouw' : 'man'], weetNiet: false },
      wijk: wijkVan(i),
      // Three in five manage (a scale point of 3 to 5), spread over the areas.
      algemeen: { waarden: [String(i % 5 < 3 ? 3 + (i % 3) : 1 + (i % 2))], weetNiet: false },
      woord: { waarden: [(i * 7) % 10 < 5 ? 'ja' : 'nee'], weetNiet: false },
    },
    geholpen: i % 6 === 5,
  }));
}
