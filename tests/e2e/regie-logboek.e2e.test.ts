import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { formatTime } from '../../src/platform/dates.js';
import { type E2EServer, login, startServer, visibleText, visit, withBrowser } from './support/browser.js';
import { mailsTo } from './support/mail.js';
import {
  BRAM,
  dateFieldValue,
  dutchDate,
  eigenDossierId,
  fieldOf,
  ILSE,
  navigated,
  YARA,
} from './support/regie.js';

/**
 * The resident's trail ("Logboek: wie heeft wat bekeken") in a real browser: what others did
 * shows up as Dutch sentences, the filter is a plain GET form that works without JavaScript,
 * and emergency access by a professional is marked "Noodgeval" and mailed to the resident.
 */

let server: E2EServer;
let dossierId: string;

beforeAll(async () => {
  server = await startServer();
  dossierId = await withBrowser({}, async (page) => {
    await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
    return eigenDossierId(page, server.origin);
  });
});

afterAll(async () => {
  await server?.close();
});

// Every line names role and organisation (issue 16); brackets escaped where it is used in a pattern.
const YARA_WIE = 'Yara Doğan (professional, Buurtteam Lindewaard-Oost)';
const YARA_IN_MAIL = 'Yara Doğan van Buurtteam Lindewaard-Oost';
const YARA_WIE_PATROON = YARA_WIE.replace(/[()]/g, '\\$&');

/** The sentences of the log as Ilse sees them, newest first. */
async function logLines(page: Page): Promise<string[]> {
  const list = page.locator('ol.redzaam-logboek > li');
  return (await list.allInnerTexts()).map((line) => line.trim());
}

/** Both minutes a moment may be shown as, when the clock turned while the request ran. */
function minutesAround(before: Date, after: Date): string[] {
  return [...new Set([formatTime(before, 'nl'), formatTime(after, 'nl')])];
}

describe('reading the log', () => {
  it('after Yara opens the plan, Ilse reads "Yara Doğan (professional, Buurtteam Lindewaard-Oost) bekeek je plan …"', async () => {
    const before = new Date();
    await withBrowser({ name: 'yara' }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      const shared = page.locator('#gedeeld').getByRole('link', { name: 'Ilse Verbeek' });
      expect(await shared.getAttribute('href')).toBe(`/dossiers/${dossierId}`);
      // The record's section link leads to the plan itself.
      const plan = await visit(page, `${server.origin}/dossiers/${dossierId}/secties/plan`);
      expect(plan.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/plan`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Het plan van Ilse Verbeek');
      // With `voorstellen` on her plan Yara proposes; she does not change it herself.
      expect(await page.getByRole('link', { name: 'Een doel voorstellen' }).count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Nieuw doel' }).count()).toBe(0);
    });
    const after = new Date();

    await withBrowser({ javaScript: false, name: 'ilse' }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const log = await navigated(page, () =>
        page.getByRole('navigation').getByRole('link', { name: 'Logboek' }).click(),
      );
      expect(log.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/logboek`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Logboek: wie heeft wat bekeken',
      );

      const lines = await logLines(page);
      const planLines = lines.filter((line) => line.startsWith(`${YARA_WIE} bekeek je plan op `));
      // The seeded look of four days ago, and today's.
      expect(planLines).toHaveLength(2);
      const today = planLines.filter((line) => line.includes(` op ${dutchDate(after)} om `));
      expect(today).toHaveLength(1);
      expect(
        minutesAround(before, after).map(
          (tijd) => `${YARA_WIE} bekeek je plan op ${dutchDate(after)} om ${tijd}.`,
        ),
      ).toContain(today[0]);
      // Newest first: today's look is above the seeded one.
      expect(lines.indexOf(today[0] as string)).toBeLessThan(
        lines.indexOf(planLines.find((line) => line !== today[0]) as string),
      );
    });
  });

  it("filtering by person Bram shows only Bram's lines, with a GET form and no JavaScript", async () => {
    // Bram looks at the crisiskaart today as well: two lines of his in the log.
    await withBrowser({ name: 'bram' }, async (page) => {
      await login(page, server.origin, BRAM.email, DEMO_PASSWORD);
      const crisis = await visit(page, `${server.origin}/dossiers/${dossierId}/secties/crisiskaart`);
      expect(crisis.status()).toBe(200);
    });

    await withBrowser({ javaScript: false, name: 'ilse' }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/mijn-logboek`);
      const all = await logLines(page);
      expect(all.some((line) => line.startsWith(YARA_WIE))).toBe(true);
      expect(all.some((line) => line.startsWith('Jij '))).toBe(true);

      const persoon = page.getByLabel('Persoon');
      expect(await persoon.inputValue()).toBe('');
      await persoon.selectOption({ label: 'Bram Verbeek' });
      const bramId = await persoon.inputValue();
      expect(bramId).toMatch(/^[0-9a-f-]{36}$/);
      const filtered = await navigated(page, () => page.getByRole('button', { name: 'Laat zien' }).click());
      expect(filtered.status()).toBe(200);
      expect(filtered.request().method()).toBe('GET');
      const url = new URL(page.url());
      expect(url.pathname).toBe(`/dossiers/${dossierId}/logboek`);
      expect(url.searchParams.get('persoon')).toBe(bramId);

      const lines = await logLines(page);
      // Today's look first, then the seeded one of eight days ago.
      const bramLine =
        /^Bram Verbeek \(naaste\) bekeek je crisiskaart op (\d{1,2} \p{L}+ \d{4}) om \d{2}:\d{2}\.$/u;
      expect(lines).toHaveLength(2);
      expect(lines.map((line) => bramLine.exec(line)?.[1])).toEqual([
        dutchDate(new Date()),
        dutchDate(new Date(Date.now() - 8 * 24 * 3_600_000)),
      ]);
      expect(lines.join('\n')).not.toContain('Yara');
      expect(lines.join('\n')).not.toContain('Jij ');
      // The filter stays chosen on the filtered page.
      expect(await page.getByLabel('Persoon').inputValue()).toBe(bramId);

      // Bram never looked at her plan: person and section together find nothing.
      await page.getByLabel('Onderdeel').selectOption({ label: 'Mijn plan' });
      await navigated(page, () => page.getByRole('button', { name: 'Laat zien' }).click());
      expect(new URL(page.url()).searchParams.get('sectie')).toBe('plan');
      expect(await logLines(page)).toEqual([]);
      expect(await visibleText(page.getByRole('main'))).toContain('Er staat nog niets in.');

      // Everyone, from today on: only today's lines.
      await page.getByLabel('Persoon').selectOption({ label: 'Iedereen' });
      await page.getByLabel('Onderdeel').selectOption({ label: 'Alle onderdelen' });
      await page.getByLabel('Vanaf (datum)').fill(dateFieldValue(0));
      await navigated(page, () => page.getByRole('button', { name: 'Laat zien' }).click());
      expect(new URL(page.url()).searchParams.get('van')).toBe(dateFieldValue(0));
      const todays = await logLines(page);
      expect(todays.length).toBeGreaterThanOrEqual(3);
      for (const line of todays) expect(line).toContain(` op ${dutchDate(new Date())} om `);
      expect(todays.some((line) => line.startsWith('Bram Verbeek (naaste) bekeek je crisiskaart'))).toBe(
        true,
      );
      expect(todays.some((line) => line.startsWith(`${YARA_WIE} bekeek je plan`))).toBe(true);
      // The seeded lines of earlier days are gone.
      expect(todays.some((line) => line.includes('hoe het met je gaat'))).toBe(false);
    });
  });
});

describe('emergency access (noodtoegang)', () => {
  it('Yara opens Ilse\'s crisiskaart for an hour; Ilse gets a mail and a "Noodgeval" line', async () => {
    const reden = 'Ilse is onwel aangetroffen bij het buurthuis.';
    let opened: Date | undefined;
    await withBrowser({ name: 'yara' }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      // Without emergency access her grant does not cover the crisiskaart.
      const refused = await visit(page, `${server.origin}/dossiers/${dossierId}/secties/crisiskaart`);
      expect(refused.status()).toBe(403);

      await visit(page, `${server.origin}/mijn-overzicht`);
      const form = await navigated(page, () =>
        page.getByRole('navigation').getByRole('link', { name: 'Noodtoegang' }).click(),
      );
      expect(form.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/noodtoegang');
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        'Noodtoegang tot een crisiskaart',
      );

      // A reason of a few letters is not enough.
      await page.getByLabel('E-mailadres van de inwoner').fill(ILSE.email);
      await page.getByLabel('Waarom is dit een noodgeval?').fill('nood');
      const short = await navigated(page, () =>
        page.getByRole('button', { name: 'Crisiskaart openen' }).click(),
      );
      expect(short.status()).toBe(400);
      expect(
        await visibleText(fieldOf(page, 'veld-reden').locator('.utrecht-form-field-error-message')),
      ).toBe('Schrijf in een paar woorden waarom. Gebruik minstens 10 tekens.');

      // An address that is not a resident here.
      await page.getByLabel('E-mailadres van de inwoner').fill('niemand@lindewaard.example');
      await page.getByLabel('Waarom is dit een noodgeval?').fill(reden);
      const unknown = await navigated(page, () =>
        page.getByRole('button', { name: 'Crisiskaart openen' }).click(),
      );
      expect(unknown.status()).toBe(404);
      expect(
        await visibleText(fieldOf(page, 'veld-email').locator('.utrecht-form-field-error-message')),
      ).toBe('We vinden geen inwoner met dit e-mailadres in deze gemeente.');

      await page.getByLabel('E-mailadres van de inwoner').fill(ILSE.email);
      opened = new Date();
      const crisis = await navigated(page, () =>
        page.getByRole('button', { name: 'Crisiskaart openen' }).click(),
      );
      expect(crisis.status()).toBe(200);
      // The generic section address sends her on to the crisiskaart's own page.
      expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/crisiskaart`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Crisiskaart van Ilse Verbeek');
      const warning = page.locator('.utrecht-alert--warning');
      expect(await warning.getAttribute('role')).toBe('status');
      const hourLater = minutesAround(
        new Date(opened.getTime() + 3_600_000),
        new Date(Date.now() + 3_600_000),
      ).map(
        (tijd) =>
          `Je ziet alleen wat op het kaartje staat, tot ${tijd}. Dit staat in het logboek van Ilse Verbeek. Zij en de mensen die zij koos krijgen bericht.`,
      );
      expect(hourLater).toContain(await visibleText(warning.locator('p')));

      // Only the crisiskaart, and only for her.
      const other = await visit(page, `${server.origin}/dossiers/${dossierId}/secties/netwerk`);
      expect(other.status()).toBe(403);
    });

    const mails = (await mailsTo(server.t, ILSE.email)).filter((mail) =>
      mail.includes('Subject: Een crisiskaart is geopend in een noodgeval'),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`${YARA_IN_MAIL} heeft je crisiskaart geopend`);
    // The reason is for the resident's log, not for e-mail.
    expect(mails[0]).not.toContain(reden);
    // Bram, who may change her crisiskaart, hears of it too, as someone she chose.
    const bram = (await mailsTo(server.t, BRAM.email)).filter((mail) =>
      mail.includes('Een crisiskaart is geopend'),
    );
    expect(bram).toHaveLength(1);
    expect(bram[0]).toContain(`${YARA_IN_MAIL} heeft de crisiskaart van Ilse Verbeek geopend`);

    await withBrowser({ javaScript: false, name: 'ilse' }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/mijn-logboek`);
      const nood = page.locator('ol.redzaam-logboek > li').filter({ has: page.locator('.redzaam-badge') });
      expect(await nood.count()).toBeGreaterThanOrEqual(1);
      const first = nood.first();
      expect(await visibleText(first.locator('.redzaam-badge'))).toBe('Noodgeval');
      expect(await first.locator('.redzaam-badge').evaluate((el) => el.tagName)).toBe('STRONG');
      const text = (await visibleText(first)).trim();
      expect(text).toMatch(
        new RegExp(
          `^Noodgeval ${YARA_WIE_PATROON} opende je crisiskaart in een noodgeval op ${dutchDate(opened as Date)} om \\d{2}:\\d{2}\\. De reden die Yara Doğan gaf: ".+"$`,
        ),
      );
      // Nothing else in the log carries the badge.
      for (const line of await page
        .locator('ol.redzaam-logboek > li')
        .filter({ hasNot: page.locator('.redzaam-badge') })
        .allInnerTexts()) {
        expect(line).not.toContain('noodgeval');
      }
    });
  });
});
