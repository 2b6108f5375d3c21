import type { Kysely } from 'kysely';
import type { Db } from '../platform/db/database.js';
import { COLUMNS, emptyRows, HSDS_TABLES, type HsdsRow, type HsdsRows, type HsdsTable } from './hsds.js';

// The HSDS tables are handled alike by name; Kysely's per-table typing cannot follow a
// table name held in a variable, so these queries use an untyped view of the same connection.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = Kysely<any>;

/** Rows per insert statement: far below PostgreSQL's 65535 parameters for the widest table. */
const CHUNK = 500;

/** Inserts the rows, or updates the gemeente's existing row with the same HSDS id. */
export async function upsertHsdsRows(
  db: Db,
  gemeenteId: string,
  table: HsdsTable,
  rows: HsdsRow[],
): Promise<void> {
  const columns = COLUMNS[table];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const values = rows.slice(start, start + CHUNK).map((row) => ({
      gemeente_id: gemeenteId,
      ...Object.fromEntries(columns.map((column) => [column, row[column] ?? null])),
    }));
    await (db as AnyDb)
      .insertInto(table)
      .values(values)
      .onConflict((oc) =>
        oc
          .columns(['gemeente_id', 'id'])
          .doUpdateSet((eb) =>
            Object.fromEntries(
              columns
                .filter((column) => column !== 'id')
                .map((column) => [column, eb.ref(`excluded.${column}`)]),
            ),
          ),
      )
      .execute();
  }
}

/** Every HSDS row of one gemeente, without the gemeente_id column. */
export async function loadHsdsRows(db: Db, gemeenteId: string): Promise<HsdsRows> {
  const rows = emptyRows();
  for (const table of HSDS_TABLES) {
    const found = await (db as AnyDb)
      .selectFrom(table)
      .select([...COLUMNS[table]])
      .where('gemeente_id', '=', gemeenteId)
      .orderBy('id')
      .execute();
    rows[table] = found as HsdsRow[];
  }
  return rows;
}

/** Which of these HSDS ids the gemeente already has in a table. */
export async function existingHsdsIds(
  db: Db,
  gemeenteId: string,
  table: HsdsTable,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const rows = await (db as AnyDb)
      .selectFrom(table)
      .select('id')
      .where('gemeente_id', '=', gemeenteId)
      .where('id', 'in', ids.slice(start, start + CHUNK))
      .execute();
    for (const row of rows) found.add(row.id as string);
  }
  return found;
}
