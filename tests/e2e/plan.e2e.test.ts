import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  login,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import { eigenDossierId, ILSE, navigated, tabTo, YARA } from './support/regie.js';

/**
 * Mijn plan in a real browser, on the demo data: Ilse (JavaScript off, a 320 px phone, keyboard
 * for the way in) adds a goal and an action to her plan; Yara (professional, `voorstellen`)
 * proposes a change of status; Ilse accepts it; both see the same goals and actions. axe finds
 * nothing on the plan, the goal and action forms (empty, with an error, changing), for both.
 */

let server: E2EServer;
const TELEFOON = { width: 320, height: 640 };

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

/** No horizontal scroll at this width. */
async function pastInBreedte(page: Page) {
  const { scroll, breed } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    breed: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(breed);
}

/** The goals and actions as headings, in order: what both must see the same. */
const doelenEnActies = (page: Page) =>
  page.locator('#doelen').locator('..').locator('h3, h4').allInnerTexts();

describe('Mijn plan', () => {
  it('Ilse makes her plan, Yara proposes a change, Ilse accepts it, and both see the same plan', async () => {
    let dossierId = '';
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      dossierId = await eigenDossierId(page, server.origin);
    });
    const basis = `${server.origin}/dossiers/${dossierId}/plan`;

    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      // From her overview in one step: the card.
      await visit(page, `${server.origin}/mijn-overzicht`);
      await navigated(page, () => page.locator('a[href$="/plan"]').first().click());
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Mijn plan');
      // The demo plan: two goals, four actions, Yara's open proposal.
      expect(await visibleText(page.getByRole('main'))).toContain(
        'Ik wil weer overzicht over mijn geld en post.',
      );
      expect(await visibleText(page.getByRole('main'))).toContain('Bram (uit het netwerk)');
      expect(await visibleText(page.getByRole('main'))).toContain('Yara Doğan stelt een nieuwe actie voor');
      await expectNoAxeViolations(page, 'plan (telefoon, zonder JavaScript)');
      await pastInBreedte(page);

      // Keyboard: Tab to "Nieuw doel", Enter.
      await tabTo(page, page.getByRole('link', { name: 'Nieuw doel' }));
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Nieuw doel');
      await expectNoAxeViolations(page, 'nieuw doel');
      await pastInBreedte(page);
      await page.locator('#veld-tekst').fill('Ik wil mijn huis weer op orde.');
      await page.getByLabel('Huishouden').check();
      await page.locator('#veld-evaluatie_op').fill('2027-02-30');
      const fout = await navigated(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(fout.status()).toBe(400);
      expect(await visibleText(page.getByRole('main'))).toContain('Dit is geen bestaande datum.');
      await expectNoAxeViolations(page, 'nieuw doel met foutmelding');
      await page.locator('#veld-evaluatie_op').fill('2027-03-15');
      await navigated(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(await visibleText(page.getByRole('main'))).toContain('Opgeslagen.');

      await navigated(page, () =>
        page.getByRole('link', { name: 'Actie toevoegen bij: Ik wil mijn huis weer op orde.' }).click(),
      );
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Nieuwe actie');
      await expectNoAxeViolations(page, 'nieuwe actie');
      await pastInBreedte(page);
      await page.locator('#veld-wat').fill('Elke dag één kast opruimen.');
      await page.getByLabel('Ik doe het zelf').check();
      await navigated(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(await visibleText(page.getByRole('main'))).toContain('Elke dag één kast opruimen.');

      await navigated(page, () =>
        page.getByRole('link', { name: 'Doel wijzigen: Ik wil mijn huis weer op orde.' }).click(),
      );
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Doel wijzigen');
      await expectNoAxeViolations(page, 'doel wijzigen');
    });

    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, basis);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Het plan van Ilse Verbeek');
      await expectNoAxeViolations(page, 'plan als professional');
      await navigated(page, () =>
        page.getByRole('link', { name: 'Actie wijzigen: Elke dag één kast opruimen.' }).click(),
      );
      expect(await visibleText(page.getByRole('main'))).toContain('Je stuurt dit als voorstel.');
      await expectNoAxeViolations(page, 'actie wijzigen als professional');
      await page.getByLabel('Bezig').check();
      await navigated(page, () => page.getByRole('button', { name: 'Voorstel sturen' }).click());
      expect(await visibleText(page.getByRole('main'))).toContain('Je voorstel is verstuurd.');
    });

    let ilseZiet: string[] = [];
    await withBrowser({ javaScript: false }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, basis);
      const kaart = page.getByRole('article').filter({ hasText: 'wijziging van een actie' });
      expect(await visibleText(kaart)).toContain('Bezig');
      await navigated(page, () => kaart.getByRole('button', { name: /^Ja, in het plan/ }).click());
      expect(await visibleText(page.getByRole('main'))).toContain('Het voorstel staat nu in het plan.');
      expect(await visibleText(page.getByRole('main'))).toContain('Hoe staat het: Bezig');
      ilseZiet = await doelenEnActies(page);
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, basis);
      expect(await doelenEnActies(page)).toEqual(ilseZiet);
      expect(ilseZiet).toContain('Elke dag één kast opruimen.');
    });
    // Five browser sessions with a login each, on a busy machine.
  }, 420_000);
});
