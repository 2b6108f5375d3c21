import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  login,
  navigation,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import { ILSE, KEES } from './support/regie.js';

/**
 * The gemeente's skill list for Samen in a real browser, JavaScript off, on a 320 px phone and a
 * wide screen: the beheerder (Kees) finds the page in the menu, adding a name the list has shows
 * the error next to the field, adding a new skill and renaming one works; the resident (Ilse)
 * is offered both on her Samen page. axe finds nothing on any of these pages. axe runs in the
 * page's JavaScript, and on these pages it never finished in a page without it (as in
 * beheer-taken.e2e.test.ts): the pages are checked for axe with JavaScript on.
 */

let server: E2EServer;
const PAD = '/beheer/samen/vaardigheden';

beforeAll(async () => {
  server = await startServer();
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe('a beheerder adapts the skill list for Samen', { timeout: 400_000 }, () => {
  it.each([
    {
      label: 'telefoon',
      viewport: { width: 320, height: 640 },
      naam: 'Samen naar de markt',
      nieuw: 'Boodschappen samen',
    },
    {
      label: 'breed scherm',
      viewport: { width: 1280, height: 900 },
      naam: 'Voorlezen',
      nieuw: 'Voorlezen aan kinderen',
    },
  ])(
    'adds and renames without JavaScript, axe finds nothing ($label)',
    async ({ label, viewport, naam, nieuw }) => {
      await withBrowser({ viewport, javaScript: false }, async (page) => {
        await login(page, server.origin, KEES.email, DEMO_PASSWORD);
        const lijst = await visit(page, `${server.origin}${PAD}`);
        expect(lijst.status()).toBe(200);
        expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Vaardigheden voor Samen');

        // A name the list already has: the error next to the field, nothing written.
        await page.locator('#veld-nieuw_naam').fill('Tuin bijhouden');
        const fout = await navigation(page, () => page.getByRole('button', { name: 'Toevoegen' }).click());
        expect(fout.status()).toBe(409);
        expect(await visibleText(page.locator('#foutmeldingen'))).toContain(
          'Deze vaardigheid staat al in de lijst.',
        );

        await page.locator('#veld-nieuw_naam').fill(naam);
        const toegevoegd = await navigation(page, () =>
          page.getByRole('button', { name: 'Toevoegen' }).click(),
        );
        expect(toegevoegd.status()).toBe(200);
        expect(new URL(page.url()).search).toBe('?melding=toegevoegd');
        expect(await visibleText(page.getByRole('main'))).toContain(`Eigen vaardigheid: ${naam}`);

        // Rename the added skill.
        const code = (await page.locator(`input[value="${naam}"]`).getAttribute('name'))?.replace(
          /^naam-/,
          '',
        );
        expect(code).toMatch(/^eigen-/);
        await page.locator(`#veld-naam-${code}`).fill(nieuw);
        const opgeslagen = await navigation(page, () =>
          page.getByRole('button', { name: 'Opslaan' }).click(),
        );
        expect(opgeslagen.status()).toBe(200);
        expect(new URL(page.url()).search).toBe('?melding=opgeslagen');
        expect(await visibleText(page.getByRole('main'))).toContain('De vaardigheden zijn opgeslagen.');
      });

      // The same pages with JavaScript on, for axe: the list, and the list with the error.
      await withBrowser({ viewport, javaScript: true }, async (page) => {
        await login(page, server.origin, KEES.email, DEMO_PASSWORD);
        await visit(page, `${server.origin}${PAD}`);
        expect(await visibleText(page.getByRole('main'))).toContain(`Eigen vaardigheid: ${nieuw}`);
        await expectNoAxeViolations(page, `lijst (${label})`);
        await page.locator('#veld-nieuw_naam').fill('Tuin bijhouden');
        const fout = await navigation(page, () => page.getByRole('button', { name: 'Toevoegen' }).click());
        expect(fout.status()).toBe(409);
        await expectNoAxeViolations(page, `lijst met foutmelding (${label})`);
      });

      // The resident is offered the renamed skill on her Samen page (JavaScript on, for axe).
      await withBrowser({ viewport, javaScript: true }, async (page) => {
        await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
        const samen = await visit(page, `${server.origin}/mijn-samen`);
        expect(samen.status()).toBe(200);
        expect(await page.getByRole('checkbox', { name: nieuw }).count()).toBe(2);
        await expectNoAxeViolations(page, `samen van Ilse (${label})`);
      });
    },
  );
});
