import { MIN_LEEFTIJD } from '../rules.js';
import type { BuurSoort } from '../schema.js';

/**
 * Pure rules of neighbours without a resident's record (decision 048). No I/O.
 */

export const BUUR_SOORTEN: readonly BuurSoort[] = ['vrijwilliger', 'buurtbewoner'];

/**
 * Old enough to sign up: born in `geboortejaar`, she is at least 18 now even on the last day of
 * the year (the lowest possible age counts, as in the matching round: no minors, ever).
 */
export function oudGenoeg(geboortejaar: number, nu: Date): boolean {
  return nu.getUTCFullYear() - geboortejaar - 1 >= MIN_LEEFTIJD;
}

/** The matcher's role: a volunteer only gives (one-way help); a neighbour asks and gives like a resident. */
export function matcherRol(soort: BuurSoort | undefined): 'bewoner' | 'vrijwilliger' {
  return soort === 'vrijwilliger' ? 'vrijwilliger' : 'bewoner';
}

/** A volunteer only gives: whatever she sends as a request is not kept. */
export function vraagVoor<T>(soort: BuurSoort | undefined, vraag: T | undefined): T | undefined {
  return soort === 'vrijwilliger' ? undefined : vraag;
}
