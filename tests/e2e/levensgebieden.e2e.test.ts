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
import { eigenDossierId, ILSE, KEES, navigated, tabTo, YARA } from './support/regie.js';
import { kiesMetToetsenbord, typMetToetsenbord } from './support/toetsenbord.js';

/**
 * Levensgebieden in a real browser: Ilse fills in three domains with the keyboard only, with
 * JavaScript off and on, leaves, logs in again and finds her answers; Yara (professional, with
 * `reageren`) adds her view; Ilse's regie-spiegel shows the difference as a conversation topic.
 * axe checks every page on the way: overview with charts, filling in, history, their view,
 * the setting and the beheerder's catalog.
 */

let server: E2EServer;
let dossierId: string;

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

const basis = () => `${server.origin}/dossiers/${dossierId}/levensgebieden`;

/**
 * axe on a page with charts. Undecided contrast is accepted only for the charts' own SVG text
 * (axe cannot decide the ring numbers "1"…"5": too short); tests/e2e/grafieken.e2e.test.ts
 * checks those colours by hand. Anything else undecided, and every violation, fails.
 */
async function axeMetGrafieken(page: Page, label: string) {
  const { incomplete } = await expectNoAxeViolations(page, label, { allowIncomplete: true });
  expect(incomplete.filter((f) => f.id !== 'color-contrast').map((f) => f.id)).toEqual([]);
  for (const node of incomplete.flatMap((f) => f.nodes)) {
    const inGrafiek = await page
      .locator(node.target)
      .first()
      .evaluate((el) => el.closest('figure.redzaam-grafiek') !== null);
    expect(inGrafiek, `${label}: ${node.target}`).toBe(true);
  }
}

const DRIE = [
  { code: 'financien', naam: 'Geld en rekeningen', stap: 2, doel: 'Mijn rekeningen op tijd betalen' },
  { code: 'werk-en-dagbesteding', naam: 'Werk en dagbesteding', stap: 3, doel: 'Een vaste dag per week' },
  { code: 'sociale-contacten', naam: 'Familie en vrienden', stap: 4, doel: 'Vaker mijn zus bellen' },
];

describe.each([
  { label: 'zonder JavaScript', javaScript: false },
  { label: 'met JavaScript', javaScript: true },
])('Ilse fills in three domains with the keyboard only, $label', ({ javaScript }) => {
  it('saves each page, continues later and finds her answers after logging in again', async () => {
    await withBrowser({ javaScript }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      // From her record, through the section card, to the overview.
      await visit(page, `${server.origin}/dossiers/${dossierId}`);
      await tabTo(page, page.getByRole('link', { name: 'Hoe het gaat' }));
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/levensgebieden`);
      const start = page.getByRole('link', { name: /Vul in hoe het nu gaat|Ga verder met invullen/ });
      await tabTo(page, start);
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Invullen hoe het gaat');
      // axe runs in the page's JavaScript: checked in the variant with JavaScript on.
      if (javaScript) await expectNoAxeViolations(page, 'invullen (overzicht)');
      await tabTo(page, page.getByRole('link', { name: 'Geld en rekeningen' }));
      await navigated(page, () => page.keyboard.press('Enter'));

      for (const [index, gebied] of DRIE.entries()) {
        expect(await visibleText(page.getByRole('heading', { level: 1 }))).toContain(gebied.naam);
        if (index === 0 && javaScript) await expectNoAxeViolations(page, 'invullen: een levensgebied');
        await kiesMetToetsenbord(page, 'score', gebied.stap);
        await typMetToetsenbord(page, 'veld-doel', gebied.doel);
        const knop = page.getByRole('button', {
          name: index === DRIE.length - 1 ? 'Opslaan en later verder' : 'Opslaan en volgende',
        });
        await tabTo(page, knop);
        await navigated(page, () => page.keyboard.press('Enter'));
      }
      expect(await visibleText(page.getByRole('main'))).toContain('Je antwoorden zijn opgeslagen.');
    });

    // She leaves (a fresh browser, no cookies), logs in again and finds it all.
    await withBrowser({ javaScript }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${basis()}/invullen`);
      expect(await visibleText(page.getByRole('main'))).toContain('Je hebt 3 van de 9 delen ingevuld.');
      for (const gebied of DRIE) {
        await visit(page, `${basis()}/invullen/${gebied.code}`);
        expect(await page.locator(`input[name="score"][value="${gebied.stap + 1}"]`).isChecked()).toBe(true);
        expect(await page.locator('#veld-doel').inputValue()).toBe(gebied.doel);
      }
    });
  });
});

describe('their view and the regie-spiegel', () => {
  it('Ilse completes; Yara (reageren) adds her view; the mirror shows the difference as a topic', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${basis()}/invullen`);
      await navigated(page, () => page.getByRole('button', { name: 'Ik ben klaar' }).click());
      expect(await visibleText(page.getByRole('main'))).toContain('Dank je wel.');
    });

    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/mijn-overzicht`);
      await navigated(page, () => page.getByRole('link', { name: 'Ilse Verbeek' }).first().click());
      await navigated(page, () => page.getByRole('link', { name: 'Hoe het gaat' }).click());
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Hoe het gaat met Ilse Verbeek',
      );
      await axeMetGrafieken(page, 'overzicht als professional');
      await navigated(page, () =>
        page.getByRole('link', { name: 'Vul in hoe het volgens jou gaat met Ilse Verbeek' }).click(),
      );
      await navigated(page, () => page.getByRole('link', { name: 'Werk en dagbesteding' }).click());
      // She gave a view before, so she sees what Ilse filled in, beside her own form.
      expect(await visibleText(page.getByRole('main'))).toContain('Dit vulde Ilse Verbeek zelf in');
      expect(await visibleText(page.getByRole('main'))).toContain('Een vaste dag per week');
      await expectNoAxeViolations(page, 'hun blik: een levensgebied invullen');
      await page.getByLabel('Het gaat nu helemaal niet. Ilse Verbeek heeft direct hulp nodig.').check();
      await navigated(page, () => page.getByRole('button', { name: 'Opslaan en later verder' }).click());
      await navigated(page, () => page.getByRole('button', { name: 'Ik ben klaar' }).click());
      expect(await visibleText(page.getByRole('main'))).toContain('Dank je wel.');
    });

    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const overzicht = await visit(page, basis());
      expect(overzicht.status()).toBe(200);
      const onderwerpen = await visibleText(page.locator('#gespreksonderwerpen'));
      expect(onderwerpen).toContain(
        'Werk en dagbesteding: anderen denken dat het slechter gaat dan jij (Yara Doğan)',
      );
      // Charts: now vs before and me vs them, each with a table; axe on the whole page.
      expect(await page.locator('figure svg[role="img"]').count()).toBeGreaterThanOrEqual(2);
      await axeMetGrafieken(page, 'overzicht met regie-spiegel en grafieken');

      await navigated(page, () => page.getByRole('link', { name: 'Werk en dagbesteding' }).last().click());
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toContain('hoe het veranderde');
      expect(await page.locator('figure svg[role="img"]').count()).toBe(1);
      await axeMetGrafieken(page, 'historie van een levensgebied');

      await visit(page, `${basis()}/instellingen`);
      await expectNoAxeViolations(page, 'instellingen');
      await page.getByLabel('Ja. Zij mogen mijn antwoorden meteen zien.').check();
      await navigated(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(await visibleText(page.getByRole('main'))).toContain('Je keuze is opgeslagen.');
    });
  });
});

describe("the beheerder's catalog", () => {
  it('renames a domain: a new catalog version, axe-clean before and after', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, KEES.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/beheer/levensgebieden`);
      await expectNoAxeViolations(page, 'beheer/levensgebieden');
      await page.locator('#veld-vervoer-naam').fill('Onderweg');
      await navigated(page, () =>
        page
          .getByRole('button', { name: 'Onderweg opslaan' })
          .or(page.getByRole('button', { name: 'Vervoer opslaan' }))
          .click(),
      );
      expect(await visibleText(page.getByRole('main'))).toContain(
        'Er is een nieuwe versie van de lijst gemaakt.',
      );
      expect(await visibleText(page.getByRole('main'))).toContain('Onderweg');
      await expectNoAxeViolations(page, 'beheer/levensgebieden opgeslagen');
    });
  });
});
