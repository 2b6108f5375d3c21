import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  login,
  startServer,
  visit,
  withBrowser,
} from './support/browser.js';
import { expectLeesbaar, TELEFOON } from './support/klein-scherm.js';
import { eigenDossierId, ILSE, navigated, YARA } from './support/regie.js';

/**
 * Samen groups in a real browser: the coordinator's page (empty, and after a grouping round
 * that found nobody to group) and the resident's page of her groups, with JavaScript off on a
 * 320 px phone (no horizontal scroll, no word broken inside) and axe with JavaScript on. The
 * whole flow (propose → join → start → contact) is tested over HTTP in
 * src/samen/groepen/groepen.test.ts.
 */

let server: E2EServer;

beforeAll(async () => {
  server = await startServer();
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe('samen groups in the browser', { timeout: 300_000 }, () => {
  it('the coordinator proposes groups without JavaScript at 320 px; axe finds nothing', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/samen/groepen`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Groepen');
      await expectLeesbaar(page, 'samen/groepen');
      const antwoord = await navigated(page, () =>
        page.getByRole('button', { name: 'Groepen voorstellen' }).click(),
      );
      expect(antwoord.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/samen/groepen');
      await expectLeesbaar(page, 'samen/groepen na een ronde');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/samen/groepen`);
      await expectNoAxeViolations(page, 'samen/groepen');
      await navigated(page, () => page.getByRole('button', { name: 'Groepen voorstellen' }).click());
      await expectNoAxeViolations(page, 'samen/groepen na een ronde');
    });
  });

  it('the resident sees her groups page without JavaScript at 320 px; axe finds nothing', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const dossierId = await eigenDossierId(page, server.origin);
      await visit(page, `${server.origin}/dossiers/${dossierId}/samen/groepen`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Je groepen');
      await expectLeesbaar(page, 'dossiers/…/samen/groepen');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const dossierId = await eigenDossierId(page, server.origin);
      await visit(page, `${server.origin}/dossiers/${dossierId}/samen/groepen`);
      await expectNoAxeViolations(page, 'dossiers/…/samen/groepen');
    });
  });
});
