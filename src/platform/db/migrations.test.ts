import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../migrations/index.js';
import {
  ENGINES,
  openSameDatabase,
  openTestDatabase,
  type TestDatabase,
} from '../../../tests/support/test-database.js';
import { type Db, MigrationError, migrateToLatest } from './database.js';

async function tables(db: Db): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() order by table_name`.execute(db);
  return rows.map((r) => r.table_name);
}

describe.each(ENGINES)('migrations on %s', (engine) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.dispose();
    database = undefined;
  });

  it('creates the schema once and is a no-op the second time', async () => {
    database = await openTestDatabase(engine, { migrate: false });
    expect(await migrateToLatest(database.db)).toEqual(Object.keys(migrations));
    const after = await tables(database.db);
    expect(after).toEqual(expect.arrayContaining(['account', 'gemeente', 'session', 'mail_outbox']));
    expect(await migrateToLatest(database.db)).toEqual([]);
    expect(await tables(database.db)).toEqual(after);
  });

  it('leaves the database exactly as it was when a migration fails', async () => {
    database = await openTestDatabase(engine, { migrate: false });
    const before = await tables(database.db);
    const broken = {
      ...migrations,
      '9999-broken': {
        up: async (db: Kysely<unknown>) => {
          await sql`create table half_done (id int)`.execute(db);
          await sql`select * from table_that_does_not_exist`.execute(db);
        },
      },
    };
    await expect(migrateToLatest(database.db, broken)).rejects.toBeInstanceOf(MigrationError);
    // Nothing of the run stays: not the good migration before it, not the half-done table.
    // Only Kysely's own bookkeeping tables, made before the transaction, are new.
    const bookkeeping = ['kysely_migration', 'kysely_migration_lock'];
    expect(await tables(database.db)).toEqual([...new Set([...before, ...bookkeeping])].sort());
    expect(await migrateToLatest(database.db)).toEqual(Object.keys(migrations));
  });

  it.runIf(engine === 'postgres')('migrates once when several instances start together', async () => {
    database = await openTestDatabase(engine, { migrate: false });
    const others = await Promise.all([openSameDatabase(database), openSameDatabase(database)]);
    try {
      const results = await Promise.all([
        migrateToLatest(database.db),
        ...others.map((o) => migrateToLatest(o.db)),
      ]);
      expect(results.flat()).toEqual(Object.keys(migrations));
    } finally {
      await Promise.all(others.map((o) => o.close()));
    }
  });

  it.runIf(engine === 'postgres')(
    'looks only at its own schema: other schemas dropped meanwhile do not fail it, their tables are not ours',
    async () => {
      const eigen = await openTestDatabase(engine, { migrate: false });
      database = eigen;
      const ander = await openTestDatabase(engine, { migrate: false });
      // Another app's bookkeeping table with our name must not count as ours.
      await sql`create table kysely_migration (name varchar(255) primary key, timestamp varchar(255))`.execute(
        ander.db,
      );
      await ander.dispose();
      // Meanwhile other schemas are created and dropped, as other test files and apps do.
      let klaar = false;
      const komenEnGaan = (async () => {
        let n = 0;
        while (!klaar) {
          const naam = sql.id(`komt_en_gaat_${process.pid}_${n++}`);
          await sql`create schema ${naam}`.execute(eigen.db);
          await sql`create table ${naam}.t (id serial primary key)`.execute(eigen.db);
          await sql`drop schema ${naam} cascade`.execute(eigen.db);
        }
      })();
      try {
        expect(await migrateToLatest(eigen.db)).toEqual(Object.keys(migrations));
        for (let i = 0; i < 20; i++) {
          const tabellen = await eigen.db.introspection.getTables({ withInternalKyselyTables: true });
          expect(new Set(tabellen.map((t) => t.schema))).toEqual(new Set([eigen.schema]));
        }
      } finally {
        klaar = true;
        await komenEnGaan;
      }
    },
  );
});
