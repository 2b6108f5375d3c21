import type { Db } from '../platform/db/database.js';
import { bewaarInstelling, instelling, type MonitorInstelling } from './queries.js';

/**
 * The beheerder's monitor rules (`/beheer/monitor`): gemeente-level data, no personal data, so
 * no door (as the netwerkkaart's and Samen's beheer lists). `versie` is the version the form was
 * made from: when someone else saved in between, nothing is written ('conflict', a 409).
 */
export const leesRegels = (db: Db, gemeenteId: string): Promise<MonitorInstelling> =>
  instelling(db, gemeenteId);

export async function bewaarRegels(
  db: Db,
  input: { gemeenteId: string; instelling: Omit<MonitorInstelling, 'versie'>; versie: number; nu: Date },
): Promise<'ok' | 'conflict'> {
  const gelukt = await bewaarInstelling(db, input.gemeenteId, input.instelling, input.versie, input.nu);
  return gelukt ? 'ok' : 'conflict';
}
