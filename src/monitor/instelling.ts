import type { GebiedNiveau } from './schema.js';

/**
 * The pure rules of the gemeente's monitor settings (the beheerder's page `/beheer/monitor`).
 * The bounds are the ones migration 0019 checks in the database, so the page refuses with a
 * message what the database would refuse with an error.
 */

/** The lowest minimum count a gemeente may set (migration 0019: `minimum between 5 and 1000`). */
export const MINIMUM_ONDERGRENS = 5;
export const MINIMUM_BOVENGRENS = 1000;
/** The margin of the attacker check (migration 0019: `marge between 1 and 1000`). */
export const MARGE_ONDERGRENS = 1;
export const MARGE_BOVENGRENS = 1000;
/** At most this many areas (migration 0019: `cardinality(gebieden) <= 200`). */
export const MAX_GEBIEDEN = 200;
/** An area's name, as her choice stores it (migration 0019: `char_length(gebied) between 1 and 80`). */
export const MAX_GEBIED_NAAM = 80;
/** The levels, as migration 0019 allows them; "gemeente" is the whole gemeente, without areas. */
export const GEBIED_NIVEAUS = ['wijk', 'stadsdeel', 'gemeente'] as const satisfies readonly GebiedNiveau[];
/**
 * The panel's two fixed answers to the area question (decision 057): an area with one of these
 * names could not be told apart from them, so it is refused.
 */
export const GERESERVEERD = ['weet-niet', 'liever-niet'] as const;

export type GebiedenFout =
  | { fout: 'te-lang'; naam: string }
  | { fout: 'gereserveerd'; naam: string }
  | { fout: 'dubbel'; naam: string }
  | { fout: 'te-veel' }
  | { fout: 'niveau' };

/**
 * Reads the textarea: one area per line, each trimmed (inner runs of spaces or tabs become one
 * space), empty lines dropped, the order kept. Refused: a name over the maximum length, a name
 * the panel reserves, the same name twice (regardless of capitals), more than the maximum, and
 * any area at the level "gemeente" (the whole gemeente has no areas). The first problem is named.
 */
export function leesGebieden(
  tekst: string,
  niveau: GebiedNiveau,
): { ok: true; gebieden: string[] } | ({ ok: false } & GebiedenFout) {
  const gebieden: string[] = [];
  const gezien = new Set<string>();
  for (const regel of tekst.split(/\r\n|\r|\n/)) {
    const naam = regel.replace(/\s+/gu, ' ').trim();
    if (naam === '') continue;
    if ([...naam].length > MAX_GEBIED_NAAM) return { ok: false, fout: 'te-lang', naam };
    const sleutel = naam.toLocaleLowerCase('nl');
    if ((GERESERVEERD as readonly string[]).includes(sleutel))
      return { ok: false, fout: 'gereserveerd', naam };
    if (gezien.has(sleutel)) return { ok: false, fout: 'dubbel', naam };
    gezien.add(sleutel);
    gebieden.push(naam);
  }
  if (gebieden.length > MAX_GEBIEDEN) return { ok: false, fout: 'te-veel' };
  if (niveau === 'gemeente' && gebieden.length > 0) return { ok: false, fout: 'niveau' };
  return { ok: true, gebieden };
}

/** The list as the textarea shows it: one area per line. */
export const gebiedenTekst = (gebieden: readonly string[]): string => gebieden.join('\n');
