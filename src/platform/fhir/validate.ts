import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import type { FhirResource } from './types.js';

/**
 * Validation of exported FHIR R4 documents against HL7's JSON Schema (vendored in r4-schema/).
 * Compiling the schema takes a few seconds and ~150 MB, so it is done once per process and only
 * where validation is asked for (tests, `npm run fhir:valideer`), never on a resident's request.
 */

export type FhirProbleem = { pointer: string; message: string };

const require = createRequire(import.meta.url);
const SCHEMA_URL = new URL('./r4-schema/fhir.schema.json', import.meta.url);

let ajv: { instance: Ajv; id: string } | undefined;
const perType = new Map<string, ValidateFunction>();

function laad(): { instance: Ajv; id: string } {
  if (ajv) return ajv;
  const { id, ...schema } = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as { id: string };
  // strict off: the schema carries a `discriminator` ajv cannot use; the validation keywords apply.
  const instance = new Ajv({ strict: false, allErrors: true });
  instance.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  // Draft-06 wrote `id` where ajv 8 reads `$id`.
  instance.addSchema({ ...schema, $id: id });
  ajv = { instance, id };
  return ajv;
}

function validatorVoor(resourceType: string): ValidateFunction | undefined {
  const cached = perType.get(resourceType);
  if (cached) return cached;
  const { instance, id } = laad();
  // Per type rather than the root oneOf: one to three clear errors instead of hundreds.
  let validate: ValidateFunction | undefined;
  try {
    validate = instance.getSchema(`${id}#/definitions/${resourceType}`);
  } catch {
    validate = undefined;
  }
  if (validate) perType.set(resourceType, validate);
  return validate;
}

/** Problems of one resource (a Bundle's entries are checked as part of the Bundle). Empty: valid. */
export function valideerFhir(resource: FhirResource | Record<string, unknown>): FhirProbleem[] {
  const resourceType = (resource as { resourceType?: unknown }).resourceType;
  if (typeof resourceType !== 'string' || !/^[A-Z][A-Za-z]+$/.test(resourceType))
    return [{ pointer: '/resourceType', message: 'resourceType ontbreekt of is ongeldig' }];
  const validate = validatorVoor(resourceType);
  if (!validate) return [{ pointer: '/resourceType', message: `onbekend resourceType ${resourceType}` }];
  if (validate(resource)) return [];
  const problemen = (validate.errors ?? []).map((error) => ({
    pointer: error.instancePath || '/',
    message: `${error.message ?? 'ongeldig'}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`,
  }));
  // A Bundle's entries are checked against a oneOf of every resource type, which drowns the
  // real problem; the entries checked on their own name it.
  const entries = (resource as { entry?: { resource?: Record<string, unknown> }[] }).entry;
  if (resourceType === 'Bundle' && Array.isArray(entries)) {
    const perEntry = entries.flatMap((entry, index) =>
      entry?.resource
        ? valideerFhir(entry.resource).map((p) => ({
            ...p,
            pointer: `/entry/${index}/resource${p.pointer === '/' ? '' : p.pointer}`,
          }))
        : [],
    );
    if (perEntry.length > 0) return perEntry;
  }
  return problemen;
}
