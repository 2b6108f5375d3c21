import pg from 'pg';
import { seedDemo } from '../../src/demo/seed.js';
import { migrateToLatest, openDatabase } from '../../src/platform/db/database.js';

/**
 * Makes a bench database fresh: dropped and created again (via the maintenance database
 * `postgres`), so its schema and demo data always match the code being measured. Only a
 * database whose name contains "bench" is ever dropped; any other is just created when missing.
 */
export async function freshDatabase(url: string): Promise<'recreated' | 'created' | 'reused'> {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`BENCH_DATABASE_URL has no database name: ${url}`);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const exists =
      (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount !== 0;
    const ours = name.includes('bench');
    if (exists && !ours) return 'reused';
    if (exists) await client.query(`drop database ${client.escapeIdentifier(name)} with (force)`);
    await client.query(`create database ${client.escapeIdentifier(name)}`);
    return exists ? 'recreated' : 'created';
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated bench database with the demo gemeente (answering on 127.0.0.1, since
 * production serves no default gemeente). Returns PostgreSQL's version.
 */
export async function prepareDatabase(url: string, log: (message: string) => void): Promise<string> {
  const state = await freshDatabase(url);
  log(
    state === 'reused'
      ? 'database name has no "bench" in it: not recreated, only migrated and seeded (old data stays)'
      : `database ${state}`,
  );
  const database = await openDatabase({ engine: 'postgres', connectionString: url, poolSize: 2 });
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) log(`migrations applied: ${applied.join(', ')}`);
    if (await seedDemo(database.db)) log('demo gemeente seeded');
    // Production serves no default gemeente (issue 16, item 7): the demo answers on 127.0.0.1.
    await database.db
      .updateTable('gemeente')
      .set({ hostnames: ['127.0.0.1'] })
      .where('code', '=', 'demo')
      .execute();
  } finally {
    await database.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ server_version: string }>('show server_version');
    return result.rows[0]?.server_version ?? 'unknown';
  } finally {
    await client.end();
  }
}
