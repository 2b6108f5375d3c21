import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createGemeente } from '../../src/demo/factories.js';
import { migrateToLatest, openDatabase } from '../../src/platform/db/database.js';
import { enqueueMail } from '../../src/platform/mail/queries.js';

/**
 * A job scheduled before a restart runs once after it: the real app process (src/server.ts on
 * the embedded database) is started, killed without warning while the job is still waiting,
 * and started again. Nothing depends on how fast the machine is: the job is scheduled a year
 * ahead, so the first process can never run it, and made due (as time passing would) only
 * after that process is gone; everything else is polled with generous limits.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** How far ahead the job is scheduled: never due while the first process lives, however slow. */
const AHEAD_MS = 365 * 24 * 3_600_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function until<T>(what: string, check: () => Promise<T | undefined>, limitMs: number): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('a durable job across a real restart of the app process', () => {
  const children: ChildProcess[] = [];
  let dataDir: string | undefined;
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function startApp(port: number): Promise<ChildProcess> {
    const { DATABASE_URL: _unused, ...rest } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT,
      env: {
        ...rest,
        NODE_ENV: 'development',
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        DEMO_DATA: 'false',
        DEFAULT_GEMEENTE: 'herstart',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    await until(
      'the app to answer',
      async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined),
      120_000,
    );
    return child;
  }

  const stopped = (child: ChildProcess) =>
    new Promise<void>((resolve) =>
      child.exitCode !== null ? resolve() : child.once('exit', () => resolve()),
    );
  const outbox = async () => (await readdir(path.join(dataDir as string, 'outbox')).catch(() => [])).length;

  it('runs exactly once after the restart', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'redzaam-jobs-restart-'));
    const pglite = path.join(dataDir, 'pglite');
    const database = await openDatabase({ engine: 'pglite', dataDir: pglite });
    await migrateToLatest(database.db);
    const gemeente = await createGemeente(database.db, { code: 'herstart', naam: 'Herstart' });
    const dueAt = new Date(Date.now() + AHEAD_MS);
    // A mail (a real job type of the app), not yet due.
    await enqueueMail(database.db, dueAt, {
      gemeenteId: gemeente.id,
      to: 'ilse@example.test',
      subject: 'Herinnering',
      body: 'Morgen om 10 uur',
    });
    await database.close();

    const first = await startApp(await freePort());
    first.kill('SIGKILL');
    await stopped(first);
    expect(await outbox()).toBe(0);
    // Time passes while the app is down: the job is due now (its row as the first process left it).
    const tussen = await openDatabase({ engine: 'pglite', dataDir: pglite });
    try {
      const bijgewerkt = await tussen.db
        .updateTable('job')
        .set({ run_at: new Date() })
        .where('name', '=', 'mail.verstuur')
        .where('status', '=', 'queued')
        .executeTakeFirst();
      expect(bijgewerkt.numUpdatedRows).toBe(1n);
    } finally {
      await tussen.close();
    }

    const second = await startApp(await freePort());
    await until('the mail to be sent', async () => ((await outbox()) > 0 ? true : undefined), 120_000);
    // A few more rounds of the worker: nothing is sent again.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    second.kill('SIGTERM');
    await stopped(second);
    expect(await outbox()).toBe(1);

    const after = await openDatabase({ engine: 'pglite', dataDir: pglite });
    try {
      const job = await after.db
        .selectFrom('job')
        .select(['status', 'attempts'])
        .where('name', '=', 'mail.verstuur')
        .executeTakeFirstOrThrow();
      expect(job).toEqual({ status: 'done', attempts: 1 });
      expect((await after.db.selectFrom('mail_outbox').select('body').executeTakeFirstOrThrow()).body).toBe(
        '',
      );
    } finally {
      await after.close();
    }
  }, 300_000);
});
