import { ConfigError, loadConfig } from '../config.js';
import { gebruikSleutelring, laadSleutelring, sleutelConfigVan } from '../crypto/sleutelring.js';
import { maakBackup, zetBackupTerug } from './backup.js';
import { migrateToLatest, openDatabase } from './database.js';
import { cliLog, metHerhaling } from './open.js';
import { controleerAuditRechten, pasRechtenToe, rolUitUrl } from './rollen.js';
import { SlotBezet } from './slot.js';

const USAGE = [
  'Usage: npm run db:rollen                 (PostgreSQL: migrate as DATABASE_MIGRATION_URL, grant DATABASE_URL its rights)',
  '       npm run backup -- <file.tar.gz>   (embedded database: stop the app first)',
  '       npm run restore -- <file.tar.gz>  (embedded database: stop the app first)',
].join('\n');

/**
 * The database commands of docs/operations.md. Exit 0 = done, 1 = done but not safe (db:rollen:
 * the runtime role can still change the audit trail) or refused (the app runs), 2 = wrong use.
 */
async function main(argv: string[]): Promise<number> {
  const [opdracht, bestand] = argv;
  const config = loadConfig();
  // Both migrate, and a migration may encrypt existing rows (0053): the master key first.
  if (opdracht === 'rollen' || opdracht === 'restore')
    gebruikSleutelring(await laadSleutelring(sleutelConfigVan(config)));
  if (opdracht === 'rollen') return rollen(config);
  if ((opdracht === 'backup' || opdracht === 'restore') && bestand) {
    if (config.databaseUrl) {
      console.error(
        'DATABASE_URL is set: back up PostgreSQL with pg_dump and restore with pg_restore (docs/operations.md, "Backup and restore").',
      );
      return 2;
    }
    if (opdracht === 'backup') {
      const r = await maakBackup(config.dataDir, bestand);
      console.log(`Backup of ${config.dataDir} written to ${bestand} (${r.bytes} bytes).`);
      console.log(
        'Back up the key folder (master key and wissingen.log) separately: it is not in this file.',
      );
      return 0;
    }
    const r = await zetBackupTerug(config.dataDir, bestand);
    console.log(
      `Restored ${bestand} into ${config.dataDir}; the database it replaced was moved to ${r.oudeMap}.`,
    );
    console.log(`Sessions ended: ${r.sessiesBeeindigd} (everyone logs in again).`);
    console.log(
      'Now start the app (it re-applies the erasure log: records erased after the backup are erased again), or run `npm run sleutels -- herstel-wissingen`.',
    );
    return 0;
  }
  console.error(USAGE);
  return 2;
}

async function rollen(config: ReturnType<typeof loadConfig>): Promise<number> {
  if (!config.databaseUrl || !config.databaseMigrationUrl) {
    console.error('Set DATABASE_URL (the runtime role) and DATABASE_MIGRATION_URL (the owner role).');
    return 2;
  }
  const runtimeRol = rolUitUrl(config.databaseUrl);
  if (!runtimeRol) {
    console.error('DATABASE_URL names no role (postgres://<role>:<password>@host/db).');
    return 2;
  }
  const owner = await openDatabase({
    engine: 'postgres',
    connectionString: config.databaseMigrationUrl,
    poolSize: 1,
  });
  try {
    await metHerhaling(() => owner.ping(), config, 'DATABASE_MIGRATION_URL', cliLog);
    const applied = await migrateToLatest(owner.db);
    if (applied.length > 0) console.log(`Migrations applied: ${applied.join(', ')}`);
    await pasRechtenToe(owner.db, runtimeRol);
    console.log(`Privileges of ${runtimeRol} applied.`);
  } finally {
    await owner.close();
  }
  const runtime = await openDatabase({
    engine: 'postgres',
    connectionString: config.databaseUrl,
    poolSize: 1,
  });
  try {
    const rechten = await controleerAuditRechten(runtime.db);
    if (rechten.problemen.length > 0) {
      console.error(
        `The role ${rechten.rol} can still change the audit trail: ${rechten.problemen.join('; ')}.`,
      );
      return 1;
    }
    console.log(
      `The role ${rechten.rol} can add to the audit trail but not change, delete or switch it off.`,
    );
    return 0;
  } finally {
    await runtime.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof SlotBezet ? 1 : 2);
  },
);
