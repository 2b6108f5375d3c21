import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { gebruikSleutelring, meestersleutel, Sleutelring } from '../../src/platform/crypto/sleutelring.js';
import {
  type DatabaseHandle,
  type Engine,
  migrateToLatest,
  openDatabase,
} from '../../src/platform/db/database.js';

/** One master key per test process (tests that rotate or lose keys set their own ring). */
gebruikSleutelring(new Sleutelring(meestersleutel(randomBytes(32))));

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export type TestDatabase = DatabaseHandle & {
  /** For PostgreSQL: the schema this test owns; other instances can open it too. */
  schema: string | undefined;
  dispose(): Promise<void>;
};

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a schema of its own
 * in the TEST_DATABASE_URL database, dropped afterwards. No global reset between tests.
 */
export async function openTestDatabase(
  engine: Engine,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (engine === 'pglite') {
    const handle = await openDatabase({
      engine: 'pglite',
      ...(migrate ? { loadDataDir: await gemigreerd() } : {}),
    });
    // A no-op check: the snapshot was made from these migrations at the start of the run.
    if (migrate) await migrateToLatest(handle.db);
    return { ...handle, schema: undefined, dispose: () => handle.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create schema ${schema}`);
  const handle = await openDatabase({
    engine: 'postgres',
    connectionString: url,
    searchPath: schema,
    poolSize: 5,
  });
  if (migrate) await migrateToLatest(handle.db);
  return {
    ...handle,
    schema,
    dispose: async () => {
      await handle.close();
      await adminQuery(url, `drop schema ${schema} cascade`);
    },
  };
}

let snapshot: Promise<Blob> | undefined;

/**
 * The migrated PGlite that the global set-up dumped (tests/support/pglite-snapshot.ts), read
 * once per test process. Starting from it skips initdb and the migrations for every test file.
 */
function gemigreerd(): Promise<Blob> {
  snapshot ??= readFile(inject('pgliteSnapshot')).then((bytes) => new Blob([bytes]));
  return snapshot;
}

/** Opens a second connection pool on the same PostgreSQL schema, as a second app instance would. */
export async function openSameDatabase(test: TestDatabase): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (test.engine !== 'postgres' || !url || !test.schema) throw new Error('only PostgreSQL can be shared');
  return openDatabase({ engine: 'postgres', connectionString: url, searchPath: test.schema, poolSize: 5 });
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
