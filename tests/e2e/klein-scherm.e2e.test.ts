import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { type E2EServer, login, navigation, startServer, visit } from './support/browser.js';
import {
  expectLeesbaar,
  expectNoAxeViolationsBuitenGrafieken,
  leesbaarProblemen,
  openKleinScherm,
  type Scherm,
} from './support/klein-scherm.js';
import { eigenDossierId, ILSE, KEES } from './support/regie.js';

/**
 * Issue 18, finding 6: on a 320 px phone and with text at 200 %, with JavaScript on and off,
 * no page scrolls sideways, nothing is cut off and no word is broken inside; tables become
 * stacked lists, the header folds into a menu, and axe still finds nothing.
 */

let server: E2EServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

/** The pages a resident meets, after logging in as Ilse. */
async function inwonerPaginas(origin: string, page: Page): Promise<string[]> {
  const id = await eigenDossierId(page, origin);
  return [
    '/mijn-overzicht',
    `/dossiers/${id}`,
    `/dossiers/${id}/levensgebieden`,
    `/dossiers/${id}/levensgebieden/invullen`,
    `/dossiers/${id}/toegang`,
    `/dossiers/${id}/logboek`,
    `/dossiers/${id}/netwerk`,
    '/mijn-sessies',
    '/sociale-kaart?q=hulp+bij+schulden',
  ];
}

const BEHEER_PAGINAS = [
  '/beheer/accounts',
  '/beheer/taken',
  '/beheer/sociale-kaart',
  '/beheer/netwerk/relaties',
  '/beheer/samen/vaardigheden',
  '/beheer/monitor',
];
const OPEN_PAGINAS = ['/', '/inloggen', '/sociale-kaart', '/wachtwoord-vergeten'];

/**
 * Every page: status 200, reflow and whole words. axe runs where JavaScript is on: axe itself is
 * script that waits on timers, which a page without JavaScript never fires.
 */
async function controleer(page: Page, paden: string[], scherm: Scherm, javaScript: boolean) {
  for (const pad of paden) {
    const response = await visit(page, `${server.origin}${pad}`);
    expect(response.status(), pad).toBe(200);
    await expectLeesbaar(page, `${pad} (${scherm})`);
    if (javaScript) await expectNoAxeViolationsBuitenGrafieken(page, `${pad} (${scherm})`);
  }
}

const SCHERMEN = [
  ['telefoon', false],
  ['telefoon', true],
  ['grote-tekst', false],
  ['grote-tekst', true],
] as [Scherm, boolean][];

describe.each(SCHERMEN)('op %s, JavaScript %s', (scherm, javaScript) => {
  it('pages without login', { timeout: 300_000 }, async () => {
    const s = await openKleinScherm(scherm, { javaScript });
    try {
      await controleer(s.page, OPEN_PAGINAS, scherm, javaScript);
    } finally {
      await s.close();
    }
  });

  it('the resident’s pages', { timeout: 300_000 }, async () => {
    const s = await openKleinScherm(scherm, { javaScript });
    try {
      await login(s.page, server.origin, ILSE.email, DEMO_PASSWORD);
      await controleer(s.page, await inwonerPaginas(server.origin, s.page), scherm, javaScript);
    } finally {
      await s.close();
    }
  });

  // Acceptance of issue 18: from Mijn overzicht every part of her record is one tap away (the card's
  // own link), on this screen, and what it opens fits. Every registered section that can hold
  // something of hers; `documenten` holds nothing until a capability stores documents.
  it('the resident reaches every part of her record from Mijn overzicht in one step', {
    timeout: 300_000,
  }, async () => {
    const secties = (server.t.app.secties?.alle() ?? [])
      .map((sectie) => sectie.code)
      .filter((code) => code !== 'documenten');
    expect(secties.length).toBeGreaterThanOrEqual(8);
    const s = await openKleinScherm(scherm, { javaScript });
    try {
      await login(s.page, server.origin, ILSE.email, DEMO_PASSWORD);
      const id = await eigenDossierId(s.page, server.origin);
      for (const code of secties) {
        await visit(s.page, `${server.origin}/mijn-overzicht`);
        const kaart = s.page.locator(`#kaarten #kaart-${code} > a`);
        expect(await kaart.count(), `a card for ${code}`).toBe(1);
        const response = await navigation(s.page, () => kaart.click());
        expect(response.status(), code).toBe(200);
        expect(new URL(s.page.url()).pathname, code).toBe(`/dossiers/${id}/${code}`);
        await expectLeesbaar(s.page, `${code} (${scherm})`);
        if (javaScript) await expectNoAxeViolationsBuitenGrafieken(s.page, `${code} (${scherm})`);
      }
    } finally {
      await s.close();
    }
  });

  it('the beheer tables', { timeout: 300_000 }, async () => {
    const b = await openKleinScherm(scherm, { javaScript });
    try {
      await login(b.page, server.origin, KEES.email, DEMO_PASSWORD);
      await controleer(b.page, BEHEER_PAGINAS, scherm, javaScript);
    } finally {
      await b.close();
    }
  });
});

describe.each([false, true])('the header on a phone, JavaScript %s', (javaScript) => {
  it('folds the menu into a button that opens without JavaScript, and leaves most of the screen to the page', {
    timeout: 600_000,
  }, async () => {
    const s = await openKleinScherm('telefoon', { javaScript });
    try {
      await login(s.page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(s.page, `${server.origin}/mijn-overzicht`);
      const kop = await s.page.locator('header').boundingBox();
      expect(kop?.height ?? 999).toBeLessThanOrEqual(640 * 0.25);
      const knop = s.page.locator('header details > summary');
      expect(await knop.count()).toBe(1);
      const logboek = s.page.getByRole('banner').getByRole('link', { name: 'Logboek' });
      expect(await logboek.isVisible()).toBe(false);
      await knop.click();
      expect(await logboek.isVisible()).toBe(true);
      await expectLeesbaar(s.page, 'menu open');
      if (javaScript) await expectNoAxeViolationsBuitenGrafieken(s.page, 'menu open');
    } finally {
      await s.close();
    }
  });
});

describe('the search filters on a phone', () => {
  // Finding 6: filter check boxes are 24 px like the others, and selects look like selects.
  it('check boxes are at least 24 × 24 px, and each select has a border and its arrow', {
    timeout: 300_000,
  }, async () => {
    const s = await openKleinScherm('telefoon', { javaScript: false });
    try {
      await visit(s.page, `${server.origin}/sociale-kaart`);
      const vakjes = await s.page.locator('input[type="checkbox"], input[type="radio"]').evaluateAll((els) =>
        els
          .filter((e) => e.getClientRects().length > 0)
          .map((e) => {
            const r = e.getBoundingClientRect();
            return { naam: e.id, breed: r.width, hoog: r.height };
          }),
      );
      expect(vakjes.length).toBeGreaterThan(0);
      for (const v of vakjes) {
        expect(v.breed, v.naam).toBeGreaterThanOrEqual(24);
        expect(v.hoog, v.naam).toBeGreaterThanOrEqual(24);
      }
      const keuzelijsten = await s.page.locator('select').evaluateAll((els) =>
        els.map((e) => {
          const stijl = getComputedStyle(e);
          return { naam: e.id, uiterlijk: stijl.appearance, rand: Number.parseFloat(stijl.borderTopWidth) };
        }),
      );
      expect(keuzelijsten.length).toBeGreaterThan(0);
      for (const k of keuzelijsten) {
        expect(k.uiterlijk, k.naam).not.toBe('none');
        expect(k.rand, k.naam).toBeGreaterThan(0);
      }
    } finally {
      await s.close();
    }
  });
});

describe('the checker itself', () => {
  it('finds a page that scrolls sideways and a word broken inside', { timeout: 600_000 }, async () => {
    const s = await openKleinScherm('telefoon', { javaScript: true });
    try {
      await visit(s.page, `${server.origin}/`);
      await s.page.evaluate(() => {
        const breed = document.createElement('p');
        breed.style.width = '500px';
        breed.textContent = 'breed';
        document.querySelector('main')?.append(breed);
        const smal = document.createElement('p');
        smal.style.width = '40px';
        smal.style.overflowWrap = 'anywhere';
        smal.textContent = 'Schuldhulpverlening';
        document.querySelector('main')?.append(smal);
      });
      const problemen = await leesbaarProblemen(s.page);
      expect(problemen.some((p) => p.startsWith('de pagina schuift opzij'))).toBe(true);
      expect(problemen.some((p) => p.includes('"Schuldhulpverlening"'))).toBe(true);
    } finally {
      await s.close();
    }
  });
});
