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
import { eigenDossierId, ILSE, navigated } from './support/regie.js';

/**
 * Samen on her netwerkkaart (decision 050) in a real browser, on the demo: Ilse chose to show
 * Noor, with whom she exchanged help. JavaScript off, 320 px: she turns it off on her Samen page
 * and the map's list (the picture's text alternative) has no "Via Samen"; she turns it on and
 * the list names Noor and what went each way; the picture draws her in her own group. No
 * horizontal scroll, no word broken inside; axe with JavaScript on.
 */

let server: E2EServer;

beforeAll(async () => {
  server = await startServer();
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe('samen on her netwerkkaart in the browser', { timeout: 300_000 }, () => {
  it('Ilse turns it off and on without JavaScript at 320 px; the list names Noor only when on', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const dossierId = await eigenDossierId(page, server.origin);
      const kies = async (label: string) => {
        await visit(page, `${server.origin}/dossiers/${dossierId}/samen`);
        await page.getByLabel(label).check();
        await navigated(page, () => page.getByRole('button', { name: 'Sla je keuze op' }).click());
        expect(await visibleText(page.locator('main'))).toContain('Je keuze is bewaard.');
      };
      const lijst = async () => {
        await visit(page, `${server.origin}/dossiers/${dossierId}/netwerk`);
        return visibleText(page.locator('.redzaam-ecomap-lijst'));
      };
      await kies('Nee, niet op mijn netwerkkaart');
      expect(await lijst()).not.toContain('Via Samen');
      await kies('Ja, zet ze op mijn netwerkkaart');
      await expectLeesbaar(page, 'dossiers/…/samen met de keuze voor de netwerkkaart');
      const tekst = await lijst();
      expect(tekst).toContain('Via Samen (1)');
      expect(tekst).toContain('Noor');
      expect(tekst).toContain('Jij hielp met: Nederlands oefenen');
      expect(tekst).toContain('Hielp jou met: Boodschappen doen');
      // The picture draws her in her own group, and its key says how to tell.
      expect(await page.locator('.redzaam-ecomap__verbinding[data-groep="samen"]').count()).toBe(1);
      expect(await visibleText(page.locator('.redzaam-ecomap__legenda'))).toContain(
        'Via Samen: een vierkantje',
      );
      await expectLeesbaar(page, 'dossiers/…/netwerk met Via Samen');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const dossierId = await eigenDossierId(page, server.origin);
      await visit(page, `${server.origin}/dossiers/${dossierId}/netwerk`);
      await expectNoAxeViolations(page, 'dossiers/…/netwerk met Via Samen');
      await visit(page, `${server.origin}/dossiers/${dossierId}/samen`);
      await expectNoAxeViolations(page, 'dossiers/…/samen met de keuze voor de netwerkkaart');
    });
  });
});
