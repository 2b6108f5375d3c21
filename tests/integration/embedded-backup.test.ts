import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type ServerProcess, startServer, stopAllServers } from '../../bench/lib/processes.js';
import { loadConfig } from '../../src/platform/config.js';
import { openVoorConfig } from '../../src/platform/db/open.js';

const root = path.resolve(import.meta.dirname, '../..');
let databaseUrl: string | undefined;
const stil = { info: () => {}, warn: () => {}, error: () => {} };

function npmRun(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('npm', ['run', '-s', script, '--', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/**
 * `npm run backup` / `npm run restore` of the embedded database (issue 17, item 11): refused
 * while the app runs; a backup taken when it is stopped restores exactly, and the restore ends
 * every session.
 */
describe('backup and restore of the embedded database', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let app: ServerProcess;
  const backup = () => path.join(dataDir, '..', `${path.basename(dataDir)}.tar.gz`);

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'redzaam-backup-'));
    // The embedded database, even where the machine sets DATABASE_URL; put back afterwards, as
    // the next test file runs in this same process (decision 055).
    databaseUrl = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    env = {
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
      DEMO_DATA: 'true',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      REDZAAM_MASTER_KEY: randomBytes(32).toString('base64'),
    };
    const port = await freePort();
    app = await startServer({
      name: 'app',
      args: ['--import', 'tsx', 'src/server.ts'],
      cwd: root,
      port,
      healthPath: '/healthz',
      env: { ...env, PORT: String(port) },
    });
  }, 600_000);
  afterAll(async () => {
    if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
    await stopAllServers();
    await rm(dataDir, { recursive: true, force: true });
    await rm(backup(), { force: true });
  });

  it('refuses a backup while the app runs, naming the process', async () => {
    const r = await npmRun('backup', [backup()], env);
    expect(r.code).toBe(1);
    expect(r.output).toContain(`in use by another process: npm start (pid ${app.pid}`);
  }, 600_000);

  it('backs up after the app stopped, and a restore brings back exactly that state without sessions', async () => {
    await app.stop();
    // A session as a login leaves one, before the backup.
    const config = loadConfig(env);
    let db = await openVoorConfig(config, { wie: 'test', log: stil });
    const account = await db.db.selectFrom('account').select(['id', 'gemeente_id']).executeTakeFirstOrThrow();
    await db.db
      .insertInto('session')
      .values({
        id: 'sessie-voor-backup',
        account_id: account.id,
        gemeente_id: account.gemeente_id,
        last_seen_at: new Date(),
        absolute_expires_at: new Date(Date.now() + 3_600_000),
        device: 'test',
      })
      .execute();
    const voor = await tellingen(db.db);
    await db.close();

    const gemaakt = await npmRun('backup', [backup()], env);
    expect(gemaakt.output).toContain('written to');
    expect(gemaakt.code).toBe(0);

    // A change after the backup: lost by the restore (that is what a restore does).
    db = await openVoorConfig(config, { wie: 'test', log: stil });
    await db.db.deleteFrom('session').execute();
    await db.db.updateTable('account').set({ naam: 'Na de backup' }).where('id', '=', account.id).execute();
    await db.close();

    const terug = await npmRun('restore', [backup()], env);
    expect(terug.output).toContain('Sessions ended: 1');
    expect(terug.code).toBe(0);
    db = await openVoorConfig(config, { wie: 'test', log: stil });
    try {
      expect(await tellingen(db.db)).toEqual({ ...voor, sessies: 0 });
      const naam = await db.db
        .selectFrom('account')
        .select('naam')
        .where('id', '=', account.id)
        .executeTakeFirst();
      expect(naam?.naam).not.toBe('Na de backup');
    } finally {
      await db.close();
    }
    // The database it replaced is kept beside it, never deleted.
    expect((await readdir(dataDir)).some((f) => f.startsWith('pglite.voor-herstel-'))).toBe(true);
  }, 600_000);
});

// biome-ignore lint/suspicious/noExplicitAny: counts rows of any table
async function tellingen(db: import('kysely').Kysely<any>) {
  const tel = async (tabel: string) =>
    Number(
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tabel)}`.execute(db)).rows[0]?.n,
    );
  return {
    accounts: await tel('account'),
    dossiers: await tel('dossier'),
    audit: await tel('audit_event'),
    sleutels: await tel('sleutel_dossier'),
    sessies: await tel('session'),
  };
}
