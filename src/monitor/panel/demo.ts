import type { Db } from '../../platform/db/database.js';
import { bewaarInstelling, instelling } from '../queries.js';
import { DEMO_GEBIEDEN, DEMO_WIJK_TITEL, DEMO_WIJK_VRAGEN, demoWijk } from './demo-wijk.js';
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

/**
 * The demo's second peiling, with the area question (docs/decisions/057): the demo gemeente's
 * areas (only when she has none yet), and 190 fictional respondents who said where they live.
 */
export async function seedDemoWijkPeiling(db: Db, gemeenteId: string): Promise<void> {
  const regels = await instelling(db, gemeenteId);
  if (regels.gebieden.length === 0)
    await bewaarInstelling(
      db,
      gemeenteId,
      { ...regels, gebieden: [...DEMO_GEBIEDEN] },
      regels.versie,
      new Date(),
    );
  const id = await maakPeiling(db, gemeenteId, {
    titel: DEMO_WIJK_TITEL,
    vragen: [...DEMO_WIJK_VRAGEN],
    sluitOp: '2026-09-30',
  });
  for (const r of demoWijk()) await voegInzendingToe(db, id, { ...r, dag: '2026-09-15' });
}
