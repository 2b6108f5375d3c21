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
import { eigenDossierId, ILSE, navigated, tabTo, YARA } from './support/regie.js';

/**
 * Samen groups in a real browser, on the demo: Ilse follows the step on her overview to the
 * lotgenotengroep that waits for her, sees only first names, joins with the keyboard (JavaScript
 * off, 320 px) and — everyone answered, enough joined — the group starts and the members' phone
 * numbers show. Yara, the coordinator, sees both groups and Sanne as ervaringsdeskundige, proposes
 * the possible buurtcirkel the nightly job found in one step (keyboard), and proposes buurtcirkels. No horizontal scroll, no word broken inside; axe with JavaScript on.
 * Declines, reports, removal and bad input are tested over HTTP in src/samen/groepen/groepen.test.ts.
 */

let server: E2EServer;

beforeAll(async () => {
  server = await startServer();
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe('samen groups in the browser', { timeout: 300_000 }, () => {
  it('Ilse reaches her group from her overview, joins by keyboard, and then sees who joined', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const dossierId = await eigenDossierId(page, server.origin);
      // Her part saves as the demo left it (its postcode is one of the demo's own).
      await visit(page, `${server.origin}/dossiers/${dossierId}/samen`);
      await navigated(page, () => page.getByRole('button', { name: 'Bewaren' }).click());
      expect(await visibleText(page.locator('main'))).toContain('Je gegevens zijn bewaard.');
      await visit(page, `${server.origin}/mijn-overzicht`);
      expect(await visibleText(page.locator('main'))).toContain('Er is een lotgenotengroep voor je.');
      await navigated(page, () => page.getByRole('link', { name: 'Bekijk de groep' }).first().click());
      expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/samen/groepen`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Je groepen');
      const voor = await visibleText(page.locator('main'));
      expect(voor).toContain('Lotgenotengroep over: Een praatje, gezelschap');
      expect(voor).toContain('Sanne Bos');
      expect(voor).toContain('Wouter uit Lindewaard-Oost');
      expect(voor).not.toContain('Telefoon:');
      await expectLeesbaar(page, 'dossiers/…/samen/groepen met een voorstel');
      await tabTo(page, page.getByRole('button', { name: 'Ja, ik doe mee' }));
      await navigated(page, () => page.keyboard.press('Enter'));
      const na = await visibleText(page.locator('main'));
      expect(na).toContain('De groep is begonnen.');
      expect(na).toContain('Telefoon:');
      await expectLeesbaar(page, 'dossiers/…/samen/groepen begonnen');
      await visit(page, `${server.origin}/mijn-overzicht`);
      expect(await visibleText(page.locator('main'))).toContain('Je doet mee met een lotgenotengroep.');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const dossierId = await eigenDossierId(page, server.origin);
      await visit(page, `${server.origin}/dossiers/${dossierId}/samen/groepen`);
      await expectNoAxeViolations(page, 'dossiers/…/samen/groepen');
    });
  });

  it('the coordinator sees the groups and proposes buurtcirkels without JavaScript at 320 px; axe', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/samen/groepen`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Groepen');
      const tekst = await visibleText(page.locator('main'));
      expect(tekst).toContain('Buurtcirkel over: Samen wandelen');
      expect(tekst).toContain('Sanne Bos is ervaringsdeskundige.');
      await expectLeesbaar(page, 'samen/groepen');
      // A possible group the nightly job found (counts only): proposed in one step, by keyboard.
      expect(tekst).toContain('Mogelijke groepen');
      expect(tekst).toContain('Buurtcirkel over: Koken of samen eten');
      expect(tekst).toContain('8 mensen kunnen samen een groep vormen.');
      await page.locator('#veld-mogelijk-buurtcirkel-koken-leider').selectOption({ label: 'Yara Doğan' });
      await tabTo(
        page,
        page.getByRole('button', { name: 'Buurtcirkel over Koken of samen eten voorstellen' }),
      );
      const voorgesteld = await navigated(page, () => page.keyboard.press('Enter'));
      expect(voorgesteld.status()).toBe(200);
      const na = await visibleText(page.locator('main'));
      expect(na).toContain('1 groep voorgesteld (van');
      expect(na).not.toContain('Buurtcirkel over Koken of samen eten voorstellen');
      expect(na).toContain('Buurtcirkel over: Koken of samen eten');
      await expectLeesbaar(page, 'samen/groepen na een mogelijke groep');
      const antwoord = await navigated(page, () =>
        page.getByRole('button', { name: 'Buurtcirkels voorstellen' }).click(),
      );
      expect(antwoord.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/samen/groepen');
      await expectLeesbaar(page, 'samen/groepen na een ronde');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/samen/groepen`);
      // Still possible groups on the page (lotgenoten ones), so axe checks their forms too.
      expect(await visibleText(page.locator('main'))).toContain('kunnen samen een groep vormen.');
      await expectNoAxeViolations(page, 'samen/groepen');
    });
  });
});
