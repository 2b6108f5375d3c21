// The catalog of UI text first: every capability's messages (see catalog.ts).
import '../catalog.js';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config.js';
import { cliLog, openVoorConfig } from '../platform/db/open.js';
import { findGemeenteByCode } from '../platform/gemeente/queries.js';
import { exportHsds } from './export.js';
import { importHsds } from './import.js';
import {
  exportTabular,
  importTabular,
  isTabularJson,
  readTabular,
  type TabularFile,
  type TabularProblem,
  type TabularReport,
  tabularJsonFiles,
} from './tabular.js';
import type { HsdsObjectType } from './validate.js';
import { zoekenCommando } from './zoeken/cli.js';

const USAGE =
  'Usage: npm run sociale-kaart -- import <file-or-folder> [--gemeente <code>]\n       npm run sociale-kaart -- export <file> [--gemeente <code>] [--type service|organization|service_at_location|location|taxonomy|taxonomy_term]\n       npm run sociale-kaart -- export <folder> --format csv [--gemeente <code>]';

/**
 * `npm run sociale-kaart -- import <file>` reads HSDS 3.0 JSON into a gemeente's sociale kaart;
 * `… export <file>` writes its services as an HSDS service list (`--type organization`: an organization list).
 * `import` also reads HSDS's tabular form (a folder of CSV files, its datapackage.json, one CSV
 * file, or tabular JSON); `export <folder> --format csv` writes it. Uses DATABASE_URL, or the
 * embedded database in DATA_DIR (stop the app first: PGlite is one process).
 * Exit code 0 = all imported, 1 = some records rejected, 2 = error.
 */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      gemeente: { type: 'string', default: 'demo' },
      type: { type: 'string', default: 'service' },
      format: { type: 'string', default: 'json' },
    },
  });
  const [command, file] = positionals;
  // Search: postcode centroids and rebuilding the index (zoeken/cli.ts).
  if (command === 'postcodes' || command === 'herindexeer') {
    return zoekenCommando(command, file, values.gemeente ?? 'demo');
  }
  if ((command !== 'import' && command !== 'export') || !file || positionals.length > 2) {
    console.error(USAGE);
    return 2;
  }
  const code = values.gemeente ?? 'demo';
  if (values.format !== 'json' && values.format !== 'csv') {
    console.error(`Unknown --format "${values.format}".\n${USAGE}`);
    return 2;
  }
  // Read the input before touching the database, so a typo in its name costs nothing.
  const input = command === 'import' ? await readInput(file) : undefined;
  const config = loadConfig();
  // Embedded: under the DATA_DIR lock, so it refuses while the app runs (docs/operations.md).
  const database = await openVoorConfig(config, { wie: 'npm run sociale-kaart', log: cliLog });
  try {
    const gemeenteId = (await findGemeenteByCode(database.db, code))?.id;
    if (!gemeenteId) {
      console.error(`No gemeente with code "${code}" exists; pass an existing one with --gemeente <code>.`);
      return 2;
    }
    if (command === 'export' && values.format === 'csv') {
      const rows = await exportTabular(database.db, gemeenteId, file);
      const count = Object.values(rows).reduce((sum, list) => sum + list.length, 0);
      console.log(
        `Exported ${count} rows of gemeente ${code} as CSV files with datapackage.json to ${file}.`,
      );
      return 0;
    }
    if (input?.kind === 'tabular') {
      return printTabularReport(await importTabular(database.db, gemeenteId, input), code);
    }
    if (command === 'export') {
      const type = values.type;
      if (!isObjectType(type)) {
        console.error(`Unknown --type "${type}".\n${USAGE}`);
        return 2;
      }
      const list = await exportHsds(database.db, gemeenteId, type);
      await writeFile(file, `${JSON.stringify(list, null, 2)}\n`);
      console.log(`Exported ${list.total_items} ${type} records of gemeente ${code} to ${file}.`);
      return 0;
    }
    const report = await importHsds(database.db, gemeenteId, input?.document);
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

const OBJECT_TYPES: readonly HsdsObjectType[] = [
  'service',
  'organization',
  'service_at_location',
  'location',
  'taxonomy',
  'taxonomy_term',
];

function isObjectType(type: string | undefined): type is HsdsObjectType {
  return (OBJECT_TYPES as readonly (string | undefined)[]).includes(type);
}

type Input =
  | { kind: 'json'; document: unknown }
  | { kind: 'tabular'; files: TabularFile[]; problems: TabularProblem[] };

/**
 * What `import` reads: HSDS JSON (a list or one object), HSDS tabular JSON (rows keyed by CSV
 * file name), or the CSV form: a folder of CSV files, its datapackage.json, or one CSV file.
 */
async function readInput(file: string): Promise<Input> {
  const info = await stat(file);
  if (info.isDirectory() || file.endsWith('.csv') || file.endsWith('datapackage.json')) {
    return { kind: 'tabular', ...(await readTabular(file)) };
  }
  const document: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (isTabularJson(document)) return { kind: 'tabular', ...tabularJsonFiles(document) };
  return { kind: 'json', document };
}

function printTabularReport(report: TabularReport, code: string): number {
  const counts = Object.entries(report.imported).map(([table, n]) => `${table} ${n}`);
  console.log(
    `Imported ${report.total} rows into gemeente ${code}${counts.length > 0 ? ` (${counts.join(', ')})` : ''}.`,
  );
  const where = (p: { file: string; row?: number; field?: string }) =>
    [p.file, p.row !== undefined && `row ${p.row}`, p.field].filter(Boolean).join(' ');
  if (report.warnings.length > 0) {
    console.log(`Notes (nothing was left out for these):`);
    for (const warning of report.warnings) console.log(`  ${where(warning)}: ${warning.message}`);
  }
  if (report.rejected.length === 0) return 0;
  console.log(`Rejected ${report.rejected.length} rows:`);
  for (const row of report.rejected) {
    console.log(`  ${row.file} row ${row.row}${row.id ? ` id ${row.id}` : ''}:`);
    for (const problem of row.problems) console.log(`    ${problem.field || '(row)'}: ${problem.message}`);
  }
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('sociale-kaart could not run:', error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
