import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  foreignRequests,
  login,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import {
  BRAM,
  dateFieldValue,
  demoAccount,
  eigenDossierId,
  errorSummary,
  fieldOf,
  ILSE,
  KEES,
  navigated,
  uitnodigingLinkFromOutbox,
  YARA,
} from './support/regie.js';

/**
 * axe-core (WCAG 2.1 A + AA, 0 violations, nothing undecided) on every page of eigen regie in
 * every state a person meets it: "Wie kan wat zien" with grants, open invitations, form errors
 * and each message; the invitation page in each of its states; the record and a section as
 * owner, as grantee and in an emergency; the log with and without a filter; the data page;
 * noodtoegang; the beheerder's representatives page; and the 403 page. Every check first
 * asserts the state it is in, so a page that silently shows something else fails.
 */

let server: E2EServer;
let dossierId: string;

/** Every state axe passed, in order; the last test compares it with STATES. */
const checked: { label: string; status: number }[] = [];

const STATES = [
  'toegang met toegangen',
  'toegang met open wijzigformulieren',
  'toegang met foutmeldingen (geen onderdeel, datum verleden)',
  'toegang met foutmelding (jezelf)',
  'toegang uitnodiging verstuurd, open uitnodigingen',
  'uitnodiging account maken',
  'uitnodiging account maken met foutmeldingen',
  'mijn-overzicht uitnodiging geaccepteerd',
  'dossier als naaste',
  'sectie als naaste',
  'uitnodiging eerst inloggen',
  'inloggen voor uitnodiging',
  'uitnodiging accepteren',
  'uitnodiging verkeerde rol (403)',
  'uitnodiging ander adres (403)',
  'uitnodiging geen professional-account',
  'uitnodiging ongeldig (410)',
  'toegang gewijzigd',
  'toegang ingetrokken, eerder',
  'toegang uitnodiging ingetrokken',
  'dossier als eigenaar',
  'plan als eigenaar',
  'sectie als eigenaar',
  'logboek',
  'logboek met filter',
  'logboek met filter zonder regels',
  'gegevens',
  'gegevens met foutmeldingen',
  'gegevens met verkeerd wachtwoord',
  'noodtoegang',
  'noodtoegang met foutmelding (reden)',
  'noodtoegang met foutmelding (geen inwoner)',
  'sectie in noodgeval',
  'vertegenwoordiging',
  'vertegenwoordiging met foutmeldingen',
  'vertegenwoordiging met foutmelding (geen inwoner)',
  'vertegenwoordiging opgeslagen',
  'toegang met vertegenwoordiger',
  'toegang als naaste (403)',
];

async function check(page: Page, label: string, response: Response, status: number): Promise<void> {
  expect(response.status(), `HTTP status of "${label}"`).toBe(status);
  expect(response.headers()['content-type'], `content type of "${label}"`).toMatch(/^text\/html/);
  expect(await page.getByRole('heading', { level: 1 }).count(), `one h1 on "${label}"`).toBe(1);
  await expectNoAxeViolations(page, `"${label}" (${page.url()})`);
  checked.push({ label, status });
}

const ZUS = { email: 'zus@lindewaard.example', naam: 'Sanne Verbeek', wachtwoord: 'mijn zus kijkt mee' };
const NEEF = 'neef@lindewaard.example';
const HULP = 'hulpverlener@lindewaard.example';
const ANALIST = demoAccount('analist');

/** Fills the invitation form on "Wie kan wat zien" and sends it; returns the response. */
async function invite(
  page: Page,
  input: {
    email: string;
    rol?: 'naaste' | 'professional';
    niveaus?: Record<string, string>;
    eindigt?: string;
  },
): Promise<Response> {
  const form = page.locator('form[action$="/toegang/uitnodigen"]');
  await form.getByLabel('E-mailadres').fill(input.email);
  await form.getByLabel('Wie is het?').selectOption(input.rol ?? 'naaste');
  for (const [sectie, niveau] of Object.entries(input.niveaus ?? {})) {
    await form.locator(`select[name="niveau.${sectie}"]`).selectOption(niveau);
  }
  await form.getByLabel('Tot wanneer? (niet verplicht)').fill(input.eindigt ?? '');
  return navigated(page, () => form.getByRole('button', { name: 'Uitnodiging versturen' }).click());
}

beforeAll(async () => {
  server = await startServer();
  dossierId = await withBrowser({}, async (page) => {
    await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
    return eigenDossierId(page, server.origin);
  });
});

afterAll(async () => {
  await server?.close();
});

describe('axe on "Wie kan wat zien" and the invitation pages', () => {
  it('"Wie kan wat zien": grants, change forms, form errors, a sent invitation', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const toegang = await visit(page, `${server.origin}/wie-kan-wat-zien`);
      expect(await page.locator('section.redzaam-card').count()).toBe(2);
      expect(await visibleText(page.getByRole('main'))).toContain('Yara Doğan van Buurtteam Lindewaard-Oost');
      await check(page, 'toegang met toegangen', toegang, 200);

      // The change forms inside <details> are hidden until opened: open them all and check again.
      for (const summary of await page.locator('main details > summary').all()) await summary.click();
      expect(await page.locator('main details[open]').count()).toBe(2);
      expect(await page.locator('details select[name="niveau.crisiskaart"]').first().isVisible()).toBe(true);
      await check(page, 'toegang met open wijzigformulieren', toegang, 200);

      const errors = await invite(page, {
        email: 'vriendin@lindewaard.example',
        eindigt: dateFieldValue(-1),
      });
      expect(await visibleText(errorSummary(page))).toContain('Kies bij minstens één onderdeel');
      expect(await visibleText(errorSummary(page))).toContain('Kies een datum in de toekomst.');
      await check(page, 'toegang met foutmeldingen (geen onderdeel, datum verleden)', errors, 400);

      const self = await invite(page, { email: ILSE.email, niveaus: { plan: 'lezen' } });
      expect(await visibleText(fieldOf(page, 'veld-email'))).toContain('Je kunt jezelf niet uitnodigen.');
      await check(page, 'toegang met foutmelding (jezelf)', self, 400);

      await invite(page, { email: ANALIST.email, niveaus: { plan: 'lezen' } });
      await invite(page, { email: NEEF, niveaus: { netwerk: 'lezen' } });
      await invite(page, { email: HULP, rol: 'professional', niveaus: { plan: 'voorstellen' } });
      const sent = await invite(page, {
        email: ZUS.email,
        niveaus: { plan: 'lezen', crisiskaart: 'bewerken' },
        eindigt: dateFieldValue(60),
      });
      expect(await visibleText(page.getByRole('status'))).toBe('De uitnodiging is verstuurd.');
      const open = page.getByRole('heading', { level: 2, name: 'Uitnodigingen die nog open staan' });
      expect(await open.count()).toBe(1);
      expect(
        await page.getByRole('button', { name: /^Uitnodiging stoppen: \S+@lindewaard\.example$/ }).count(),
      ).toBe(4);
      await check(page, 'toegang uitnodiging verstuurd, open uitnodigingen', sent, 200);
    });
  });

  it('the invitation page: make an account (with errors), then the overview and the shared record', async () => {
    const link = await uitnodigingLinkFromOutbox(server.t, ZUS.email);
    await withBrowser({}, async (page) => {
      const opened = await visit(page, link);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Uitnodiging van Ilse Verbeek');
      expect(
        await page.getByRole('button', { name: 'Account maken en uitnodiging accepteren' }).count(),
      ).toBe(1);
      await check(page, 'uitnodiging account maken', opened, 200);

      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(ZUS.wachtwoord);
      await page.getByLabel('Typ je nieuwe wachtwoord nog een keer').fill('iets anders dan dat');
      const errors = await navigated(page, () =>
        page.getByRole('button', { name: 'Account maken en uitnodiging accepteren' }).click(),
      );
      expect(await visibleText(fieldOf(page, 'veld-naam'))).toContain('Vul dit veld in.');
      expect(await visibleText(fieldOf(page, 'veld-herhaal'))).toContain(
        'De twee wachtwoorden zijn niet hetzelfde.',
      );
      await check(page, 'uitnodiging account maken met foutmeldingen', errors, 400);

      await page.getByLabel('Je naam').fill(ZUS.naam);
      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(ZUS.wachtwoord);
      await page.getByLabel('Typ je nieuwe wachtwoord nog een keer').fill(ZUS.wachtwoord);
      const overview = await navigated(page, () =>
        page.getByRole('button', { name: 'Account maken en uitnodiging accepteren' }).click(),
      );
      expect(await visibleText(page.getByRole('status'))).toBe('Je hebt de uitnodiging geaccepteerd.');
      expect(await page.locator('#gedeeld').getByRole('link', { name: 'Ilse Verbeek' }).count()).toBe(1);
      await check(page, 'mijn-overzicht uitnodiging geaccepteerd', overview, 200);

      const record = await navigated(page, () =>
        page.locator('#gedeeld').getByRole('link', { name: 'Ilse Verbeek' }).click(),
      );
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Gegevens van Ilse Verbeek');
      expect(await page.getByText('Jij mag: Aanpassen.').count()).toBe(1);
      await check(page, 'dossier als naaste', record, 200);

      const section = await navigated(page, () => page.getByRole('link', { name: 'Crisiskaart' }).click());
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Crisiskaart van Ilse Verbeek');
      await check(page, 'sectie als naaste', section, 200);
    });
  });

  it('the invitation page: log in first, accept, a wrong role, another address, no professional account, invalid', async () => {
    const analistLink = await uitnodigingLinkFromOutbox(server.t, ANALIST.email);
    await withBrowser({}, async (page) => {
      const first = await visit(page, analistLink);
      expect(await visibleText(page.getByRole('main'))).toContain(
        `Log eerst in met ${ANALIST.email}. Daarna kun je de uitnodiging accepteren.`,
      );
      const loginLink = page.getByRole('main').getByRole('link', { name: 'Inloggen' });
      expect(await loginLink.getAttribute('href')).toBe(`/inloggen?terug=${new URL(analistLink).pathname}`);
      await check(page, 'uitnodiging eerst inloggen', first, 200);

      const loginPage = await navigated(page, () => loginLink.click());
      expect(new URL(page.url()).pathname).toBe('/inloggen');
      await check(page, 'inloggen voor uitnodiging', loginPage, 200);
      await page.getByLabel('E-mailadres').fill(ANALIST.email);
      await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
      const back = await navigated(page, () => page.getByLabel('Wachtwoord', { exact: true }).press('Enter'));
      // Back at the invitation, now logged in.
      expect(new URL(page.url()).pathname).toBe(new URL(analistLink).pathname);
      const accept = page.getByRole('button', { name: 'Uitnodiging accepteren' });
      expect(await accept.count()).toBe(1);
      await check(page, 'uitnodiging accepteren', back, 200);

      const wrongRole = await navigated(page, () => accept.click());
      expect(await visibleText(page.getByRole('alert'))).toBe(
        'Deze uitnodiging past niet bij jouw soort account. Vraag om een nieuwe uitnodiging.',
      );
      await check(page, 'uitnodiging verkeerde rol (403)', wrongRole, 403);
    });

    const neefLink = await uitnodigingLinkFromOutbox(server.t, NEEF);
    await withBrowser({}, async (page) => {
      await login(page, server.origin, BRAM.email, DEMO_PASSWORD);
      await visit(page, neefLink);
      const otherAddress = await navigated(page, () =>
        page.getByRole('button', { name: 'Uitnodiging accepteren' }).click(),
      );
      expect(await visibleText(page.getByRole('alert'))).toContain(
        'Deze uitnodiging is voor een ander e-mailadres.',
      );
      await check(page, 'uitnodiging ander adres (403)', otherAddress, 403);
    });

    const hulpLink = await uitnodigingLinkFromOutbox(server.t, HULP);
    await withBrowser({}, async (page) => {
      const noAccount = await visit(page, hulpLink);
      expect(await page.getByRole('button').filter({ hasText: 'Account maken' }).count()).toBe(0);
      expect(await page.locator('.utrecht-alert--info').count()).toBe(1);
      await check(page, 'uitnodiging geen professional-account', noAccount, 200);

      const invalid = await visit(page, `${server.origin}/uitnodiging/${'x'.repeat(43)}`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Deze uitnodiging werkt niet meer',
      );
      await check(page, 'uitnodiging ongeldig (410)', invalid, 410);
    });
  });

  it('"Wie kan wat zien" after a change, after stopping access and after withdrawing an invitation', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${dossierId}/toegang`);
      const card = page.locator('section.redzaam-card').filter({
        has: page.getByRole('heading', { level: 2, name: ZUS.naam, exact: true }),
      });
      await card.locator('summary').click();
      await card.getByLabel('Crisiskaart').selectOption('lezen');
      const changed = await navigated(page, () => card.getByRole('button', { name: 'Opslaan' }).click());
      expect(await visibleText(page.getByRole('status'))).toBe('De toegang is veranderd.');
      await check(page, 'toegang gewijzigd', changed, 200);

      const stopped = await navigated(page, () =>
        page.getByRole('button', { name: `Stop toegang: ${ZUS.naam}`, exact: true }).click(),
      );
      expect(await visibleText(page.getByRole('status'))).toContain(
        `Je hebt de toegang van ${ZUS.naam} gestopt.`,
      );
      expect(await page.getByRole('heading', { level: 2, name: 'Eerder' }).count()).toBe(1);
      await check(page, 'toegang ingetrokken, eerder', stopped, 200);

      const withdrawn = await navigated(page, () =>
        page.getByRole('button', { name: `Uitnodiging stoppen: ${NEEF}`, exact: true }).click(),
      );
      expect(await visibleText(page.getByRole('status'))).toBe(
        'De uitnodiging is ingetrokken. De link werkt niet meer.',
      );
      expect(
        await page.getByRole('button', { name: `Uitnodiging stoppen: ${NEEF}`, exact: true }).count(),
      ).toBe(0);
      await check(page, 'toegang uitnodiging ingetrokken', withdrawn, 200);
    });
  });
});

describe('axe on the record, the log and the data page of the resident', () => {
  it('record and section as owner, the log with and without a filter, the data page and its errors', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const record = await visit(page, `${server.origin}/mijn-gegevens`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Mijn gegevens');
      expect(await page.getByRole('main').getByRole('link', { name: 'Wie kan wat zien' }).count()).toBe(1);
      await check(page, 'dossier als eigenaar', record, 200);

      // Her plan's section link leads to the plan itself; a section without a page of its own
      // shows the record's generic section page.
      const plan = await navigated(page, () =>
        page.getByRole('main').getByRole('link', { name: 'Mijn plan' }).click(),
      );
      expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/plan`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Mijn plan');
      await check(page, 'plan als eigenaar', plan, 200);
      await visit(page, `${server.origin}/mijn-gegevens`);
      const section = await navigated(page, () =>
        page.getByRole('main').getByRole('link', { name: 'Documenten' }).click(),
      );
      expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/secties/documenten`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Documenten');
      await check(page, 'sectie als eigenaar', section, 200);

      const log = await visit(page, `${server.origin}/mijn-logboek`);
      expect(await page.locator('ol.redzaam-logboek > li').count()).toBeGreaterThan(3);
      await check(page, 'logboek', log, 200);

      await page.getByLabel('Persoon').selectOption({ label: 'Bram Verbeek' });
      const filtered = await navigated(page, () => page.getByRole('button', { name: 'Laat zien' }).click());
      expect(new URL(page.url()).searchParams.get('persoon')).toMatch(/^[0-9a-f-]{36}$/);
      const lines = await page.locator('ol.redzaam-logboek > li').allInnerTexts();
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.trim()).toMatch(/^Bram Verbeek /);
      await check(page, 'logboek met filter', filtered, 200);

      await page.getByLabel('Onderdeel').selectOption({ label: 'Documenten' });
      const empty = await navigated(page, () => page.getByRole('button', { name: 'Laat zien' }).click());
      expect(await page.locator('ol.redzaam-logboek').count()).toBe(0);
      expect(await visibleText(page.getByRole('main'))).toContain('Er staat nog niets in.');
      await check(page, 'logboek met filter zonder regels', empty, 200);

      const data = await visit(page, `${server.origin}/dossiers/${dossierId}/gegevens`);
      const download = page.getByRole('link', { name: 'Download mijn gegevens' });
      expect(await download.getAttribute('href')).toBe(`/dossiers/${dossierId}/gegevens.json`);
      await check(page, 'gegevens', data, 200);

      // The download itself: JSON, as an attachment.
      const json = await page.request.get(`${server.origin}/dossiers/${dossierId}/gegevens.json`);
      expect(json.status()).toBe(200);
      expect(json.headers()['content-type']).toMatch(/^application\/json/);
      expect(json.headers()['content-disposition']).toContain('attachment');
      expect(JSON.stringify(await json.json())).toContain('Ilse Verbeek');

      const errors = await navigated(page, () => page.getByRole('button', { name: 'Alles wissen' }).click());
      expect(await visibleText(fieldOf(page, 'veld-wachtwoord'))).toContain('Vul dit veld in.');
      expect(await visibleText(errorSummary(page))).toContain('Vink dit aan als je zeker weet');
      await check(page, 'gegevens met foutmeldingen', errors, 400);

      await page
        .getByLabel('Typ je wachtwoord om te laten zien dat jij het bent')
        .fill('niet mijn wachtwoord');
      await page.getByLabel('Ja, ik wil al mijn gegevens wissen').check();
      const wrong = await navigated(page, () => page.getByRole('button', { name: 'Alles wissen' }).click());
      expect(await visibleText(fieldOf(page, 'veld-wachtwoord'))).toContain('Dit wachtwoord klopt niet.');
      await check(page, 'gegevens met verkeerd wachtwoord', wrong, 400);
    });
    // Nothing was erased.
    await withBrowser({}, async (page) => {
      const again = await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      expect(again.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/mijn-overzicht');
    });
  });
});

describe('axe on emergency access, representatives and the 403 page', () => {
  it('noodtoegang empty, with errors, and the crisiskaart opened in an emergency', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      const empty = await visit(page, `${server.origin}/noodtoegang`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Noodtoegang tot een crisiskaart',
      );
      await check(page, 'noodtoegang', empty, 200);

      await page.getByLabel('E-mailadres van de inwoner').fill(ILSE.email);
      await page.getByLabel('Waarom is dit een noodgeval?').fill('snel');
      const short = await navigated(page, () =>
        page.getByRole('button', { name: 'Crisiskaart openen' }).click(),
      );
      expect(await visibleText(fieldOf(page, 'veld-reden'))).toContain('Gebruik minstens 10 tekens.');
      await check(page, 'noodtoegang met foutmelding (reden)', short, 400);

      await page.getByLabel('E-mailadres van de inwoner').fill('onbekend@lindewaard.example');
      await page.getByLabel('Waarom is dit een noodgeval?').fill('Niemand neemt op en de deur zit op slot.');
      const unknown = await navigated(page, () =>
        page.getByRole('button', { name: 'Crisiskaart openen' }).click(),
      );
      expect(await visibleText(fieldOf(page, 'veld-email'))).toContain('We vinden geen inwoner');
      await check(page, 'noodtoegang met foutmelding (geen inwoner)', unknown, 404);

      await page.getByLabel('E-mailadres van de inwoner').fill(ILSE.email);
      const opened = await navigated(page, () =>
        page.getByRole('button', { name: 'Crisiskaart openen' }).click(),
      );
      expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/crisiskaart`);
      expect(await visibleText(page.locator('.utrecht-alert--warning'))).toContain(
        'Je ziet alleen wat op het kaartje staat, tot',
      );
      await check(page, 'sectie in noodgeval', opened, 200);
    });
  });

  it('beheer/vertegenwoordiging empty, with errors and after saving; the resident sees the representative', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, KEES.email, DEMO_PASSWORD);
      const empty = await navigated(page, () =>
        page.getByRole('navigation').getByRole('link', { name: 'Vertegenwoordigers' }).click(),
      );
      expect(new URL(page.url()).pathname).toBe('/beheer/vertegenwoordiging');
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Wettelijke vertegenwoordigers',
      );
      await check(page, 'vertegenwoordiging', empty, 200);

      const errors = await navigated(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(await visibleText(fieldOf(page, 'veld-inwoner'))).toContain('Vul dit veld in.');
      expect(await visibleText(errorSummary(page))).toContain('Kies bij minstens één onderdeel');
      await check(page, 'vertegenwoordiging met foutmeldingen', errors, 400);

      const fill = async (inwoner: string) => {
        await page.getByLabel('E-mailadres van de inwoner').fill(inwoner);
        await page.getByLabel('E-mailadres van de vertegenwoordiger').fill(ZUS.email);
        await page.getByLabel('Soort vertegenwoordiging').selectOption('bewindvoering');
        await page.getByLabel('Kenmerk van de uitspraak van de rechter').fill('C/16/123456');
        await page.getByLabel('Einddatum van de uitspraak').fill(dateFieldValue(365));
        await page.locator('select[name="niveau.documenten"]').selectOption('lezen');
      };
      await fill('onbekend@lindewaard.example');
      const unknown = await navigated(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(await visibleText(fieldOf(page, 'veld-inwoner'))).toContain(
        'We vinden geen inwoner met dit e-mailadres.',
      );
      await check(page, 'vertegenwoordiging met foutmelding (geen inwoner)', unknown, 400);

      await fill(ILSE.email);
      const saved = await navigated(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(await visibleText(page.getByRole('status'))).toContain('De vertegenwoordiging is opgeslagen.');
      await check(page, 'vertegenwoordiging opgeslagen', saved, 200);
    });

    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const toegang = await visit(page, `${server.origin}/dossiers/${dossierId}/toegang`);
      const card = page.locator('section.redzaam-card').filter({
        has: page.getByRole('heading', { level: 2, name: ZUS.naam, exact: true }),
      });
      expect(await visibleText(card)).toContain('C/16/123456');
      expect(await visibleText(card)).toContain('je documenten lezen');
      // A court-appointed representative is not the resident's to stop.
      expect(await card.getByRole('button').count()).toBe(0);
      await check(page, 'toegang met vertegenwoordiger', toegang, 200);
    });
  });

  it('the 403 page: Bram on Ilse\'s "Wie kan wat zien"', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, BRAM.email, DEMO_PASSWORD);
      const forbidden = await visit(page, `${server.origin}/dossiers/${dossierId}/toegang`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Dit mag niet');
      await check(page, 'toegang als naaste (403)', forbidden, 403);
    });
  });
});

describe('coverage', () => {
  it('checked every state on the list, each once, and asked nothing of another origin', () => {
    const labels = checked.map((state) => state.label);
    expect(
      STATES.filter((label) => !labels.includes(label)),
      'states not checked',
    ).toEqual([]);
    expect(
      labels.filter((label) => !STATES.includes(label)),
      'states not on the list',
    ).toEqual([]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(foreignRequests([server.origin])).toEqual([]);
  });
});
