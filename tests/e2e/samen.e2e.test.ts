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
import { ILSE, navigated, tabTo, YARA } from './support/regie.js';
import { samenMensen, vulDeelIn } from './support/samen.js';

/**
 * Samen in a real browser: Wessel and Hanna (and Daan and Lotte) say what they offer and ask —
 * Wessel with JavaScript off on a 320 px phone; the coordinator Yara runs a round; Wessel accepts
 * with the keyboard only, Hanna with a click, and only then does each see the other's phone; both
 * say the help happened and see it in their own picture. Daan declines, Lotte sees it will not
 * go ahead. axe finds nothing on her page (empty, with errors, with proposals, after all accepted)
 * and on the coordinator's page, in a JavaScript-on context.
 */

let server: E2EServer;
const mensen: Record<string, { email: string; dossierId: string }> = {};

beforeAll(async () => {
  server = await startServer();
  Object.assign(
    mensen,
    await samenMensen(server, ['Wessel', 'Hanna', 'Daan', 'Lotte'], 'samen.lindewaard.example'),
  );
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe('samen in the browser', { timeout: 300_000 }, () => {
  it('Wessel (no JavaScript, 320 px): bad input gets a message at the field; then his part is saved', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, mensen.Wessel?.email as string, DEMO_PASSWORD);
      await visit(page, `${server.origin}/mijn-samen`);
      expect(new URL(page.url()).pathname).toBe(`/dossiers/${mensen.Wessel?.dossierId}/samen`);
      // Offering is asked first.
      const koppen = await page.getByRole('heading', { level: 3 }).allTextContents();
      expect(koppen.indexOf('Wat kun jij geven?')).toBeLessThan(koppen.indexOf('Waar wil je hulp bij?'));
      await page.locator('#veld-maxKm').fill('-1');
      const fout = await navigated(page, () => page.getByRole('button', { name: 'Bewaren' }).click());
      expect(fout.status()).toBe(400);
      expect(await visibleText(page.locator('#veld-aanbod-fout'))).toBe(
        'Kies minstens één ding dat je kunt doen.',
      );
      expect(await visibleText(page.locator('#veld-maxKm-fout'))).toBe(
        'Vul een afstand in van 0 tot 25 kilometer.',
      );
      await expectLeesbaar(page, 'samen met foutmeldingen');
      const goed = await vulDeelIn(page, {
        voornaam: 'Wessel',
        postcode: '3511',
        telefoon: '06 55555501',
        geeft: 'taalles',
        vraagt: 'boodschappen',
      });
      expect(goed.status()).toBe(200);
      expect(await page.getByRole('status').first().textContent()).toContain('Je gegevens zijn bewaard.');
    });
    // The same pages with JavaScript on: axe.
    await withBrowser({}, async (page) => {
      await login(page, server.origin, mensen.Wessel?.email as string, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${mensen.Wessel?.dossierId}/secties/samen`);
      await expectNoAxeViolations(page, 'samen (ingevuld)');
      await page.locator('#veld-voornaam').fill('');
      await navigated(page, () => page.getByRole('button', { name: 'Bewaren' }).click());
      await expectNoAxeViolations(page, 'samen met foutmeldingen');
    });
  });

  it('Hanna, Daan and Lotte say what they offer; the coordinator matches them', async () => {
    for (const [naam, p] of [
      ['Hanna', { postcode: '3512', telefoon: '06 55555502', geeft: 'boodschappen', vraagt: 'taalles' }],
      ['Daan', { postcode: '3511', telefoon: '06 55555503', geeft: 'tuin', vraagt: 'computer' }],
      ['Lotte', { postcode: '3512', telefoon: '06 55555504', geeft: 'computer', vraagt: 'tuin' }],
    ] as const)
      await withBrowser({}, async (page) => {
        await login(page, server.origin, mensen[naam]?.email as string, DEMO_PASSWORD);
        await visit(page, `${server.origin}/mijn-samen`);
        expect((await vulDeelIn(page, { voornaam: naam, ...p })).status()).toBe(200);
      });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/samen/coordinatie`);
      await expectNoAxeViolations(page, 'samen/coordinatie');
      await navigated(page, () => page.getByRole('button', { name: 'Zoek nu buren bij elkaar' }).click());
      expect(await page.getByRole('status').first().textContent()).toContain('2 nieuwe voorstellen');
      await expectNoAxeViolations(page, 'samen/coordinatie na een ronde');
    });
  });

  it('a pair: both accept (one by keyboard, no JavaScript), only then contact is shared; help confirmed', async () => {
    const wessel = mensen.Wessel as { email: string; dossierId: string };
    const hanna = mensen.Hanna as { email: string; dossierId: string };
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, wessel.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${wessel.dossierId}/samen`);
      const tekst = await visibleText(page.locator('main'));
      expect(tekst).toContain('Hanna uit Lindewaard-Oost');
      expect(tekst).toContain('Jij helpt Hanna uit Lindewaard-Oost met: Nederlands oefenen');
      expect(tekst).not.toContain('06 55555502');
      await expectLeesbaar(page, 'samen met een voorstel');
      await tabTo(page, page.getByRole('button', { name: 'Ja, dat wil ik' }));
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(await visibleText(page.locator('main'))).toContain('Je zei ja.');
      expect(await visibleText(page.locator('main'))).not.toContain('06 55555502');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, hanna.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${hanna.dossierId}/samen`);
      await expectNoAxeViolations(page, 'samen met een open voorstel');
      expect(await visibleText(page.locator('main'))).not.toContain('06 55555501');
      await navigated(page, () => page.getByRole('button', { name: 'Ja, dat wil ik' }).click());
      const tekst = await visibleText(page.locator('main'));
      expect(tekst).toContain('Iedereen zei ja');
      expect(tekst).toContain('Telefoon: 06 55555501');
      await expectNoAxeViolations(page, 'samen na ja van iedereen');
      await navigated(page, () => page.getByRole('button', { name: 'De hulp is gebeurd' }).click());
    });
    await withBrowser({ javaScript: false }, async (page) => {
      await login(page, server.origin, wessel.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${wessel.dossierId}/samen`);
      expect(await visibleText(page.locator('main'))).toContain('Telefoon: 06 55555502');
      await navigated(page, () => page.getByRole('button', { name: 'De hulp is gebeurd' }).click());
      const beeld = await visibleText(page.locator('section[aria-labelledby="samen-beeld"]'));
      expect(beeld).toContain('Nederlands oefenen');
      expect(beeld).toContain('Boodschappen doen');
    });
  });

  it('a decline: Daan says no without a reason; Lotte sees it will not go ahead', async () => {
    const daan = mensen.Daan as { email: string; dossierId: string };
    const lotte = mensen.Lotte as { email: string; dossierId: string };
    await withBrowser({ javaScript: false }, async (page) => {
      await login(page, server.origin, daan.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${daan.dossierId}/samen`);
      await navigated(page, () => page.getByRole('button', { name: 'Nee, liever niet' }).click());
      expect(await page.getByRole('status').first().textContent()).toContain(
        'Je hoeft niet te zeggen waarom.',
      );
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, lotte.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${lotte.dossierId}/samen`);
      expect(await visibleText(page.locator('main'))).toContain('Gaat niet door');
      expect(await page.getByRole('button', { name: 'Ja, dat wil ik' }).count()).toBe(0);
      await expectNoAxeViolations(page, 'samen na een nee');
    });
  });

  it('the demo: Ilse sees her pair with Noor, agreed and done', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/mijn-samen`);
      const tekst = await visibleText(page.locator('main'));
      expect(tekst).toContain('Noor uit Lindewaard-Oost');
      expect(tekst).toContain('Jij hebt gezegd dat de hulp is gebeurd.');
      await expectNoAxeViolations(page, 'samen (demo)');
    });
  });
  it('Yara records an identity and a VOG check (keyboard only, no JavaScript, 320 px); axe', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/samen/coordinatie`);
      const link = page.getByRole('link', { name: 'Identiteit en VOG vastleggen' });
      await tabTo(page, link);
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(new URL(page.url()).pathname).toBe('/samen/coordinatie/controle');
      const lijst = await visibleText(page.locator('main'));
      expect(lijst).toContain('Noor uit Lindewaard-Oost');
      // The demo: Sem's identity and VOG were checked already, so he is not on the list.
      expect(lijst).not.toContain('Sem uit');
      expect(lijst).toContain('Fatma uit Lindewaard-Oost');
      await expectLeesbaar(page, 'samen/coordinatie/controle');
      const knop = page.getByRole('button', { name: 'Ik zag het identiteitsbewijs van Noor' });
      await tabTo(page, knop);
      const antwoord = await navigated(page, () => page.keyboard.press('Enter'));
      expect(antwoord.status()).toBe(200);
      expect(await page.getByRole('status').first().textContent()).toContain(
        'De controle van de identiteit is vastgelegd.',
      );
      expect(await knop.count()).toBe(0);
      await navigated(page, () => page.getByRole('button', { name: 'Ik zag de VOG van Noor' }).click());
      expect(await page.getByRole('status').first().textContent()).toContain(
        'De controle van de VOG is vastgelegd.',
      );
      expect(await visibleText(page.locator('main'))).not.toContain('Noor uit Lindewaard-Oost');
      await expectLeesbaar(page, 'samen/coordinatie/controle na vastleggen');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/samen/coordinatie/controle`);
      await expectNoAxeViolations(page, 'samen/coordinatie/controle');
    });
  });
});
