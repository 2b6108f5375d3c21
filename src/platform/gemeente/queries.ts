import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { Gemeente, ThemaSettings } from '../db/schema.js';

export async function findGemeenteByHost(db: Db, host: string): Promise<Gemeente | undefined> {
  return db
    .selectFrom('gemeente')
    .selectAll()
    .where((eb) => eb(eb.val(host), '=', eb.fn.any('hostnames')))
    .executeTakeFirst();
}

export async function findGemeenteByCode(db: Db, code: string): Promise<Gemeente | undefined> {
  return db.selectFrom('gemeente').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertGemeente(
  db: Db,
  gemeente: { code: string; naam: string; hostnames?: string[]; thema?: ThemaSettings },
): Promise<Gemeente> {
  return db
    .insertInto('gemeente')
    .values({
      code: gemeente.code,
      naam: gemeente.naam,
      hostnames: gemeente.hostnames ?? [],
      thema: JSON.stringify(gemeente.thema ?? {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * A gemeente's changes to one of our code lists (the netwerkkaart's relationships, Samen's
 * skills): per code its own names, hidden or not, and a version. Both tables have the same
 * shape (`gemeente_id`, `code`, `naam`, `naam_en`, `verborgen`, `versie`, `updated_at`).
 */
export type CodelijstTabel = 'netwerk_relatie' | 'samen_vaardigheid';
export type CodelijstWijziging = {
  code: string;
  naam: string | null;
  naamEn: string | null;
  verborgen: boolean;
  /** The version the beheerder saw; 0 = no row yet */
  vanVersie: number;
};

/**
 * Saves the changed codes in one transaction: every code's `vanVersie` must still be current,
 * else nothing is written and the answer is false (a conflict, never a silent overwrite).
 */
export async function bewaarCodelijst(
  db: Db,
  tabel: CodelijstTabel,
  gemeenteId: string,
  wijzigingen: readonly CodelijstWijziging[],
  nu: Date,
): Promise<boolean> {
  return db
    .transaction()
    .execute(async (trx) => {
      for (const w of wijzigingen) {
        const uit =
          w.vanVersie === 0
            ? await sql`insert into ${sql.table(tabel)} (gemeente_id, code, naam, naam_en, verborgen, updated_at)
                values (${gemeenteId}, ${w.code}, ${w.naam}, ${w.naamEn}, ${w.verborgen}, ${nu})
                on conflict (gemeente_id, code) do nothing`.execute(trx)
            : await sql`update ${sql.table(tabel)}
                set naam = ${w.naam}, naam_en = ${w.naamEn}, verborgen = ${w.verborgen},
                    versie = ${w.vanVersie + 1}, updated_at = ${nu}
                where gemeente_id = ${gemeenteId} and code = ${w.code} and versie = ${w.vanVersie}`.execute(
                trx,
              );
        if (Number(uit.numAffectedRows ?? 0n) !== 1) throw new Conflict();
      }
      return true;
    })
    .catch((e: unknown) => {
      if (e instanceof Conflict) return false;
      throw e;
    });
}

class Conflict extends Error {}
