import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../tests/support/test-database.js';
import { createGemeente } from '../demo/factories.js';
import { migrateToLatest, openDatabase } from '../platform/db/database.js';
import { exportHsds } from './export.js';
import { COLUMNS, HSDS_TABLES, type HsdsRows } from './hsds.js';
import { importHsds } from './import.js';
import { loadHsdsRows } from './queries.js';
import {
  checkTabular,
  exportTabular,
  formatCsv,
  importTabular,
  officialDataPackage,
  parseCsv,
  readTabular,
  tabularJsonFiles,
} from './tabular.js';
import { validateHsds } from './validate.js';

// The official HSDS 3.0 examples (CC BY-SA 4.0, Open Referral), vendored unedited: one sample row
// per table as CSV, the same data as tabular JSON, and the nested JSON examples.
const EXAMPLES = fileURLToPath(new URL('./fixtures/hsds-3.0-examples', import.meta.url));
const CSV_EXAMPLE = path.join(EXAMPLES, 'csv');
const DATAPACKAGE = fileURLToPath(new URL('./hsds-3.0-datapackage/datapackage.json', import.meta.url));
const run = promisify(execFile);

/** The CSV example's references that point outside it (see the README of ../shared/interop/hsds). */
const DANGLING = [
  { file: 'contacts.csv', field: 'organization_id' },
  { file: 'contacts.csv', field: 'service_at_location_id' },
  { file: 'locations.csv', field: 'organization_id' },
  { file: 'taxonomy_terms.csv', field: 'taxonomy_id' },
];

/** A CSV file's rows as objects without the empty cells: its content, however it is quoted. */
async function csvContent(folder: string, file: string): Promise<Array<Record<string, string>>> {
  const records: Array<Record<string, string>> = parse(await readFile(path.join(folder, file), 'utf8'), {
    columns: true,
  });
  return records
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, cell]) => cell !== '')))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

function tableCounts(rows: HsdsRows): Record<string, number> {
  return Object.fromEntries(HSDS_TABLES.map((table) => [table, rows[table].length]));
}

/** Appends lines to a CSV file (the lines end with a newline, as the examples' last line does not). */
async function appendRows(folder: string, file: string, lines: string[]): Promise<void> {
  const text = (await readFile(path.join(folder, file), 'utf8')).replace(/\n?$/, '\n');
  await writeFile(path.join(folder, file), `${text}${lines.map((line) => `${line}\n`).join('')}`);
}

const ORGANIZATION = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const SERVICE = 'ac148810-d857-441c-9679-408f346de14b';

/**
 * The CSV example plus new rows, good and bad: a good service with a cost option; a service whose
 * age is not a number, with a cost option that therefore loses its service; a service without
 * a name; a cost option pointing at a service that exists nowhere; an attempt to blank the
 * existing organization's name; a phone with two ids.
 */
async function brokenPackage(folder: string) {
  const ids = {
    goodService: randomUUID(),
    goodCost: randomUUID(),
    ageService: randomUUID(),
    orphanedCost: randomUUID(),
    namelessService: randomUUID(),
    unknownCost: randomUUID(),
    phone: randomUUID(),
  };
  await cp(CSV_EXAMPLE, folder, { recursive: true });
  const service = (id: string, name: string, age: string) =>
    `${id},${ORGANIZATION},,${name},,,,,active,,,,,,,,${age},,,,,,`;
  await appendRows(folder, 'services.csv', [
    service(ids.goodService, 'Maaltijden aan huis', '65'), // row 3
    service(ids.ageService, 'Leesclub', 'twaalf'), // row 4
    service(ids.namelessService, '', '18'), // row 5
  ]);
  await appendRows(folder, 'cost_options.csv', [
    `${ids.goodCost},${ids.goodService},,,,EUR,5,per maaltijd`, // row 3
    `${ids.orphanedCost},${ids.ageService},,,,EUR,2,per keer`, // row 4
    `${ids.unknownCost},${randomUUID()},,,,EUR,3,per keer`, // row 5
  ]);
  await appendRows(folder, 'organizations.csv', [`${ORGANIZATION},,,Gewist,,,,,,,,,`]); // row 3
  await appendRows(folder, 'phones.csv', [
    `${ids.phone},,${ids.goodService},,,,0612345678,,voice,`, // row 3
    `${ids.phone},,${ids.goodService},,,,0687654321,,voice,`, // row 4
  ]);
  return ids;
}

describe('HSDS tabular form, pure parts', () => {
  it('knows every HSDS table with the same columns as the descriptor, in its order', () => {
    const resources = officialDataPackage().resources;
    expect(resources.map((r) => r.name).sort()).toEqual([...HSDS_TABLES].sort());
    for (const resource of resources) {
      expect({ table: resource.name, columns: resource.schema.fields.map((f) => f.name) }).toEqual({
        table: resource.name,
        columns: COLUMNS[resource.name as (typeof HSDS_TABLES)[number]],
      });
    }
  });

  it('writes CSV that reads back to the same cells, whatever the text holds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.uuid(),
            name: fc.string({ minLength: 1 }).filter((s) => s.trim() === s),
            description: fc.string({ minLength: 1 }),
          }),
          { maxLength: 5 },
        ),
        (records) => {
          const unique = [...new Map(records.map((r) => [r.id, r])).values()];
          const rows = unique.map((r) => ({ ...r, uri: null, version: null }));
          const { file, problems } = parseCsv('taxonomy', 'taxonomies.csv', formatCsv('taxonomy', rows));
          expect(problems).toEqual([]);
          const read = file.rows.map(({ cells }) => ({
            id: cells.id,
            name: cells.name,
            description: cells.description,
          }));
          const sorted = [...unique].sort((a, b) => a.id.localeCompare(b.id));
          expect(read).toEqual(sorted);
        },
      ),
    );
  });

  it('reports a row with a cell too many and an unknown column by file, row and field', () => {
    const text =
      'id,name,description,colour\n' +
      '5c4d79d7-cc55-470e-9f1f-8cad074e4892,"Twee\nregels",Goed,blauw\n' +
      '6c4d79d7-cc55-470e-9f1f-8cad074e4892,Naam,Omschrijving,rood,extra\n';
    const parsed = parseCsv('taxonomy', 'taxonomies.csv', text);
    expect(parsed.problems).toEqual([
      { file: 'taxonomies.csv', field: 'colour', message: 'not an HSDS field; ignored' },
    ]);
    const check = checkTabular([parsed.file]);
    expect(check.rows.taxonomy.map((row) => row.name)).toEqual(['Twee\nregels']);
    expect(check.rejected).toEqual([
      {
        file: 'taxonomies.csv',
        table: 'taxonomy',
        row: 3,
        id: '6c4d79d7-cc55-470e-9f1f-8cad074e4892',
        problems: [{ field: '', message: 'has 5 cells where the header has 4' }],
      },
    ]);
  });
});

describe('HSDS tabular checks', () => {
  it('checks the types, formats and codes the descriptor gives, once per problem', () => {
    const schedules = parseCsv(
      'schedule',
      'schedules.csv',
      'id,opens_at,valid_from,freq\n48102e86-bb50-41c4-8f1e-e269368c41d1,tien uur,2020-13-01,DAILY\n',
    );
    const services = parseCsv(
      'service',
      'services.csv',
      `id,organization_id,name,status,last_modified,email\nnummer-1,${ORGANIZATION},X,open,2023-03-15 10:30,geen-mail\n`,
    );
    const { rejected } = checkTabular([schedules.file, services.file]);
    expect(rejected.map(({ file, row, problems }) => ({ file, row, problems }))).toEqual([
      {
        file: 'schedules.csv',
        row: 2,
        problems: [
          { field: 'valid_from', message: 'must match format "date"' },
          { field: 'freq', message: 'must be equal to one of the allowed values: WEEKLY, MONTHLY' },
          { field: 'opens_at', message: 'must match format "iso-time"' },
        ],
      },
      {
        file: 'services.csv',
        row: 2,
        problems: [
          { field: 'id', message: 'must match format "uuid"' },
          { field: 'email', message: 'must match format "email"' },
          {
            field: 'status',
            message:
              'must be equal to one of the allowed values: active, inactive, defunct, temporarily closed',
          },
          { field: 'last_modified', message: 'must match format "date-time"' },
        ],
      },
    ]);
  });
});

describe('reading a tabular package', () => {
  it('names a folder without HSDS files, and CSV files that are not HSDS tables', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'redzaam-hsds-leeg-'));
    try {
      await writeFile(path.join(folder, 'kleuren.csv'), 'id,kleur\r\n1,blauw\r\n');
      const read = await readTabular(folder);
      expect(read.files).toEqual([]);
      expect(read.problems).toEqual([
        { file: 'kleuren.csv', message: 'not an HSDS table file; ignored' },
        { file: folder, message: 'no HSDS table files found (organizations.csv, services.csv, …)' },
      ]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('HSDS tabular JSON', () => {
  it('catches one id twice across files of the same table, and types numbers as the descriptor says', () => {
    const taxonomy = { id: '5c4d79d7-cc55-470e-9f1f-8cad074e4892', name: 'Wmo', description: 'Wmo-termen' };
    const { files, problems } = tabularJsonFiles({
      'taxonomies.csv': [taxonomy],
      taxonomy: [{ ...taxonomy, version: 2 }],
      'kleuren.csv': [],
    });
    expect(problems).toEqual([{ file: 'kleuren.csv', message: 'not an HSDS table; ignored' }]);
    const check = checkTabular(files);
    expect(check.rows.taxonomy).toEqual([{ ...taxonomy, uri: null, version: null }]);
    expect(check.rejected).toEqual([
      {
        file: 'taxonomy',
        table: 'taxonomy',
        row: 1,
        id: taxonomy.id,
        problems: [{ field: 'id', message: 'must be unique; taxonomies.csv row 1 has the same value' }],
      },
    ]);
    const typed = checkTabular(
      tabularJsonFiles({ 'taxonomies.csv': [{ ...taxonomy, version: 2 }], 'services.csv': [] }).files,
    );
    expect(typed.rows.taxonomy[0]?.version).toBe('2');
  });
});

describe.each(ENGINES)('HSDS tabular (CSV datapackage) import and export on %s', (engine) => {
  let database: TestDatabase;
  let work: string;
  let gemeenten = 0;
  const newGemeente = async () =>
    (await createGemeente(database.db, { code: `tab-${++gemeenten}`, naam: `Gemeente ${gemeenten}` })).id;
  const folder = (name: string) => path.join(work, name);

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    work = await mkdtemp(path.join(tmpdir(), 'redzaam-hsds-csv-'));
  });
  afterAll(async () => {
    await database.dispose();
    await rm(work, { recursive: true, force: true });
  });

  it('imports the official CSV example without rejections and round-trips it: CSV → DB → CSV → DB', async () => {
    const first = await newGemeente();
    const report = await importTabular(database.db, first, await readTabular(CSV_EXAMPLE));
    expect(report.rejected).toEqual([]);
    expect(report.total).toBe(HSDS_TABLES.length);
    expect(report.imported).toEqual(Object.fromEntries(HSDS_TABLES.map((table) => [table, 1])));
    // The example's own loose ends are noted, not refused: HSDS may point to data published elsewhere.
    expect(report.warnings.map(({ file, field }) => ({ file, field })).sort(byFileField)).toEqual(DANGLING);
    for (const warning of report.warnings) expect(warning).toMatchObject({ row: 2 });

    const out = folder('round-trip-1');
    await exportTabular(database.db, first, out);
    const sourceFiles = (await readdir(CSV_EXAMPLE)).sort();
    expect((await readdir(out)).sort()).toEqual([...sourceFiles, 'datapackage.json'].sort());
    for (const file of sourceFiles) {
      expect({ file, rows: await csvContent(out, file) }).toEqual({
        file,
        rows: await csvContent(CSV_EXAMPLE, file),
      });
      // Even byte for byte: same column order, quoting and CRLF line ends as the official files.
      expect(await readFile(path.join(out, file), 'utf8')).toBe(
        await readFile(path.join(CSV_EXAMPLE, file), 'utf8'),
      );
    }
    expect(await readFile(path.join(out, 'datapackage.json'), 'utf8')).toBe(
      await readFile(DATAPACKAGE, 'utf8'),
    );

    const second = await newGemeente();
    const again = await importTabular(
      database.db,
      second,
      await readTabular(path.join(out, 'datapackage.json')),
    );
    expect(again.rejected).toEqual([]);
    expect(await loadHsdsRows(database.db, second)).toEqual(await loadHsdsRows(database.db, first));
    const out2 = folder('round-trip-2');
    await exportTabular(database.db, second, out2);
    for (const file of sourceFiles) {
      expect(await readFile(path.join(out2, file), 'utf8')).toBe(
        await readFile(path.join(out, file), 'utf8'),
      );
    }
  });

  it('reads the tabular JSON example to the same rows as the CSV example', async () => {
    const fromCsv = await newGemeente();
    await importTabular(database.db, fromCsv, await readTabular(CSV_EXAMPLE));
    const fromJson = await newGemeente();
    const document = JSON.parse(await readFile(path.join(EXAMPLES, 'tabular.json'), 'utf8'));
    const report = await importTabular(database.db, fromJson, tabularJsonFiles(document));
    expect(report.rejected).toEqual([]);
    expect(report.total).toBe(HSDS_TABLES.length);
    expect(await loadHsdsRows(database.db, fromJson)).toEqual(await loadHsdsRows(database.db, fromCsv));
  });

  it('agrees with the nested JSON example where the examples allow, and exports valid HSDS JSON', async () => {
    const fromCsv = await newGemeente();
    await importTabular(database.db, fromCsv, await readTabular(CSV_EXAMPLE));
    const fromJson = await newGemeente();
    const source = JSON.parse(await readFile(path.join(EXAMPLES, 'service_full.json'), 'utf8'));
    expect((await importHsds(database.db, fromJson, source)).rejected).toEqual([]);
    const csvRows = await loadHsdsRows(database.db, fromCsv);
    const jsonRows = await loadHsdsRows(database.db, fromJson);
    // The same objects (by id) with the same fields; only links may differ, as the CSV example's
    // references are not consistent and JSON nesting implies its own. The CSV example has a
    // meta_table_description, which has no place in nested JSON.
    let compared = 0;
    for (const table of HSDS_TABLES) {
      const inCsv = new Map(csvRows[table].map((row) => [row.id, row]));
      expect({ table, ids: jsonRows[table].map((row) => row.id) }).toEqual({
        table,
        ids: table === 'meta_table_description' ? [] : [...inCsv.keys()],
      });
      for (const row of jsonRows[table]) {
        const other = inCsv.get(row.id) ?? {};
        const plain = (r: Record<string, unknown>) =>
          Object.fromEntries(
            Object.entries(r).filter(([key]) => !/_id$|^link_entity$|^resource_type$/.test(key)),
          );
        expect({ table, row: plain(row) }).toEqual({ table, row: plain(other) });
        compared++;
      }
    }
    expect(compared).toBe(HSDS_TABLES.length - 1);

    const services = await exportHsds(database.db, fromCsv);
    expect(services.contents.map((s) => s.id)).toEqual([SERVICE]);
    for (const service of services.contents) expect(validateHsds('service', service)).toEqual([]);
    expect(services.contents[0]).toMatchObject({
      program: { id: source.program.id },
      funding: [{ id: source.funding[0].id }],
      required_documents: [{ id: source.required_documents[0].id }],
      service_areas: [{ id: source.service_areas[0].id }],
      organization: {
        organization_identifiers: [{ id: source.organization.organization_identifiers[0].id }],
      },
    });

    // And the other way: the JSON example written as CSV reads back to every row.
    const out = folder('from-json');
    await exportTabular(database.db, fromJson, out);
    const copy = await newGemeente();
    expect((await importTabular(database.db, copy, await readTabular(out))).rejected).toEqual([]);
    expect(await loadHsdsRows(database.db, copy)).toEqual(jsonRows);
  });

  it('reports a broken package by file, row and field, keeps the bad rows out and the rest unchanged', async () => {
    const gemeente = await newGemeente();
    await importTabular(database.db, gemeente, await readTabular(CSV_EXAMPLE));
    const before = await loadHsdsRows(database.db, gemeente);
    const broken = folder('broken');
    const ids = await brokenPackage(broken);

    const report = await importTabular(database.db, gemeente, await readTabular(broken));
    const problems = report.rejected.flatMap((row) =>
      row.problems.map((problem) => ({ file: row.file, row: row.row, id: row.id, ...problem })),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          file: 'cost_options.csv',
          row: 4,
          id: ids.orphanedCost,
          field: 'service_id',
          message: `unknown reference: no service with id ${ids.ageService} in the package or the sociale kaart`,
        },
        expect.objectContaining({
          file: 'cost_options.csv',
          row: 5,
          id: ids.unknownCost,
          field: 'service_id',
        }),
        {
          file: 'organizations.csv',
          row: 3,
          id: ORGANIZATION,
          field: 'id',
          message: 'must be unique; row 2 has the same value',
        },
        {
          file: 'organizations.csv',
          row: 3,
          id: ORGANIZATION,
          field: 'name',
          message: "must have required property 'name'",
        },
        {
          file: 'phones.csv',
          row: 4,
          id: ids.phone,
          field: 'id',
          message: 'must be unique; row 3 has the same value',
        },
        { file: 'services.csv', row: 4, id: ids.ageService, field: 'minimum_age', message: 'must be number' },
        {
          file: 'services.csv',
          row: 5,
          id: ids.namelessService,
          field: 'name',
          message: "must have required property 'name'",
        },
      ]),
    );
    expect(report.rejected.map((row) => `${row.file}:${row.row}`)).toEqual([
      'cost_options.csv:4',
      'cost_options.csv:5',
      'organizations.csv:3',
      'phones.csv:4',
      'services.csv:4',
      'services.csv:5',
    ]);
    expect(report.imported).toMatchObject({ service: 2, cost_option: 2, phone: 2, organization: 1 });

    const after = await loadHsdsRows(database.db, gemeente);
    // Exactly the good new rows came in; everything else, the organization's name included, is as it was.
    const added = (table: keyof HsdsRows) =>
      after[table].filter((row) => !before[table].some((old) => old.id === row.id)).map((row) => row.id);
    expect(added('service')).toEqual([ids.goodService]);
    expect(added('cost_option')).toEqual([ids.goodCost]);
    expect(added('phone')).toEqual([ids.phone]);
    expect(after.phone.find((row) => row.id === ids.phone)?.number).toBe('0612345678');
    for (const table of HSDS_TABLES) {
      expect({
        table,
        rows: after[table].filter((row) => before[table].some((old) => old.id === row.id)),
      }).toEqual({ table, rows: before[table] });
    }
    const badIds = [ids.ageService, ids.orphanedCost, ids.namelessService, ids.unknownCost];
    for (const table of HSDS_TABLES) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
        where gemeente_id = ${gemeente} and id in (${sql.join(badIds)})`.execute(database.db);
      expect({ table, n: rows[0]?.n }).toEqual({ table, n: 0 });
    }
  });

  it('accepts a reference to a row the sociale kaart already has', async () => {
    const gemeente = await newGemeente();
    await importTabular(database.db, gemeente, await readTabular(CSV_EXAMPLE));
    const only = folder('cost-only');
    await cp(CSV_EXAMPLE, only, { recursive: true });
    for (const file of await readdir(only)) if (file !== 'cost_options.csv') await rm(path.join(only, file));
    const id = randomUUID();
    await appendRows(only, 'cost_options.csv', [`${id},${SERVICE},,,,EUR,7,per week`]);
    const report = await importTabular(
      database.db,
      gemeente,
      await readTabular(path.join(only, 'cost_options.csv')),
    );
    expect(report.rejected).toEqual([]);
    expect(report.imported).toEqual({ cost_option: 2 });
    expect((await loadHsdsRows(database.db, gemeente)).cost_option.map((row) => row.id)).toContain(id);
  });

  it('writes nothing when the database refuses part of a CSV import', async () => {
    const gemeente = await newGemeente();
    const input = await readTabular(CSV_EXAMPLE);
    const accessibility = input.files.find((file) => file.table === 'accessibility');
    if (!accessibility?.rows[0]) throw new Error('example lacks accessibility.csv');
    // Valid HSDS, but PostgreSQL refuses a NUL character in text.
    accessibility.rows[0].cells.details = 'trap\u0000lift';
    await expect(importTabular(database.db, gemeente, input)).rejects.toThrow();
    expect(tableCounts(await loadHsdsRows(database.db, gemeente))).toEqual(
      Object.fromEntries(HSDS_TABLES.map((table) => [table, 0])),
    );
  });
});

function byFileField(a: { file: string; field?: string }, b: { file: string; field?: string }): number {
  return a.file.localeCompare(b.file) || String(a.field).localeCompare(String(b.field));
}

describe('npm run sociale-kaart with a CSV folder on the embedded database', () => {
  it('imports a folder with a per-row report and exit 1, exports CSV with exit 0 that imports with exit 0', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'redzaam-sociale-kaart-csv-'));
    try {
      const database = await openDatabase({ engine: 'pglite', dataDir: path.join(dataDir, 'pglite') });
      await migrateToLatest(database.db);
      await createGemeente(database.db, { code: 'demo', naam: 'Lindewaard' });
      await createGemeente(database.db, { code: 'tweede', naam: 'Tweede' });
      await createGemeente(database.db, { code: 'derde', naam: 'Derde' });
      await database.close();
      const broken = path.join(dataDir, 'in');
      const ids = await brokenPackage(broken);
      const out = path.join(dataDir, 'out');
      const cli = ['--import', 'tsx', 'src/sociale-kaart/cli.ts'];
      const { DATABASE_URL: _unused, ...rest } = process.env;
      const env = { ...rest, DATA_DIR: dataDir };
      const outcome = (args: string[]) =>
        run(process.execPath, [...cli, ...args], { env }).then(
          ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
          (error: { code: number; stdout: string; stderr: string }) => error,
        );

      const imported = await outcome(['import', broken]);
      expect(imported.code).toBe(1);
      expect(imported.stdout).toMatch(/Imported 24 rows into gemeente demo \(organization 1, service 2, /);
      expect(imported.stdout).toMatch(/Rejected 6 rows:/);
      expect(imported.stdout).toContain(
        `  services.csv row 4 id ${ids.ageService}:\n    minimum_age: must be number`,
      );
      expect(imported.stdout).toMatch(
        /cost_options\.csv row 5 id [0-9a-f-]{36}:\n\s+service_id: unknown reference/,
      );
      expect(imported.stdout).toContain('locations.csv row 2 organization_id: unknown reference');

      const exported = await outcome(['export', out, '--format', 'csv']);
      expect(exported).toMatchObject({ code: 0 });
      expect(exported.stdout).toMatch(
        /Exported 24 rows of gemeente demo as CSV files with datapackage\.json/,
      );
      const services = await csvContent(out, 'services.csv');
      expect(services.map((s) => s.id).sort()).toEqual([SERVICE, ids.goodService].sort());

      const again = await outcome(['import', out, '--gemeente', 'tweede']);
      expect(again).toMatchObject({ code: 0 });
      expect(again.stdout).toMatch(/Imported 24 rows into gemeente tweede/);

      // Tabular JSON is recognised as such, not read as a service list.
      const fromJson = await outcome(['import', path.join(EXAMPLES, 'tabular.json'), '--gemeente', 'derde']);
      expect(fromJson).toMatchObject({ code: 0 });
      expect(fromJson.stdout).toMatch(/Imported 21 rows into gemeente derde \(organization 1, /);

      const wrong = await outcome(['export', out, '--format', 'xml']);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/Unknown --format "xml"/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 600_000);
});
