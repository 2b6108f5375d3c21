import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateToLatest, openDatabase } from '../../src/platform/db/database.js';

declare module 'vitest' {
  interface ProvidedContext {
    /** A dump of a freshly migrated PGlite (`dumpDataDir`), written once per test run. */
    pgliteSnapshot: string;
  }
}

/**
 * Global set-up: migrates one embedded database and dumps it to a file, so every test file
 * starts its PGlite from that dump (about 1.4 s of CPU) instead of running initdb and every
 * migration again (about 4 s). With more than a hundred PGlite databases per run, that is
 * minutes on two cores. Migrations themselves are still run from empty by the migration tests
 * (`openTestDatabase(engine, { migrate: false })`) and on PostgreSQL by every test file.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'redzaam-snapshot-'));
  const file = path.join(dir, 'pglite.tar');
  const handle = await openDatabase({ engine: 'pglite' });
  try {
    await migrateToLatest(handle.db);
    const dump = await (handle.dump as () => Promise<Blob>)();
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
  project.provide('pgliteSnapshot', file);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
