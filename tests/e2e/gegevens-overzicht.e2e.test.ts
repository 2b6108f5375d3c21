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
import { eigenDossierId, ILSE, navigated } from './support/regie.js';

/**
 * The overview of "Mijn gegevens" (the page beside its PDF): reached from "Je gegevens" with and
 * without JavaScript, axe finds nothing (WCAG 2.1 A + AA), and on a 320 px phone the page does
 * not scroll sideways. The PDF link downloads a PDF.
 */
let server: E2EServer;

beforeAll(async () => {
  server = await startServer();
}, 600_000);
afterAll(async () => server?.close());

describe('overview of Mijn gegevens', () => {
  for (const javaScript of [true, false])
    it(`is reached from "Je gegevens"${javaScript ? ' and passes axe' : ' without JavaScript'}`, async () => {
      await withBrowser({ javaScript }, async (page) => {
        // Without JavaScript the form is sent by its button (as a person would), not by Enter.
        await login(page, server.origin, ILSE.email, DEMO_PASSWORD, javaScript ? 'enter' : 'klik');
        const dossierId = await eigenDossierId(page, server.origin);
        await visit(page, `${server.origin}/dossiers/${dossierId}/gegevens`);
        const response = await navigated(page, () =>
          page.getByRole('link', { name: 'Bekijk het overzicht', exact: true }).click(),
        );
        expect(response.status()).toBe(200);
        expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/gegevens/overzicht`);
        expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Overzicht van je gegevens');
        await expect(page.getByRole('heading', { level: 2, name: 'Wie wat mag zien' }).count()).resolves.toBe(
          1,
        );
        // axe runs in the page's JavaScript: checked in the variant with JavaScript on.
        if (javaScript) await expectNoAxeViolations(page, 'gegevens-overzicht');
      });
    }, 600_000);

  it('passes axe on a 320 px phone without sideways scrolling, and its PDF link downloads a PDF', async () => {
    await withBrowser({ viewport: { width: 320, height: 640 } }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const dossierId = await eigenDossierId(page, server.origin);
      await visit(page, `${server.origin}/dossiers/${dossierId}/gegevens/overzicht`);
      await expectNoAxeViolations(page, 'gegevens-overzicht 320 px');
      const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(breedte).toBeLessThanOrEqual(320);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download het overzicht als PDF', exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('redzaam-overzicht.pdf');
    });
  }, 600_000);
});
