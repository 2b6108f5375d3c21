import type { Db } from '../platform/db/database.js';
import type { Viewer } from '../platform/http/request-context.js';
import { systeemAggregaat } from '../regie/door/door.js';
import { bewaarInstelling, gebruikteGebieden, instelling, type MonitorInstelling } from './queries.js';

/**
 * The beheerder's monitor rules (`/beheer/monitor`): gemeente-level data, no personal data, so
 * no door for the rules themselves (as the netwerkkaart's and Samen's beheer lists). `versie` is
 * the version the form was made from: when someone else saved in between, nothing is written
 * ('conflict', a 409).
 */
export const leesRegels = (db: Db, gemeenteId: string): Promise<MonitorInstelling> =>
  instelling(db, gemeenteId);

export type RegelsUitkomst = 'ok' | 'conflict' | { inGebruik: string };

/**
 * Saves the rules, but never takes away an area that someone's answer already uses (a resident's
 * opt-in or a panel answer): the reports before and after would differ by exactly that area's
 * people, and a report could be compared with the one before to count them, however few. Whether
 * an area is in use is asked through the door's aggregate path (reason `monitor`, audited).
 */
export async function bewaarRegels(
  db: Db,
  viewer: Viewer,
  input: { instelling: Omit<MonitorInstelling, 'versie'>; versie: number; nu: Date },
): Promise<RegelsUitkomst> {
  const nu = input.nu;
  const gemeenteId = viewer.gemeenteId;
  const weg = (await instelling(db, gemeenteId)).gebieden.filter(
    (g) => !input.instelling.gebieden.includes(g),
  );
  if (weg.length > 0) {
    const gebruikt = await systeemAggregaat(
      db,
      { reden: 'monitor', gemeenteId, now: nu, actor: viewer },
      (toegang) => gebruikteGebieden(toegang, weg),
    );
    const eerste = weg.find((g) => gebruikt.includes(g));
    if (eerste !== undefined) return { inGebruik: eerste };
  }
  const gelukt = await bewaarInstelling(db, gemeenteId, input.instelling, input.versie, nu);
  return gelukt ? 'ok' : 'conflict';
}
