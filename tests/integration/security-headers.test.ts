import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithPassword, createGemeente } from '../../src/demo/factories.js';
import { LINDEWAARD_THEMA } from '../../src/platform/gemeente/theme.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PRODUCTIEHOST = 'redzaam.lindewaard.test';
const PRODUCTIEHEADERS = { host: PRODUCTIEHOST, 'x-forwarded-proto': 'https' };

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * Security headers on every route the app has (ASVS 3.4, 14.3.2). The list of routes comes
 * from Fastify itself, so a new route is checked without anyone adding it here.
 */
describe('security headers', () => {
  let t: TestApp;
  let browser: BrowserClient;
  const routes: { method: string; url: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp('pglite', { env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    const gemeente = await createGemeente(t.database.db, {
      code: 'lindewaard',
      naam: 'Lindewaard',
      // Production serves no default gemeente: its requests name this host.
      hostnames: [PRODUCTIEHOST],
      thema: LINDEWAARD_THEMA,
    });
    await createAccountWithPassword(t.database.db, {
      gemeenteId: gemeente.id,
      naam: 'Kees',
      email: 'kees@example.test',
      rol: 'beheerder',
      password: PASSWORD,
    });
    browser = new BrowserClient(t.app);
    await browser.login('kees@example.test', PASSWORD);
    routes.push(...t.app.routeTable);
  });
  afterAll(async () => t.close());

  const concrete = (url: string) =>
    url
      .replace(':token', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
      .replace(':id', '00000000-0000-4000-8000-000000000000')
      .replace(':dossierId', '00000000-0000-4000-8000-000000000001')
      .replace(':toegangId', '00000000-0000-4000-8000-000000000002')
      .replace(':uitnodigingId', 'a'.repeat(64))
      .replace(':sectie', 'plan')
      .replace('/static/*', '/static/redzaam.css');

  it('finds the routes to check', () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
    expect(routes).toContainEqual({
      method: 'GET',
      url: '/mijn-overzicht',
      persoonsgegevens: true,
      openbaar: false,
    });
  });

  /** The headers every answer must carry (ASVS 3.4.x, 14.3.2); returns what is wrong, if anything. */
  const checkHeaders = (response: LightMyRequestResponse, production: boolean): string[] => {
    const fout: string[] = [];
    const h = response.headers;
    const csp = String(h['content-security-policy']);
    if (!csp.includes("default-src 'self'")) fout.push('csp default-src');
    if (!/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/.test(csp)) fout.push('csp nonce');
    if (!csp.includes("object-src 'none'")) fout.push('csp object-src');
    if (!csp.includes("base-uri 'none'")) fout.push('csp base-uri');
    if (!csp.includes("frame-ancestors 'none'")) fout.push('csp frame-ancestors');
    const hsts = Number(/max-age=(\d+)/.exec(String(h['strict-transport-security']))?.[1] ?? 0);
    if (production && hsts < 31_536_000) fout.push('hsts');
    if (h['x-content-type-options'] !== 'nosniff') fout.push('nosniff');
    if (h['referrer-policy'] !== 'no-referrer') fout.push('referrer-policy');
    const type = String(h['content-type'] ?? '');
    if (
      (type.startsWith('text/html') || type.startsWith('application/json')) &&
      h['cache-control'] !== 'no-store'
    ) {
      fout.push('no-store');
    }
    if (response.statusCode >= 500) fout.push(`status ${response.statusCode}`);
    return fout;
  };

  /** Every route (every method), logged in and not, with a valid sample request (CSRF token included). */
  async function checkEveryRoute(app: TestApp, loggedIn: BrowserClient, production: boolean) {
    const anonymous = new BrowserClient(app.app, production ? PRODUCTIEHEADERS : {});
    await anonymous.get('/inloggen');
    const table = app.app.routeTable;
    let covered = 0;
    const problems: string[] = [];
    for (const route of table) {
      let ok = true;
      for (const [who, client] of [
        ['logged in', loggedIn],
        ['anonymous', anonymous],
      ] as const) {
        const url = concrete(route.url);
        const response =
          route.method === 'GET'
            ? await client.get(url)
            : await client.post(url, {}, { method: route.method as 'POST' });
        const fout = checkHeaders(response, production);
        if (fout.length > 0) {
          ok = false;
          problems.push(`${who} ${route.method} ${route.url}: ${fout.join(', ')}`);
        }
        // A form page leaves its token for the next POST; keep the session's token fresh.
        if (route.method === 'GET' && client === loggedIn) await client.get('/mijn-sessies');
      }
      if (ok) covered++;
    }
    return { covered, total: table.length, problems };
  }

  it('sends CSP with nonces, HSTS, nosniff, frame-ancestors, no referrer and no-store on every route (100% covered)', async () => {
    await browser.get('/mijn-sessies');
    const { covered, total, problems } = await checkEveryRoute(t, browser, false);
    console.log(
      `security headers (test mode): ${covered} of ${total} routes covered logged in and anonymous = ${((covered / total) * 100).toFixed(0)} %`,
    );
    expect(problems).toEqual([]);
    expect(covered).toBe(total);
    expect(total).toBe(routes.length);
  });

  it('does the same in production, with HSTS of at least a year (100% covered)', async () => {
    const production = await startTestApp('pglite', {
      database: t.database,
      env: {
        NODE_ENV: 'production',
        PUBLIC_URL: `https://${PRODUCTIEHOST}`,
        REDZAAM_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
        DEMO_DATA: 'false',
      },
    });
    try {
      const client = new BrowserClient(production.app, PRODUCTIEHEADERS);
      expect((await client.login('kees@example.test', PASSWORD)).statusCode).toBe(303);
      expect((await client.get('/mijn-sessies')).statusCode).toBe(200);
      const { covered, total, problems } = await checkEveryRoute(production, client, true);
      console.log(
        `security headers (production): ${covered} of ${total} routes covered logged in and anonymous = ${((covered / total) * 100).toFixed(0)} %`,
      );
      expect(problems).toEqual([]);
      expect(covered).toBe(total);
    } finally {
      await production.close();
    }
  });

  it('serves every asset itself: no other origin in any page', async () => {
    for (const path of ['/', '/inloggen', '/mijn-overzicht', '/beheer/accounts']) {
      const html = (await browser.get(path)).body;
      const urls = [...html.matchAll(/(?:href|src|action)="([^"]+)"/g)].map((m) => m[1] as string);
      expect(urls.length).toBeGreaterThan(3);
      for (const url of urls) expect(url, `${path}: ${url}`).toMatch(/^(\/|#)/);
    }
    const css = await browser.get('/static/utrecht/component-library.css');
    expect(css.statusCode).toBe(200);
    expect(css.body).not.toMatch(/url\((["']?)https?:/);
  });

  it('changes nothing through GET: a POST-only path has no GET route', async () => {
    browser = new BrowserClient(t.app);
    await browser.login('kees@example.test', PASSWORD);
    const gets = new Set(routes.filter((r) => r.method === 'GET').map((r) => r.url));
    const before = await t.database.db
      .selectFrom('account')
      .select(['id', 'disabled_at', 'password_hash'])
      .execute();
    for (const route of routes.filter((r) => r.method === 'POST')) {
      const response = await browser.get(concrete(route.url));
      if (!gets.has(route.url)) expect(response.statusCode, route.url).toBe(404);
    }
    expect(
      await t.database.db.selectFrom('account').select(['id', 'disabled_at', 'password_hash']).execute(),
    ).toEqual(before);
    expect((await browser.get('/mijn-overzicht')).statusCode).toBe(200);
  });

  it('serves the gemeente theme as sanitised CSS', async () => {
    const css = await browser.get('/thema.css');
    expect(css.body).toContain('--redzaam-brand-color: #0b5e3c;');
    const logo = await browser.get('/thema/logo.svg');
    expect(logo.headers['content-type']).toBe('image/svg+xml');
  });
});
