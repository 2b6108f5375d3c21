import type { Db } from '../../platform/db/database.js';
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

export type VaardigheidWijziging = {
  code: string;
  naam: string | null;
  naamEn: string | null;
  verborgen: boolean;
  vanVersie: number;
};

class Conflict extends Error {}

/**
 * Saves the changed codes in one transaction: every code's `vanVersie` must still be current
 * (0 = no row yet), else nothing is written and the answer is false (a conflict).
 */
export async function bewaarVaardigheden(
  db: Db,
  gemeenteId: string,
  wijzigingen: readonly VaardigheidWijziging[],
  nu: Date,
): Promise<boolean> {
  return db
    .transaction()
    .execute(async (trx) => {
      for (const w of wijzigingen) {
        if (w.vanVersie === 0) {
          const nieuw = await trx
            .insertInto('samen_vaardigheid')
            .values({
              gemeente_id: gemeenteId,
              code: w.code,
              naam: w.naam,
              naam_en: w.naamEn,
              verborgen: w.verborgen,
              updated_at: nu,
            })
            .onConflict((oc) => oc.columns(['gemeente_id', 'code']).doNothing())
            .executeTakeFirst();
          if (Number(nieuw.numInsertedOrUpdatedRows ?? 0n) !== 1) throw new Conflict();
        } else {
          const gewijzigd = await trx
            .updateTable('samen_vaardigheid')
            .set({
              naam: w.naam,
              naam_en: w.naamEn,
              verborgen: w.verborgen,
              versie: w.vanVersie + 1,
              updated_at: nu,
            })
            .where('gemeente_id', '=', gemeenteId)
            .where('code', '=', w.code)
            .where('versie', '=', w.vanVersie)
            .executeTakeFirst();
          if (Number(gewijzigd.numUpdatedRows) !== 1) throw new Conflict();
        }
      }
      return true;
    })
    .catch((e: unknown) => {
      if (e instanceof Conflict) return false;
      throw e;
    });
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
