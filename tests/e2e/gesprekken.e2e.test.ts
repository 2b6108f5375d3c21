import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGesprek } from '../../src/demo/factories.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { telOp, vandaag } from '../../src/gesprekken/rules.js';
import { findGemeenteByCode } from '../../src/platform/gemeente/queries.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  login,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import { expectLeesbaar } from './support/klein-scherm.js';
import { eigenDossierId, ILSE, navigated, tabTo, YARA } from './support/regie.js';
import { kiesMetToetsenbord, typMetToetsenbord } from './support/toetsenbord.js';

/**
 * The keukentafelgesprek in a real browser, keyboard only and JavaScript off on a 320 px
 * phone: Ilse reports a request and prepares; Yara holds the talk and drafts the report; Ilse
 * corrects it (a new version) and agrees; the agreed goal is a proposal in her plan. A second
 * report she disagrees with stays final with her reaction, seen by both. axe runs on every
 * page of the flow in a JavaScript-on context.
 */

let server: E2EServer;
let dossierId = '';
const TELEFOON = { width: 320, height: 640 };
const main = (page: Page) => visibleText(page.getByRole('main'));

beforeAll(async () => {
  server = await startServer();
  await withBrowser({}, async (page) => {
    await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
    dossierId = await eigenDossierId(page, server.origin);
  });
});

afterAll(async () => {
  await server?.close();
});

/** Tabs to a button or link by its name and presses Enter; returns the page's answer. */
async function druk(page: Page, rol: 'button' | 'link', naam: string) {
  await tabTo(page, page.getByRole(rol, { name: naam, exact: true }).first(), 400);
  return navigated(page, () => page.keyboard.press('Enter'));
}

describe('prepare → talk → report → correction → approval → goals in her plan', () => {
  it('runs with the keyboard only and JavaScript off', async () => {
    const basis = `${server.origin}/dossiers/${dossierId}/gesprekken`;
    let gesprek = '';
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, basis);
      // The date field holds today: she reports it as it is.
      expect((await druk(page, 'button', 'Hulpvraag melden')).status()).toBe(200);
      expect(await main(page)).toContain('Je hulpvraag is gemeld.');
      gesprek = new URL(page.url()).pathname;
      await druk(page, 'link', 'Het gesprek voorbereiden');
      await typMetToetsenbord(page, 'veld-wil_wonen', 'Ik wil in mijn huis blijven wonen.');
      expect((await druk(page, 'button', 'Opslaan')).status()).toBe(200);
      expect(await main(page)).toContain('Je voorbereiding is opgeslagen.');
    });
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}${gesprek}`);
      await druk(page, 'link', 'Het gesprek voeren');
      expect(await main(page)).toContain('Wat ik wil: Ik wil in mijn huis blijven wonen.');
      await expectLeesbaar(page);
      // Wonen on the agenda (her own assessment may have ticked others already).
      if (!(await page.locator('input[name="agenda"][value="wonen"]').isChecked())) {
        await tabTo(page, page.locator('input[name="agenda"][value="wonen"]'), 400);
        await page.keyboard.press('Space');
      }
      await typMetToetsenbord(page, 'veld-notitie_wonen', 'De trap is zwaar. Een traplift kan helpen.');
      await typMetToetsenbord(page, 'veld-doel_1', 'Uitzoeken of een traplift kan.');
      await tabTo(page, page.locator('#veld-doel_gebied_1'), 400);
      await page.keyboard.type('Wonen');
      expect(await page.locator('#veld-doel_gebied_1 option:checked').textContent()).toBe('Wonen');
      expect((await druk(page, 'button', 'Aantekeningen opslaan')).status()).toBe(200);
      expect(await main(page)).toContain('De aantekeningen zijn opgeslagen.');
      expect((await druk(page, 'button', 'Verslag maken uit de aantekeningen')).status()).toBe(200);
      expect(await main(page)).toContain('Er is een nieuwe versie van het verslag.');
    });
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}${gesprek}/verslag`);
      expect(await main(page)).toContain('De trap is zwaar. Een traplift kan helpen.');
      await expectLeesbaar(page);
      await typMetToetsenbord(
        page,
        'veld-tekst_wonen',
        'De trap is zwaar. Ik wil kijken of een traplift kan. Verhuizen wil ik niet.',
      );
      expect((await druk(page, 'button', 'Opslaan als nieuwe versie')).status()).toBe(200);
      expect(await main(page)).toContain('Je verbetering is opgeslagen als nieuwe versie.');
      expect(await main(page)).toContain('versie 2 wacht op de reactie van Ilse Verbeek');
      await kiesMetToetsenbord(page, 'besluit', 0);
      expect((await druk(page, 'button', 'Mijn keuze opslaan')).status()).toBe(200);
      expect(await main(page)).toContain('Definitief: Ilse Verbeek is akkoord met dit verslag.');
      expect(await main(page)).toContain('Verhuizen wil ik niet.');
      await expectLeesbaar(page);
    });
    // The job puts the agreed goal in her plan (the test runs it rather than waiting).
    await server.t.app.jobs.runDue();
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${dossierId}/plan`);
      expect(await main(page)).toContain('Uitzoeken of een traplift kan.');
      // Yara sees the same final version.
    });
    await withBrowser({ javaScript: false }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}${gesprek}/verslag`);
      expect(await main(page)).toContain('Definitief: Ilse Verbeek is akkoord met dit verslag.');
    });
  });
});

describe('a disagreement is kept', () => {
  it('stays final with her reaction, and both sides see it', async () => {
    const gemeente = await findGemeenteByCode(server.t.database.db, 'demo');
    if (!gemeente) throw new Error('no demo gemeente');
    const yaraId = (
      await server.t.database.db
        .selectFrom('account')
        .select('id')
        .where('email', '=', YARA.email)
        .executeTakeFirstOrThrow()
    ).id;
    const id = await createGesprek(server.t.database.db, {
      gemeenteId: gemeente.id,
      dossierId,
      gemeldOp: telOp(vandaag(new Date()), -20),
      gemeldDoor: yaraId,
      op: new Date(),
      verslag: {
        door: yaraId,
        inhoud: {
          perGebied: [{ code: 'vervoer', tekst: 'Zij kan niet meer zelf naar de markt.' }],
          doelen: [],
          betrokkenen: '',
          regievoerder: '',
        },
      },
    });
    const verslag = `${server.origin}/dossiers/${dossierId}/gesprekken/${id}/verslag`;
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, verslag);
      await kiesMetToetsenbord(page, 'besluit', 1);
      await typMetToetsenbord(page, 'veld-reactie', 'Ik fiets nog elke week zelf naar de markt.');
      expect((await druk(page, 'button', 'Mijn keuze opslaan')).status()).toBe(200);
      expect(await main(page)).toContain('Definitief: Ilse Verbeek is het niet eens met dit verslag.');
    });
    await withBrowser({ javaScript: false }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, verslag);
      const tekst = await main(page);
      expect(tekst).toContain('Definitief: Ilse Verbeek is het niet eens met dit verslag.');
      expect(tekst).toContain('Ik fiets nog elke week zelf naar de markt.');
    });
  });
});

describe('axe on the pages of the talk and the report', () => {
  it('finds no violations (JavaScript on)', async () => {
    const basis = `${server.origin}/dossiers/${dossierId}/gesprekken`;
    await withBrowser({ viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, basis);
      const hrefs = await page
        .locator('main a[href*="/gesprekken/"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
      const gesprekken = hrefs.filter((h) => /\/gesprekken\/[0-9a-f-]{36}$/.test(h));
      expect(gesprekken.length).toBeGreaterThan(0);
      for (const g of gesprekken) {
        await visit(page, `${server.origin}${g}/gesprek`);
        await expectNoAxeViolations(page, `gesprek voeren ${g}`);
        await visit(page, `${server.origin}${g}/verslag`);
        await expectNoAxeViolations(page, `verslag ${g}`);
      }
    });
  });
});
