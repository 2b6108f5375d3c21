import type { Toegang } from '../regie/door/door.js';
import type { SectieDefinitie } from '../regie/secties.js';
import * as q from './queries.js';

/**
 * The record's section "gesprekken": export (decrypted, for the resident's download) and
 * erasure. No `klareTekst` hook: the table was made with field encryption in place.
 */
export function gesprekkenSectie(): SectieDefinitie {
  return {
    code: 'gesprekken',
    label: 'sectie.gesprekken',
    uitleg: 'sectie.gesprekken.uitleg',
    exporteer: (toegang) => exporteerGesprekken(toegang),
    wis: (toegang) => q.wisGesprekken(toegang),
  };
}

/** Every request for help with its deadlines and her preparation. */
export async function exporteerGesprekken(toegang: Toegang) {
  return {
    gesprekken: (await q.gesprekken(toegang)).map((g) => ({
      id: g.id,
      gemeldOp: g.gemeldOp,
      persoonlijkPlanUiterlijk: g.planUiterlijk,
      onderzoekUiterlijk: g.onderzoekUiterlijk,
      persoonlijkPlanIngediendOp: g.planIngediendOp,
      aangemaakt: g.createdAt.toISOString(),
      voorbereiding: g.voorbereiding,
    })),
  };
}
