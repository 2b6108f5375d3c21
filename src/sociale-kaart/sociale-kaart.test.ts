import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../tests/support/test-database.js';
import { createGemeente } from '../demo/factories.js';
import { migrateToLatest, openDatabase } from '../platform/db/database.js';
import { exportHsds } from './export.js';
import { HSDS_TABLES, type HsdsObject } from './hsds.js';
import { importHsds } from './import.js';
import { validateHsds } from './validate.js';

// The official HSDS 3.0 examples (CC BY-SA 4.0, Open Referral), copied unedited into the repo so
// that `npm test` works on a fresh clone without ../shared beside it.
const EXAMPLES = fileURLToPath(new URL('./fixtures/hsds-3.0-examples', import.meta.url));
/**
 * Every example dataset of HSDS 3.0 (base.json is the API's description of itself, not data;
 * tabular.json and csv/ are the tabular form, see tabular.test.ts).
 */
const DATASETS = [
  'service_full.json',
  'service_list.json',
  'organization_full.json',
  'organization_list.json',
  'service_at_location_full.json',
  'service_at_location_list.json',
  'location.json',
  'taxonomy.json',
  'taxonomy_list.json',
  'taxonomy_term.json',
  'taxonomy_term_list.json',
];
const run = promisify(execFile);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function example(file: string): Promise<HsdsObject> {
  return JSON.parse(await readFile(path.join(EXAMPLES, file), 'utf8'));
}

/** Arrays of objects sorted by id, recursively, so order in a list does not count. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(normalise).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normalise(inner)]));
  }
  return value;
}

/** A copy with every uuid replaced consistently, so several copies can live side by side. */
function withFreshIds<T>(value: T): T {
  const fresh = new Map<string, string>();
  return JSON.parse(JSON.stringify(value), (_key, inner) => {
    if (typeof inner !== 'string' || !UUID.test(inner)) return inner;
    if (!fresh.has(inner)) fresh.set(inner, randomUUID());
    return fresh.get(inner);
  });
}

function uuidsIn(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/"([0-9a-f-]{36})"/gi)]
    .map((m) => m[1] as string)
    .filter((s) => UUID.test(s));
}

/** Services from a service or organization document, wherever they sit. */
function serviceIdsIn(document: HsdsObject): string[] {
  const records: HsdsObject[] = Array.isArray(document.contents) ? document.contents : [document];
  return records.flatMap((record) =>
    'status' in record
      ? [record.id]
      : 'service' in record
        ? [record.service.id]
        : (record.services ?? []).map((s: HsdsObject) => s.id),
  );
}

type Scalars = Record<string, unknown>;

/**
 * Every HSDS object in a document by id, with its scalar fields (copies of one object merged),
 * however deeply it is nested: the content a round trip must keep, whatever the nesting.
 */
function objectsById(value: unknown, found = new Map<string, Scalars>()): Map<string, Scalars> {
  if (Array.isArray(value)) {
    for (const item of value) objectsById(item, found);
  } else if (typeof value === 'object' && value !== null) {
    const object = value as HsdsObject;
    if (typeof object.id === 'string') {
      const scalars = found.get(object.id) ?? {};
      for (const [key, inner] of Object.entries(object))
        if (typeof inner !== 'object' || inner === null) scalars[key] = inner;
      found.set(object.id, scalars);
    }
    for (const inner of Object.values(object)) if (typeof inner === 'object') objectsById(inner, found);
  }
  return found;
}

/**
 * The export holds exactly the objects of the source, every field with the same value. The only
 * fields it may add are the links that nesting implied (a service's phone gets its service_id;
 * an attribute its link_id).
 */
function expectSameContent(exported: unknown, source: unknown): void {
  const out = objectsById(exported);
  const sourceObjects = objectsById(source);
  expect([...out.keys()].sort()).toEqual([...sourceObjects.keys()].sort());
  for (const [id, fields] of sourceObjects) {
    const copy = out.get(id) ?? {};
    const added = Object.keys(copy).filter((key) => !(key in fields));
    expect({ id, fields: copy }).toEqual({ id, fields: { ...fields, ...pick(copy, added) } });
    for (const key of added)
      expect({ id, key, link: /_id$|^link_entity$|^resource_type$/.test(key) }).toEqual({
        id,
        key,
        link: true,
      });
  }
}

function pick(object: Scalars, keys: string[]): Scalars {
  return Object.fromEntries(keys.map((key) => [key, object[key]]));
}

function recordCount(document: HsdsObject): number {
  return Array.isArray(document.contents) ? document.contents.length : 1;
}

/** Three services built from the full example, the second missing its name, the third with a wrong type. */
async function brokenList(): Promise<{ document: HsdsObject; bad: HsdsObject[] }> {
  const full = await example('service_full.json');
  const [good1, noName, wrongType, good2] = [1, 2, 3, 4].map(() => withFreshIds(full)) as HsdsObject[];
  delete (noName as HsdsObject).name;
  (wrongType as HsdsObject).phones[0].extension = 'honderd';
  return {
    document: { contents: [good1, noName, wrongType, good2] },
    bad: [noName as HsdsObject, wrongType as HsdsObject],
  };
}

describe.each(ENGINES)('sociale kaart HSDS import and export on %s', (engine) => {
  let database: TestDatabase;
  let gemeenten = 0;
  const newGemeente = async () =>
    (await createGemeente(database.db, { code: `sk-${++gemeenten}`, naam: `Gemeente ${gemeenten}` })).id;
  const rowCounts = async (gemeenteId: string) => {
    const counts: Record<string, number> = {};
    for (const table of HSDS_TABLES) {
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(table)} where gemeente_id = ${gemeenteId}`.execute(
        database.db,
      );
      counts[table] = rows[0]?.n ?? -1;
    }
    return counts;
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database.dispose();
  });

  it.each(DATASETS)('imports %s without errors and round-trips it', async (file) => {
    const source = await example(file);
    const first = await newGemeente();
    const report = await importHsds(database.db, first, source);
    expect(report.rejected).toEqual([]);
    expect(report.imported).toBeGreaterThan(0);
    // Each is read as the object type its file name says (service_full.json: services).
    expect(report.type).toBe(file.replace(/(_full|_list)?\.json$/, ''));

    const services = await exportHsds(database.db, first);
    expect(services.contents.map((s) => s.id).sort()).toEqual([...new Set(serviceIdsIn(source))].sort());
    for (const service of services.contents) expect(validateHsds('service', service)).toEqual([]);
    // Each goes out again as the list it came as: organizations without services stay in.
    const type = report.type;
    const exported = await exportHsds(database.db, first, type);
    expect(exported.total_items).toBe(type === 'service' ? services.total_items : recordCount(source));
    for (const record of exported.contents) expect(validateHsds(type, record)).toEqual([]);
    // The full content, funding, programs, metadata and all: nothing dropped, nothing changed.
    expectSameContent(exported, source);

    const second = await newGemeente();
    expect((await importHsds(database.db, second, exported)).rejected).toEqual([]);
    const again = await exportHsds(database.db, second, type);
    expect(normalise(again)).toEqual(normalise(exported));
    expectSameContent(again, source);
    expect(await rowCounts(second)).toEqual(await rowCounts(first));
  });

  it('keeps the nested detail of the full service example', async () => {
    const source = await example('service_full.json');
    const gemeente = await newGemeente();
    await importHsds(database.db, gemeente, source);
    const [service] = (await exportHsds(database.db, gemeente)).contents;
    expect(service).toMatchObject({
      name: source.name,
      minimum_age: source.minimum_age,
      organization: {
        id: source.organization.id,
        name: source.organization.name,
        programs: [{ id: source.organization.programs[0].id, organization_id: source.organization.id }],
        organization_identifiers: [
          {
            id: source.organization.organization_identifiers[0].id,
            identifier: source.organization.organization_identifiers[0].identifier,
          },
        ],
        funding: [{ id: source.funding[0].id, organization_id: source.organization.id }],
      },
      phones: [{ number: source.phones[0].number, extension: source.phones[0].extension }],
      schedules: [{ id: source.schedules[0].id, freq: source.schedules[0].freq }],
      cost_options: [{ amount: source.cost_options[0].amount }],
      program: { id: source.program.id, name: source.program.name },
      funding: [{ id: source.funding[0].id, source: source.funding[0].source }],
      service_areas: [{ id: source.service_areas[0].id, extent_type: source.service_areas[0].extent_type }],
      required_documents: [
        { id: source.required_documents[0].id, document: source.required_documents[0].document },
      ],
      metadata: [
        { id: source.metadata[0].id, resource_id: source.id, field_name: source.metadata[0].field_name },
      ],
      attributes: [
        {
          id: source.attributes[0].id,
          taxonomy_term: {
            id: source.attributes[0].taxonomy_term.id,
            taxonomy_detail: { id: source.attributes[0].taxonomy_term.taxonomy_detail.id },
          },
        },
      ],
      service_at_locations: [
        {
          id: source.service_at_locations[0].id,
          location: { addresses: [{ city: source.service_at_locations[0].location.addresses[0].city }] },
        },
      ],
    });
  });

  it('reports a bad record by record and field, imports the good ones and nothing of the bad', async () => {
    const { document, bad } = await brokenList();
    const gemeente = await newGemeente();
    const report = await importHsds(database.db, gemeente, document);
    expect(report.imported).toBe(2);
    expect(report.rejected).toHaveLength(2);
    expect(report.rejected[0]).toMatchObject({ index: 1, pointer: '/contents/1', id: bad[0]?.id });
    expect(report.rejected[0]?.problems).toContainEqual({
      pointer: '/name',
      message: "must have required property 'name'",
    });
    expect(report.rejected[1]).toMatchObject({ index: 2, pointer: '/contents/2', name: bad[1]?.name });
    expect(report.rejected[1]?.problems).toContainEqual({
      pointer: '/phones/0/extension',
      message: 'must be number',
    });

    const exported = await exportHsds(database.db, gemeente);
    expect(exported.contents.map((s) => s.id).sort()).toEqual(
      [document.contents[0].id, document.contents[3].id].sort(),
    );
    const badIds = uuidsIn(bad);
    for (const table of HSDS_TABLES) {
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(table)} where id in (${sql.join(badIds)})`.execute(
        database.db,
      );
      expect({ table, n: rows[0]?.n }).toEqual({ table, n: 0 });
    }
  });

  it('updates instead of duplicating when the same data comes again', async () => {
    const { document } = await brokenList();
    const gemeente = await newGemeente();
    await importHsds(database.db, gemeente, document);
    const before = await rowCounts(gemeente);
    expect(before.service).toBe(2);
    document.contents[0].name = 'Hernoemde dienst';
    const report = await importHsds(database.db, gemeente, document);
    expect(report.imported).toBe(2);
    expect(await rowCounts(gemeente)).toEqual(before);
    const names = (await exportHsds(database.db, gemeente)).contents.map((s) => s.name);
    expect(names).toContain('Hernoemde dienst');
  });

  it('writes nothing when the database refuses part of an import', async () => {
    const gemeente = await newGemeente();
    const source = withFreshIds(await example('service_full.json'));
    // Valid HSDS, but PostgreSQL refuses a NUL character in text. Accessibility is written last,
    // after the organization, the service and the rest are in.
    source.service_at_locations[0].location.accessibility[0].details = 'trap\u0000lift';
    expect(validateHsds('service', source)).toEqual([]);
    await expect(importHsds(database.db, gemeente, source)).rejects.toThrow();
    expect(Object.values(await rowCounts(gemeente))).toEqual(HSDS_TABLES.map(() => 0));
  });
});

describe('npm run sociale-kaart on the embedded database', () => {
  it('imports with a per-record report and exit 1, exports with exit 0, refuses an unknown gemeente with exit 2', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'redzaam-sociale-kaart-'));
    try {
      const database = await openDatabase({ engine: 'pglite', dataDir: path.join(dataDir, 'pglite') });
      await migrateToLatest(database.db);
      await createGemeente(database.db, { code: 'demo', naam: 'Lindewaard' });
      await database.close();
      const { document } = await brokenList();
      const input = path.join(dataDir, 'in.json');
      const output = path.join(dataDir, 'out.json');
      await writeFile(input, JSON.stringify(document));
      const cli = ['--import', 'tsx', 'src/sociale-kaart/cli.ts'];
      const { DATABASE_URL: _unused, ...rest } = process.env;
      const env = { ...rest, DATA_DIR: dataDir };
      const failed = (error: { code: number; stdout: string; stderr: string }) => error;

      const imported = await run(process.execPath, [...cli, 'import', input], { env }).then(
        () => ({ code: 0, stdout: '', stderr: '' }),
        failed,
      );
      expect(imported.code).toBe(1);
      expect(imported.stdout).toMatch(/Imported 2 service records into gemeente demo\./);
      expect(imported.stdout).toMatch(/Rejected 2 records:/);
      expect(imported.stdout).toMatch(
        /record 1 \(\/contents\/1\) id [0-9a-f-]{36}:\n\s+\/name: must have required property 'name'/,
      );
      expect(imported.stdout).toMatch(/\/phones\/0\/extension: must be number/);

      const exported = await run(process.execPath, [...cli, 'export', output], { env });
      expect(exported.stdout).toMatch(/Exported 2 service records of gemeente demo/);
      const list = JSON.parse(await readFile(output, 'utf8'));
      expect(list.contents.map((s: HsdsObject) => s.id).sort()).toEqual(
        [document.contents[0].id, document.contents[3].id].sort(),
      );

      const unknown = await run(process.execPath, [...cli, 'export', output, '--gemeente', 'nergens'], {
        env,
      }).then(() => ({ code: 0, stdout: '', stderr: '' }), failed);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/No gemeente with code "nergens" exists/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 600_000);
});
