import { tweedeFactorGeheimen } from './auth/tweede-factor/tweede-factor.js';
import { openAntwoorden, panelLeden } from './monitor/panel/queries.js';
import type { AfgeleideSoort } from './platform/crypto/herversleutelen.js';
import { wachtendeAanmeldingen } from './samen/buren/queries.js';

/**
 * Every kind of value encrypted under a key derived from the master key rather than a record's
 * data key (docs/decisions/052), composed here like the catalog of words: `npm run sleutels`
 * counts and re-encrypts them. A capability that stores such data adds its kind here.
 */
export const AFGELEIDE_SOORTEN: readonly AfgeleideSoort[] = [
  tweedeFactorGeheimen,
  openAntwoorden,
  panelLeden,
  wachtendeAanmeldingen,
];
