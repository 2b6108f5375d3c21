import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { logDemoAccounts } from '../../src/demo/banner.js';
import { createAccountWithPassword, createGemeente } from '../../src/demo/factories.js';
import { migratiesBijgewerkt } from '../../src/platform/http/health.js';
import { createLogger } from '../../src/platform/logging.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

const TOKEN = 'metrics-token-voor-de-test-0123456789';
const PASSWORD = 'een lange zin als wachtwoord';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Item 6 and 9 of issue 17: JSON logs with an instance id, request ids, health checks, metrics. */
describe('observability', () => {
  let database: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    t = await startTestApp('pglite', {
      database,
      env: { DEFAULT_GEMEENTE: 'lindewaard', METRICS_TOKEN: TOKEN, METRICS_ALLOW: '10.0.0.0/8' },
    });
    const gemeente = await createGemeente(database.db, { code: 'lindewaard', naam: 'Lindewaard' });
    await createAccountWithPassword(database.db, {
      gemeenteId: gemeente.id,
      naam: 'Ilse',
      email: 'ilse@example.test',
      rol: 'inwoner',
      password: PASSWORD,
    });
  });
  afterAll(async () => {
    await t.close();
    await database.dispose();
  });

  it('gives every request its own id (a UUID) in x-request-id, in the log line and on the error page', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const response = await t.app.inject({ url: '/bestaat-niet', headers: { accept: 'text/html' } });
      const id = String(response.headers['x-request-id']);
      expect(id).toMatch(UUID);
      expect(response.body).toContain(id);
      ids.add(id);
    }
    expect(ids.size).toBe(20);
    const last = [...ids].at(-1) as string;
    const lines = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.some((l) => l.reqId === last)).toBe(true);
  });

  it('ignores an incoming x-request-id unless TRUST_PROXY is on', async () => {
    const untrusted = await t.app.inject({
      url: '/healthz/live',
      headers: { 'x-request-id': 'proxy-id-12345678' },
    });
    expect(untrusted.headers['x-request-id']).not.toBe('proxy-id-12345678');
    const proxied = await startTestApp('pglite', { database, env: { TRUST_PROXY: 'true' } });
    try {
      const trusted = await proxied.app.inject({
        url: '/healthz/live',
        headers: { 'x-request-id': 'proxy-id-12345678' },
      });
      expect(trusted.headers['x-request-id']).toBe('proxy-id-12345678');
      // Not an id but markup: replaced by a fresh one, even behind a trusted proxy.
      const odd = await proxied.app.inject({ url: '/healthz/live', headers: { 'x-request-id': '<b>x</b>' } });
      expect(odd.headers['x-request-id']).toMatch(UUID);
    } finally {
      await proxied.close();
    }
  });

  it('writes every line as JSON with the instance id and host name, the demo banner too', async () => {
    const lines = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(5);
    const instances = new Set(lines.map((l) => l.instance));
    expect(instances.size).toBe(1);
    expect([...instances][0]).toMatch(/^[0-9a-f]{12}$/);
    for (const line of lines) expect(typeof line.host).toBe('string');
    const banner: string[] = [];
    logDemoAccounts(createLogger('info', { write: (line: string) => banner.push(line) }), 3000);
    expect(banner).toHaveLength(1);
    const parsed = JSON.parse(banner[0] as string);
    expect(parsed).toMatchObject({ level: 30, instance: expect.any(String), url: 'http://localhost:3000' });
    expect(parsed.demo.accounts.length).toBeGreaterThan(2);
  });

  it('/healthz/live answers for the process; /healthz/ready and /healthz check database and migrations', async () => {
    for (const url of ['/healthz/live', '/healthz/ready', '/healthz']) {
      const response = await t.app.inject({ url, headers: { host: 'onbekend.test' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.json(), url).toMatchObject({ status: 'ok', version: '0.1.0' });
    }
    expect(await migratiesBijgewerkt(database)).toEqual({ bijgewerkt: true, ontbreekt: 0 });
    const later = { ...migrations, '9999_nog_niet_gedraaid': { up: async () => {} } };
    expect(await migratiesBijgewerkt(database, later)).toEqual({ bijgewerkt: false, ontbreekt: 1 });
  });

  it('/metrics is a missing page without the token or an allowed network', async () => {
    for (const headers of [{}, { authorization: 'Bearer fout' }, { authorization: `Basic ${TOKEN}` }]) {
      const response = await t.app.inject({ url: '/metrics', headers: { ...headers, accept: 'text/html' } });
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain('Deze pagina bestaat niet');
    }
    const closed = await startTestApp('pglite', { database });
    try {
      const response = await closed.app.inject({ url: '/metrics', remoteAddress: '10.1.2.3' });
      expect(response.statusCode).toBe(404);
    } finally {
      await closed.close();
    }
  });

  it('/metrics reports latency per route pattern, status counts, sealer lag and the job queue, no personal data', async () => {
    const browser = new BrowserClient(t.app);
    await browser.login('ilse@example.test', PASSWORD);
    await browser.get('/mijn-overzicht');
    const dossier = await database.db.selectFrom('dossier').select('id').executeTakeFirstOrThrow();
    await browser.get(`/dossiers/${dossier.id}/logboek?van=2026-01-01`);
    const viaNetwork = await t.app.inject({ url: '/metrics', remoteAddress: '10.1.2.3' });
    expect(viaNetwork.statusCode).toBe(200);
    const response = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const text = response.body;
    expect(text).toMatch(
      /redzaam_http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/dossiers\/:dossierId\/logboek",status_code="200"\}/,
    );
    expect(text).toMatch(
      /redzaam_http_requests_total\{method="POST",route="\/inloggen",status_code="303"\} 1/,
    );
    expect(text).toMatch(/redzaam_audit_unsealed_entries \d+/);
    expect(text).toMatch(/redzaam_audit_sealer_lag_seconds [\d.e+-]+/);
    expect(text).toMatch(/redzaam_jobs\{status="failed"\} \d+/);
    expect(text).toMatch(/redzaam_jobs\{status="queued"\} \d+/);
    expect(text).toContain('redzaam_process_resident_memory_bytes');
    // Patterns, never URLs: no record id, query or e-mail address in any label.
    expect(text).not.toContain(dossier.id);
    expect(text).not.toContain('2026-01-01');
    expect(text).not.toContain('example.test');
  });
});
