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
import {
  eigenDossierId,
  errorSummary,
  ILSE,
  isFocused,
  KEES,
  navigated,
  tabTo,
  YARA,
} from './support/regie.js';

/**
 * The questionnaires of levensgebieden in a real browser: Ilse fills in "eigen regie in eigen
 * woorden" with the keyboard only, leaves and finds her draft again, and submits; Yara (her
 * professional, given `reageren` on levensgebieden here) adds her view; the side-by-side page
 * shows both with the conversation topics. Positieve gezondheid is filled in with JavaScript
 * off. axe-core finds no violation on any of these pages.
 */

let server: E2EServer;
let dossierId: string;
const regie = () => `${server.origin}/dossiers/${dossierId}/levensgebieden/eigen-regie`;
const pg = () => `${server.origin}/dossiers/${dossierId}/levensgebieden/positieve-gezondheid`;

beforeAll(async () => {
  server = await startServer();
  dossierId = await withBrowser({}, async (page) => {
    await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
    return eigenDossierId(page, server.origin);
  });
  // The demo grants Yara reading only; responding (her own answers) needs `reageren`.
  await server.t.database.db
    .updateTable('toegang_sectie')
    .set({ niveau: 'reageren' })
    .where('sectie', '=', 'levensgebieden')
    .where('niveau', '=', 'lezen')
    .where('toegang_id', 'in', (eb) =>
      eb
        .selectFrom('toegang')
        .innerJoin('account', 'account.id', 'toegang.grantee_account_id')
        .select('toegang.id')
        .where('account.email', '=', YARA.email),
    )
    .execute();
});

afterAll(async () => {
  await server?.close();
});

/** The radio button of one answer: its label is the scale text. */
const radio = (page: Page, item: string, waarde: string) =>
  page.locator(`[id="veld-antwoord-${item}-${waarde}"]`);

/** Keyboard only: Tab into the item's radio group (focus lands on the checked option), then arrow keys. */
async function kiesMetToetsen(page: Page, item: string, pijlOmlaag: number) {
  await tabTo(page, radio(page, item, 'leeg'));
  for (let i = 0; i < pijlOmlaag; i++) await page.keyboard.press('ArrowDown');
}

describe('eigen regie in eigen woorden', () => {
  it('Ilse fills it in with the keyboard only, finds her draft again, and submits', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      // From the levensgebieden overview, which links to both questionnaires.
      await visit(page, `${server.origin}/dossiers/${dossierId}/levensgebieden`);
      expect(await page.getByRole('link', { name: 'Positieve gezondheid' }).count()).toBe(1);
      await tabTo(page, page.getByRole('link', { name: 'Zelf beslissen over het eigen leven' }), 200);
      const overzicht = await navigated(page, () => page.keyboard.press('Enter'));
      expect(overzicht.status()).toBe(200);
      expect(new URL(page.url()).pathname).toMatch(/\/levensgebieden\/eigen-regie$/);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Zelf beslissen over het eigen leven',
      );
      await expectNoAxeViolations(page, 'eigen regie (spiegel, demo)');

      await tabTo(page, page.getByRole('link', { name: 'Vragen invullen' }));
      const form = await navigated(page, () => page.keyboard.press('Enter'));
      expect(form.status()).toBe(200);
      expect(new URL(page.url()).pathname).toMatch(/\/eigen-regie\/invullen$/);
      await expectNoAxeViolations(page, 'eigen regie invullen (leeg)');

      // From "Geen antwoord" (last option) ArrowDown wraps to 1: four presses is 4 "Meestal wel".
      await kiesMetToetsen(page, 'eigenaarschap', 4);
      expect(await radio(page, 'eigenaarschap', '4').isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await isFocused(page.locator('[id="veld-toelichting-eigenaarschap"]'))).toBe(true);
      await page.keyboard.type('Ik kies zelf wie mij helpt, ook met het toetsenbord.');
      // "Kennis en kunnen": skipped. "Wat ik belangrijk vind": 6 presses is "Weet ik niet".
      await kiesMetToetsen(page, 'motivatie', 6);
      expect(await radio(page, 'motivatie', 'weet-niet').isChecked()).toBe(true);
      await kiesMetToetsen(page, 'vertrouwen', 1);
      expect(await radio(page, 'vertrouwen', '1').isChecked()).toBe(true);

      await tabTo(page, page.getByRole('button', { name: 'Opslaan en later verder' }), 200);
      const saved = await navigated(page, () => page.keyboard.press('Enter'));
      expect(saved.status()).toBe(200);
      expect(await visibleText(page.getByRole('status'))).toContain('Je antwoorden zijn opgeslagen');
      await expectNoAxeViolations(page, 'eigen regie invullen (opgeslagen)');

      // Leave, come back: the draft is there.
      await visit(page, `${server.origin}/mijn-overzicht`);
      await visit(page, regie());
      expect(await visibleText(page.getByRole('link', { name: 'Verder met invullen' }))).toBe(
        'Verder met invullen',
      );
      await visit(page, `${regie()}/invullen`);
      expect(await radio(page, 'eigenaarschap', '4').isChecked()).toBe(true);
      expect(await radio(page, 'motivatie', 'weet-niet').isChecked()).toBe(true);
      expect(await radio(page, 'kracht', 'leeg').isChecked()).toBe(true);
      expect(await page.locator('[id="veld-toelichting-eigenaarschap"]').inputValue()).toBe(
        'Ik kies zelf wie mij helpt, ook met het toetsenbord.',
      );

      await tabTo(page, page.getByRole('button', { name: 'Klaar, bewaar mijn antwoorden' }), 200);
      const done = await navigated(page, () => page.keyboard.press('Enter'));
      expect(done.status()).toBe(200);
      expect(new URL(page.url()).pathname).toMatch(/\/eigen-regie$/);
      expect(await visibleText(page.getByRole('status'))).toContain('Je antwoorden zijn bewaard');
      await expectNoAxeViolations(page, 'eigen regie (na indienen)');
      const tabel = page.locator('table').first();
      expect(await visibleText(tabel)).toContain('Ik kies zelf wie mij helpt, ook met het toetsenbord.');
    });
  });

  it('Yara adds her view; the side-by-side page shows both, with the differences as topics', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, regie());
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Zelf beslissen: Ilse Verbeek');
      await navigated(page, () => page.getByRole('link', { name: 'Vragen invullen' }).click());
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Zelf beslissen: Ilse Verbeek. Jouw kijk',
      );
      // The professional's statements are written from her side.
      expect(await visibleText(page.locator('[id="veld-antwoord-vertrouwen"] legend'))).toContain(
        'De inwoner en ik vertrouwen elkaar.',
      );
      await radio(page, 'eigenaarschap', '2').check();
      await radio(page, 'vertrouwen', '4').check();
      await page.locator('[id="veld-toelichting-vertrouwen"]').fill('We bellen elke week even.');
      const done = await navigated(page, () =>
        page.getByRole('button', { name: 'Klaar, bewaar mijn antwoorden' }).click(),
      );
      expect(done.status()).toBe(200);
      await expectNoAxeViolations(page, 'eigen regie (spiegel, als professional)');
    });

    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, regie());
      const kop = page.locator('table').first().locator('thead');
      expect(await visibleText(kop)).toContain('Jij');
      expect(await visibleText(kop)).toContain('Yara Doğan');
      const rij = (titel: string) => page.locator('tbody tr').filter({ hasText: titel }).first();
      expect(await visibleText(rij('Zelf beslissen'))).toContain('4 van 5: Meestal wel');
      expect(await visibleText(rij('Zelf beslissen'))).toContain('2 van 5: Meestal niet');
      expect(await visibleText(rij('Vertrouwen'))).toContain('We bellen elke week even.');
      const onderwerpen = await visibleText(page.locator('.redzaam-onderwerpen'));
      expect(onderwerpen).toContain(
        'Over "Zelf beslissen": Yara Doğan denkt dat het minder goed gaat dan jij.',
      );
      expect(onderwerpen).toContain('Over "Vertrouwen": Yara Doğan denkt dat het beter gaat dan jij.');
      await expectNoAxeViolations(page, 'eigen regie (spiegel, beide)');

      // An earlier round from the history.
      const eerder = page.locator('#geschiedenis ~ ul a').last();
      const ronde = await navigated(page, () => eerder.click());
      expect(ronde.status()).toBe(200);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toMatch(
        /^Zelf beslissen over het eigen leven: antwoorden van/,
      );
      await expectNoAxeViolations(page, 'eigen regie (eerdere ronde)');
    });
  });
});

describe('positieve gezondheid', () => {
  it('Ilse fills it in with JavaScript off; an empty submit shows the error; axe on every state', async () => {
    await withBrowser({ javaScript: false }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, pg());
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Positieve gezondheid');
      await navigated(page, () => page.getByRole('link', { name: 'Vragen invullen' }).click());

      const leeg = await navigated(page, () =>
        page.getByRole('button', { name: 'Klaar, bewaar mijn antwoorden' }).click(),
      );
      expect(leeg.status()).toBe(400);
      expect(await visibleText(errorSummary(page))).toContain('Je hebt nog geen enkele vraag beantwoord.');
      expect(await visibleText(page.locator('#veld-formulier-fout'))).toContain('nog geen enkele vraag');

      await page.locator('label[for="veld-antwoord-meedoen-8"]').click();
      await page.locator('label[for="veld-antwoord-zingeving-0"]').click();
      await page.getByLabel('Over "Meedoen" wil ik praten').check();
      await page.locator('[id="veld-toelichting-meedoen"]').fill('Ik wil weer naar de zangvereniging.');
      const done = await navigated(page, () =>
        page.getByRole('button', { name: 'Klaar, bewaar mijn antwoorden' }).click(),
      );
      expect(done.status()).toBe(200);
      expect(await visibleText(page.locator('#praten ~ ul'))).toBe('Meedoen');
      const tabel = await visibleText(page.locator('table'));
      expect(tabel).toContain('8 van 10');
      expect(tabel).toContain('0 van 10');
      expect(tabel).toContain('Ik wil weer naar de zangvereniging.');
      // Skipped is shown as skipped, not as zero.
      expect(tabel).toContain('Niet ingevuld');
    });
    // axe needs JavaScript in the page: the same pages and states again, checked with it on.
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, pg());
      await expectNoAxeViolations(page, 'positieve gezondheid (na indienen)');
      await navigated(page, () => page.getByRole('link', { name: 'Vragen invullen' }).click());
      await expectNoAxeViolations(page, 'positieve gezondheid invullen');
      const leeg = await navigated(page, () =>
        page.getByRole('button', { name: 'Klaar, bewaar mijn antwoorden' }).click(),
      );
      expect(leeg.status()).toBe(400);
      await expectNoAxeViolations(page, 'positieve gezondheid invullen (fout)');
    });
  });

  it('the beheerder turns it off: the pages answer 404 and the link is gone', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, KEES.email, DEMO_PASSWORD);
      // Reached from the beheerder's levensgebieden page.
      await visit(page, `${server.origin}/beheer/levensgebieden`);
      await navigated(page, () =>
        page.getByRole('link', { name: 'Positieve gezondheid aan- of uitzetten' }).click(),
      );
      expect(new URL(page.url()).pathname).toBe('/beheer/levensgebieden/positieve-gezondheid');
      expect(await page.getByLabel('Aan').isChecked()).toBe(true);
      await expectNoAxeViolations(page, 'beheer positieve gezondheid');
      await page.getByLabel('Uit').check();
      await navigated(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(await visibleText(page.getByRole('status'))).toContain('staat nu uit');
      await expectNoAxeViolations(page, 'beheer positieve gezondheid (opgeslagen)');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      expect((await visit(page, pg())).status()).toBe(404);
      await visit(page, `${server.origin}/dossiers/${dossierId}/levensgebieden`);
      expect(await page.getByRole('link', { name: 'Zelf beslissen over het eigen leven' }).count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Positieve gezondheid' }).count()).toBe(0);
      await visit(page, regie());
      expect(await page.getByRole('link', { name: 'Positieve gezondheid' }).count()).toBe(0);
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, KEES.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/beheer/levensgebieden/positieve-gezondheid`);
      await page.getByLabel('Aan').check();
      await navigated(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(await visibleText(page.getByRole('status'))).toContain('staat nu aan');
    });
  });
});
