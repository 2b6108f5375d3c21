import type { Toegang } from '../../regie/door/toegang.js';
import * as q from './queries.js';

/**
 * Her groups in her download (part of samen's section): kind, theme, leader, meeting place,
 * dates (when it started) and her own answer; no other member (each member's place is in her own
 * record). Erasure needs nothing here: her place in a group hangs off her participant row.
 */
export async function exporteerGroepen(toegang: Toegang) {
  return (await q.mijnGroepen(toegang)).map((g) => ({
    id: g.id,
    soort: g.soort,
    thema: g.thema,
    leider: g.leiderNaam,
    plek: g.plek ? { naam: g.plek.naam, adres: g.plek.adres } : null,
    gemaakt: g.gemaaktOp.toISOString(),
    verloopt: g.verlooptOp.toISOString(),
    gestart: g.gestartOp?.toISOString() ?? null,
    mijnAntwoord: g.leden.find((l) => l.dossierId === toegang.dossierId)?.antwoord ?? 'open',
  }));
}
