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
import { linkFromOutbox } from './support/mail.js';
import { navigated, tabTo, YARA } from './support/regie.js';

/**
 * A neighbour without a resident's record (decision 048) in a real browser: she signs up on the
 * public page (bad input told at the field, then sent), Yara approves her (keyboard only), she
 * chooses a password from the mail's link, logs in and fills in what she can give — a volunteer
 * gets no request part. JavaScript off on a 320 px phone (no horizontal scroll, no word broken
 * inside); axe with JavaScript on. The rules (under 18, twice, refusal, throttling) are tested over
 * HTTP in src/samen/buren/buren.test.ts.
 */

let server: E2EServer;
const EMAIL = 'mirjam@buren.lindewaard.example';
const WACHTWOORD = 'een eigen lange zin voor Samen';

beforeAll(async () => {
  server = await startServer();
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe('a neighbour without a record in the browser', { timeout: 300_000 }, () => {
  it('signs up, is approved, chooses a password and says what she can give', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await visit(page, `${server.origin}/samen/aanmelden`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Meedoen met Samen');
      await expectLeesbaar(page, 'samen/aanmelden');
      const leeg = await navigated(page, () => page.getByRole('button', { name: 'Aanmelden' }).click());
      expect(leeg.status()).toBe(400);
      expect(await page.locator('#veld-voornaam').getAttribute('aria-invalid')).toBe('true');
      expect(await visibleText(page.locator('main'))).toContain('Vul je voornaam in.');
      await page.locator('#veld-voornaam').fill('Mirjam');
      await page.locator('#veld-email').fill(EMAIL);
      await page.locator('#veld-postcode').fill('0103');
      await page.locator('#veld-geboortejaar').fill('1962');
      await page.getByLabel('Ik wil alleen helpen (vrijwilliger)').check();
      await navigated(page, () => page.getByRole('button', { name: 'Aanmelden' }).click());
      expect(await visibleText(page.locator('main'))).toContain('Dank je! We hebben je aanmelding.');
      await expectLeesbaar(page, 'samen/aanmelden verstuurd');
    });

    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/samen/coordinatie/aanmeldingen`);
      const lijst = await visibleText(page.locator('main'));
      expect(lijst).toContain('Mirjam, postcode 0103');
      expect(lijst).toContain('Roos, postcode 0103');
      await expectLeesbaar(page, 'samen/coordinatie/aanmeldingen');
      await tabTo(page, page.getByRole('button', { name: 'Ja, Mirjam mag meedoen' }));
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(await visibleText(page.locator('main'))).toContain('Goedgekeurd.');
      expect(await visibleText(page.locator('main'))).not.toContain('Mirjam, postcode 0103');
    });

    const link = await linkFromOutbox(server.t, EMAIL);
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await visit(page, link);
      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(WACHTWOORD);
      await page.getByLabel('Typ je nieuwe wachtwoord nog een keer').fill(WACHTWOORD);
      await navigated(page, () => page.getByRole('button', { name: 'Wachtwoord opslaan' }).click());
      await login(page, server.origin, EMAIL, WACHTWOORD);
      await visit(page, `${server.origin}/mijn-samen`);
      expect(new URL(page.url()).pathname).toMatch(/^\/dossiers\/[0-9a-f-]{36}\/samen$/);
      // A volunteer only gives: no request part on her page.
      expect(await page.locator('#veld-vraag').count()).toBe(0);
      await page.locator('#veld-aanbod-tuin').check();
      await page.locator('#veld-voornaam').fill('Mirjam');
      await page.locator('#veld-wijk').fill('Lindewaard-Oost');
      await page.locator('#veld-postcode').fill('0103');
      await page.locator('#veld-maxKm').fill('3');
      await page.locator('#veld-dagdeel').check();
      await page.locator('#veld-geboortejaar').fill('1962');
      await page.locator('#veld-telefoon').fill('06 12312312');
      await navigated(page, () => page.getByRole('button', { name: 'Bewaren' }).click());
      expect(await visibleText(page.locator('main'))).toContain('Je gegevens zijn bewaard.');
      await expectLeesbaar(page, 'samen van een vrijwilliger');
    });
  });

  it('the sign-up page and the coordinator list have no axe findings', async () => {
    await withBrowser({}, async (page) => {
      await visit(page, `${server.origin}/samen/aanmelden`);
      await expectNoAxeViolations(page, 'samen/aanmelden');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/samen/coordinatie/aanmeldingen`);
      await expectNoAxeViolations(page, 'samen/coordinatie/aanmeldingen');
    });
  });
});
