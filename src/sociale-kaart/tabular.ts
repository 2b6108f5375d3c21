import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../platform/db/database.js';
import { COLUMNS, emptyRows, HSDS_TABLES, type HsdsRow, type HsdsRows, type HsdsTable } from './hsds.js';
import { storeHsdsRows } from './import.js';
import { existingHsdsIds, loadHsdsRows } from './queries.js';
import { type FieldProblem, validateHsdsObject, validateWithSchema } from './validate.js';

/**
 * HSDS's tabular form: one CSV file per HSDS table, described by the official Frictionless data
 * package descriptor (hsds-3.0-datapackage/datapackage.json). The pure part parses, checks and
 * formats; the I/O part at the bottom reads a folder, writes one, and imports through the same
 * transaction as the JSON import (storeHsdsRows). See docs/decisions/014-hsds-tabular-csv.md.
 */

// ---------------------------------------------------------------------------------------------
// The descriptor

export type TableField = {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
};
export type ForeignKey = {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
};
export type TableResource = {
  name: string;
  path: string;
  schema: { fields: TableField[]; primaryKey?: string | string[]; foreignKeys?: ForeignKey[] };
};
export type DataPackage = { resources: TableResource[] } & Record<string, unknown>;

const DATAPACKAGE = new URL('./hsds-3.0-datapackage/datapackage.json', import.meta.url);
let official: DataPackage | undefined;

/** The official HSDS 3.0 descriptor; every CSV row is checked against it, whatever a package says. */
export function officialDataPackage(): DataPackage {
  official ??= JSON.parse(readFileSync(DATAPACKAGE, 'utf8')) as DataPackage;
  return official;
}

export function resourceOf(table: HsdsTable): TableResource {
  const resource = officialDataPackage().resources.find((r) => r.name === table);
  if (!resource) throw new Error(`datapackage.json has no resource ${table}`);
  return resource;
}

function isHsdsTable(name: string): name is HsdsTable {
  return (HSDS_TABLES as readonly string[]).includes(name);
}

/**
 * A JSON Schema for one row of a table, from its table schema: Frictionless types become JSON
 * types and formats, `required`/`enum` carry over. Validated with the same ajv as the JSON import.
 */
export function rowSchema(table: HsdsTable): object {
  const { fields } = resourceOf(table).schema;
  const properties: Record<string, object> = {};
  for (const field of fields) {
    const property: Record<string, unknown> = { type: JSON_TYPES[field.type] ?? 'string' };
    const format =
      TYPE_FORMATS[field.type] ?? (field.format && field.format !== 'default' ? field.format : undefined);
    if (format) property.format = format;
    if (field.constraints?.enum) property.enum = field.constraints.enum;
    properties[field.name] = property;
  }
  const required = fields.filter((field) => field.constraints?.required).map((field) => field.name);
  return { type: 'object', required, properties };
}

const JSON_TYPES: Record<string, string> = { number: 'number', integer: 'integer', boolean: 'boolean' };
// Frictionless times carry no time zone unless the publisher adds one; datetime keeps JSON
// Schema's date-time (with zone), as the HSDS JSON Schema of the one datetime field has it.
const TYPE_FORMATS: Record<string, string> = { date: 'date', datetime: 'date-time', time: 'iso-time' };

// ---------------------------------------------------------------------------------------------
// Parsing

/** One table's rows as read: cell values by column, and the row's number in its file. */
export type TabularFile = {
  table: HsdsTable;
  file: string;
  /** `malformed`: what is wrong with the row as CSV (a cell too many or too few) */
  rows: Array<{ row: number; cells: Record<string, unknown>; malformed?: string }>;
};

/** A problem with a file, or with one row of it (row: counting the header as row 1). */
export type TabularProblem = { file: string; row?: number; field?: string; message: string };

/**
 * Parses one CSV file of a table. Row numbers count the header as row 1, as a spreadsheet
 * shows them. A row with more or fewer cells than the header is kept with a problem noted, so
 * the check reports it by row instead of refusing the file.
 */
export function parseCsv(
  table: HsdsTable,
  file: string,
  text: string,
): { file: TabularFile; problems: TabularProblem[] } {
  const problems: TabularProblem[] = [];
  let records: string[][];
  try {
    // Line ends as they come: the official examples use CRLF, a hand-added line often LF.
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n'],
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      file: { table, file, rows: [] },
      problems: [{ file, message: `not readable as CSV: ${message}` }],
    };
  }
  const [header = [], ...body] = records;
  const known = new Set(resourceOf(table).schema.fields.map((field) => field.name));
  for (const column of header) {
    if (!known.has(column)) problems.push({ file, field: column, message: 'not an HSDS field; ignored' });
  }
  const rows = body.map((record, index) => {
    // Only the table's own columns: a header such as "__proto__" must not reach an object's prototype.
    const cells: Record<string, unknown> = Object.create(null);
    header.forEach((column, i) => {
      if (known.has(column)) cells[column] = record[i];
    });
    const malformed =
      record.length === header.length
        ? undefined
        : `has ${record.length} cells where the header has ${header.length}`;
    return { row: index + 2, cells, ...(malformed ? { malformed } : {}) };
  });
  return { file: { table, file, rows }, problems };
}

/**
 * Whether a JSON document is HSDS's tabular JSON: lists of rows keyed by CSV file name, as
 * examples/tabular.json, or by table name, as schema/compiled/tabular.json describes it.
 */
export function isTabularJson(document: unknown): document is Record<string, unknown[]> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return false;
  const entries = Object.entries(document);
  const names = new Set(officialDataPackage().resources.flatMap((r) => [r.name, r.path]));
  return entries.length > 0 && entries.every(([key, value]) => names.has(key) && Array.isArray(value));
}

/** The tables of a tabular JSON document, keyed by file name (organizations.csv) or table name. */
export function tabularJsonFiles(document: Record<string, unknown[]>): {
  files: TabularFile[];
  problems: TabularProblem[];
} {
  const files: TabularFile[] = [];
  const problems: TabularProblem[] = [];
  for (const [file, records] of Object.entries(document)) {
    const resource = officialDataPackage().resources.find((r) => r.path === file || r.name === file);
    if (!resource || !isHsdsTable(resource.name)) {
      problems.push({ file, message: 'not an HSDS table; ignored' });
      continue;
    }
    files.push({
      table: resource.name,
      file,
      rows: records.map((record, index) => ({
        row: index + 1,
        cells: typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : {},
      })),
    });
  }
  return { files, problems };
}

// ---------------------------------------------------------------------------------------------
// Checking

export type RejectedRow = {
  file: string;
  table: HsdsTable;
  row: number;
  id: string | undefined;
  problems: Array<{ field: string; message: string }>;
};

export type TabularCheck = {
  /** The rows that passed, ready for storeHsdsRows */
  rows: HsdsRows;
  rejected: RejectedRow[];
  /** Kept rows with something to note, and problems with whole files */
  warnings: TabularProblem[];
};

/** Ids that exist already, per table: a row may refer to them without them being in the package. */
export type ExistingIds = Partial<Record<HsdsTable, ReadonlySet<string>>>;

/**
 * Checks every row: its cells against the table schema (types, formats, required, enum) and the
 * HSDS JSON Schema of its object, ids and unique fields within the file, and its references.
 * A required reference (a service's organization_id, a cost option's service_id) must point to a
 * row that is in the package and passed, or that the sociale kaart already has; otherwise the row
 * is rejected too. An optional reference that points elsewhere is kept with a warning: HSDS data
 * may refer to objects published by others.
 */
export function checkTabular(files: readonly TabularFile[], existing: ExistingIds = {}): TabularCheck {
  const rejected: RejectedRow[] = [];
  const warnings: TabularProblem[] = [];
  type Candidate = { file: string; table: HsdsTable; row: number; value: HsdsRow };
  const candidates: Candidate[] = [];
  // Values of unique fields per table (a table may come in more than one file) → where first seen.
  const seen = new Map<string, { file: string; row: number }>();

  for (const file of files) {
    const { fields } = resourceOf(file.table).schema;
    const types = new Map(fields.map((field) => [field.name, field.type]));
    const unique = fields.filter((field) => field.constraints?.unique).map((field) => field.name);
    const schema = rowSchema(file.table);
    for (const { row, cells, malformed } of file.rows) {
      const value = typedRow(cells, types);
      const problems: Array<{ field: string; message: string }> = [];
      if (malformed) problems.push({ field: '', message: malformed });
      const found = [
        ...validateWithSchema(`tabular:${file.table}`, schema, value),
        ...validateHsdsObject(file.table, value),
      ];
      for (const problem of dedupe(found)) problems.push(fieldProblem(problem));
      // Compared with rows that passed only: a rejected row does not block its corrected copy.
      const keys: string[] = [];
      for (const name of unique) {
        const cell = value[name];
        if (cell === undefined || cell === null) continue;
        const key = `${file.table}\u0000${name}\u0000${cell}`;
        const earlier = seen.get(key);
        keys.push(key);
        if (!earlier) continue;
        const where =
          earlier.file === file.file ? `row ${earlier.row}` : `${earlier.file} row ${earlier.row}`;
        problems.push({ field: name, message: `must be unique; ${where} has the same value` });
      }
      if (problems.length === 0) for (const key of keys) seen.set(key, { file: file.file, row });
      const id = typeof value.id === 'string' ? value.id : undefined;
      if (problems.length > 0) rejected.push({ file: file.file, table: file.table, row, id, problems });
      else candidates.push({ file: file.file, table: file.table, row, value });
    }
  }

  // References, until no rejection causes another: a service that goes takes its cost options along.
  const resolverOver = (kept: readonly Candidate[]) => {
    const present = new Set(kept.map((candidate) => `${candidate.table}\u0000${candidate.value.id}`));
    return (table: string, id: string) =>
      present.has(`${table}\u0000${id}`) || (isHsdsTable(table) && existing[table]?.has(id) === true);
  };
  let accepted = candidates;
  for (;;) {
    const resolves = resolverOver(accepted);
    const next: Candidate[] = [];
    for (const candidate of accepted) {
      const broken = brokenReferences(candidate.table, candidate.value, resolves);
      const required = broken.filter((reference) => reference.required);
      if (required.length > 0) {
        rejected.push({
          file: candidate.file,
          table: candidate.table,
          row: candidate.row,
          id: String(candidate.value.id),
          problems: required.map(({ field, message }) => ({ field, message })),
        });
      } else {
        next.push(candidate);
      }
    }
    if (next.length === accepted.length) break;
    accepted = next;
  }

  // Optional references that point outside the package and the kaart: kept, but said.
  const resolves = resolverOver(accepted);
  const rows = emptyRows();
  for (const candidate of accepted) {
    rows[candidate.table].push(
      Object.fromEntries(COLUMNS[candidate.table].map((column) => [column, candidate.value[column] ?? null])),
    );
    for (const { field, message } of brokenReferences(candidate.table, candidate.value, resolves)) {
      warnings.push({ file: candidate.file, row: candidate.row, field, message: `${message}; kept` });
    }
  }
  rejected.sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
  return { rows, rejected, warnings };
}

/**
 * The cells as typed HSDS values: numbers as numbers, empty cells left out. A number in a text
 * field (tabular JSON writes an identifier 1234567 bare) is taken as its text, as a CSV cell would be.
 */
function typedRow(cells: Record<string, unknown>, types: ReadonlyMap<string, string>): HsdsRow {
  const value: HsdsRow = {};
  for (const [column, cell] of Object.entries(cells)) {
    if (!types.has(column) || cell === undefined || cell === null || cell === '') continue;
    const type = types.get(column);
    const numeric = type === 'number' || type === 'integer';
    if (typeof cell === 'string' && numeric && NUMBER.test(cell.trim())) {
      value[column] = Number(cell.trim());
    } else if (typeof cell === 'number' && !numeric && type !== 'boolean') {
      value[column] = String(cell);
    } else if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') {
      value[column] = cell;
    } else {
      // Tabular JSON may hold anything; ajv names what is wrong with it.
      value[column] = cell as unknown as string;
    }
  }
  return value;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function brokenReferences(
  table: HsdsTable,
  value: HsdsRow,
  resolves: (table: string, id: string) => boolean,
): Array<{ field: string; message: string; required: boolean }> {
  const { fields, foreignKeys = [] } = resourceOf(table).schema;
  const broken: Array<{ field: string; message: string; required: boolean }> = [];
  for (const key of foreignKeys) {
    if (typeof key.fields !== 'string') continue;
    const field = key.fields;
    const target = value[field];
    if (target === undefined || target === null) continue;
    if (resolves(key.reference.resource, String(target))) continue;
    const required = fields.find((f) => f.name === field)?.constraints?.required === true;
    broken.push({
      field,
      message: `unknown reference: no ${key.reference.resource} with id ${target} in the package or the sociale kaart`,
      required,
    });
  }
  return broken;
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.pointer}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "/name" → field "name"; a problem with the whole row gets an empty field. */
function fieldProblem(problem: FieldProblem): { field: string; message: string } {
  return { field: problem.pointer.replace(/^\//, ''), message: problem.message };
}

/** Every id the rows refer to, per table, so the I/O layer can ask which the database has. */
export function referencedIds(files: readonly TabularFile[]): Partial<Record<HsdsTable, string[]>> {
  const found: Partial<Record<HsdsTable, Set<string>>> = {};
  for (const file of files) {
    for (const key of resourceOf(file.table).schema.foreignKeys ?? []) {
      if (typeof key.fields !== 'string' || !isHsdsTable(key.reference.resource)) continue;
      const target = key.reference.resource;
      for (const { cells } of file.rows) {
        const cell = cells[key.fields];
        if (typeof cell !== 'string' || cell === '') continue;
        found[target] ??= new Set();
        found[target].add(cell);
      }
    }
  }
  return Object.fromEntries(Object.entries(found).map(([table, ids]) => [table, [...ids]]));
}

// ---------------------------------------------------------------------------------------------
// Formatting

/**
 * One table as CSV (RFC 4180, CRLF line ends as the official examples): the descriptor's columns
 * in its order, rows by id, empty cells for missing values.
 */
export function formatCsv(table: HsdsTable, rows: readonly HsdsRow[]): string {
  const columns = resourceOf(table).schema.fields.map((field) => field.name);
  const records = [...rows]
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .map((row) => columns.map((column) => cellText(row[column])));
  return stringify([columns, ...records], { record_delimiter: 'windows' });
}

function cellText(value: HsdsRow[string] | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Every table as CSV by its official file name, all 21 even when empty. */
export function formatTabular(rows: HsdsRows): Map<string, string> {
  const files = new Map<string, string>();
  for (const resource of officialDataPackage().resources) {
    if (isHsdsTable(resource.name)) files.set(resource.path, formatCsv(resource.name, rows[resource.name]));
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// I/O

export type TabularReport = {
  /** Rows imported per table */
  imported: Partial<Record<HsdsTable, number>>;
  total: number;
  rejected: RejectedRow[];
  warnings: TabularProblem[];
};

/**
 * Reads a tabular HSDS package: a folder of CSV files (with or without datapackage.json), the
 * path of its datapackage.json, or one CSV file named as HSDS names it (services.csv). A
 * package's own datapackage.json only says which file holds which table; the rows are checked
 * against the official descriptor.
 */
export async function readTabular(
  location: string,
): Promise<{ files: TabularFile[]; problems: TabularProblem[] }> {
  const info = await stat(location);
  if (info.isFile() && path.basename(location) !== 'datapackage.json') {
    const name = path.basename(location);
    const resource = officialDataPackage().resources.find((r) => r.path === name);
    if (!resource || !isHsdsTable(resource.name)) {
      return {
        files: [],
        problems: [{ file: name, message: 'not an HSDS table file name (e.g. services.csv)' }],
      };
    }
    return readFiles(path.dirname(location), [[resource.name, name]]);
  }
  const folder = info.isFile() ? path.dirname(location) : location;
  const problems: TabularProblem[] = [];
  let resources: Array<[HsdsTable, string]>;
  const descriptor = path.join(folder, 'datapackage.json');
  const own = await readFile(descriptor, 'utf8').then(
    (text) => JSON.parse(text) as Partial<DataPackage>,
    () => undefined,
  );
  if (own) {
    resources = [];
    for (const resource of own.resources ?? []) {
      if (!isHsdsTable(resource.name)) {
        problems.push({
          file: 'datapackage.json',
          message: `resource ${resource.name} is not an HSDS table; ignored`,
        });
      } else if (typeof resource.path !== 'string' || resource.path !== path.basename(resource.path)) {
        problems.push({
          file: 'datapackage.json',
          message: `resource ${resource.name}: path must be a file name in the package folder`,
        });
      } else {
        resources.push([resource.name, resource.path]);
      }
    }
  } else {
    resources = officialDataPackage()
      .resources.filter((r) => isHsdsTable(r.name))
      .map((r) => [r.name as HsdsTable, r.path]);
  }
  const present = new Set(await readdir(folder));
  const expected = new Set(resources.map(([, file]) => file));
  for (const name of [...present].sort()) {
    if (name.endsWith('.csv') && !expected.has(name)) {
      problems.push({ file: name, message: 'not an HSDS table file; ignored' });
    }
  }
  const read = await readFiles(
    folder,
    resources.filter(([, file]) => present.has(file)),
  );
  if (read.files.length === 0) {
    problems.push({
      file: folder,
      message: 'no HSDS table files found (organizations.csv, services.csv, …)',
    });
  }
  return { files: read.files, problems: [...problems, ...read.problems] };
}

async function readFiles(
  folder: string,
  resources: ReadonlyArray<[HsdsTable, string]>,
): Promise<{ files: TabularFile[]; problems: TabularProblem[] }> {
  const files: TabularFile[] = [];
  const problems: TabularProblem[] = [];
  for (const [table, name] of resources) {
    const parsed = parseCsv(table, name, await readFile(path.join(folder, name), 'utf8'));
    files.push(parsed.file);
    problems.push(...parsed.problems);
  }
  return { files, problems };
}

/**
 * Imports parsed tables into a gemeente's sociale kaart: every row checked (see checkTabular),
 * the ones that pass written in one transaction through the JSON import's path, upserting on id.
 */
export async function importTabular(
  db: Db,
  gemeenteId: string,
  input: { files: TabularFile[]; problems?: TabularProblem[] },
): Promise<TabularReport> {
  const existing: ExistingIds = {};
  for (const [table, ids] of Object.entries(referencedIds(input.files))) {
    if (isHsdsTable(table) && ids) existing[table] = await existingHsdsIds(db, gemeenteId, table, ids);
  }
  const { rows, rejected, warnings } = checkTabular(input.files, existing);
  const imported: Partial<Record<HsdsTable, number>> = {};
  let total = 0;
  for (const table of HSDS_TABLES) {
    if (rows[table].length === 0) continue;
    imported[table] = rows[table].length;
    total += rows[table].length;
  }
  if (total > 0) await storeHsdsRows(db, gemeenteId, rows);
  return { imported, total, rejected, warnings: [...(input.problems ?? []), ...warnings] };
}

/** Writes every HSDS table of the gemeente as CSV into a folder, with the official datapackage.json. */
export async function exportTabular(db: Db, gemeenteId: string, folder: string): Promise<HsdsRows> {
  const rows = await loadHsdsRows(db, gemeenteId);
  await mkdir(folder, { recursive: true });
  for (const [name, text] of formatTabular(rows)) await writeFile(path.join(folder, name), text);
  await writeFile(path.join(folder, 'datapackage.json'), readFileSync(DATAPACKAGE));
  return rows;
}
