import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Validation against the official HSDS 3.0 JSON Schemas (vendored in hsds-3.0-schema/, unedited).
 * See docs/decisions/012-hsds-validation-ajv.md.
 */
/**
 * The HSDS objects a document may list: the roots of HSDS's nested views, and the objects the
 * official examples also give on their own (location.json, taxonomy.json, taxonomy_term.json).
 */
export type HsdsObjectType =
  | 'service'
  | 'organization'
  | 'service_at_location'
  | 'location'
  | 'taxonomy'
  | 'taxonomy_term';

export type FieldProblem = {
  /** JSON pointer into the record, e.g. "/phones/0/number" */
  pointer: string;
  message: string;
};

const SCHEMA_DIR = new URL('./hsds-3.0-schema/', import.meta.url);

// ajv-formats is CommonJS; under NodeNext its default export arrives one level down.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

let shared: Ajv | undefined;
const derived = new Set<string>();

/** One ajv for all HSDS checks, with every vendored schema registered under its file name. */
function instance(): Ajv {
  shared ??= compile();
  return shared;
}

function compile(): Ajv {
  // The schemas carry HSDS's own keywords (core, constraints, datapackage_metadata, …):
  // strict mode would refuse them, so it is off; the validation keywords still apply.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // One schema writes "datetime" for what the others call "date-time".
  ajv.addFormat('datetime', ajv.formats['date-time'] ?? true);
  for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.json'))) {
    // Registered under their file names, which is how they $ref each other ("phone.json").
    ajv.addSchema(JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')), file);
  }
  return ajv;
}

function get(file: string): ValidateFunction {
  const validate = instance().getSchema(file);
  if (!validate) throw new Error(`HSDS schema ${file} missing`);
  return validate;
}

/** Checks one HSDS object; returns every problem found, none when it is valid. */
export function validateHsds(type: HsdsObjectType, value: unknown): FieldProblem[] {
  return problemsOf(get(`${type}.json`), value);
}

/**
 * Checks one object of any HSDS table (phone, funding, metadata, …) against its own schema,
 * as the tabular import does for each CSV row.
 */
export function validateHsdsObject(table: string, value: unknown): FieldProblem[] {
  return problemsOf(get(`${table}.json`), value);
}

/**
 * Checks a value against a schema that is not one of the vendored files (the tabular import
 * derives one per table from datapackage.json), with the same ajv, formats and messages.
 * Compiled once per key.
 */
export function validateWithSchema(key: string, schema: object, value: unknown): FieldProblem[] {
  if (!derived.has(key)) {
    instance().addSchema(schema, key);
    derived.add(key);
  }
  return problemsOf(get(key), value);
}

function problemsOf(validate: ValidateFunction, value: unknown): FieldProblem[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map(toProblem);
}

function toProblem(error: ErrorObject): FieldProblem {
  // A missing field is reported on its parent; point at the field itself instead.
  const missing =
    error.keyword === 'required' ? (error.params as { missingProperty: string }).missingProperty : undefined;
  const pointer = missing ? `${error.instancePath}/${escapePointer(missing)}` : error.instancePath;
  const allowed =
    error.keyword === 'enum'
      ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
      : '';
  return { pointer: pointer || '/', message: `${error.message ?? error.keyword}${allowed}` };
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
