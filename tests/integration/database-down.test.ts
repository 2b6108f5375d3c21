import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createGemeente } from '../../src/demo/factories.js';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '../../src/platform/db/database.js';
import { PGliteDialect } from '../../src/platform/db/pglite-dialect.js';
import type { Database } from '../../src/platform/db/schema.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

/** A database the test can take away and bring back while the app keeps running. */
type Storing = {
  handle: TestDatabase;
  neer(): Promise<void>;
  op(): Promise<void>;
  opruimen(): Promise<void>;
};

/**
 * PGlite on disk behind a stand-in: "down" closes the embedded database (every query then
 * fails with "PGlite is closed"), "up" opens the same directory again. The app is not restarted.
 */
async function pgliteStoring(): Promise<Storing> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'redzaam-storing-'));
  const open = async () => {
    const pglite = new PGlite({ dataDir, extensions: { pg_trgm } });
    await pglite.waitReady;
    return pglite;
  };
  let current = await open();
  const standIn = new Proxy({} as PGlite, {
    get(_target, key) {
      const value = Reflect.get(current, key);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(standIn) });
  await migrateToLatest(db);
  const handle: TestDatabase = {
    db,
    engine: 'pglite',
    schema: undefined,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
    dispose: () => db.destroy(),
  };
  return {
    handle,
    neer: () => current.close(),
    op: async () => {
      current = await open();
    },
    opruimen: async () => {
      await db.destroy();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * PostgreSQL behind a TCP relay on a port of its own: "down" closes the relay and every
 * connection through it (the pool then meets a port with nothing listening), "up" listens again.
 */
async function postgresStoring(): Promise<Storing> {
  const eigen = await openTestDatabase('postgres');
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  const doel = { host: url.hostname || '127.0.0.1', port: Number(url.port || 5432) };
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const luister = (port: number) =>
    new Promise<number>((resolve) => {
      const nieuw = net.createServer((client) => {
        const upstream = net.connect(doel);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server = nieuw;
      nieuw.listen(port, '127.0.0.1', () => resolve((nieuw.address() as net.AddressInfo).port));
    });
  const port = await luister(0);
  const relayUrl = new URL(url);
  relayUrl.hostname = '127.0.0.1';
  relayUrl.port = String(port);
  const viaRelay: DatabaseHandle = await openDatabase({
    engine: 'postgres',
    connectionString: relayUrl.toString(),
    searchPath: eigen.schema,
    poolSize: 3,
  });
  return {
    handle: { ...viaRelay, schema: eigen.schema, dispose: () => viaRelay.close() },
    neer: async () => {
      await new Promise<void>((resolve) => {
        server?.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
    op: async () => {
      await luister(port);
    },
    opruimen: async () => {
      await viaRelay.close();
      server?.close();
      for (const s of sockets) s.destroy();
      await eigen.dispose();
    },
  };
}

const STORINGEN: ['pglite' | 'postgres', () => Promise<Storing>][] = [['pglite', pgliteStoring]];
if (process.env.TEST_DATABASE_URL) STORINGEN.push(['postgres', postgresStoring]);

describe.each(STORINGEN)('the database goes away under a running app (%s)', (_engine, maak) => {
  let storing: Storing;
  let t: TestApp;

  afterAll(async () => {
    await t?.close();
    await storing?.opruimen();
  });

  it('answers 503 with Retry-After and a reference code that is in the log line, then serves again', {
    timeout: 600_000,
  }, async () => {
    storing = await maak();
    t = await startTestApp(storing.handle.engine, {
      database: storing.handle,
      env: { DEFAULT_GEMEENTE: 'lindewaard' },
    });
    await createGemeente(storing.handle.db, { code: 'lindewaard', naam: 'Lindewaard' });
    const vraag = (accept = 'text/html') =>
      t.app.inject({ url: '/sociale-kaart?q=schulden', headers: { accept } });
    expect((await vraag()).statusCode).toBe(200);

    await storing.neer();
    const down = await vraag();
    expect(down.statusCode).toBe(503);
    expect(down.headers['retry-after']).toBe('30');
    expect(down.headers['content-type']).toMatch(/^text\/html/);
    expect(down.body).toContain('Redzaam is even niet bereikbaar');
    const reference = String(down.headers['x-request-id']);
    expect(reference).toMatch(/^[0-9a-f-]{36}$/);
    expect(down.body).toContain(reference);
    const line = t.logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.reqId === reference && l.msg === 'database unavailable');
    expect(line).toMatchObject({ level: 50, instance: expect.any(String), host: expect.any(String) });

    const api = await vraag('application/json');
    expect(api.statusCode).toBe(503);
    expect(api.json()).toMatchObject({ error: 'UNAVAILABLE', reference: api.headers['x-request-id'] });
    expect((await t.app.inject({ url: '/healthz/ready' })).statusCode).toBe(503);
    expect((await t.app.inject({ url: '/healthz/live' })).statusCode).toBe(200);

    await storing.op();
    // PostgreSQL's pool may still hand out a connection that died with the relay: one retry.
    let back = await vraag();
    if (back.statusCode === 503) back = await vraag();
    expect(back.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/healthz/ready' })).statusCode).toBe(200);
  });
});
