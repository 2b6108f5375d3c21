import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type ServerProcess, startServer, stopAllServers } from '../../bench/lib/processes.js';

const root = path.resolve(import.meta.dirname, '../..');
let databaseUrl: string | undefined;

/** Runs `node --import tsx <script> …args` to its end: exit code and everything it printed. */
function run(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
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
 * Two real processes on one embedded DATA_DIR (issue 17, item 3): the second refuses to start,
 * so do the command-line tools, and after the first is killed (its lock left behind) the next
 * start takes the stale lock over.
 */
describe('one process per embedded database', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let first: ServerProcess;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'redzaam-lock-'));
    env = {
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
      DEMO_DATA: 'false',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      REDZAAM_MASTER_KEY: randomBytes(32).toString('base64'),
    };
    // The embedded database, even where the machine sets DATABASE_URL; put back afterwards, as
    // the next test file runs in this same process (decision 055).
    databaseUrl = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    const port = await freePort();
    first = await startServer({
      name: 'first',
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
  });

  it('refuses a second app on the same DATA_DIR with a clear message', async () => {
    const second = await run('src/server.ts', [], { ...env, PORT: String(await freePort()) });
    expect(second.code).not.toBe(0);
    expect(second.output).toContain('is in use by another process: npm start');
    expect(second.output).toContain(`pid ${first.pid}`);
    // The first still serves.
    expect((await fetch(`${first.baseUrl}/healthz`)).status).toBe(200);
  }, 600_000);

  it('refuses command-line tools that open the database while the app runs', async () => {
    const sleutels = await run('src/sleutels-cli.ts', ['herstel-wissingen'], env);
    expect(sleutels.code).not.toBe(0);
    expect(sleutels.output).toContain('in use by another process');
  }, 600_000);

  it('starts after the holder was killed: a lock whose process is gone is stale', async () => {
    process.kill(first.pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const port = await freePort();
    const next = await startServer({
      name: 'next',
      args: ['--import', 'tsx', 'src/server.ts'],
      cwd: root,
      port,
      healthPath: '/healthz',
      env: { ...env, PORT: String(port) },
    });
    expect((await fetch(`${next.baseUrl}/healthz`)).status).toBe(200);
    await next.stop();
  }, 600_000);
});
