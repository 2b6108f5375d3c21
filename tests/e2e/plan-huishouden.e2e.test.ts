import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithPassword, createOrganisatie, createToegang } from '../../src/demo/factories.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { findGemeenteByCode } from '../../src/platform/gemeente/queries.js';
import { dossierVanInwoner } from '../../src/regie/door/door.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  login,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import { navigated, tabTo } from './support/regie.js';
import { typMetToetsenbord } from './support/toetsenbord.js';

/**
 * Huishouden in a real browser (issue 11 item 4): Lena makes a link code, Tom enters it and
 * consents, the warning then counts the four professionals of both plans (numbers only), and
 * Tom ends the link — keyboard only, JavaScript off, 320 px; axe on the household page in every
 * state (JavaScript on).
 */

let server: E2EServer;
const TELEFOON = { width: 320, height: 640 };
const LENA = 'lena.huishouden@lindewaard.example';
const TOM = 'tom.huishouden@lindewaard.example';
const dossiers = { lena: '', tom: '' };
const pagina = (wie: keyof typeof dossiers) => `${server.origin}/dossiers/${dossiers[wie]}/plan/huishouden`;
const plan = (wie: keyof typeof dossiers) => `${server.origin}/dossiers/${dossiers[wie]}/plan`;

async function breedte(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

beforeAll(async () => {
  server = await startServer();
  const db = server.t.database.db;
  const gemeente = await findGemeenteByCode(db, 'demo');
  if (!gemeente) throw new Error('no demo gemeente');
  const gemeenteId = gemeente.id;
  for (const [wie, email, naam] of [
    ['lena', LENA, 'Lena Vos'],
    ['tom', TOM, 'Tom Vos'],
  ] as const) {
    const inwoner = await createAccountWithPassword(db, {
      gemeenteId,
      naam,
      email,
      rol: 'inwoner',
      password: DEMO_PASSWORD,
    });
    dossiers[wie] = await dossierVanInwoner(db, gemeenteId, inwoner.id);
    // Two professionals on each plan: under the threshold (3) apiece, four together.
    for (const n of [1, 2]) {
      const org = await createOrganisatie(db, gemeenteId, `Hulp ${wie} ${n}`);
      const pro = await createAccountWithPassword(db, {
        gemeenteId,
        naam: `Hulpverlener ${wie} ${n}`,
        email: `pro${n}.${wie}.huishouden@lindewaard.example`,
        rol: 'professional',
        password: DEMO_PASSWORD,
        organisatieId: org.id,
      });
      await createToegang(db, {
        gemeenteId,
        dossierId: dossiers[wie],
        granteeAccountId: pro.id,
        createdBy: inwoner.id,
        eindigtOp: null,
        niveaus: { plan: 'lezen' },
      });
    }
  }
});

afterAll(async () => {
  await server?.close();
});

describe('Huishouden, keyboard only, JavaScript off, 320 px', () => {
  let code = '';

  it('Lena makes a link code from her plan', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, LENA, DEMO_PASSWORD);
      await visit(page, plan('lena'));
      await tabTo(page, page.getByRole('link', { name: /Koppel jullie plannen als huishouden/ }));
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Ons huishouden');
      await tabTo(page, page.getByRole('button', { name: 'Maak een code', exact: true }));
      expect((await navigated(page, () => page.keyboard.press('Enter'))).status()).toBe(200);
      code = ((await page.locator('[data-koppelcode]').textContent()) ?? '').trim();
      expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      expect(await breedte(page)).toBeLessThanOrEqual(320);
    });
  });

  it('Tom enters it and consents; the warning counts the household; he ends the link', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, TOM, DEMO_PASSWORD);
      await visit(page, plan('tom'));
      expect(await page.getByText('In jullie huishouden').count()).toBe(0);
      await visit(page, pagina('tom'));
      // Without consent: the message next to the box, nothing linked.
      await typMetToetsenbord(page, 'veld-code', code);
      await tabTo(page, page.getByRole('button', { name: 'Koppel mijn plan', exact: true }));
      expect((await navigated(page, () => page.keyboard.press('Enter'))).status()).toBe(400);
      expect(await page.locator('#veld-akkoord-fout').textContent()).toContain('Zet een vinkje');
      await tabTo(page, page.locator('#veld-akkoord'));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('button', { name: 'Koppel mijn plan', exact: true }));
      expect((await navigated(page, () => page.keyboard.press('Enter'))).status()).toBe(200);
      expect(await page.getByText('Jullie plannen zijn gekoppeld.').count()).toBe(1);
      expect(await page.getByText('Lena Vos, sinds').count()).toBe(1);
      expect(await breedte(page)).toBeLessThanOrEqual(320);

      await visit(page, plan('tom'));
      expect(await page.getByText('In jullie huishouden werken 4 hulpverleners.').count()).toBe(1);
      expect(await page.getByText(/Hulp lena/).count()).toBe(0);
      expect(await breedte(page)).toBeLessThanOrEqual(320);

      await visit(page, pagina('tom'));
      await tabTo(page, page.getByRole('button', { name: 'Stop de koppeling', exact: true }));
      expect((await navigated(page, () => page.keyboard.press('Enter'))).status()).toBe(200);
      expect(await page.getByText('Je plan is niet meer gekoppeld.').count()).toBe(1);
      await visit(page, plan('tom'));
      expect(await page.getByText('In jullie huishouden').count()).toBe(0);
    });
  });

  it.each([
    { label: 'telefoon', viewport: TELEFOON },
    { label: 'breed scherm', viewport: { width: 1280, height: 900 } },
  ])('finds no violations on the household page ($label)', async ({ label, viewport }) => {
    await withBrowser({ viewport }, async (page) => {
      await login(page, server.origin, LENA, DEMO_PASSWORD);
      await visit(page, pagina('lena'));
      await expectNoAxeViolations(page, `huishouden leeg (${label})`);
      await navigated(page, () => page.getByRole('button', { name: 'Maak een code', exact: true }).click());
      await expectNoAxeViolations(page, `huishouden met code (${label})`);
      await page.locator('#veld-code').fill('fout');
      await navigated(page, () =>
        page.getByRole('button', { name: 'Koppel mijn plan', exact: true }).click(),
      );
      await expectNoAxeViolations(page, `huishouden met fouten (${label})`);
    });
  });
});
