import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config.js';
import { migrateToLatest, openDatabase, pgliteDirectory } from '../platform/db/database.js';
import { findGemeenteByCode } from '../platform/gemeente/queries.js';
import { exportHsds } from './export.js';
import { importHsds } from './import.js';

const USAGE =
  'Usage: npm run sociale-kaart -- import <file> [--gemeente <code>]\n       npm run sociale-kaart -- export <file> [--gemeente <code>] [--type service|organization|service_at_location]';

/**
 * `npm run sociale-kaart -- import <file>` reads HSDS 3.0 JSON into a gemeente's sociale kaart;
 * `… export <file>` writes its services as an HSDS service list (`--type organization`: an organization list). Uses DATABASE_URL, or the
 * embedded database in DATA_DIR (stop the app first: PGlite is one process).
 * Exit code 0 = all imported, 1 = some records rejected, 2 = error.
 */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      gemeente: { type: 'string', default: 'demo' },
      type: { type: 'string', default: 'service' },
    },
  });
  const [command, file] = positionals;
  if ((command !== 'import' && command !== 'export') || !file || positionals.length > 2) {
    console.error(USAGE);
    return 2;
  }
  const code = values.gemeente ?? 'demo';
  // Read the file before touching the database, so a typo in its name costs nothing.
  const document = command === 'import' ? JSON.parse(await readFile(file, 'utf8')) : undefined;
  const config = loadConfig();
  const database = config.databaseUrl
    ? await openDatabase({ engine: 'postgres', connectionString: config.databaseUrl })
    : await openDatabase({ engine: 'pglite', dataDir: pgliteDirectory(config.dataDir) });
  try {
    await migrateToLatest(database.db);
    const gemeenteId = (await findGemeenteByCode(database.db, code))?.id;
    if (!gemeenteId) {
      console.error(`No gemeente with code "${code}" exists; pass an existing one with --gemeente <code>.`);
      return 2;
    }
    if (command === 'export') {
      const type = values.type;
      if (type !== 'service' && type !== 'organization' && type !== 'service_at_location') {
        console.error(`Unknown --type "${type}".\n${USAGE}`);
        return 2;
      }
      const list = await exportHsds(database.db, gemeenteId, type);
      await writeFile(file, `${JSON.stringify(list, null, 2)}\n`);
      console.log(`Exported ${list.total_items} ${type} records of gemeente ${code} to ${file}.`);
      return 0;
    }
    const report = await importHsds(database.db, gemeenteId, document);
    console.log(`Imported ${report.imported} ${report.type} records into gemeente ${code}.`);
    if (report.rejected.length === 0) return 0;
    console.log(`Rejected ${report.rejected.length} records:`);
    for (const record of report.rejected) {
      const label = [record.id && `id ${record.id}`, record.name && `"${record.name}"`]
        .filter(Boolean)
        .join(' ');
      console.log(`  record ${record.index} (${record.pointer || '/'})${label ? ` ${label}` : ''}:`);
      for (const problem of record.problems) console.log(`    ${problem.pointer}: ${problem.message}`);
    }
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('sociale-kaart could not run:', error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
