import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { buildApp, type RedzaamApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/platform/config.js';
import type { DatabaseHandle, Engine } from '../../src/platform/db/database.js';
import { createLogger } from '../../src/platform/logging.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';
import { gebruikKlok } from './tweede-factor.js';

export type TestClock = { now(): Date; advance(ms: number): void };

export function testClock(): TestClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms: number) {
      offset += ms;
    },
  };
}

export type TestApp = {
  app: RedzaamApp;
  database: TestDatabase;
  config: Config;
  /** Every log line the app wrote, as raw JSON text */
  logs: string[];
  /** The app's clock: real time plus an offset that tests move forward to check timeouts */
  clock: TestClock;
  /** The .eml files in the outbox, after sending what is queued */
  readOutbox(): Promise<string[]>;
  close(): Promise<void>;
};

export async function startTestApp(
  engine: Engine,
  options: {
    env?: Record<string, string>;
    database?: TestDatabase | DatabaseHandle;
    clock?: TestApp['clock'];
  } = {},
): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'redzaam-test-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...options.env });
  const ownDatabase = !options.database;
  const database = (options.database ?? (await openTestDatabase(engine))) as TestDatabase;
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(String(chunk));
      callback();
    },
  });
  const clock = options.clock ?? testClock();
  const app = await buildApp({
    config,
    database,
    logger: createLogger('info', sink),
    now: () => clock.now(),
  });
  gebruikKlok(app, clock);
  await app.ready();
  return {
    app,
    database,
    config,
    logs,
    clock,
    async readOutbox() {
      await app.mailer.flush();
      const dir = path.join(dataDir, 'outbox');
      const files = await readdir(dir).catch(() => [] as string[]);
      return Promise.all(files.sort().map((file) => readFile(path.join(dir, file), 'utf8')));
    },
    async close() {
      await app.close();
      if (ownDatabase) await database.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Decodes a quoted-printable .eml (soft line breaks, =XX bytes) to plain UTF-8 text. */
export function mailText(eml: string): string {
  const joined = eml.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = /^=([0-9A-F]{2})/.exec(joined.slice(i, i + 3));
    if (hex) {
      bytes.push(Number.parseInt(hex[1] as string, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i] as string, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
