import type { Db } from '../../platform/db/database.js';
import { bewaarCodelijst, type CodelijstWijziging } from '../../platform/gemeente/queries.js';
import type { VaardigheidInstelling } from './rules.js';
import './schema.js';

/** The gemeente's rows of its skill list (codes it never changed or added have none). */
export async function vaardigheidInstellingen(db: Db, gemeenteId: string): Promise<VaardigheidInstelling[]> {
  const rijen = await db
    .selectFrom('samen_vaardigheid')
    .select(['code', 'naam', 'naam_en', 'verborgen', 'eigen', 'versie'])
    .where('gemeente_id', '=', gemeenteId)
    .execute();
  return rijen.map((r) => ({
    code: r.code,
    naam: r.naam,
    naamEn: r.naam_en,
    verborgen: r.verborgen,
    eigen: r.eigen,
    versie: r.versie,
  }));
}

export type VaardigheidWijziging = CodelijstWijziging;

/**
 * Saves the changed skills in one transaction: every code's `vanVersie` must still be current
 * (0 = no row yet), else nothing is written and the answer is false (a conflict).
 */
export function bewaarVaardigheden(
  db: Db,
  gemeenteId: string,
  wijzigingen: readonly VaardigheidWijziging[],
  nu: Date,
): Promise<boolean> {
  return bewaarCodelijst(db, 'samen_vaardigheid', gemeenteId, wijzigingen, nu);
}

/** Adds a skill of the gemeente's own; false when the code was taken in between (nothing written). */
export async function voegVaardigheidToe(
  db: Db,
  gemeenteId: string,
  nieuw: { code: string; naam: string; naamEn: string | null },
  nu: Date,
): Promise<boolean> {
  const r = await db
    .insertInto('samen_vaardigheid')
    .values({
      gemeente_id: gemeenteId,
      code: nieuw.code,
      naam: nieuw.naam,
      naam_en: nieuw.naamEn,
      eigen: true,
      updated_at: nu,
    })
    .onConflict((oc) => oc.columns(['gemeente_id', 'code']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
}
