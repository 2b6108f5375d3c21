import { readFile } from 'node:fs/promises';
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
import { navigated, uitnodigingLinkFromOutbox } from './support/regie.js';
import { getRoutes, matchesRoute } from './support/routes.js';
import { bevestigLinkFromOutbox, pathOf } from './support/sociale-kaart-beheer.js';

/**
 * axe-core (WCAG 2.1 A + AA) on every page of the app, in the states people meet them:
 * empty, with form errors, after submitting, per role, in English. The last tests check that
 * every HTML GET route of the app was among the checked pages, and that no page asked
 * anything of another origin.
 */

let server: E2EServer;
/** An app without any gemeente: every host name is unknown there. */
let noGemeente: E2EServer;

/**
 * Every page axe passed, in order. `from` is the path first asked for when the page was
 * reached through a GET redirect (/mijn-gegevens → /dossiers/<id>).
 */
const checked: { label: string; path: string; status: number; from?: string }[] = [];

/** Pages (states) this file must have checked; the coverage test fails when one is missing. */
const REQUIRED_PAGES = [
  'levensgebieden overzicht met grafieken',
  'levensgebieden invullen',
  'levensgebieden invullen een gebied',
  'levensgebieden invullen met foutmelding',
  'levensgebieden historie',
  'levensgebieden instellingen',
  'levensgebieden hun blik',
  'levensgebieden overzicht als professional',
  'beheer/levensgebieden',
  'beheer/levensgebieden met foutmelding',
  'beheer/netwerk/relaties',
  'beheer/netwerk/relaties met foutmelding',
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
  'mijn-gegevens (dossier als eigenaar)',
  'sectie als eigenaar',
  'mijn plan via het dossier',
  'wie-kan-wat-zien',
  'wie-kan-wat-zien met foutmeldingen',
  'wie-kan-wat-zien uitnodiging verstuurd',
  'mijn-logboek',
  'logboek met filter',
  'gegevens',
  'gegevens overzicht',
  'uitnodiging account maken',
  'uitnodiging ongeldige link',
  'dossier als naaste',
  'sectie als naaste',
  'dossier/toegang als naaste (403)',
  'noodtoegang',
  'noodtoegang met foutmelding',
  'crisiskaart in noodgeval',
  'beheer/vertegenwoordiging',
  'beheer/vertegenwoordiging met foutmeldingen',
  'vragenlijst eigen regie',
  'vragenlijst eigen regie invullen',
  'vragenlijst eigen regie invullen met foutmelding',
  'vragenlijst eigen regie eerdere ronde',
  'vragenlijst positieve gezondheid',
  'vragenlijst positieve gezondheid invullen',
  'vragenlijst positieve gezondheid invullen met foutmelding',
  'vragenlijst positieve gezondheid eerdere ronde',
  'beheer/levensgebieden/positieve-gezondheid',
  'sociale-kaart',
  'sociale-kaart resultaten',
  'sociale-kaart met foutmelding',
  'sociale-kaart dienst',
  'beheer/sociale-kaart',
  'beheer/sociale-kaart niet gecontroleerd',
  'beheer/sociale-kaart/nieuw',
  'beheer/sociale-kaart/nieuw met foutmeldingen',
  'beheer/sociale-kaart dienst bewerken',
  'beheer/sociale-kaart/instellingen',
  'beheer/sociale-kaart/instellingen met foutmelding',
  'beheer/taken',
  'sociale-kaart/bevestigen',
  'sociale-kaart/bevestigen met foutmelding',
  'sociale-kaart/bevestigen bedankt',
  'sociale-kaart/bevestigen link werkt niet meer',
  'mijn plan',
  'mijn plan nieuw doel',
  'mijn plan doel',
  'mijn plan nieuwe actie',
  'mijn plan actie',
  'mijn plan als professional',
  'mijn waakvlam',
  'mijn waakvlam plan',
  'waakvlam check-in link werkt niet',
  'mijn crisiskaart',
  'crisiskaart plan',
  'crisiskaart bewerken',
  'crisiskaart voorstellen',
  'crisiskaart afspraak link werkt niet',
  'meetellen',
  'gesprekken',
  'gesprek',
  'gesprek voorbereiding',
  'gesprek persoonlijk plan',
  'gesprek verslag definitief',
  'gesprek voeren',
  'gesprek verslag',
  'monitor',
];

/**
 * GET routes that only redirect, each to an HTML route: covered when a checked page was
 * reached through them and landed on the route they point to.
 */
const REDIRECTS = [
  { route: '/mijn-gegevens', to: '/dossiers/:dossierId' },
  { route: '/wie-kan-wat-zien', to: '/dossiers/:dossierId/toegang' },
  { route: '/mijn-logboek', to: '/dossiers/:dossierId/logboek' },
  { route: '/dossiers/:dossierId/secties/levensgebieden', to: '/dossiers/:dossierId/levensgebieden' },
  { route: '/mijn-netwerk', to: '/dossiers/:dossierId/netwerk' },
  { route: '/mijn-plan', to: '/dossiers/:dossierId/plan' },
  { route: '/dossiers/:dossierId/secties/plan', to: '/dossiers/:dossierId/plan' },
  { route: '/mijn-waakvlam', to: '/dossiers/:dossierId/waakvlam' },
  { route: '/mijn-crisiskaart', to: '/dossiers/:dossierId/crisiskaart' },
  { route: '/mijn-meetellen', to: '/dossiers/:dossierId/meetellen' },
  { route: '/dossiers/:dossierId/secties/waakvlam', to: '/dossiers/:dossierId/waakvlam' },
  { route: '/dossiers/:dossierId/secties/crisiskaart', to: '/dossiers/:dossierId/crisiskaart' },
  { route: '/dossiers/:dossierId/secties/meetellen', to: '/dossiers/:dossierId/meetellen' },
  { route: '/dossiers/:dossierId/secties/gesprekken', to: '/dossiers/:dossierId/gesprekken' },
];

/**
 * GET routes whose pages are axe-checked in a browser test of their own capability, or that are
 * no page at all and are tested elsewhere: each names the file, and the coverage check below
 * reads that file to see it visits the route (a path fragment) and runs axe (or, for the
 * non-pages, checks the answer). Prefer checking a page here; this list is for the pages whose
 * own file already walks every state of them.
 */
const ELDERS_GECONTROLEERD: { route: string; bestand: string; fragment: string; axe: boolean }[] = [
  // Her household link (Mijn plan): empty, with a new code and with errors, in its own browser test.
  {
    route: '/dossiers/:dossierId/plan/huishouden',
    bestand: 'tests/e2e/plan-huishouden.e2e.test.ts',
    fragment: '/plan/huishouden',
    axe: true,
  },
  // Samen groups: the coordinator's page and hers, in their own browser test.
  {
    route: '/samen/groepen',
    bestand: 'tests/e2e/samen-groepen.e2e.test.ts',
    fragment: '/samen/groepen`',
    axe: true,
  },
  {
    route: '/dossiers/:dossierId/samen/groepen',
    bestand: 'tests/e2e/samen-groepen.e2e.test.ts',
    fragment: '/samen/groepen`);',
    axe: true,
  },
  // Samen: every state of her page and the coordinator's is walked in its own browser test.
  ...[
    ['/mijn-samen', '/mijn-samen'],
    ['/dossiers/:dossierId/secties/samen', '/secties/samen'],
    ['/dossiers/:dossierId/samen', '/samen`'],
    ['/samen/coordinatie', '/samen/coordinatie'],
  ].map(([route, fragment]) => ({
    route: route as string,
    bestand: 'tests/e2e/samen.e2e.test.ts',
    fragment: fragment as string,
    axe: true,
  })),
  // The pages behind an e-mailed one-time link (a check-in, an agreement): here only their
  // "link does not work" state is axe-checked (see 'waakvlam check-in link werkt niet' and
  // 'crisiskaart afspraak link werkt niet'); the open and the used link, and the in-app
  // check-in, in their capability's browser test.
  {
    route: '/waakvlam/checkin/:dossierId/:token',
    bestand: 'tests/e2e/waakvlam.e2e.test.ts',
    fragment: '/waakvlam/checkin',
    axe: true,
  },
  {
    route: '/dossiers/:dossierId/waakvlam/checkin',
    bestand: 'tests/e2e/waakvlam.e2e.test.ts',
    fragment: '/waakvlam/checkin`',
    axe: true,
  },
  {
    route: '/dossiers/:dossierId/gesprekken/:gesprekId/netwerkberaad',
    bestand: 'tests/e2e/netwerkberaad.e2e.test.ts',
    fragment: '/netwerkberaad`',
    axe: true,
  },
  {
    route: '/netwerkberaad/:token',
    bestand: 'tests/e2e/netwerkberaad.e2e.test.ts',
    fragment: 'netwerkberaad uitnodiging',
    axe: true,
  },
  {
    route: '/crisiskaart/afspraak/:token',
    bestand: 'tests/e2e/crisiskaart.e2e.test.ts',
    fragment: '/crisiskaart/afspraak/',
    axe: true,
  },
  // The coordinator's identity/VOG page and "Alles wat Redzaam van je weet": every state,
  // with axe, in their capability's browser test.
  {
    route: '/samen/coordinatie/controle',
    bestand: 'tests/e2e/samen.e2e.test.ts',
    fragment: '/samen/coordinatie/controle',
    axe: true,
  },
  // The gemeente's skill list for Samen: the list, its error and the resident's page with it.
  {
    route: '/beheer/samen/vaardigheden',
    bestand: 'tests/e2e/samen-vaardigheden.e2e.test.ts',
    fragment: "PAD = '/beheer/samen/vaardigheden'",
    axe: true,
  },
  // The gemeente's monitor rules: the page and its error, at 320 px (axe with JavaScript on).
  {
    route: '/beheer/monitor',
    bestand: 'tests/e2e/monitor-regels.e2e.test.ts',
    fragment: "PAD = '/beheer/monitor'",
    axe: true,
  },
  {
    route: '/dossiers/:dossierId/gegevens/alles',
    bestand: 'tests/e2e/ervaring.e2e.test.ts',
    fragment: '/gegevens/alles`',
    axe: true,
  },
  // The same as a PDF, whose text equals the page (its own test).
  {
    route: '/dossiers/:dossierId/gegevens/alles.pdf',
    bestand: 'src/regie/overzicht.test.ts',
    fragment: '/gegevens/alles.pdf',
    axe: false,
  },
  // The plan's JSON API (ETag/If-Match): not pages; every answer in its own test.
  ...[
    ['/api/dossiers/:dossierId/plan', '/api/dossiers/'],
    ['/api/dossiers/:dossierId/plan/doelen/:doelId', '/doelen/'],
    ['/api/dossiers/:dossierId/plan/acties/:actieId', '/acties/'],
  ].map(([route, fragment]) => ({
    route: route as string,
    bestand: 'src/plan/api.test.ts',
    fragment: fragment as string,
    axe: false,
  })),
  // The printable crisiskaart (ID-1 PDF): its text, size and QR code in its own test.
  {
    route: '/dossiers/:dossierId/crisiskaart/kaartje.pdf',
    bestand: 'src/crisiskaart/kaartje.test.ts',
    fragment: 'kaartje.pdf',
    axe: false,
  },
  // Downloads, not pages: their content is checked in their capability's own tests.
  {
    route: '/monitor/rapport.csv',
    bestand: 'src/monitor/monitor.test.ts',
    fragment: 'rapport.csv',
    axe: false,
  },
  {
    route: '/dossiers/:dossierId/gesprekken/:gesprekId/persoonlijk-plan.pdf',
    bestand: 'src/gesprekken/gesprekken.test.ts',
    fragment: 'persoonlijk-plan.pdf',
    axe: false,
  },
  {
    route: '/dossiers/:dossierId/plan.pdf',
    bestand: 'src/plan/afdruk-herinnering.test.ts',
    fragment: '.pdf',
    axe: false,
  },
  {
    route: '/dossiers/:dossierId/gesprekken/:gesprekId/verslag.pdf',
    bestand: 'src/gesprekken/verslag.test.ts',
    fragment: 'verslag.pdf',
    axe: false,
  },
  {
    route: '/tweede-factor',
    bestand: 'tests/e2e/tweede-factor.e2e.test.ts',
    fragment: '/tweede-factor',
    axe: true,
  },
  {
    route: '/tweede-factor/instellen',
    bestand: 'tests/e2e/tweede-factor.e2e.test.ts',
    fragment: 'instellen',
    axe: true,
  },
  {
    route: '/tweede-factor/herstel',
    bestand: 'tests/e2e/tweede-factor.e2e.test.ts',
    fragment: 'herstel',
    axe: true,
  },
  {
    route: '/dossiers/:dossierId/secties/netwerk',
    bestand: 'tests/e2e/netwerk.e2e.test.ts',
    fragment: 'netwerk',
    axe: true,
  },
  {
    route: '/dossiers/:dossierId/netwerk/nieuw',
    bestand: 'tests/e2e/netwerk.e2e.test.ts',
    fragment: '/nieuw',
    axe: true,
  },
  {
    route: '/dossiers/:dossierId/netwerk/personen/:persoonId',
    bestand: 'tests/e2e/netwerk.e2e.test.ts',
    fragment: 'personen',
    axe: true,
  },
  {
    route: '/dossiers/:dossierId/netwerk/voorstellen',
    bestand: 'tests/e2e/netwerk.e2e.test.ts',
    fragment: '/voorstellen',
    axe: true,
  },
  {
    route: '/dossiers/:dossierId/netwerk/vergelijk',
    bestand: 'tests/e2e/netwerk.e2e.test.ts',
    fragment: '/vergelijk',
    axe: true,
  },
  {
    route: '/inloggen/oidc/terug',
    bestand: 'src/auth/oidc/oidc.test.ts',
    fragment: '/inloggen/oidc/terug',
    axe: false,
  },
  {
    route: '/healthz/live',
    bestand: 'tests/integration/observability.test.ts',
    fragment: '/healthz/live',
    axe: false,
  },
  {
    route: '/healthz/ready',
    bestand: 'tests/integration/observability.test.ts',
    fragment: '/healthz/ready',
    axe: false,
  },
  { route: '/metrics', bestand: 'tests/integration/observability.test.ts', fragment: '/metrics', axe: false },
  // Issue 18: the address a refused invitation leaves in the bar leads back to the form, with why
  // it was refused (axe on that page in ervaring.e2e.test.ts).
  {
    route: '/dossiers/:dossierId/toegang/uitnodigen',
    bestand: 'tests/e2e/ervaring.e2e.test.ts',
    fragment: '/toegang/uitnodigen',
    axe: true,
  },
  // The monitor's panel: every page in its own browser test (JS off at 320 px, then axe with JS on).
  ...[
    ['/panel/aanmelden', '/panel/aanmelden'],
    ['/panel/afmelden/:code', '/panel/afmelden/'],
    ['/panel/peilingen', '/panel/peilingen'],
    ['/panel/peilingen/:id', '/panel/peilingen/${'],
    ['/peiling/:code', '/peiling/'],
    ['/panel/invoer', '/panel/invoer'],
    ['/panel/invoer/:code', '/panel/invoer/${'],
    ['/beheer/panel', '/beheer/panel`'],
  ].map(([route, fragment]) => ({
    route: route as string,
    bestand: 'tests/e2e/monitor.e2e.test.ts',
    fragment: fragment as string,
    axe: true,
  })),
  // The review of open answers: keyboard only with JS off at 320 px and 200 % text, then axe.
  {
    route: '/panel/peilingen/:id/beoordelen',
    bestand: 'tests/e2e/monitor-beoordelen.e2e.test.ts',
    fragment: '/beoordelen`',
    axe: true,
  },
  {
    route: '/panel/peilingen/:id/rapport.csv',
    bestand: 'src/monitor/panel/panel.test.ts',
    fragment: 'rapport.csv',
    axe: false,
  },
  {
    route: '/panel/peilingen/:id/rapport.pdf',
    bestand: 'src/monitor/panel/panel.test.ts',
    fragment: 'rapport.pdf',
    axe: false,
  },
  // A peiling's breakdowns: the page at 320 px and 200 % text with axe in its own browser test;
  // the CSV over HTTP.
  {
    route: '/panel/peilingen/:id/uitsplitsing',
    bestand: 'tests/e2e/monitor-uitsplitsing.e2e.test.ts',
    fragment: '/uitsplitsing?naar=',
    axe: true,
  },
  {
    route: '/panel/peilingen/:id/uitsplitsing.csv',
    bestand: 'src/monitor/panel/panel.test.ts',
    fragment: 'uitsplitsing.csv',
    axe: false,
  },
  // Samen neighbours without a record: the public sign-up and the coordinator's list, walked
  // from sign-up to her first offer in their own browser test.
  {
    route: '/samen/aanmelden',
    bestand: 'tests/e2e/samen-buren.e2e.test.ts',
    fragment: '/samen/aanmelden`',
    axe: true,
  },
  {
    route: '/samen/coordinatie/aanmeldingen',
    bestand: 'tests/e2e/samen-buren.e2e.test.ts',
    fragment: '/samen/coordinatie/aanmeldingen`',
    axe: true,
  },
];

/**
 * GET routes that answer something other than a page, with a URL to prove it. With `login`,
 * the URL is fetched in that demo account's browser session, with ":dossierId" replaced by the
 * demo inwoner's record.
 */
const NOT_HTML: { route: string; sample: string; type: RegExp; login?: string }[] = [
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
  {
    route: '/dossiers/:dossierId/gegevens.json',
    sample: '/dossiers/:dossierId/gegevens.json',
    type: /^application\/json/,
    login: 'inwoner',
  },
  {
    route: '/dossiers/:dossierId/gegevens.fhir.json',
    sample: '/dossiers/:dossierId/gegevens.fhir.json',
    type: /^application\/fhir\+json/,
    login: 'inwoner',
  },
  {
    route: '/dossiers/:dossierId/gegevens.pdf',
    sample: '/dossiers/:dossierId/gegevens.pdf',
    type: /^application\/pdf$/,
    login: 'inwoner',
  },
];

async function check(page: Page, label: string, response: Response, status: number): Promise<void> {
  expect(response.status(), `HTTP status of "${label}"`).toBe(status);
  expect(response.headers()['content-type'], `content type of "${label}"`).toMatch(/^text\/html/);
  // The page must show this response's document before axe looks at it (a form posted to
  // the same path could otherwise leave the previous document in view for a moment).
  await page.waitForURL(response.url(), { waitUntil: 'load' });
  await expectNoAxeViolations(page, `"${label}" (${page.url()})`);
  let first = response.request();
  for (let previous = first.redirectedFrom(); previous; previous = previous.redirectedFrom())
    first = previous;
  const path = new URL(response.url()).pathname;
  const from = first.method() === 'GET' ? new URL(first.url()).pathname : undefined;
  checked.push({ label, path, status, ...(from && from !== path ? { from } : {}) });
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

describe('accessibility (axe, WCAG 2.1 AA) of eigen regie', () => {
  it('the resident: her record, a section, "Wie kan wat zien", the log and the data page', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('inwoner').email, DEMO_PASSWORD);
      const menu = page.getByRole('navigation');
      const record = await navigated(page, () => menu.getByRole('link', { name: 'Mijn gegevens' }).click());
      expect(new URL(page.url()).pathname).toMatch(/^\/dossiers\/[0-9a-f-]{36}$/);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Mijn gegevens');
      await check(page, 'mijn-gegevens (dossier als eigenaar)', record, 200);

      // A section without a page of its own: the record's generic section page.
      const section = await navigated(page, () =>
        page.getByRole('main').getByRole('link', { name: 'Documenten' }).click(),
      );
      expect(new URL(page.url()).pathname).toMatch(/^\/dossiers\/[0-9a-f-]{36}\/secties\/documenten$/);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Documenten');
      await check(page, 'sectie als eigenaar', section, 200);
      // Her plan's section link leads to the plan itself (through /secties/plan).
      await visit(page, `${server.origin}/mijn-gegevens`);
      const plan = await navigated(page, () =>
        page.getByRole('main').getByRole('link', { name: 'Mijn plan' }).click(),
      );
      expect(new URL(page.url()).pathname).toMatch(/^\/dossiers\/[0-9a-f-]{36}\/plan$/);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Mijn plan');
      await check(page, 'mijn plan via het dossier', plan, 200);

      const toegang = await navigated(page, () =>
        menu.getByRole('link', { name: 'Wie kan wat zien' }).click(),
      );
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Wie kan wat zien');
      expect(await page.getByRole('button', { name: /^Stop toegang: / }).count()).toBe(2);
      await check(page, 'wie-kan-wat-zien', toegang, 200);

      const form = page.locator('form[action$="/toegang/uitnodigen"]');
      const send = () => form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
      await form.getByLabel('E-mailadres').fill('buurvrouw@lindewaard.example');
      const errors = await navigated(page, send);
      expect(await visibleText(page.locator('#veld-niveaus-fout'))).toBe(
        'Kies bij minstens één onderdeel wat deze persoon mag.',
      );
      await check(page, 'wie-kan-wat-zien met foutmeldingen', errors, 400);

      await form.getByLabel('Mijn netwerk').selectOption('lezen');
      const sent = await navigated(page, send);
      expect(await visibleText(page.getByRole('status'))).toBe('De uitnodiging is verstuurd.');
      await check(page, 'wie-kan-wat-zien uitnodiging verstuurd', sent, 200);

      const log = await navigated(page, () => menu.getByRole('link', { name: 'Logboek' }).click());
      expect(await page.locator('ol.redzaam-logboek > li').count()).toBeGreaterThan(0);
      await check(page, 'mijn-logboek', log, 200);

      await page.getByLabel('Persoon').selectOption({ label: 'Yara Doğan' });
      const filtered = await navigated(page, () => page.getByRole('button', { name: 'Laat zien' }).click());
      expect(new URL(page.url()).searchParams.get('persoon')).toMatch(/^[0-9a-f-]{36}$/);
      await check(page, 'logboek met filter', filtered, 200);

      await visit(page, `${server.origin}/mijn-gegevens`);
      const data = await navigated(page, () =>
        page.getByRole('link', { name: 'Je gegevens downloaden of wissen' }).click(),
      );
      expect(await page.getByRole('link', { name: 'Download mijn gegevens' }).count()).toBe(1);
      await check(page, 'gegevens', data, 200);
      const overzicht = await navigated(page, () =>
        page.getByRole('link', { name: 'Bekijk het overzicht', exact: true }).click(),
      );
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Overzicht van je gegevens');
      await check(page, 'gegevens overzicht', overzicht, 200);
    });
  });

  it('the parts of her record built on the door: plan, waakvlam, crisiskaart, meetellen, gesprekken', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('inwoner').email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/mijn-gegevens`);
      const dossier = new URL(page.url()).pathname;
      expect(dossier).toMatch(/^\/dossiers\/[0-9a-f-]{36}$/);
      /** The first link in the page's main part to an item of its own (`deel` + an id). */
      const eersteLink = async (deel: string) => {
        const hrefs = await page
          .locator('main a[href]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        const patroon = new RegExp(`${deel}[0-9a-f-]{36}`);
        const href = hrefs.find((h) => patroon.test(h));
        expect(href, `a link to ${deel}<id>`).toBeTruthy();
        const pad = new URL(href as string, server.origin).pathname;
        const gevonden = patroon.exec(pad) as RegExpExecArray;
        return pad.slice(0, gevonden.index + gevonden[0].length);
      };

      // "Mijn plan" in her menu leads to her plan.
      const mijnPlan = await navigated(page, () =>
        page.getByRole('navigation').getByRole('link', { name: 'Mijn plan' }).click(),
      );
      expect(new URL(page.url()).pathname).toBe(`${dossier}/plan`);
      await check(page, 'mijn plan', mijnPlan, 200);
      const doel = await eersteLink('/plan/doelen/');
      const actie = await eersteLink('/plan/acties/');
      await check(
        page,
        'mijn plan nieuw doel',
        await visit(page, `${server.origin}${dossier}/plan/doelen/nieuw`),
        200,
      );
      await check(page, 'mijn plan doel', await visit(page, `${server.origin}${doel}`), 200);
      await check(
        page,
        'mijn plan nieuwe actie',
        await visit(page, `${server.origin}${doel}/acties/nieuw`),
        200,
      );
      await check(page, 'mijn plan actie', await visit(page, `${server.origin}${actie}`), 200);

      await check(page, 'mijn waakvlam', await visit(page, `${server.origin}/mijn-waakvlam`), 200);
      await check(
        page,
        'mijn waakvlam via de sectie',
        await visit(page, `${server.origin}${dossier}/secties/waakvlam`),
        200,
      );
      await check(
        page,
        'mijn waakvlam plan',
        await visit(page, `${server.origin}${dossier}/waakvlam/plan`),
        200,
      );
      await check(
        page,
        'waakvlam check-in link werkt niet',
        await visit(
          page,
          `${server.origin}/waakvlam/checkin${dossier.slice('/dossiers'.length)}/${'x'.repeat(43)}`,
        ),
        404,
      );

      await check(page, 'mijn crisiskaart', await visit(page, `${server.origin}/mijn-crisiskaart`), 200);
      await check(
        page,
        'mijn crisiskaart via de sectie',
        await visit(page, `${server.origin}${dossier}/secties/crisiskaart`),
        200,
      );
      await check(
        page,
        'crisiskaart plan',
        await visit(page, `${server.origin}${dossier}/crisiskaart/plan`),
        200,
      );
      await check(
        page,
        'crisiskaart bewerken',
        await visit(page, `${server.origin}${dossier}/crisiskaart/bewerken`),
        200,
      );
      await check(
        page,
        'crisiskaart voorstellen',
        await visit(page, `${server.origin}${dossier}/crisiskaart/voorstellen`),
        200,
      );
      await check(
        page,
        'crisiskaart afspraak link werkt niet',
        await visit(page, `${server.origin}/crisiskaart/afspraak/${'x'.repeat(43)}`),
        404,
      );

      await check(page, 'meetellen', await visit(page, `${server.origin}/mijn-meetellen`), 200);
      await check(
        page,
        'meetellen via de sectie',
        await visit(page, `${server.origin}${dossier}/secties/meetellen`),
        200,
      );

      await check(
        page,
        'gesprekken',
        await visit(page, `${server.origin}${dossier}/secties/gesprekken`),
        200,
      );
      const gesprek = await eersteLink('/gesprekken/');
      await check(page, 'gesprek', await visit(page, `${server.origin}${gesprek}`), 200);
      await check(
        page,
        'gesprek voorbereiding',
        await visit(page, `${server.origin}${gesprek}/voorbereiding`),
        200,
      );
      await check(
        page,
        'gesprek persoonlijk plan',
        await visit(page, `${server.origin}${gesprek}/persoonlijk-plan`),
        200,
      );
      // The finished talk (the older melding, listed last): its final report.
      await visit(page, `${server.origin}${dossier}/gesprekken`);
      const gesprekken = await page
        .locator('main a[href*="/gesprekken/"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      const klaar = gesprekken.filter((h) => /\/gesprekken\/[0-9a-f-]{36}$/.test(h)).at(-1);
      expect(klaar, 'a link to the finished talk').toBeTruthy();
      await check(
        page,
        'gesprek verslag definitief',
        await visit(page, `${server.origin}${klaar}/verslag`),
        200,
      );
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('professional').email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/mijn-overzicht`);
      const href = await page.locator('main a[href^="/dossiers/"]').first().getAttribute('href');
      const dossier = /^\/dossiers\/[0-9a-f-]{36}/.exec(href ?? '')?.[0];
      expect(dossier, "a resident's record on the professional's overview").toBeDefined();
      await check(
        page,
        'mijn plan als professional',
        await visit(page, `${server.origin}${dossier}/plan`),
        200,
      );
      // The kitchen-table talk as Yara holds it, and the report of the melding being prepared.
      await visit(page, `${server.origin}${dossier}/gesprekken`);
      const gesprek = await page.locator('main a[href*="/gesprekken/"]').first().getAttribute('href');
      expect(gesprek, 'a link to a melding').toMatch(/\/gesprekken\/[0-9a-f-]{36}$/);
      await check(page, 'gesprek voeren', await visit(page, `${server.origin}${gesprek}/gesprek`), 200);
      await check(page, 'gesprek verslag', await visit(page, `${server.origin}${gesprek}/verslag`), 200);
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('analist').email, DEMO_PASSWORD);
      await check(page, 'monitor', await visit(page, `${server.origin}/monitor`), 200);
    });
  });

  it('the invitation page, a naaste on a shared record, and the 403 for passing access on', async () => {
    const link = await uitnodigingLinkFromOutbox(server.t, 'buurvrouw@lindewaard.example');
    await withBrowser({}, async (page) => {
      const invitation = await visit(page, link);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Uitnodiging van Ilse Verbeek');
      await check(page, 'uitnodiging account maken', invitation, 200);

      const invalid = await visit(page, `${server.origin}/uitnodiging/${'x'.repeat(43)}`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Deze uitnodiging werkt niet meer',
      );
      await check(page, 'uitnodiging ongeldige link', invalid, 410);
    });

    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('naaste').email, DEMO_PASSWORD);
      const record = await navigated(page, () =>
        page.locator('#gedeeld').getByRole('link', { name: 'Ilse Verbeek' }).click(),
      );
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Gegevens van Ilse Verbeek');
      await check(page, 'dossier als naaste', record, 200);
      const dossier = new URL(page.url()).pathname;

      const section = await navigated(page, () =>
        page.getByRole('link', { name: 'Netwerk van Ilse Verbeek' }).click(),
      );
      // The section's link leads to the netwerkkaart itself (src/netwerk).
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Het netwerk van Ilse Verbeek');
      await check(page, 'sectie als naaste', section, 200);

      const forbidden = await visit(page, `${server.origin}${dossier}/toegang`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Dit mag niet');
      await check(page, 'dossier/toegang als naaste (403)', forbidden, 403);
    });
  });

  it('noodtoegang for a professional, and beheer/vertegenwoordiging for a beheerder', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('professional').email, DEMO_PASSWORD);
      const nood = await navigated(page, () =>
        page.getByRole('navigation').getByRole('link', { name: 'Noodtoegang' }).click(),
      );
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Noodtoegang tot een crisiskaart',
      );
      await check(page, 'noodtoegang', nood, 200);

      await page.getByLabel('E-mailadres van de inwoner').fill(account('inwoner').email);
      const errors = await navigated(page, () =>
        page.getByRole('button', { name: 'Crisiskaart openen' }).click(),
      );
      expect(await visibleText(page.locator('#veld-reden-fout'))).toBe('Vul dit veld in.');
      await check(page, 'noodtoegang met foutmelding', errors, 400);

      await page
        .getByLabel('Waarom is dit een noodgeval?')
        .fill('Ilse reageert niet en haar broer is onbereikbaar.');
      const opened = await navigated(page, () =>
        page.getByRole('button', { name: 'Crisiskaart openen' }).click(),
      );
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Crisiskaart van Ilse Verbeek');
      expect(await visibleText(page.locator('.utrecht-alert--warning'))).toContain(
        'Je ziet alleen wat op het kaartje staat, tot',
      );
      await check(page, 'crisiskaart in noodgeval', opened, 200);
    });

    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('beheerder').email, DEMO_PASSWORD);
      const empty = await navigated(page, () =>
        page.getByRole('navigation').getByRole('link', { name: 'Vertegenwoordigers' }).click(),
      );
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Wettelijke vertegenwoordigers',
      );
      await check(page, 'beheer/vertegenwoordiging', empty, 200);

      const errors = await navigated(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(await visibleText(page.locator('#veld-inwoner-fout'))).toBe('Vul dit veld in.');
      await check(page, 'beheer/vertegenwoordiging met foutmeldingen', errors, 400);
    });
  });
});

describe('accessibility (axe, WCAG 2.1 AA) of the public sociale kaart', () => {
  it('search, results, a field error and a service page (tests/e2e/sociale-kaart.e2e.test.ts has more)', async () => {
    await withBrowser({}, async (page) => {
      await check(page, 'sociale-kaart', await visit(page, `${server.origin}/sociale-kaart`), 200);
      const results = await visit(page, `${server.origin}/sociale-kaart?q=wandelgroep+ouderen&gratis=ja`);
      await check(page, 'sociale-kaart resultaten', results, 200);
      const detail = await navigation(page, () =>
        page.getByRole('link', { name: 'Wandelgroep voor ouderen' }).click(),
      );
      await check(page, 'sociale-kaart dienst', detail, 200);
      const error = await visit(page, `${server.origin}/sociale-kaart?postcode=12`);
      await check(page, 'sociale-kaart met foutmelding', error, 400);
    });
  });
});

describe('accessibility (axe, WCAG 2.1 AA) of the questionnaires of levensgebieden', () => {
  it('eigen regie and positieve gezondheid: side by side, the form, a form error, an earlier round', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('inwoner').email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/mijn-gegevens`);
      const dossierId = /^\/dossiers\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
      const basis = `${server.origin}/dossiers/${dossierId}/levensgebieden`;
      for (const [vragenlijst, naam] of [
        ['eigen-regie', 'vragenlijst eigen regie'],
        ['positieve-gezondheid', 'vragenlijst positieve gezondheid'],
      ] as const) {
        await check(page, naam, await visit(page, `${basis}/${vragenlijst}`), 200);
        const form = await navigated(page, () => page.getByRole('link', { name: 'Vragen invullen' }).click());
        await check(page, `${naam} invullen`, form, 200);
        const error = await navigated(page, () =>
          page.getByRole('button', { name: 'Klaar, bewaar mijn antwoorden' }).click(),
        );
        expect(await visibleText(page.locator('#veld-formulier-fout'))).toContain('nog geen enkele vraag');
        await check(page, `${naam} invullen met foutmelding`, error, 400);
        await visit(page, `${basis}/${vragenlijst}`);
        const ronde = await navigated(page, () => page.locator('#geschiedenis ~ ul a').first().click());
        await check(page, `${naam} eerdere ronde`, ronde, 200);
      }
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('beheerder').email, DEMO_PASSWORD);
      const beheer = await visit(page, `${server.origin}/beheer/levensgebieden/positieve-gezondheid`);
      await check(page, 'beheer/levensgebieden/positieve-gezondheid', beheer, 200);
    });
  });
});

describe('accessibility (axe, WCAG 2.1 AA) of keeping the sociale kaart up to date', () => {
  it("the list, the stale list, add and edit forms, settings, and the organisation's confirmation page", async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('beheerder').email, DEMO_PASSWORD);
      await check(
        page,
        'beheer/sociale-kaart',
        await visit(page, `${server.origin}/beheer/sociale-kaart`),
        200,
      );
      const stale = await visit(page, `${server.origin}/beheer/sociale-kaart?verouderd`);
      await check(page, 'beheer/sociale-kaart niet gecontroleerd', stale, 200);
      await check(
        page,
        'beheer/sociale-kaart/nieuw',
        await visit(page, `${server.origin}/beheer/sociale-kaart/nieuw`),
        200,
      );
      const errors = await navigation(page, () =>
        page.getByRole('button', { name: 'Dienst toevoegen' }).click(),
      );
      expect(await visibleText(page.locator('#veld-naam-fout'))).toBe('Vul dit veld in.');
      await check(page, 'beheer/sociale-kaart/nieuw met foutmeldingen', errors, 400);
      // The failed jobs (tests/e2e/beheer-taken.e2e.test.ts checks the page with a failed job in it).
      await check(page, 'beheer/taken', await visit(page, `${server.origin}/beheer/taken`), 200);
      const settings = await visit(page, `${server.origin}/beheer/sociale-kaart/instellingen`);
      await check(page, 'beheer/sociale-kaart/instellingen', settings, 200);
      await page.getByLabel('Na hoeveel maanden').fill('100');
      const wrong = await navigation(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      await check(page, 'beheer/sociale-kaart/instellingen met foutmelding', wrong, 400);
      await visit(page, `${server.origin}/beheer/sociale-kaart?verouderd`);
      const edit = await navigation(page, () =>
        page.getByRole('link', { name: 'Taalcafé', exact: true }).click(),
      );
      await check(page, 'beheer/sociale-kaart dienst bewerken', edit, 200);
      await navigation(page, () =>
        page.getByRole('button', { name: 'Vraag de organisatie om te controleren' }).click(),
      );
    });
    const link = `${server.origin}${pathOf(await bevestigLinkFromOutbox(server.t, 'taalcafe@lindewaard.example'))}`;
    await withBrowser({}, async (page) => {
      await check(page, 'sociale-kaart/bevestigen', await visit(page, link), 200);
      const error = await navigation(page, () => page.getByRole('button', { name: 'Versturen' }).click());
      await check(page, 'sociale-kaart/bevestigen met foutmelding', error, 400);
      await page.getByLabel('Nee, er is iets veranderd').check();
      await page.getByLabel('Wat is er veranderd?').fill('Het taalcafé is nu op donderdag.');
      const thanks = await navigation(page, () => page.getByRole('button', { name: 'Versturen' }).click());
      await check(page, 'sociale-kaart/bevestigen bedankt', thanks, 200);
      await check(page, 'sociale-kaart/bevestigen link werkt niet meer', await visit(page, link), 410);
    });
  });
});

describe('accessibility (axe, WCAG 2.1 AA) of levensgebieden', () => {
  /**
   * `check` for pages with charts: undecided contrast is accepted only for text inside a chart
   * (axe cannot decide the radar's one-digit ring labels); tests/e2e/grafieken.e2e.test.ts
   * checks those colours by hand. Every violation, and anything else undecided, fails.
   */
  async function checkMetGrafieken(page: Page, label: string, response: Response, status: number) {
    expect(response.status(), `HTTP status of "${label}"`).toBe(status);
    await page.waitForURL(response.url(), { waitUntil: 'load' });
    const { incomplete } = await expectNoAxeViolations(page, label, { allowIncomplete: true });
    expect(incomplete.filter((f) => f.id !== 'color-contrast').map((f) => f.id)).toEqual([]);
    for (const node of incomplete.flatMap((f) => f.nodes)) {
      const inGrafiek = await page
        .locator(node.target)
        .first()
        .evaluate((el) => el.closest('figure.redzaam-grafiek') !== null);
      expect(inGrafiek, `${label}: ${node.target}`).toBe(true);
    }
    let first = response.request();
    for (let previous = first.redirectedFrom(); previous; previous = previous.redirectedFrom())
      first = previous;
    const path = new URL(response.url()).pathname;
    const from = first.method() === 'GET' ? new URL(first.url()).pathname : undefined;
    checked.push({ label, path, status, ...(from && from !== path ? { from } : {}) });
  }

  it("the resident, a professional giving her view, and the beheerder's catalog", async () => {
    let basis = '';
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('inwoner').email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/mijn-gegevens`);
      const dossier = new URL(page.url()).pathname;
      basis = `${dossier}/levensgebieden`;
      // Through the record's generic section link, which leads to the overview.
      const overzicht = await visit(page, `${server.origin}${dossier}/secties/levensgebieden`);
      expect(await page.locator('figure svg[role="img"]').count()).toBeGreaterThanOrEqual(2);
      await checkMetGrafieken(page, 'levensgebieden overzicht met grafieken', overzicht, 200);
      const invullen = await visit(page, `${server.origin}${basis}/invullen`);
      await check(page, 'levensgebieden invullen', invullen, 200);
      const gebied = await navigated(page, () =>
        page.getByRole('link', { name: 'Geld en rekeningen' }).click(),
      );
      await check(page, 'levensgebieden invullen een gebied', gebied, 200);
      // A score out of range cannot be chosen on the page; a tampered form gets the error beside the field.
      await page
        .locator('input[name="score"]')
        .first()
        .evaluate((el) => {
          (el as HTMLInputElement).value = '9';
          (el as HTMLInputElement).checked = true;
        });
      const fout = await navigated(page, () =>
        page.getByRole('button', { name: 'Opslaan en volgende' }).click(),
      );
      expect(await visibleText(page.locator('#veld-score-fout'))).toContain('Kies een van de antwoorden');
      await check(page, 'levensgebieden invullen met foutmelding', fout, 400);
      const historie = await visit(page, `${server.origin}${basis}/historie/financien`);
      await checkMetGrafieken(page, 'levensgebieden historie', historie, 200);
      const instellingen = await visit(page, `${server.origin}${basis}/instellingen`);
      await check(page, 'levensgebieden instellingen', instellingen, 200);
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('professional').email, DEMO_PASSWORD);
      const overzicht = await visit(page, `${server.origin}${basis}`);
      await checkMetGrafieken(page, 'levensgebieden overzicht als professional', overzicht, 200);
      const blik = await visit(page, `${server.origin}${basis}/invullen/sociale-contacten`);
      expect(await visibleText(page.getByRole('main'))).toContain('Dit vulde Ilse Verbeek zelf in');
      await check(page, 'levensgebieden hun blik', blik, 200);
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('beheerder').email, DEMO_PASSWORD);
      const catalogus = await visit(page, `${server.origin}/beheer/levensgebieden`);
      await check(page, 'beheer/levensgebieden', catalogus, 200);
      await page.locator('#veld-wonen-naam').fill('');
      const fout = await navigated(page, () => page.getByRole('button', { name: 'Wonen opslaan' }).click());
      expect(await visibleText(page.locator('#veld-wonen-naam-fout'))).toBe('Vul dit veld in.');
      await check(page, 'beheer/levensgebieden met foutmelding', fout, 400);
    });
  });

  it("the beheerder's wording of the netwerkkaart's relationships", async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('beheerder').email, DEMO_PASSWORD);
      const relaties = await visit(page, `${server.origin}/beheer/netwerk/relaties`);
      await check(page, 'beheer/netwerk/relaties', relaties, 200);
      // The field stops at 60 characters; the server's own check is what this state shows.
      await page.locator('#veld-naam-buur').evaluate((veld) => veld.removeAttribute('maxlength'));
      await page.locator('#veld-naam-buur').fill('x'.repeat(61));
      const fout = await navigated(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(await visibleText(page.locator('#veld-naam-buur-fout'))).toContain('maximaal 60 tekens');
      await check(page, 'beheer/netwerk/relaties met foutmelding', fout, 400);
    });
  });
});

describe("accessibility (axe, WCAG 2.1 AA) of the menu's netwerkkaart and the second-factor reset", () => {
  it('"Mijn netwerk" from the menu, and the beheerder\'s page to reset a second factor', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('inwoner').email, DEMO_PASSWORD);
      await check(page, 'mijn-netwerk', await visit(page, `${server.origin}/mijn-netwerk`), 200);
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, account('beheerder').email, DEMO_PASSWORD);
      await check(
        page,
        'beheer/tweede-factor',
        await visit(page, `${server.origin}/beheer/tweede-factor`),
        200,
      );
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
    for (const { route, sample, type, login: rol } of NOT_HTML) {
      expect(app.hasRoute({ method: 'GET', url: route }), `route ${route} exists`).toBe(true);
      if (rol) {
        await withBrowser({}, async (page) => {
          await login(page, server.origin, account(rol).email, DEMO_PASSWORD);
          await visit(page, `${server.origin}/mijn-gegevens`);
          const dossierId = /^\/dossiers\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
          expect(dossierId, `the record of the demo ${rol}`).toBeDefined();
          const url = `${server.origin}${sample.replace(':dossierId', dossierId as string)}`;
          const response = await page.request.get(url);
          expect(response.status(), `GET ${url}`).toBe(200);
          expect(response.headers()['content-type'], `GET ${url}`).toMatch(type);
          expect((await response.body()).length, `GET ${url}`).toBeGreaterThan(0);
        });
        continue;
      }
      const response = await fetch(`${server.origin}${sample}`);
      expect(response.status, `GET ${sample}`).toBe(200);
      expect(response.headers.get('content-type'), `GET ${sample}`).toMatch(type);
      // Read the body to the end: an unread response keeps its connection busy, and closing
      // the server would then wait for it.
      expect((await response.text()).length, `GET ${sample}`).toBeGreaterThan(0);
    }

    for (const { route, to } of REDIRECTS) {
      expect(app.hasRoute({ method: 'GET', url: route }), `route ${route} exists`).toBe(true);
      const reached = checked.filter(
        (page) => page.from !== undefined && matchesRoute(route, page.from) && page.status === 200,
      );
      expect(reached.length, `a checked page reached through ${route}`).toBeGreaterThan(0);
      for (const page of reached)
        expect(matchesRoute(to, page.path), `${route} led to ${page.path}`).toBe(true);
    }

    const routes = getRoutes(app);
    const wildcards = routes.filter((route) => route.wildcard).length;
    expect(wildcards, 'wildcard GET routes (find-my-way prints them as "*")').toBe(
      NOT_HTML.filter((entry) => entry.route.endsWith('*')).length,
    );
    const named = routes.filter((route) => !route.wildcard).map((route) => route.path);
    for (const path of named) expect(app.hasRoute({ method: 'GET', url: path }), `parsed ${path}`).toBe(true);
    for (const elders of ELDERS_GECONTROLEERD) {
      expect(app.hasRoute({ method: 'GET', url: elders.route }), `route ${elders.route} exists`).toBe(true);
      const bron = await readFile(elders.bestand, 'utf8');
      expect(bron, `${elders.bestand} visits ${elders.route}`).toContain(elders.fragment);
      if (elders.axe) expect(bron, `${elders.bestand} runs axe`).toContain('expectNoAxeViolations');
    }
    const htmlRoutes = named.filter(
      (path) =>
        !NOT_HTML.some((entry) => entry.route === path) &&
        !REDIRECTS.some((entry) => entry.route === path) &&
        !ELDERS_GECONTROLEERD.some((entry) => entry.route === path),
    );
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
