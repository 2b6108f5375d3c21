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
