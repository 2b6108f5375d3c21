import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'kysely';
import { migrateToLatest, openDatabase, pgliteDirectory } from './database.js';
import { neemSlot } from './slot.js';

/**
 * Backup and restore of the embedded database (`npm run backup` / `npm run restore`,
 * docs/operations.md). Both take the DATA_DIR lock, so they refuse while the app runs: PGlite is
 * one process, and only the process that holds it could take a consistent copy. The backup is
 * PGlite's own dump of its data directory (a gzipped tar); the key folder is not in it.
 */
export async function maakBackup(dataDir: string, bestand: string): Promise<{ bytes: number }> {
  const slot = await neemSlot(dataDir, 'npm run backup');
  try {
    const pglite = new PGlite({ dataDir: pgliteDirectory(dataDir), extensions: { pg_trgm } });
    await pglite.waitReady;
    let dump: Blob;
    try {
      dump = await pglite.dumpDataDir('gzip');
    } finally {
      await pglite.close();
    }
    const inhoud = Buffer.from(await dump.arrayBuffer());
    await schrijfVeilig(bestand, inhoud);
    return { bytes: inhoud.length };
  } finally {
    await slot.vrij();
  }
}

/**
 * Puts a backup in place of the embedded database: the current one is moved aside (never
 * deleted), the backup is loaded and migrated, and every session is ended (a restored session
 * table would let logged-out people back in). Re-applying the erasure log is the app's start.
 */
export async function zetBackupTerug(
  dataDir: string,
  bestand: string,
): Promise<{ oudeMap: string; sessiesBeeindigd: number }> {
  const backup = await readFile(bestand);
  const slot = await neemSlot(dataDir, 'npm run restore');
  try {
    const doel = pgliteDirectory(dataDir);
    const oudeMap = `${doel}.voor-herstel-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    const bestaat = await stat(doel).then(
      () => true,
      () => false,
    );
    if (bestaat) await rename(doel, oudeMap);
    await mkdir(doel, { recursive: true });
    const pglite = new PGlite({
      dataDir: doel,
      extensions: { pg_trgm },
      loadDataDir: new Blob([backup]),
    });
    await pglite.waitReady;
    await pglite.close();
    const handle = await openDatabase({ engine: 'pglite', dataDir: doel });
    try {
      await migrateToLatest(handle.db);
      const r = await sql`delete from session`.execute(handle.db);
      return { oudeMap: bestaat ? oudeMap : '(none)', sessiesBeeindigd: Number(r.numAffectedRows ?? 0) };
    } finally {
      await handle.close();
    }
  } finally {
    await slot.vrij();
  }
}

/** Writes to a temporary file beside the target, fsyncs, then renames: never half a backup. */
async function schrijfVeilig(bestand: string, inhoud: Buffer): Promise<void> {
  const tijdelijk = path.join(
    path.dirname(path.resolve(bestand)),
    `.${path.basename(bestand)}.${randomBytes(4).toString('hex')}`,
  );
  const handle = await open(tijdelijk, 'wx', 0o600);
  try {
    await handle.writeFile(inhoud);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tijdelijk, bestand);
}
