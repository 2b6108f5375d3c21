import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/demo/seed.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  foreignRequests,
  login,
  navigation,
  recordedRequests,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import { linkFromOutbox } from './support/mail.js';
import { getRoutes, matchesRoute } from './support/routes.js';

/**
 * axe-core (WCAG 2.1 A + AA) on every page of the app, in the states people meet them:
 * empty, with form errors, after submitting, per role, in English. The last tests check that
 * every HTML GET route of the app was among the checked pages, and that no page asked
 * anything of another origin.
 */

let server: E2EServer;
/** An app without any gemeente: every host name is unknown there. */
let noGemeente: E2EServer;

/** Every page axe passed, in order. */
const checked: { label: string; path: string; status: number }[] = [];

/** Pages (states) this file must have checked; the coverage test fails when one is missing. */
const REQUIRED_PAGES = [
  'start',
  'inloggen',
  'inloggen met foutmelding',
  'wachtwoord-vergeten',
  'wachtwoord-vergeten met foutmelding',
  'wachtwoord-vergeten verstuurd',
  'wachtwoord-instellen',
  'wachtwoord-instellen ongeldige link',
  'mijn-overzicht inwoner',
  'mijn-overzicht naaste',
  'mijn-overzicht professional',
  'mijn-overzicht beheerder',
  'mijn-overzicht analist',
  'mijn-sessies',
  'beheer/accounts',
  'beheer/accounts met foutmeldingen',
  'pagina bestaat niet (404)',
  'onbekende gemeente',
  'start in het Engels',
  'inloggen in het Engels',
];

/** GET routes that answer something other than a page, with a URL to prove it. */
const NOT_HTML = [
  { route: '/healthz', sample: '/healthz', type: /^application\/json/ },
  { route: '/thema.css', sample: '/thema.css', type: /^text\/css/ },
  { route: '/thema/logo.svg', sample: '/thema/logo.svg', type: /^image\/svg\+xml/ },
  { route: '/static/*', sample: '/static/redzaam.css', type: /^text\/css/ },
  {
    route: '/static/utrecht/design-tokens.css',
    sample: '/static/utrecht/design-tokens.css',
    type: /^text\/css/,
  },
  {
    route: '/static/utrecht/component-library.css',
    sample: '/static/utrecht/component-library.css',
    type: /^text\/css/,
  },
];

async function check(page: Page, label: string, response: Response, status: number): Promise<void> {
  expect(response.status(), `HTTP status of "${label}"`).toBe(status);
  expect(response.headers()['content-type'], `content type of "${label}"`).toMatch(/^text\/html/);
  await expectNoAxeViolations(page, `"${label}" (${page.url()})`);
  checked.push({ label, path: new URL(page.url()).pathname, status });
}

function account(rol: string) {
  const found = DEMO_ACCOUNTS.find((a) => a.rol === rol);
  if (!found) throw new Error(`no demo account for ${rol}`);
  return found;
}

beforeAll(async () => {
  server = await startServer();
  noGemeente = await startServer({ demo: false });
});

afterAll(async () => {
  await server?.close();
  await noGemeente?.close();
});

describe('accessibility (axe, WCAG 2.1 AA) without logging in', () => {
  it('start, inloggen and its errors, the 404 page', async () => {
    await withBrowser({}, async (page) => {
      const start = await visit(page, `${server.origin}/`);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await check(page, 'start', start, 200);

      const loginPage = await navigation(page, () =>
        page.getByRole('main').getByRole('link', { name: 'Inloggen' }).click(),
      );
      expect(new URL(page.url()).pathname).toBe('/inloggen');
      await check(page, 'inloggen', loginPage, 200);

      const empty = await navigation(page, () =>
        page.getByRole('button', { name: 'Inloggen', exact: true }).click(),
      );
      expect(await visibleText(page.locator('#veld-email-fout'))).toBe('Vul dit veld in.');
      await check(page, 'inloggen met foutmelding', empty, 400);

      await page.getByLabel('E-mailadres').fill(account('inwoner').email);
      await page.getByLabel('Wachtwoord', { exact: true }).fill('niet-het-goede-wachtwoord');
      const wrong = await navigation(page, () =>
        page.getByLabel('Wachtwoord', { exact: true }).press('Enter'),
      );
      expect(await visibleText(page.getByRole('alert'))).toContain('klopt niet');
      await check(page, 'inloggen met melding: klopt niet', wrong, 401);

      // A page behind the login, without a session, answers with the login page itself.
      const guarded = await visit(page, `${server.origin}/mijn-overzicht`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Inloggen');
      await check(page, 'mijn-overzicht zonder sessie (inloggen)', guarded, 401);

      const missing = await visit(page, `${server.origin}/deze-pagina-bestaat-niet`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Deze pagina bestaat niet');
      await check(page, 'pagina bestaat niet (404)', missing, 404);
    });
  });

  it('wachtwoord-vergeten and wachtwoord-instellen in all their states', async () => {
    await withBrowser({}, async (page) => {
      const forgot = await visit(page, `${server.origin}/wachtwoord-vergeten`);
      await check(page, 'wachtwoord-vergeten', forgot, 200);

      await page.getByLabel('E-mailadres').fill('dit is geen adres');
      const invalid = await navigation(page, () =>
        page.getByRole('button', { name: 'Stuur mij een link' }).click(),
      );
      expect(await visibleText(page.locator('#veld-email-fout'))).toContain('Vul een geldig e-mailadres in');
      await check(page, 'wachtwoord-vergeten met foutmelding', invalid, 400);

      await page.getByLabel('E-mailadres').fill(account('naaste').email);
      const sent = await navigation(page, () =>
        page.getByRole('button', { name: 'Stuur mij een link' }).click(),
      );
      expect(await visibleText(page.getByRole('status'))).toContain('Als dit e-mailadres bij ons bekend is');
      await check(page, 'wachtwoord-vergeten verstuurd', sent, 200);

      const link = await linkFromOutbox(server.t, account('naaste').email);
      const setPassword = await visit(page, link);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Nieuw wachtwoord maken');
      await check(page, 'wachtwoord-instellen', setPassword, 200);

      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een lange zin om te onthouden');
      await page.getByLabel('Typ je nieuwe wachtwoord nog een keer').fill('een andere lange zin');
      const differ = await navigation(page, () =>
        page.getByRole('button', { name: 'Wachtwoord opslaan' }).click(),
      );
      expect(await visibleText(page.locator('#veld-herhaal-fout'))).toBe(
        'De twee wachtwoorden zijn niet hetzelfde.',
      );
      await check(page, 'wachtwoord-instellen met foutmelding', differ, 400);

      const bogus = await visit(page, `${server.origin}/wachtwoord-instellen/${'x'.repeat(43)}`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Deze link werkt niet meer');
      await check(page, 'wachtwoord-instellen ongeldige link', bogus, 410);
    });
  });

  it('the English start and login pages after the language switch', async () => {
    await withBrowser({}, async (page) => {
      await visit(page, `${server.origin}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      const english = await navigation(page, () =>
        page.getByRole('button', { name: 'Switch to English' }).click(),
      );
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await check(page, 'start in het Engels', english, 200);

      const loginPage = await visit(page, `${server.origin}/inloggen`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Log in');
      await check(page, 'inloggen in het Engels', loginPage, 200);

      const empty = await navigation(page, () =>
        page.getByRole('button', { name: 'Log in', exact: true }).click(),
      );
      expect(await visibleText(page.locator('#veld-email-fout'))).toBe('Fill in this field.');
      await check(page, 'inloggen in het Engels met foutmelding', empty, 400);
    });
  });

  it('the page for an unknown gemeente', async () => {
    await withBrowser({}, async (page) => {
      const response = await visit(page, `${noGemeente.origin}/`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Deze gemeente kennen we niet');
      await check(page, 'onbekende gemeente', response, 404);
    });
  });
});

describe('accessibility (axe, WCAG 2.1 AA) after logging in', () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.rol, a] as const))('mijn-overzicht of the %s', async (rol, demo) => {
    await withBrowser({}, async (page) => {
      const overview = await login(page, server.origin, demo.email, DEMO_PASSWORD);
      expect(new URL(page.url()).pathname).toBe('/mijn-overzicht');
      await expect(page.getByText(`Welkom, ${demo.naam}.`).count()).resolves.toBe(1);
      await check(page, `mijn-overzicht ${rol}`, overview, 200);
    });
  });

  it('mijn-sessies, with two sessions and after ending one', async () => {
    const demo = account('inwoner');
    await withBrowser({ name: 'ander-apparaat' }, async (otherDevice) => {
      await login(otherDevice, server.origin, demo.email, DEMO_PASSWORD);
      await withBrowser({}, async (page) => {
        await login(page, server.origin, demo.email, DEMO_PASSWORD);
        const sessions = await navigation(page, () =>
          page.getByRole('link', { name: 'Waar ben ik ingelogd' }).click(),
        );
        const rows = page.locator('tbody tr');
        expect(await rows.count()).toBeGreaterThanOrEqual(2);
        await check(page, 'mijn-sessies', sessions, 200);

        const other = rows.filter({ hasNotText: '(Dit apparaat)' }).first();
        const ended = await navigation(page, () =>
          other.getByRole('button', { name: 'Uitloggen op dit apparaat' }).click(),
        );
        expect(await visibleText(page.getByRole('status'))).toContain('Het apparaat is uitgelogd.');
        await check(page, 'mijn-sessies na uitloggen ander apparaat', ended, 200);
      });
    });
  });

  it('beheer/accounts: empty form, form errors, success; a professional gets the 403 page', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('beheerder').email, DEMO_PASSWORD);
      const accounts = await navigation(page, () => page.getByRole('link', { name: 'Accounts' }).click());
      expect(new URL(page.url()).pathname).toBe('/beheer/accounts');
      await check(page, 'beheer/accounts', accounts, 200);

      const errors = await navigation(page, () =>
        page.getByRole('button', { name: 'Account maken' }).click(),
      );
      expect(await visibleText(page.locator('#veld-naam-fout'))).toBe('Vul dit veld in.');
      expect(await visibleText(page.locator('#veld-email-fout'))).toBe('Vul dit veld in.');
      await check(page, 'beheer/accounts met foutmeldingen', errors, 400);

      await page.getByLabel('Naam', { exact: true }).fill('Noor de Wit');
      await page.getByLabel('E-mailadres').fill('noor.dewit@lindewaard.example');
      const created = await navigation(page, () =>
        page.getByRole('button', { name: 'Account maken' }).click(),
      );
      expect(await visibleText(page.getByRole('status'))).toContain('Het account is gemaakt.');
      await check(page, 'beheer/accounts na aanmaken', created, 200);
    });

    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('professional').email, DEMO_PASSWORD);
      const forbidden = await visit(page, `${server.origin}/beheer/accounts`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Dit mag niet');
      await check(page, 'beheer/accounts als professional (403)', forbidden, 403);
    });
  });
});

describe('coverage and origin', () => {
  it('the axe check itself reports violations, with rule, help and elements', async () => {
    await withBrowser({}, async (page) => {
      await page.setContent(
        '<!doctype html><html lang="nl"><title>t</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input></main></html>',
      );
      const failure = await expectNoAxeViolations(page, 'a page with known faults').then(
        () => undefined,
        (error: Error) => error.message,
      );
      expect(failure).toContain('image-alt');
      expect(failure).toContain('label');
      expect(failure).toMatch(/^\s+img$/m);
      expect(failure).toContain('https://dequeuniversity.com/rules/axe/');
    });
  });

  it('checked every page state on the list and every GET route of the app that renders HTML', async () => {
    const labels = checked.map((page) => page.label);
    expect(
      REQUIRED_PAGES.filter((label) => !labels.includes(label)),
      'pages not checked',
    ).toEqual([]);

    const app = server.t.app;
    for (const { route, sample, type } of NOT_HTML) {
      expect(app.hasRoute({ method: 'GET', url: route }), `route ${route} exists`).toBe(true);
      const response = await fetch(`${server.origin}${sample}`);
      expect(response.status, `GET ${sample}`).toBe(200);
      expect(response.headers.get('content-type'), `GET ${sample}`).toMatch(type);
      // Read the body to the end: an unread response keeps its connection busy, and closing
      // the server would then wait for it.
      expect((await response.text()).length, `GET ${sample}`).toBeGreaterThan(0);
    }

    const routes = getRoutes(app);
    const wildcards = routes.filter((route) => route.wildcard).length;
    expect(wildcards, 'wildcard GET routes (find-my-way prints them as "*")').toBe(
      NOT_HTML.filter((entry) => entry.route.endsWith('*')).length,
    );
    const named = routes.filter((route) => !route.wildcard).map((route) => route.path);
    for (const path of named) expect(app.hasRoute({ method: 'GET', url: path }), `parsed ${path}`).toBe(true);
    const htmlRoutes = named.filter((path) => !NOT_HTML.some((entry) => entry.route === path));
    // The parser must have found the pages we know of; an empty list would prove nothing.
    expect(htmlRoutes).toEqual(
      expect.arrayContaining(['/', '/inloggen', '/wachtwoord-instellen/:token', '/beheer/accounts']),
    );
    const uncovered = htmlRoutes.filter(
      (route) => !checked.some((page) => page.status === 200 && matchesRoute(route, page.path)),
    );
    expect(uncovered, 'HTML GET routes without an axe-checked page (add them to this file)').toEqual([]);
  });

  it('made no request to any other origin (no CDN, fonts or analytics)', () => {
    expect(recordedRequests.length).toBeGreaterThan(50);
    expect(recordedRequests.some((request) => request.url.endsWith('/static/redzaam.css'))).toBe(true);
    expect(foreignRequests([server.origin, noGemeente.origin])).toEqual([]);
  });
});
