// The catalog of UI text first: every capability's messages (see catalog.ts).
import '../../catalog.js';
import { loadConfig } from '../../platform/config.js';
import { cliLog, openVoorConfig } from '../../platform/db/open.js';
import { verifyAuditChains } from './audit.js';

/**
 * `npm run audit:verify`: walks every gemeente's audit chain and names the first entry that
 * was changed, removed or inserted. Uses DATABASE_URL, or the embedded database in DATA_DIR
 * (stop the app first: PGlite is one process). Exit code 0 = intact, 1 = broken, 2 = error.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  // Embedded: under the DATA_DIR lock, so it refuses while the app runs (docs/operations.md).
  const database = await openVoorConfig(config, { wie: 'npm run audit:verify', log: cliLog, migreer: false });
  try {
    const report = await verifyAuditChains(database.db);
    if (report.broken) {
      const b = report.broken;
      console.error(
        `Audit trail BROKEN at entry seq ${b.seq} (id ${b.id}) of gemeente ${b.gemeenteId}: ${b.reason}.`,
      );
      console.error(`${report.checked} entries checked up to and including that one.`);
      return 1;
    }
    console.log(`Audit trail intact: ${report.checked} entries checked.`);
    if (report.unsealed > 0) {
      console.log(
        `${report.unsealed} entries are not sealed yet (the app seals within seconds; more means no app is running).`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('audit:verify could not run:', error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
