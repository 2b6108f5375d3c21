import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { DEMO_WIJK_TITEL } from '../../src/monitor/panel/demo-wijk.js';
import { type E2EServer, expectNoAxeViolations, login, startServer, visit } from './support/browser.js';
import { expectLeesbaar, openKleinScherm } from './support/klein-scherm.js';
import { demoAccount } from './support/regie.js';

/**
 * The breakdown of the demo's example peiling in a real browser (docs/decisions/049): by gender
 * a chart and a table on a 320 px phone and at 200 % text, with no sideways scroll and no
 * broken word; gender and age crossed is refused with a message and no table; axe finds nothing
 * (with JavaScript on: axe hangs on pages without it). The demo's second peiling by area
 * (docs/decisions/057) with JavaScript off at 320 px: chosen in the form, the areas with enough
 * people shown, West withheld; the example peiling without an area question says so.
 */

let server: E2EServer;
const LOTTE = demoAccount('analist');

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

/** axe; undecided contrast only inside the decorative bar chart (its labels sit on the bars). */
async function axeMetStaven(page: Page, label: string) {
  const { incomplete } = await expectNoAxeViolations(page, label, { allowIncomplete: true });
  expect(incomplete.filter((f) => f.id !== 'color-contrast').map((f) => f.id)).toEqual([]);
  for (const node of incomplete.flatMap((f) => f.nodes)) {
    const inStaaf = await page
      .locator(node.target)
      .first()
      .evaluate((el) => el.closest('svg.redzaam-monitor-staaf') !== null);
    expect(inStaaf, `${label}: ${node.target}`).toBe(true);
  }
}

describe('a breakdown of a peiling in a browser', () => {
  for (const scherm of ['telefoon', 'grote-tekst'] as const)
    it(`shows the demo peiling by gender as a chart and a table (${scherm}), and refuses gender × age`, async () => {
      const voorbeeld = await server.t.database.db
        .selectFrom('peiling')
        .select('id')
        .where('titel', 'like', 'Hoe gaat het met je?%')
        .executeTakeFirstOrThrow();
      const sessie = await openKleinScherm(scherm, { name: `uitsplitsing-${scherm}` });
      try {
        const { page } = sessie;
        await login(page, server.origin, LOTTE.email, DEMO_PASSWORD);
        const antwoord = await visit(
          page,
          `${server.origin}/panel/peilingen/${voorbeeld.id}/uitsplitsing?naar=geslacht`,
        );
        expect(antwoord.status()).toBe(200);
        const tekst = (await page.locator('main').textContent()) ?? '';
        expect(tekst).toContain('56 (79%)');
        expect(tekst).toContain('Man: 79 procent (56 van de 71 mensen).');
        expect(await page.locator('svg.redzaam-monitor-staaf').count()).toBeGreaterThan(0);
        expect(await page.locator('table caption').first().textContent()).toContain('per groep en antwoord');
        await expectLeesbaar(page, `uitsplitsing geslacht ${scherm}`, {
          magSchuiven: ['.redzaam-table-wrapper'],
        });
        await axeMetStaven(page, `uitsplitsing geslacht ${scherm}`);
        // Chosen in the form as a person would: gender and age together would show small groups.
        await page.getByLabel('Verdelen naar').selectOption('geslacht-leeftijd');
        await Promise.all([
          page.waitForURL(/naar=geslacht-leeftijd/),
          page.getByRole('button', { name: 'Toon de cijfers' }).click(),
        ]);
        expect(await page.locator('main').textContent()).toContain('Deze verdeling tonen we niet');
        expect(await page.locator('table').count()).toBe(0);
        await expectLeesbaar(page, `uitsplitsing geweigerd ${scherm}`);
        await expectNoAxeViolations(page, `uitsplitsing geweigerd ${scherm}`);
      } finally {
        await sessie.close();
      }
    });

  it('shows the demo peiling with areas by area without JavaScript at 320 px, withholds West, and says so where no area was asked', async () => {
    const db = server.t.database.db;
    const wijk = await db
      .selectFrom('peiling')
      .select('id')
      .where('titel', '=', DEMO_WIJK_TITEL)
      .executeTakeFirstOrThrow();
    const voorbeeld = await db
      .selectFrom('peiling')
      .select('id')
      .where('titel', 'like', 'Hoe gaat het met je?%')
      .executeTakeFirstOrThrow();
    const zonderJs = await openKleinScherm('telefoon', {
      javaScript: false,
      name: 'uitsplitsing-wijk-zonder-js',
    });
    try {
      const { page } = zonderJs;
      await login(page, server.origin, LOTTE.email, DEMO_PASSWORD);
      expect((await visit(page, `${server.origin}/panel/peilingen/${wijk.id}/uitsplitsing`)).status()).toBe(
        200,
      );
      // Chosen in the form as a person would, without JavaScript: a plain GET form.
      await page.getByLabel('Verdelen naar').selectOption('gebied');
      await Promise.all([
        page.waitForURL(/naar=gebied/),
        page.getByRole('button', { name: 'Toon de cijfers' }).click(),
      ]);
      const tekst = (await page.locator('main').textContent()) ?? '';
      expect(tekst).toContain('Centrum: 50 procent (50 van de 100 mensen).');
      expect(tekst).toContain('Oost: 50 procent (35 van de 70 mensen).');
      // West (8 people) and the unknown areas are a dash, never a count.
      const west = page.getByRole('row', { name: /^West/ }).first();
      expect((await west.textContent())?.replace('West', '')).toMatch(/^[–]+$/);
      expect(tekst).toContain('Wijk niet gegeven');
      await expectLeesbaar(page, 'uitsplitsing wijk zonder js', { magSchuiven: ['.redzaam-table-wrapper'] });
      // Area × gender would show small groups: a message, no table.
      await visit(page, `${server.origin}/panel/peilingen/${wijk.id}/uitsplitsing?naar=gebied-geslacht`);
      expect(await page.locator('main').textContent()).toContain('Deze verdeling tonen we niet');
      expect(await page.locator('table').count()).toBe(0);
      // The example peiling asks no area: said plainly, no table.
      await visit(page, `${server.origin}/panel/peilingen/${voorbeeld.id}/uitsplitsing?naar=gebied`);
      expect(await page.locator('main').textContent()).toContain(
        'Deze peiling vraagt niet in welke wijk mensen wonen.',
      );
      expect(await page.locator('table').count()).toBe(0);
      await expectLeesbaar(page, 'uitsplitsing geen wijk zonder js');
    } finally {
      await zonderJs.close();
    }
    // axe on the same page with JavaScript on (axe hangs on pages without it).
    const metJs = await openKleinScherm('telefoon', { name: 'uitsplitsing-wijk-axe' });
    try {
      const { page } = metJs;
      await login(page, server.origin, LOTTE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/panel/peilingen/${wijk.id}/uitsplitsing?naar=gebied`);
      expect(await page.locator('table').count()).toBeGreaterThan(0);
      await axeMetStaven(page, 'uitsplitsing wijk');
    } finally {
      await metJs.close();
    }
  });
});
