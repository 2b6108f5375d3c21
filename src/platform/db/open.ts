import { sql } from 'kysely';
import type { Config } from '../config.js';
import {
  gebruikSleutelring,
  heeftSleutelring,
  laadSleutelring,
  sleutelConfigVan,
} from '../crypto/sleutelring.js';
import { type DatabaseHandle, migrateToLatest, openDatabase, pgliteDirectory } from './database.js';
import { type AuditRechten, controleerAuditRechten, pasRechtenToe } from './rollen.js';
import { neemSlot } from './slot.js';

/** The few log calls start-up needs; the app's pino logger and the CLIs' console both fit. */
export type StartLog = {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
};

export class DatabaseNietBereikbaar extends Error {}

export type GeopendeDatabase = DatabaseHandle & {
  /** Migrations applied by this opening. */
  applied: string[];
  /** PostgreSQL: what the runtime role could do to the audit trail (empty problems = protected). */
  auditRechten: AuditRechten | undefined;
};

/**
 * Opens the database the configuration names, for the app or a CLI (`wie` says which, in the
 * embedded database's lock): PGlite under the DATA_DIR lock (a second process is refused), or
 * PostgreSQL with the configured pool, retrying the first connection with back-off. Then
 * migrates (as DATABASE_MIGRATION_URL's owner role when set, which also re-applies the runtime
 * role's privileges) and checks what the runtime role can do to the audit trail.
 */
export async function openVoorConfig(
  config: Config,
  options: { wie: string; log: StartLog; migreer?: boolean },
): Promise<GeopendeDatabase> {
  const migreer = options.migreer ?? true;
  // A migration may encrypt existing rows (0053): a CLI that did not load the master key loads it now.
  if (migreer && !heeftSleutelring()) gebruikSleutelring(await laadSleutelring(sleutelConfigVan(config)));
  if (!config.databaseUrl) {
    const slot = await neemSlot(config.dataDir, options.wie);
    try {
      const handle = await openDatabase({ engine: 'pglite', dataDir: pgliteDirectory(config.dataDir) });
      const applied = migreer ? await migrateToLatest(handle.db) : [];
      return {
        ...handle,
        applied,
        auditRechten: undefined,
        close: async () => {
          try {
            await handle.close();
          } finally {
            await slot.vrij();
          }
        },
      };
    } catch (error) {
      await slot.vrij();
      throw error;
    }
  }
  const pool = config.databasePool;
  const handle = await openDatabase({
    engine: 'postgres',
    connectionString: config.databaseUrl,
    poolSize: pool.size,
    statementTimeoutMs: pool.statementTimeoutMs,
    connectTimeoutMs: pool.connectTimeoutMs,
  });
  try {
    await metHerhaling(() => handle.ping(), config, 'DATABASE_URL', options.log);
    let applied: string[] = [];
    if (migreer && config.databaseMigrationUrl) {
      applied = await migreerAlsEigenaar(config, handle, options.log);
    } else if (migreer) {
      applied = await migrateToLatest(handle.db);
    }
    const auditRechten = await controleerAuditRechten(handle.db);
    return { ...handle, applied, auditRechten };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Migrates with the owner role, then gives the runtime role (DATABASE_URL's) its privileges. */
async function migreerAlsEigenaar(config: Config, runtime: DatabaseHandle, log: StartLog): Promise<string[]> {
  const url = config.databaseMigrationUrl as string;
  const owner = await openDatabase({
    engine: 'postgres',
    connectionString: url,
    poolSize: 1,
    connectTimeoutMs: config.databasePool.connectTimeoutMs,
  });
  try {
    await metHerhaling(() => owner.ping(), config, 'DATABASE_MIGRATION_URL', log);
    const applied = await migrateToLatest(owner.db);
    const { rows } = await sql<{ rol: string }>`select current_user as rol`.execute(runtime.db);
    const rol = rows[0]?.rol;
    if (rol) await pasRechtenToe(owner.db, rol);
    return applied;
  } finally {
    await owner.close();
  }
}

/**
 * Tries `ping` 1 + DATABASE_CONNECT_RETRIES times, waiting 0.5 s, 1 s, 2 s … (at most 30 s)
 * between tries, so an app started together with its database waits for it; then gives up
 * with a message naming the variable, host and the last error.
 */
export async function metHerhaling(
  ping: () => Promise<void>,
  config: Pick<Config, 'databasePool'>,
  variabele: string,
  log: StartLog,
  wacht: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  const pogingen = config.databasePool.connectRetries + 1;
  for (let poging = 1; ; poging++) {
    try {
      await ping();
      return;
    } catch (error) {
      const reden = foutReden(error);
      if (poging >= pogingen) {
        throw new DatabaseNietBereikbaar(
          `Cannot reach the database of ${variabele} after ${pogingen} attempt(s): ${reden}. ` +
            'Check that PostgreSQL runs and accepts connections from this host, and the host, port, role and password in ' +
            `${variabele} (DATABASE_CONNECT_RETRIES and DATABASE_CONNECT_TIMEOUT_MS set how long the app waits).`,
        );
      }
      const ms = Math.min(30_000, 500 * 2 ** (poging - 1));
      log.warn(
        { attempt: poging, of: pogingen, retryInMs: ms, reason: reden },
        'database not reachable yet, trying again',
      );
      await wacht(ms);
    }
  }
}

/** The error's code and message, without the connection string (it may hold a password). */
function foutReden(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = (e.message ?? String(error)).replace(/postgres(ql)?:\/\/\S+/g, '<url>');
  return e.code && !message.includes(e.code) ? `${e.code} ${message}` : message;
}

export const AUDIT_NIET_BESCHERMD =
  'AUDIT TRAIL NOT PROTECTED: the database role of DATABASE_URL can change or switch off audit_event. ' +
  'Give migrations their own owner role (DATABASE_MIGRATION_URL) and run `npm run db:rollen` (docs/operations.md, "Database roles").';

/** Loud (an error line) in production: a role that can change the audit trail defeats its promise. */
export function meldAuditRechten(rechten: AuditRechten | undefined, env: string, log: StartLog): void {
  if (!rechten || rechten.problemen.length === 0) return;
  const details = { role: rechten.rol, problems: rechten.problemen };
  if (env === 'production') log.error(details, AUDIT_NIET_BESCHERMD);
  else
    log.info(
      details,
      'the database role can change the audit trail (one role for everything: fine outside production)',
    );
}

/** StartLog for the command-line tools: warnings and errors on stderr, nothing else. */
export const cliLog: StartLog = {
  info: () => {},
  warn: (details, message) => console.error(`${message} ${JSON.stringify(details)}`),
  error: (details, message) => console.error(`${message} ${JSON.stringify(details)}`),
};
