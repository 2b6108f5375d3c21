import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithPassword, createOrganisatie } from '../../src/demo/factories.js';
import { DEMO_GEMEENTE } from '../../src/demo/seed.js';
import { findGemeenteByCode } from '../../src/platform/gemeente/queries.js';
import { codeVoor, geheimUitPagina, onthoudGeheim } from '../support/tweede-factor.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  navigation,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import { openMenuAlsGevouwen } from './support/klein-scherm.js';

/**
 * Setting up the second factor and logging in with a code from the app, on a 320 px phone,
 * with JavaScript off (the flow must work) and on (axe checks each page, WCAG 2.1 AA).
 */

const PASSWORD = 'een lange zin als wachtwoord';
let server: E2EServer;
let organisatieId: string;
let gemeenteId: string;

beforeAll(async () => {
  server = await startServer();
  const demo = await findGemeenteByCode(server.t.database.db, DEMO_GEMEENTE.code);
  gemeenteId = demo?.id as string;
  organisatieId = (await createOrganisatie(server.t.database.db, gemeenteId, 'Wijkteam Zuid')).id;
});

afterAll(async () => {
  await server?.close();
});

async function controleer(page: Page, javaScript: boolean, naam: string) {
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte, `${naam}: no sideways scrolling at 320 px`).toBeLessThanOrEqual(320);
  if (javaScript) await expectNoAxeViolations(page, `${naam} 320 px`);
}

async function wachtwoordStap(page: Page, email: string) {
  await visit(page, `${server.origin}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await navigation(page, () => page.getByRole('button', { name: 'Inloggen', exact: true }).click());
}

describe.each([
  { javaScript: false, label: 'zonder JavaScript' },
  { javaScript: true, label: 'met JavaScript (axe)' },
])('the second factor on a 320 px phone $label', ({ javaScript }) => {
  it('sets up the app, shows the recovery codes, and asks for a code at the next login', async () => {
    const email = `tweede-factor-${javaScript ? 'js' : 'zonder-js'}@lindewaard.example`;
    await createAccountWithPassword(server.t.database.db, {
      gemeenteId,
      naam: 'Femke de Wit',
      email,
      rol: 'professional',
      password: PASSWORD,
      organisatieId,
    });
    await withBrowser({ javaScript, viewport: { width: 320, height: 640 } }, async (page) => {
      await wachtwoordStap(page, email);
      expect(new URL(page.url()).pathname).toBe('/tweede-factor/instellen');
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Inloggen in twee stappen instellen',
      );
      const qr = page.getByRole('img', { name: 'QR-code om Redzaam toe te voegen aan je app' });
      expect(await qr.count()).toBe(1);
      expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      await controleer(page, javaScript, 'instellen');

      // A wrong code first: the message is next to the field.
      await page.getByLabel('Code van 6 cijfers').fill('12');
      const fout = await navigation(page, () =>
        page.getByRole('button', { name: 'Code controleren' }).click(),
      );
      expect(fout.status()).toBe(400);
      expect(await visibleText(page.locator('#veld-code-fout'))).toBe(
        'Typ de 6 cijfers van de code uit de app.',
      );
      await controleer(page, javaScript, 'instellen met fout');

      const geheim = geheimUitPagina(await page.content()) as string;
      onthoudGeheim(email, geheim);
      await page.getByLabel('Code van 6 cijfers').fill(await codeVoor(email));
      const klaar = await navigation(page, () =>
        page.getByRole('button', { name: 'Code controleren' }).click(),
      );
      expect(klaar.status()).toBe(200);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Je herstelcodes');
      expect(await page.locator('.redzaam-herstelcodes li').count()).toBe(10);
      await controleer(page, javaScript, 'herstelcodes');
      await navigation(page, () =>
        page.getByRole('link', { name: 'Ik heb de codes bewaard, ga verder' }).click(),
      );
      expect(new URL(page.url()).pathname).toBe('/mijn-overzicht');

      await openMenuAlsGevouwen(page);
      await navigation(page, () => page.getByRole('button', { name: 'Uitloggen' }).click());
      await wachtwoordStap(page, email);
      expect(new URL(page.url()).pathname).toBe('/tweede-factor');
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Inloggen: stap 2');
      await controleer(page, javaScript, 'code');
      await page.getByLabel('Code van 6 cijfers').fill(await codeVoor(email));
      const binnen = await navigation(page, () => page.getByRole('button', { name: 'Verder' }).click());
      expect(binnen.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/mijn-overzicht');

      await visit(page, `${server.origin}/tweede-factor/herstel`);
      await controleer(page, javaScript, 'herstel');
    });
  }, 600_000);
});
