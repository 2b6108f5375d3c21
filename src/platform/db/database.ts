import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, type Migration, Migrator, sql } from 'kysely';
import pg from 'pg';
import { migrations as allMigrations } from '../../../migrations/index.js';
import { EigenSchemaPostgresDialect } from './eigen-schema.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';
import { naamVanVasteStatement } from './vast.js';

export type Engine = 'pglite' | 'postgres';

export type Db = Kysely<Database>;

export type DatabaseHandle = {
  db: Db;
  engine: Engine;
  /** One round trip; throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PostgreSQL only: the pool's connections right now (for /metrics). */
  pool?: () => { total: number; idle: number; waiting: number };
  /** PGlite only: its whole data directory as a tar (for `loadDataDir`). */
  dump?: () => Promise<Blob>;
};

export type DatabaseOptions =
  | {
      engine: 'postgres';
      connectionString: string;
      poolSize?: number;
      searchPath?: string;
      /** statement_timeout of every connection in ms; 0 or absent = none. */
      statementTimeoutMs?: number;
      /** How long one attempt to connect may take, in ms (default: no limit). */
      connectTimeoutMs?: number;
    }
  /**
   * dataDir undefined = in memory (tests). loadDataDir: start from a dump of another PGlite
   * (`dumpDataDir`) instead of an empty cluster — tests start from one migrated snapshot.
   */
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob };

// timestamptz and date come back as Date from both engines; bigint counts as number.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

/**
 * A pg client that runs the per-request fixed statements (vast.ts) as named prepared
 * statements: PostgreSQL parses and plans each once per connection instead of on every page.
 * Every other statement goes through unchanged.
 */
class VasteStatementClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this only forwards them.
  override query(config: any, values?: any, callback?: any): any {
    const naam =
      typeof config === 'string' && Array.isArray(values) ? naamVanVasteStatement(config) : undefined;
    if (naam) return super.query({ name: naam, text: config, values }, callback);
    return super.query(config, values, callback);
  }
}

/** Opens PostgreSQL (when a connection string is given) or the embedded PGlite database. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.engine === 'postgres') {
    const pool = new pg.Pool({
      Client: VasteStatementClient,
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      ...(options.connectTimeoutMs ? { connectionTimeoutMillis: options.connectTimeoutMs } : {}),
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    // An idle client that loses its server must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    // Nor may a checked-out one (PostgreSQL stopped mid-transaction): without a listener its
    // 'error' event would end the process; the query in flight fails on its own (tests/integration/crash.test.ts).
    pool.on('connect', (client) => {
      client.on('error', () => {});
    });
    const db = new Kysely<Database>({ dialect: new EigenSchemaPostgresDialect({ pool }) });
    return {
      db,
      engine: 'postgres',
      ping: async () => {
        await sql`select 1`.execute(db);
      },
      close: () => db.destroy(),
      pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    };
  }
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  // pg_trgm: typo-tolerant search of the sociale kaart (migration 0004, docs/decisions/013).
  const pglite = new PGlite({
    dataDir: options.dataDir,
    extensions: { pg_trgm },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    engine: 'pglite',
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
    dump: () => pglite.dumpDataDir('none'),
  };
}

/** Where the embedded database lives inside the data directory. */
export function pgliteDirectory(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

export class MigrationError extends Error {}

/**
 * Brings the schema up to date. All pending migrations run in one transaction under an
 * advisory lock, so several app instances starting together migrate once, and a failing
 * migration leaves the database exactly as it was.
 */
export async function migrateToLatest(
  // biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema
  db: Kysely<any>,
  migrations: Record<string, Migration> = allMigrations,
): Promise<string[]> {
  // Name the schema explicitly: without it Kysely takes a kysely_migration table in *any*
  // schema of the database (another app's, another test's) for ours.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: rows[0]?.schema ?? 'public',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const message = (error as Error).message;
    const geweigerd = /permission denied for (schema|table) (\S+)/.exec(message);
    if (geweigerd)
      throw new MigrationError(
        await rechtFout(db, geweigerd[1] as string, geweigerd[2] as string, failed, message),
        {
          cause: error,
        },
      );
    throw new MigrationError(`Migration ${failed} failed: ${message}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * "permission denied for schema public" (or for a table) at start usually follows a restore by
 * another role, which then owns what it restored: say which role, which object, who owns it,
 * and how to fix it (docs/operations.md, "Restore").
 */
async function rechtFout(
  // biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema
  db: Kysely<any>,
  soort: string,
  object: string,
  failed: string,
  message: string,
): Promise<string> {
  const info = await sql<{ rol: string; schema: string; eigenaar: string | null }>`
    select current_user as rol, current_schema() as schema,
      case when ${soort} = 'schema' then (select nspowner::regrole::text from pg_namespace where nspname = ${object})
           else (select relowner::regrole::text from pg_class where oid = to_regclass(${object})) end as eigenaar`
    .execute(db)
    .then((r) => r.rows[0])
    .catch(() => undefined);
  const rol = info?.rol ?? 'the connecting role';
  const schema = soort === 'schema' ? object : (info?.schema ?? 'public');
  return [
    `Migration ${failed} failed: ${message}.`,
    `The role ${rol} may not use ${soort} ${object}${info?.eigenaar ? ` (owned by ${info.eigenaar})` : ''} in schema ${schema}: the tables must belong to the role that runs migrations (DATABASE_MIGRATION_URL, or DATABASE_URL when one role does everything).`,
    `After a restore by another role (e.g. pg_restore as a superuser), restore again into an empty database owned by that role, connected as it: createdb --owner=${rol} …; pg_restore --no-owner --no-acl --dbname=postgres://${rol}@…/… ; then npm run db:rollen. See docs/operations.md, "Restore".`,
  ].join('\n  ');
}
