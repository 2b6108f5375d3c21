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
import { expectLeesbaar, TELEFOON } from './support/klein-scherm.js';
import { mailsTo } from './support/mail.js';
import { eigenDossierId, ILSE, navigated, tabTo, YARA } from './support/regie.js';
import { typMetToetsenbord } from './support/toetsenbord.js';

/**
 * The netwerkberaad in a real browser, keyboard only and JavaScript off on a 320 px phone: Ilse
 * invites Mama from her network map (her consent by the tick); Mama answers the e-mailed link
 * without an account; Ilse starts the network's private time and Yara, the professional, sees
 * that it is going on but not what the network wrote. axe runs on the pages in a JavaScript-on
 * session (with JavaScript off it never finishes).
 */

let server: E2EServer;
let dossierId = '';
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

/** The melding she is preparing (the demo's newest, listed first) and its netwerkberaad page. */
async function beraadPad(page: Page): Promise<string> {
  await visit(page, `${server.origin}/dossiers/${dossierId}/gesprekken`);
  const links = await page
    .locator('main a[href*="/gesprekken/"]')
    .evaluateAll((a) => a.map((link) => link.getAttribute('href') ?? ''));
  const gesprek = links.find((h) => /\/gesprekken\/[0-9a-f-]{36}$/.test(h));
  expect(gesprek, 'a link to the melding being prepared').toBeTruthy();
  return `${gesprek}/netwerkberaad`;
}

describe('netwerkberaad: invitation from her map → answered without an account → private time', () => {
  it('runs with the keyboard only and JavaScript off, and passes axe', async () => {
    let pad = '';
    let link = '';
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      pad = await beraadPad(page);
      await visit(page, `${server.origin}${pad.replace(/\/netwerkberaad$/, '')}`);
      expect((await druk(page, 'link', 'Netwerkberaad')).status()).toBe(200);
      // The demo's netwerkberaad: Bram answered and offered help; Tante Els not yet.
      expect(await main(page)).toContain('Bram: komt.');
      expect(await main(page)).toContain('Ik kan elke zaterdag met je wandelen.');
      await expectLeesbaar(page);
      const mamaId = await page
        .locator('label', { hasText: /^Mama$/ })
        .first()
        .getAttribute('for')
        .then((id) => (id ? page.locator(`#${id}`).getAttribute('value') : null));
      expect(mamaId, 'Mama on her map').toBeTruthy();
      await tabTo(page, page.locator(`input[name="uitnodigen"][value="${mamaId}"]`), 400);
      await page.keyboard.press('Space');
      await typMetToetsenbord(page, `veld-email_${mamaId}`, 'mama@lindewaard.example');
      expect((await druk(page, 'button', 'Opslaan en uitnodigen')).status()).toBe(200);
      expect(await main(page)).toContain('Het netwerkberaad is opgeslagen.');
      expect(await main(page)).toContain('Mama: heeft nog niet geantwoord.');
      const mail = (await mailsTo(server.t, 'mama@lindewaard.example')).at(-1) ?? '';
      expect(mail).not.toContain('Ilse');
      link = /https?:\/\/[^\s"<>]+\/netwerkberaad\/[A-Za-z0-9_-]+/.exec(mail)?.[0] ?? '';
      expect(link, 'the link in her mail').toMatch(/\/netwerkberaad\//);
    });
    const linkPad = new URL(link).pathname;
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      // No account, no login: the link is the key.
      expect((await visit(page, `${server.origin}${linkPad}`)).status()).toBe(200);
      expect(await main(page)).toContain('Hallo Mama.');
      await expectLeesbaar(page);
      await tabTo(page, page.locator('#veld-antwoord'), 100);
      await page.keyboard.press('Space');
      await typMetToetsenbord(page, 'veld-aanbod', 'Ik kook op woensdag.');
      expect((await druk(page, 'button', 'Antwoord sturen')).status()).toBe(200);
      expect(await main(page)).toContain('Je antwoord is bewaard: je komt.');
    });
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}${pad}`);
      expect(await main(page)).toContain('Mama: komt.');
      expect((await druk(page, 'button', 'Eigen tijd van het netwerk starten')).status()).toBe(200);
      expect(await main(page)).toContain('De eigen tijd van het netwerk is begonnen.');
    });
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      expect((await visit(page, `${server.origin}${pad}`)).status()).toBe(200);
      expect(await main(page)).toContain('Het netwerk heeft nu eigen tijd.');
      expect(await main(page)).not.toContain('Ik kook op woensdag.');
      expect(await main(page)).not.toContain('Ik kan elke zaterdag met je wandelen.');
      await expectLeesbaar(page);
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}${pad}`);
      await expectNoAxeViolations(page, 'netwerkberaad (inwoner)');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}${pad}`);
      await expectNoAxeViolations(page, 'netwerkberaad (professional, eigen tijd)');
    });
    await withBrowser({}, async (page) => {
      expect((await visit(page, `${server.origin}${linkPad}`)).status()).toBe(200);
      await expectNoAxeViolations(page, 'netwerkberaad uitnodiging');
    });
  });
});
