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
import { navigated, tabTo, YARA } from './support/regie.js';
import { samenMensen, vulDeelIn } from './support/samen.js';

/**
 * Samen's circle of three in a real browser (issue 14): Kees cooks, Mira drives, Bo does odd jobs,
 * and each asks what the next one offers, so no two of them can help each other — only a circle.
 * All three accept (Kees with the keyboard, JavaScript off, on a 320 px phone); only after the
 * last "ja" does anyone see a phone number; Kees and Bo say the help happened and Kees's own
 * picture shows what both confirmed and nothing else. Then the safety path: Bo reports Kees; Yara
 * reads the report (first name and neighbourhood, no contact details) and pauses him, then ends
 * the pause. axe in a JavaScript-on context on every new state.
 */

let server: E2EServer;
const mensen: Record<string, { email: string; dossierId: string }> = {};
const wie = (naam: string) => mensen[naam] as { email: string; dossierId: string };

beforeAll(async () => {
  server = await startServer();
  Object.assign(mensen, await samenMensen(server, ['Kees', 'Mira', 'Bo'], 'kring.lindewaard.example'));
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe('a circle of three, a report and a pause in the browser', { timeout: 300_000 }, () => {
  it('Kees, Mira and Bo say what they offer; Yara runs a round', async () => {
    for (const [naam, p] of [
      ['Kees', { postcode: '3511', telefoon: '06 55555511', geeft: 'koken', vraagt: 'vervoer' }],
      ['Mira', { postcode: '3512', telefoon: '06 55555512', geeft: 'vervoer', vraagt: 'klusjes' }],
      ['Bo', { postcode: '3512', telefoon: '06 55555513', geeft: 'klusjes', vraagt: 'koken' }],
    ] as const)
      await withBrowser({}, async (page) => {
        await login(page, server.origin, wie(naam).email, DEMO_PASSWORD);
        await visit(page, `${server.origin}/mijn-samen`);
        expect((await vulDeelIn(page, { voornaam: naam, ...p })).status()).toBe(200);
      });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/samen/coordinatie`);
      await navigated(page, () => page.getByRole('button', { name: 'Zoek nu buren bij elkaar' }).click());
      expect(await page.getByRole('status').first().textContent()).toContain('nieuwe voorstel');
    });
  });

  it('all three accept (Kees by keyboard, no JavaScript, 320 px); contact only after the last yes', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, wie('Kees').email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${wie('Kees').dossierId}/samen`);
      const tekst = await visibleText(page.locator('main'));
      expect(tekst).toContain('Een kring van drie: ieder helpt de volgende');
      expect(tekst).toContain('Jij helpt Bo uit Lindewaard-Oost met: Koken of samen eten');
      expect(tekst).toContain('Mira uit Lindewaard-Oost helpt jou met: Iemand ergens heen brengen');
      expect(tekst).not.toContain('06 5555551');
      await expectLeesbaar(page, 'samen met een kring');
      await tabTo(page, page.getByRole('button', { name: 'Ja, dat wil ik' }));
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(await visibleText(page.locator('main'))).toContain('Je zei ja.');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, wie('Mira').email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${wie('Mira').dossierId}/samen`);
      await expectNoAxeViolations(page, 'samen met een open kring');
      await navigated(page, () => page.getByRole('button', { name: 'Ja, dat wil ik' }).click());
      // Two of three said yes: still no phone numbers.
      expect(await visibleText(page.locator('main'))).not.toContain('06 5555551');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, wie('Bo').email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${wie('Bo').dossierId}/samen`);
      await navigated(page, () => page.getByRole('button', { name: 'Ja, dat wil ik' }).click());
      const tekst = await visibleText(page.locator('main'));
      expect(tekst).toContain('Iedereen zei ja');
      expect(tekst).toContain('Telefoon: 06 55555511');
      expect(tekst).toContain('Telefoon: 06 55555512');
      await expectNoAxeViolations(page, 'samen na ja van de hele kring');
      await navigated(page, () => page.getByRole('button', { name: 'De hulp is gebeurd' }).click());
    });
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, wie('Kees').email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${wie('Kees').dossierId}/samen`);
      expect(await visibleText(page.locator('main'))).toContain('Telefoon: 06 55555513');
      await navigated(page, () => page.getByRole('button', { name: 'De hulp is gebeurd' }).click());
      // Kees cooked for Bo and both said so; Mira drove him but has not said so yet.
      const beeld = await visibleText(page.locator('section[aria-labelledby="samen-beeld"]'));
      expect(beeld).toContain('Koken of samen eten');
      expect(beeld).not.toContain('Iemand ergens heen brengen');
      await expectLeesbaar(page, 'samen na de hulp in een kring');
    });
  });

  it('Bo reports Kees (no JavaScript, 320 px); Yara pauses him and ends the pause; axe', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, wie('Bo').email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${wie('Bo').dossierId}/samen`);
      await page.getByText('Voelt iets niet goed?').click();
      await page.getByLabel('Over wie?').selectOption({ label: 'Kees uit Lindewaard-Oost' });
      await page.getByLabel('Wat is er?').selectOption({ label: 'Iemand kwam niet' });
      await navigated(page, () => page.getByRole('button', { name: 'Niet meer samen' }).click());
      expect(await page.getByRole('status').first().textContent()).toContain(
        'Je melding is doorgegeven aan de coördinator.',
      );
      await expectLeesbaar(page, 'samen na een melding');
    });
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/samen/coordinatie`);
      const meldingen = await visibleText(page.locator('main'));
      expect(meldingen).toContain('Kees uit Lindewaard-Oost: Iemand kwam niet');
      // The coordinator sees matching data, never the record: no phone, no e-mail.
      expect(meldingen).not.toContain('06 55555511');
      expect(meldingen).not.toContain('kees@kring');
      const pauze = page.getByRole('button', { name: 'Zet op pauze en sluit de melding' });
      await tabTo(page, pauze);
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(await page.getByRole('status').first().textContent()).toContain(
        'De melding is gesloten en de persoon staat op pauze.',
      );
      expect(await visibleText(page.locator('main'))).toContain('Er zijn geen open meldingen.');
      await expectLeesbaar(page, 'samen/coordinatie met iemand op pauze');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/samen/coordinatie`);
      await expectNoAxeViolations(page, 'samen/coordinatie met iemand op pauze');
      await navigated(page, () =>
        page.getByRole('button', { name: 'Haal Kees (Lindewaard-Oost) van pauze' }).click(),
      );
      expect(await page.getByRole('status').first().textContent()).toContain('De pauze is voorbij.');
    });
  });
});
