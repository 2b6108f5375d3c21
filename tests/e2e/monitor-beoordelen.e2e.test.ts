import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { type Beoordeling, beoordeel } from '../../src/monitor/panel/beoordelen.js';
import { indienen, nieuweCode } from '../../src/monitor/panel/panel.js';
import { maakPeiling, maakUitnodiging } from '../../src/monitor/panel/queries.js';
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
import { expectLeesbaar, openKleinScherm } from './support/klein-scherm.js';
import { demoAccount, isFocused, KEES, tabTo } from './support/regie.js';

/**
 * The review of open answers in a real browser: the analist cleans an answer with the keyboard
 * only, JavaScript off, on a 320 px phone (untick a false alarm, rebuild the suggestion, a text
 * that keeps a marked name refused next to the field, then approve); the page reads at 200 %
 * text; axe finds nothing on the review screen, its error state and the conflict page.
 */

let server: E2EServer;
let gemeenteId: string;
const LOTTE = demoAccount('analist');
const ANTWOORD = 'Mijn buurman Henk de Vries helpt me. Bel 06-12345678 als het slecht gaat.';

/** A peiling with one open answer waiting for review. */
async function peilingMetAntwoord(titel: string): Promise<string> {
  const db = server.t.database.db;
  const peilingId = await maakPeiling(db, gemeenteId, {
    titel,
    vragen: ['toelichting'],
    sluitOp: '2099-12-31',
  });
  const { code, hash } = nieuweCode();
  await maakUitnodiging(db, {
    tokenHash: hash,
    peilingId,
    lidId: null,
    verlooptOp: new Date('2099-12-31T23:59:59Z'),
  });
  await indienen(db, {
    gemeenteId,
    code,
    geholpen: false,
    nu: new Date(),
    antwoorden: { toelichting: { tekst: ANTWOORD } },
  });
  return peilingId;
}

beforeAll(async () => {
  server = await startServer();
  gemeenteId = (
    await server.t.database.db
      .selectFrom('gemeente')
      .select('id')
      .where('code', '=', 'demo')
      .executeTakeFirstOrThrow()
  ).id;
});

afterAll(async () => {
  await server?.close();
});

const knop = (page: Page, naam: string) => page.getByRole('button', { name: naam, exact: true });

/** Tabs to a button and presses Enter, as a keyboard user does; the response of the page it loads. */
async function drukOp(page: Page, naam: string) {
  await tabTo(page, knop(page, naam), 120);
  return navigation(page, () => page.keyboard.press('Enter'));
}

describe('the review of open answers in a browser', () => {
  it('lets the analist clean and approve an answer with the keyboard only, JavaScript off, at 320 px', async () => {
    const peilingId = await peilingMetAntwoord('Toetsenbordpeiling');
    const sessie = await openKleinScherm('telefoon', { javaScript: false, name: 'beoordelen-zonder-js' });
    try {
      const { page } = sessie;
      await login(page, server.origin, LOTTE.email, DEMO_PASSWORD);
      const url = `${server.origin}/panel/peilingen/${peilingId}/beoordelen`;
      expect((await visit(page, url)).status()).toBe(200);
      await expectLeesbaar(page, 'beoordelen');
      expect(await visibleText(page.locator('mark').first())).toBe('Henk de Vries');
      const tekst = page.getByRole('textbox', { name: 'Het antwoord zonder wat iemand herkenbaar maakt' });
      expect(await tekst.inputValue()).toBe(
        'Mijn buurman [naam] helpt me. Bel [telefoon] als het slecht gaat.',
      );
      // The phone number is a false alarm in her eyes: untick it with Space, rebuild the suggestion.
      const telefoon = page.getByRole('checkbox', { name: '"06-12345678" (telefoonnummer)' });
      await tabTo(page, telefoon, 120);
      await page.keyboard.press('Space');
      expect(await telefoon.isChecked()).toBe(false);
      expect((await drukOp(page, 'Opnieuw voorstellen')).status()).toBe(200);
      expect(await tekst.inputValue()).toBe(
        'Mijn buurman [naam] helpt me. Bel 06-12345678 als het slecht gaat.',
      );
      // She types the name back in: refused, with the message next to the field.
      await tabTo(page, tekst, 120);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Henk de Vries helpt me.');
      expect((await drukOp(page, 'Goedkeuren')).status()).toBe(400);
      expect(await visibleText(page.locator('.utrecht-form-field-error-message').first())).toContain(
        'Hier staat nog iets in dat weg moet: "Henk de Vries".',
      );
      await expectLeesbaar(page, 'beoordelen met foutmelding');
      await tabTo(page, tekst, 120);
      expect(await isFocused(tekst)).toBe(true);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Mijn buurman [naam] helpt me.');
      const klaar = await drukOp(page, 'Goedkeuren');
      expect(klaar.status()).toBe(200);
      expect(await page.locator('main').textContent()).toContain('Het antwoord is goedgekeurd.');
      expect(await page.locator('main').textContent()).toContain('Alle open antwoorden zijn nagekeken.');
    } finally {
      await sessie.close();
    }
    const groot = await openKleinScherm('grote-tekst', { javaScript: false, name: 'beoordelen-groot' });
    try {
      const tweede = await peilingMetAntwoord('Grote letters');
      await login(groot.page, server.origin, LOTTE.email, DEMO_PASSWORD);
      expect(
        (await visit(groot.page, `${server.origin}/panel/peilingen/${tweede}/beoordelen`)).status(),
      ).toBe(200);
      await expectLeesbaar(groot.page, 'beoordelen bij 200 % tekst');
    } finally {
      await groot.close();
    }
  });

  it('has no axe violations on the review screen, with a message, and on the conflict page', async () => {
    const peilingId = await peilingMetAntwoord('Axepeiling');
    await withBrowser({}, async (page) => {
      await login(page, server.origin, LOTTE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/panel/peilingen/${peilingId}/beoordelen`);
      await expectNoAxeViolations(page, 'beoordelen');
      await page
        .getByRole('textbox', { name: 'Het antwoord zonder wat iemand herkenbaar maakt' })
        .fill('   ');
      expect((await navigation(page, () => knop(page, 'Goedkeuren').click())).status()).toBe(400);
      await expectNoAxeViolations(page, 'beoordelen met foutmelding');
      // Someone else reviews it meanwhile; her approval then meets a conflict with both versions.
      const id = /\/beoordelen\/([0-9a-f-]{36})"/.exec(await page.content())?.[1] as string;
      const anderen: Beoordeling = { soort: 'goedgekeurd', tekst: 'Mijn buurman [naam] helpt.' };
      const kees = await server.t.database.db
        .selectFrom('account')
        .select(['id', 'naam', 'email'])
        .where('email', '=', KEES.email)
        .executeTakeFirstOrThrow();
      const viewer = {
        accountId: kees.id,
        sessionId: 'ander-venster',
        gemeenteId,
        naam: kees.naam,
        email: kees.email,
        rol: 'beheerder' as const,
        organisatieId: null,
        organisatieNaam: null,
        bevoegdheden: [],
      };
      expect(
        (
          await beoordeel(
            server.t.database.db,
            viewer,
            { peilingId, id, versie: 1, beoordeling: anderen },
            new Date(),
          )
        ).soort,
      ).toBe('opgeslagen');
      await page
        .getByRole('textbox', { name: 'Het antwoord zonder wat iemand herkenbaar maakt' })
        .fill('Het gaat.');
      expect((await navigation(page, () => knop(page, 'Goedkeuren').click())).status()).toBe(409);
      expect(await page.locator('main').textContent()).toContain('Mijn buurman [naam] helpt.');
      expect(await page.locator('main').textContent()).toContain('Het gaat.');
      await expectNoAxeViolations(page, 'beoordelen conflict');
    });
  });
});
