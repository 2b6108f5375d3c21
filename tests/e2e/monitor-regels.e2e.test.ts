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
import { expectLeesbaar, TELEFOON } from './support/klein-scherm.js';
import { KEES } from './support/regie.js';

/**
 * The gemeente's monitor rules (/beheer/monitor) in a real browser on a 320 px phone, JavaScript
 * off: the beheerder (Kees) finds the page in the menu, an area twice shows the error next to
 * the field and keeps the input, saving works and reads back; taking away an area the demo's
 * people chose is refused next to the field. Nothing scrolls sideways. axe finds nothing on these
 * pages; axe runs in the page's JavaScript, so it runs in a session with JavaScript on (as in
 * samen-vaardigheden.e2e.test.ts).
 */

let server: E2EServer;
const PAD = '/beheer/monitor';

beforeAll(async () => {
  server = await startServer();
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe('a beheerder sets the monitor rules', { timeout: 400_000 }, () => {
  it('saves without JavaScript at 320 px, shows the error next to the field, axe finds nothing', async () => {
    await withBrowser({ viewport: { ...TELEFOON }, javaScript: false }, async (page) => {
      await login(page, server.origin, KEES.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/mijn-overzicht`);
      // The menu is folded on a phone; without JavaScript the link is there all the same.
      expect(await page.locator(`a[href="${PAD}"]`).count()).toBeGreaterThan(0);
      const regels = await visit(page, `${server.origin}${PAD}`);
      expect(regels.status()).toBe(200);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Monitor: regels van de gemeente',
      );
      await expectLeesbaar(page, 'regels');

      // An area twice: the error next to the field, the input kept, nothing written.
      await page.getByLabel('Kleinste aantal dat we tonen').fill('11');
      await page.getByLabel('Gebieden', { exact: true }).fill('Centrum\nOost\nWest\nNoord\noost');
      const fout = await navigation(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(fout.status()).toBe(400);
      const melding = 'Het gebied "oost" staat twee keer in de lijst. Haal er een weg.';
      expect(await visibleText(page.locator('#veld-gebieden-fout'))).toBe(melding);
      expect(await visibleText(page.locator('#foutmeldingen'))).toContain(melding);
      expect(await page.locator('#veld-gebieden').getAttribute('aria-describedby')).toContain(
        'veld-gebieden-fout',
      );
      expect(await page.getByLabel('Kleinste aantal dat we tonen').inputValue()).toBe('11');
      await expectLeesbaar(page, 'regels met foutmelding');

      await page.getByLabel('Gebieden', { exact: true }).fill('Centrum\nOost\nWest\nNoord');
      const opgeslagen = await navigation(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(opgeslagen.status()).toBe(200);
      expect(new URL(page.url()).search).toBe('?melding=opgeslagen');
      expect(await visibleText(page.getByRole('main'))).toContain('De regels zijn opgeslagen.');
      expect(await page.getByLabel('Kleinste aantal dat we tonen').inputValue()).toBe('11');
      expect(await page.getByLabel('Gebieden', { exact: true }).inputValue()).toBe(
        'Centrum\nOost\nWest\nNoord',
      );

      // The demo's residents and panel members chose these areas: emptying the list is refused
      // next to the field (the figures before and after would count them), nothing written.
      await page.getByLabel('Gebieden', { exact: true }).fill('Oost\nWest\nNoord');
      const weg = await navigation(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(weg.status()).toBe(400);
      expect(await visibleText(page.locator('#veld-gebieden-fout'))).toContain(
        'Het gebied "Centrum" kan niet weg: mensen hebben het al gekozen.',
      );
      await expectLeesbaar(page, 'regels: een gekozen gebied weghalen');
      await visit(page, `${server.origin}${PAD}`);
      expect(await page.getByLabel('Gebieden', { exact: true }).inputValue()).toBe(
        'Centrum\nOost\nWest\nNoord',
      );
    });

    // The same pages with JavaScript on, for axe: the rules, and the rules with the error.
    await withBrowser({ viewport: { ...TELEFOON }, javaScript: true }, async (page) => {
      await login(page, server.origin, KEES.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}${PAD}`);
      await expectNoAxeViolations(page, 'monitor regels (telefoon)');
      await page.getByLabel('Marge').fill('0');
      const fout = await navigation(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(fout.status()).toBe(400);
      expect(await visibleText(page.locator('#veld-marge-fout'))).toBe(
        'Vul een heel getal in van 1 tot en met 1000.',
      );
      await expectLeesbaar(page, 'regels met foutmelding (JavaScript aan)');
      await expectNoAxeViolations(page, 'monitor regels met foutmelding (telefoon)');
    });
  });
});
