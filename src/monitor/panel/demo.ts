import type { Db } from '../../platform/db/database.js';
import { maakPeiling, voegInzendingToe } from './queries.js';
import { SEED_000_VRAGEN, seed000 } from './seed-000.js';

/**
 * The demo's example peiling: the 125 fictional respondents of seed 000 (no names, only
 * answers), closed, so the analist opens a report that shows the Meetellen panel's figures.
 */
export async function seedDemoPanel(db: Db, gemeenteId: string): Promise<void> {
  const id = await maakPeiling(db, gemeenteId, {
    titel: 'Hoe gaat het met je? (voorbeeld, zoals het Meetellen-panel)',
    vragen: [...SEED_000_VRAGEN],
    sluitOp: '2026-06-30',
  });
  for (const r of seed000()) await voegInzendingToe(db, id, { ...r, dag: '2026-06-15' });
}
