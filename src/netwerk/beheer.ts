import type { Db } from '../platform/db/database.js';
import type { RelatieWijziging } from './forms.js';
import * as q from './queries.js';

/**
 * The beheerder's wording of the relationship codes (gemeente-level data, no personal data, so
 * no door). Only codes that really change are written; `vanVersie` is what the form showed, and a
 * newer version of any of them means someone else saved in between → conflict, nothing written.
 */
export async function bewaarRelaties(
  db: Db,
  input: { gemeenteId: string; wijzigingen: RelatieWijziging[]; nu: Date },
): Promise<'ok' | 'conflict'> {
  const huidig = new Map((await q.relatieInstellingen(db, input.gemeenteId)).map((r) => [r.code, r]));
  const echt = input.wijzigingen.filter((w) => {
    const nu = huidig.get(w.code);
    return (
      (nu?.versie ?? 0) !== w.vanVersie ||
      (nu?.naam ?? null) !== w.naam ||
      (nu?.naamEn ?? null) !== w.naamEn ||
      (nu?.verborgen ?? false) !== w.verborgen
    );
  });
  if (echt.some((w) => (huidig.get(w.code)?.versie ?? 0) !== w.vanVersie)) return 'conflict';
  return (await q.bewaarRelatieInstellingen(db, input.gemeenteId, echt, input.nu)) ? 'ok' : 'conflict';
}
