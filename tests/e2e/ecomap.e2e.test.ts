import type { Page } from 'playwright-core';
import { h } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACHT, veelMensen } from '../../src/netwerk/kaart/fixtures.js';
import { Ecomap, NetwerkLijst, NetwerkVergelijking } from '../../src/netwerk/kaart/index.js';
import type { Locale } from '../../src/platform/i18n/i18n.js';
import { visibleText, withBrowser } from './support/browser.js';
import { componentPagina, expectDrawingPageAccessible, startComponentServer } from './support/componenten.js';

/**
 * The ecomap in a real browser, rendered with fixture data in the app's Layout and style sheets
 * under the app's CSP (no route in the app yet: the netwerk capability brings those). Measured
 * with the real font: no two labels overlap, every label stays inside its estimated box, the
 * page never scrolls sideways at 320 px or at 200 % text, axe finds nothing, and in forced
 * colours the lines and marks keep a visible stroke.
 */

const VEERTIG = veelMensen(40);

function paginaHtml(locale: Locale): string {
  return componentPagina(locale, '/ecomap', 'Netwerk', (t) => [
    h('h1', { class: 'utrecht-heading-1' }, 'Netwerk'),
    h(NetwerkLijst, { personen: ACHT, t, ik: 'Ilse', kop: 'Het netwerk van Ilse als lijst' }),
    h(Ecomap, { id: 'acht', titel: 'Het netwerk van Ilse', ik: 'Ilse', personen: ACHT, t }),
    h(Ecomap, {
      id: 'veertig',
      titel: 'Veertig mensen',
      ik: 'Ilse de Vries-van Amerongen',
      personen: VEERTIG,
      t,
    }),
    h(NetwerkVergelijking, {
      id: 'vergelijking',
      ik: 'Ilse',
      toen: ACHT.slice(0, 6),
      nu: [
        ...ACHT.slice(1, 6).map((p) => (p.id === 'p-buur' ? { ...p, cirkel: 'heel-dichtbij' as const } : p)),
        ...ACHT.slice(6),
      ],
      toenDatum: new Date('2026-03-03T10:00:00Z'),
      t,
    }),
  ]);
}

let server: { origin: string; close(): Promise<void> };

beforeAll(async () => {
  server = await startComponentServer({
    '/ecomap': () => paginaHtml('nl'),
    '/en/ecomap': () => paginaHtml('en'),
  });
});

afterAll(async () => {
  await server.close();
});

function toegankelijk(page: Page, label: string, options: { forcedColors?: boolean } = {}) {
  return expectDrawingPageAccessible(page, label, {
    ...options,
    tekening: 'svg.redzaam-ecomap__svg',
    schuifvak: '.redzaam-ecomap__vak',
  });
}

/** Doubles the text size the way a reader's browser setting does (the root font size). */
async function tekstGroter(page: Page) {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
}

/**
 * In the browser, per ecomap: the drawn labels (people, the resident, the circle names) as
 * their client rectangles; pairs that overlap; labels that stick out of their box.
 */
async function meet(page: Page) {
  return page.evaluate(() => {
    const rect = (el: Element) => el.getBoundingClientRect();
    const raakt = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    return Array.from(document.querySelectorAll('figure.redzaam-ecomap')).map((figuur) => {
      const labels = Array.from(
        figuur.querySelectorAll('.redzaam-ecomap__label, .redzaam-ecomap__cirkelnamen text'),
      ).map((el) => ({ naam: el.textContent ?? '', r: rect(el) }));
      const overlap: string[] = [];
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) if (raakt(a.r, b.r)) overlap.push(`${a.naam} / ${b.naam}`);
      });
      const buitenVak = Array.from(figuur.querySelectorAll('.redzaam-ecomap__persoon')).flatMap((g) => {
        const vak = rect(g.querySelector('.redzaam-ecomap__labelvak') as Element);
        const tekst = rect(g.querySelector('text') as Element);
        const binnen =
          tekst.left >= vak.left - 0.5 &&
          tekst.right <= vak.right + 0.5 &&
          tekst.top >= vak.top - 0.5 &&
          tekst.bottom <= vak.bottom + 0.5;
        return binnen ? [] : [g.textContent ?? ''];
      });
      const svg = figuur.querySelector('svg.redzaam-ecomap__svg') as SVGSVGElement;
      const label = figuur.querySelector('.redzaam-ecomap__persoon text');
      return {
        id: figuur.id,
        aantal: figuur.querySelectorAll('.redzaam-ecomap__persoon').length,
        overlap,
        buitenVak,
        svgBreedte: rect(svg).width,
        tekstHoogte: label ? rect(label.querySelector('tspan') ?? label).height : 0,
      };
    });
  });
}

async function openKaart(page: Page, pad = '/ecomap') {
  const fouten: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') fouten.push(message.text());
  });
  const response = await page.goto(`${server.origin}${pad}`);
  expect(response?.status()).toBe(200);
  // The style sheets applied (no CSP refusal): circles are not filled.
  const vulling = await page
    .locator('#ecomap-acht .redzaam-ecomap__cirkel')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(vulling).toBe('none');
  expect(fouten).toEqual([]);
}

async function controleerMaten(page: Page, breedte: number) {
  const metingen = await meet(page);
  expect(metingen.find((m) => m.id === 'ecomap-acht')?.aantal).toBe(8);
  expect(metingen.find((m) => m.id === 'ecomap-veertig')?.aantal).toBe(40);
  for (const m of metingen) {
    expect(m.overlap, m.id).toEqual([]);
    expect(m.buitenVak, m.id).toEqual([]);
    // the floor per size class keeps label text readable, also for 40 people
    if (m.aantal > 0) expect(m.tekstHoogte, m.id).toBeGreaterThanOrEqual(12);
  }
  const paginaBreedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(paginaBreedte).toBeLessThanOrEqual(breedte);
  return metingen;
}

describe('the ecomap in the browser', () => {
  it('on a desktop: labels apart and inside their boxes, title and summary wired, axe clean', async () => {
    await withBrowser({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await openKaart(page);
      await controleerMaten(page, 1280);
      await expect(
        page.getByRole('img', { name: 'Het netwerk van Ilse', exact: true }).count(),
      ).resolves.toBe(1);
      const beschrijving = await page
        .locator('#ecomap-acht svg.redzaam-ecomap__svg')
        .getAttribute('aria-describedby');
      expect(await visibleText(page.locator(`#${beschrijving}`))).toContain(
        'Ilse heeft 8 personen op de kaart',
      );
      expect(await visibleText(page.locator('.redzaam-ecomap-vergelijking'))).toContain(
        'Niet meer op de kaart: Ruben.',
      );
      await toegankelijk(page, 'ecomap (desktop)');
    });
  });

  it('on a 320 px phone: the page does not scroll sideways, labels still apart, axe clean', async () => {
    await withBrowser({ viewport: { width: 320, height: 640 } }, async (page) => {
      await openKaart(page);
      await controleerMaten(page, 320);
      await toegankelijk(page, 'ecomap (320 px)');
    });
  });

  it('at 200 % text, on a desktop and on a phone: the labels grow with the text and stay apart', async () => {
    for (const breedte of [1280, 320]) {
      await withBrowser({ viewport: { width: breedte, height: 900 } }, async (page) => {
        await openKaart(page);
        const voor = await meet(page);
        await tekstGroter(page);
        const na = await controleerMaten(page, breedte);
        const acht = (m: typeof voor) => m.find((x) => x.id === 'ecomap-acht')?.tekstHoogte ?? 0;
        expect(acht(na)).toBeGreaterThan(acht(voor) * 1.5);
        await toegankelijk(page, `ecomap (200 % text, ${breedte} px)`);
      });
    }
  });

  it('in forced colours: lines, marks, arrow heads and flags keep a visible system colour', async () => {
    await withBrowser({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await openKaart(page);
      const kleuren = await page.evaluate(() => {
        const stijl = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
        return {
          lijn: stijl('#ecomap-acht .redzaam-ecomap__lijn').stroke,
          marker: stijl('#ecomap-acht .redzaam-ecomap__marker').fill,
          pijl: stijl('#ecomap-acht .redzaam-ecomap__pijl').fill,
          vlag: stijl('#ecomap-acht .redzaam-ecomap__vlag').stroke,
          cirkel: stijl('#ecomap-acht .redzaam-ecomap__cirkel').stroke,
          tekst: getComputedStyle(document.body).color,
          achtergrond: getComputedStyle(document.body).backgroundColor,
        };
      });
      for (const kleur of [kleuren.lijn, kleuren.marker, kleuren.pijl, kleuren.vlag, kleuren.cirkel]) {
        expect(kleur).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
        expect(kleur).not.toBe(kleuren.achtergrond);
      }
      expect(kleuren.lijn).toBe(kleuren.tekst);
      await toegankelijk(page, 'ecomap (forced colors)', { forcedColors: true });
    });
  });

  it('in print: black lines on white, and in English', async () => {
    await withBrowser({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.emulateMedia({ media: 'print' });
      await openKaart(page, '/en/ecomap');
      const lijn = await page
        .locator('#ecomap-acht .redzaam-ecomap__lijn')
        .first()
        .evaluate((el) => getComputedStyle(el).stroke);
      expect(lijn).toBe('rgb(0, 0, 0)');
      expect(await visibleText(page.locator('#ecomap-acht-samenvatting'))).toContain(
        'The map of Ilse has 8 people',
      );
      await toegankelijk(page, 'ecomap (print, English)');
    });
  });
});
