import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type E2EServer,
  expectNoAxeViolations,
  navigation,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import { expectLeesbaar, openKleinScherm } from './support/klein-scherm.js';

/**
 * The public sociale kaart of the demo gemeente Lindewaard, without JavaScript: search with a
 * typo, filter, sort by distance to a (fictional) postcode, open a service. Every state is
 * then checked with axe (which needs script in the page, so in a browser with JavaScript on;
 * the server renders the same page either way).
 */

let server: E2EServer;
/** Every page state reached without JavaScript: label, URL, the HTTP status it had. */
const states: { label: string; url: string; status: number }[] = [];

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

describe('sociale kaart without JavaScript', () => {
  it('search with a typo, filters, distance and a service page', async () => {
    await withBrowser({ javaScript: false }, async (page) => {
      const empty = await visit(page, `${server.origin}/sociale-kaart`);
      expect(empty.status()).toBe(200);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Hulp en activiteiten zoeken');
      expect(await visibleText(page.locator('#resultaten-kop'))).toBe('34 diensten op de kaart');
      states.push({ label: 'sociale-kaart', url: page.url(), status: 200 });

      // A typo still finds the service.
      await page.getByLabel('Waar zoek je?').fill('schuldhulpverleing');
      const typo = await navigation(page, () => page.getByRole('button', { name: 'Zoeken' }).click());
      expect(typo.status()).toBe(200);
      expect(new URL(page.url()).searchParams.get('q')).toBe('schuldhulpverleing');
      const first = page.locator('.redzaam-resultaat h3').first();
      expect(await visibleText(first)).toBe('Schuldhulpverlening');
      expect(await visibleText(page.getByRole('main'))).toContain('We zochten ook op: schuldhulpverlening.');
      states.push({ label: 'sociale-kaart resultaten', url: page.url(), status: 200 });

      // Filters: a group, free, near a postcode, nearest first.
      await page.getByLabel('Waar zoek je?').fill('');
      await page.getByLabel('Gratis').check();
      await page.getByLabel('In een groep').check();
      await page.getByLabel('Je postcode').fill('0102 AA');
      await page.getByLabel('Hoe ver mag het zijn? (in kilometers)').fill('2');
      await page.getByLabel('Volgorde').selectOption('afstand');
      const filtered = await navigation(page, () => page.getByRole('button', { name: 'Zoeken' }).click());
      expect(filtered.status()).toBe(200);
      const names = await page.locator('.redzaam-resultaat h3').allInnerTexts();
      expect(names.length).toBeGreaterThan(2);
      expect(names).toContain('Wandelgroep voor ouderen');
      expect(names).not.toContain('Koffieochtend Lindehoven'); // about 6 km away
      expect(names).not.toContain('Budgetcursus "Rondkomen"'); // not free
      const distances = await page
        .locator('.redzaam-resultaat')
        .getByText(/^Afstand: /)
        .allInnerTexts();
      expect(distances.length).toBe(names.length);
      states.push({ label: 'sociale-kaart met filters', url: page.url(), status: 200 });

      // A bad postcode: the message sits next to the field, with a 400.
      await page.getByLabel('Je postcode').fill('12');
      const bad = await navigation(page, () => page.getByRole('button', { name: 'Zoeken' }).click());
      expect(bad.status()).toBe(400);
      expect(await visibleText(page.locator('#veld-postcode-fout'))).toBe(
        'Vul een postcode in zoals 1234 AB of 1234.',
      );
      states.push({ label: 'sociale-kaart met foutmelding', url: page.url(), status: 400 });

      // A service's page.
      await visit(page, `${server.origin}/sociale-kaart?q=wandelgroep+ouderen`);
      const detail = await navigation(page, () =>
        page.getByRole('link', { name: 'Wandelgroep voor ouderen' }).click(),
      );
      expect(detail.status()).toBe(200);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Wandelgroep voor ouderen');
      const main = await visibleText(page.getByRole('main'));
      expect(main).toContain('Lindeplein 4');
      expect(main).toContain('dinsdag: van 10.00 tot 11.30 uur.');
      expect(main).toContain('Je kunt er zelf heen. Je hebt geen brief van de gemeente of een arts nodig.');
      expect(main).toContain('Deze informatie is voor het laatst gecontroleerd op 1 oktober 2026.');
      states.push({ label: 'sociale-kaart dienst', url: page.url(), status: 200 });
    });
  });

  it('pages through results with plain links, and reads in English', async () => {
    await withBrowser({ javaScript: false }, async (page) => {
      await visit(page, `${server.origin}/sociale-kaart`);
      const next = await navigation(page, () => page.getByRole('link', { name: 'Volgende pagina' }).click());
      expect(next.status()).toBe(200);
      expect(new URL(page.url()).searchParams.get('pagina')).toBe('2');
      expect(await visibleText(page.getByRole('navigation', { name: 'Meer resultaten' }))).toContain(
        'Pagina 2 van 4',
      );

      await navigation(page, () => page.getByRole('button', { name: 'Switch to English' }).click());
      await visit(page, `${server.origin}/sociale-kaart?q=taalcafe`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Find help and activities');
      expect(await visibleText(page.locator('.redzaam-resultaat h3').first())).toBe('Taalcafé');
      states.push({ label: 'sociale-kaart in English', url: page.url(), status: 200 });
    });
  });

  it('has 0 axe violations (WCAG 2.1 AA) on every state it reached', async () => {
    expect(states.map((state) => state.label)).toEqual([
      'sociale-kaart',
      'sociale-kaart resultaten',
      'sociale-kaart met filters',
      'sociale-kaart met foutmelding',
      'sociale-kaart dienst',
      'sociale-kaart in English',
    ]);
    await withBrowser({}, async (page) => {
      for (const state of states) {
        if (state.label === 'sociale-kaart in English') {
          await visit(page, `${server.origin}/sociale-kaart`);
          await navigation(page, () => page.getByRole('button', { name: 'Switch to English' }).click());
        }
        const response = await visit(page, state.url);
        expect(response.status(), state.label).toBe(state.status);
        await expectNoAxeViolations(page, state.label);
      }
    });
  });
});

/**
 * Issue 18 items 4 and 5 on a 320 px phone: an everyday question finds the debt service, and the
 * levensgebieden carry the names of "Hoe het gaat". Without JavaScript for the flow, then the
 * same pages at 320 px with JavaScript on for axe.
 */
describe('sociale kaart on a phone: everyday words and one name per levensgebied', () => {
  const bezocht: string[] = [];

  it('"hulp bij schulden" finds Schuldhulpverlening first, without JavaScript at 320 px', async () => {
    const telefoon = await openKleinScherm('telefoon', { javaScript: false });
    try {
      const page = telefoon.page;
      await visit(page, `${server.origin}/sociale-kaart`);
      await page.getByLabel('Waar zoek je?').fill('hulp bij schulden');
      const gezocht = await navigation(page, () => page.getByRole('button', { name: 'Zoeken' }).click());
      expect(gezocht.status()).toBe(200);
      expect(await visibleText(page.locator('.redzaam-resultaat h3').first())).toBe('Schuldhulpverlening');
      const keuzes = await page.getByLabel('Deel van je leven').locator('option').allInnerTexts();
      expect(keuzes).toContain('Geld en rekeningen');
      expect(keuzes).toContain('Hoe je je voelt');
      expect(keuzes).not.toContain('Geld en schulden');
      await expectLeesbaar(page, 'sociale kaart: hulp bij schulden');
      bezocht.push(page.url());

      const dienst = await navigation(page, () =>
        page.getByRole('link', { name: 'Schuldhulpverlening' }).first().click(),
      );
      expect(dienst.status()).toBe(200);
      expect(await visibleText(page.getByRole('main'))).toContain('Geld en rekeningen');
      await expectLeesbaar(page, 'sociale kaart: Schuldhulpverlening');
      bezocht.push(page.url());
    } finally {
      await telefoon.close();
    }
  });

  it('has 0 axe violations on those pages at 320 px (JavaScript on)', async () => {
    expect(bezocht.length).toBe(2);
    const telefoon = await openKleinScherm('telefoon');
    try {
      for (const url of bezocht) {
        expect((await visit(telefoon.page, url)).status()).toBe(200);
        await expectLeesbaar(telefoon.page, url);
        await expectNoAxeViolations(telefoon.page, url);
      }
    } finally {
      await telefoon.close();
    }
  });
});
