import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithPassword, createGemeente } from '../../src/demo/factories.js';
import { LINDEWAARD_THEMA } from '../../src/platform/gemeente/theme.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

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

  it('sends CSP with nonces, HSTS, nosniff, frame-ancestors and no referrer on every route (100% covered)', async () => {
    const checked: string[] = [];
    for (const route of routes) {
      const response =
        route.method === 'GET'
          ? await browser.get(concrete(route.url))
          : await browser.post(concrete(route.url), {});
      const csp = String(response.headers['content-security-policy']);
      expect(csp, route.url).toContain("default-src 'self'");
      expect(csp, route.url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
      expect(csp, route.url).toContain("object-src 'none'");
      expect(csp, route.url).toContain("base-uri 'none'");
      expect(csp, route.url).toContain("frame-ancestors 'none'");
      expect(response.headers['strict-transport-security'], route.url).toMatch(/max-age=(\d+)/);
      expect(
        Number(/max-age=(\d+)/.exec(String(response.headers['strict-transport-security']))?.[1]),
      ).toBeGreaterThanOrEqual(31_536_000);
      expect(response.headers['x-content-type-options'], route.url).toBe('nosniff');
      expect(response.headers['referrer-policy'], route.url).toBe('no-referrer');
      if (String(response.headers['content-type']).startsWith('text/html')) {
        expect(response.headers['cache-control'], route.url).toBe('no-store');
      }
      expect(response.statusCode, route.url).toBeLessThan(500);
      checked.push(`${route.method} ${route.url}`);
    }
    expect(checked.length).toBe(routes.length);
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
