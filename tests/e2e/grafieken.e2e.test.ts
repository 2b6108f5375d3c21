import type { Page } from 'playwright-core';
import { h } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HistorieGrafiek,
  RadarGrafiek,
  type Reeks,
  type Schaal,
} from '../../src/levensgebieden/grafieken/index.js';
import type { Locale } from '../../src/platform/i18n/i18n.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../../src/platform/levensgebied-codes.js';
import { visibleText, withBrowser } from './support/browser.js';
import { componentPagina, expectDrawingPageAccessible, startComponentServer } from './support/componenten.js';

/**
 * The charts in a real browser, without a test route in the app: the components are rendered
 * here with the app's own Layout, and a tiny static server serves that page with the app's
 * style sheets (Utrecht, redzaam.css, the Lindewaard theme) under the app's Content Security
 * Policy. axe-core must find nothing, on a desktop and on a 320 px phone, in forced colours
 * (Windows high contrast) and in print.
 */

const LABELS: Record<string, string> = {
  financien: 'Geld en schulden',
  'werk-en-dagbesteding': 'Werk en dagbesteding',
  'sociale-contacten': 'Familie en vrienden',
  'lichamelijke-gezondheid': 'Lichamelijke gezondheid',
  'psychische-gezondheid': 'Hoe je je voelt',
  wonen: 'Wonen',
  huishouden: 'Huishouden',
  zelfzorg: 'Zorgen voor jezelf',
  vervoer: 'Vervoer',
};
const assen = STANDAARD_LEVENSGEBIEDEN.map((code) => ({ code, label: LABELS[code] ?? code }));
const schaal: Schaal = {
  min: 1,
  max: 5,
  stappen: [
    { waarde: 1, label: 'het gaat nu helemaal niet' },
    { waarde: 2, label: 'het gaat moeilijk' },
    { waarde: 3, label: 'het gaat soms goed' },
    { waarde: 4, label: 'het gaat goed met wat hulp' },
    { waarde: 5, label: 'ik doe dit helemaal zelf' },
  ],
};
const waarden = (lijst: (number | null)[]) =>
  Object.fromEntries(STANDAARD_LEVENSGEBIEDEN.map((code, i) => [code, lijst[i] ?? null]));
const reeksen: Reeks[] = [
  { naam: 'Ik, nu', soort: 'ik', waarden: waarden([2, 4, null, 3, 3, 5, 4, 5, 1]) },
  { naam: 'Ik, vorige keer', soort: 'eerder', waarden: waarden([1, 4, 3, 3, 2, 5, 4, 5, 2]) },
  { naam: 'Begeleider', soort: 'ander', waarden: waarden([4, 2, 3, null, 3, 5, 4, 5, 1]) },
];

const VEEL = [
  ...Object.values(LABELS),
  'Buurt en veiligheid',
  'Zingeving',
  'Leren en taal',
  'Vrije tijd',
  'Contact met justitie',
  'Verslaving',
  'Opvoeding',
];

function paginaHtml(locale: Locale): string {
  return componentPagina(locale, '/grafieken', 'Grafieken', (t) => [
    h('h1', { class: 'utrecht-heading-1' }, 'Grafieken'),
    h(RadarGrafiek, {
      id: 'radar',
      titel: 'Hoe gaat het nu, en hoe ging het de vorige keer?',
      assen,
      reeksen,
      schaal,
      t,
    }),
    // A gemeente may add domains: with 16 axes the labels must still stay apart.
    h(RadarGrafiek, {
      id: 'veel',
      titel: 'Zestien levensgebieden',
      assen: VEEL.map((label, i) => ({ code: `c${i}`, label })),
      reeksen: [
        {
          naam: 'Ik',
          soort: 'ik',
          waarden: Object.fromEntries(VEEL.map((_, i) => [`c${i}`, i === 3 ? null : (i % 5) + 1])),
        },
      ],
      schaal,
      t,
    }),
    h(RadarGrafiek, {
      id: 'twee',
      titel: 'Twee levensgebieden',
      assen: assen.slice(0, 2),
      reeksen: reeksen.slice(0, 1),
      schaal,
      t,
      kijker: 'ander',
    }),
    h(HistorieGrafiek, {
      id: 'historie',
      titel: 'Geld en schulden door de tijd',
      schaal,
      t,
      reeksen: [
        {
          naam: 'Ik',
          soort: 'ik',
          metingen: [
            { datum: new Date('2025-11-10T12:00:00Z'), waarde: 1 },
            { datum: new Date('2026-02-10T12:00:00Z'), waarde: 2 },
            { datum: new Date('2026-05-10T12:00:00Z'), waarde: null },
            { datum: new Date('2026-11-10T12:00:00Z'), waarde: 3 },
          ],
        },
        {
          naam: 'Begeleider',
          soort: 'ander',
          metingen: [
            { datum: new Date('2026-02-10T12:00:00Z'), waarde: 3 },
            { datum: new Date('2026-11-10T12:00:00Z'), waarde: 4 },
          ],
        },
      ],
    }),
    h(HistorieGrafiek, {
      id: 'een',
      titel: 'Wonen door de tijd',
      schaal,
      t,
      reeksen: [
        { naam: 'Ik', soort: 'ik', metingen: [{ datum: new Date('2026-11-10T12:00:00Z'), waarde: 4 }] },
      ],
    }),
  ]);
}

let server: { origin: string; close(): Promise<void> };
let origin: string;

/** axe with 0 violations; undecided contrast only for chart text and table cells, checked here. */
function expectChartPageAccessible(page: Page, label: string, options: { forcedColors?: boolean } = {}) {
  return expectDrawingPageAccessible(page, label, {
    ...options,
    tekening: 'svg.redzaam-grafiek__svg',
    schuifvak: '.redzaam-grafiek__tabel',
  });
}

beforeAll(async () => {
  server = await startComponentServer({
    '/grafieken': () => paginaHtml('nl'),
    '/en/grafieken': () => paginaHtml('en'),
  });
  origin = server.origin;
});

afterAll(async () => {
  await server.close();
});

/** Opens the chart page and checks the charts are really there and drawn with a size. */
async function openCharts(page: Page, pad = '/grafieken') {
  const styleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') styleErrors.push(message.text());
  });
  const response = await page.goto(`${origin}${pad}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('figure.redzaam-grafiek').count()).resolves.toBe(5);
  const svg = page.locator('#grafiek-radar svg[role="img"]');
  const box = await svg.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(200);
  expect(box?.height ?? 0).toBeGreaterThan(100);
  // The style sheets applied (no CSP refusal): the line has no fill and a real stroke.
  const lijn = page.locator('#grafiek-radar .redzaam-grafiek__reeks--ik .redzaam-grafiek__lijn').first();
  expect(await lijn.evaluate((el) => getComputedStyle(el).fill)).toBe('none');
  expect(styleErrors).toEqual([]);
  // Measured in the browser, with the real font: no two axis labels of a radar overlap.
  const overlappend = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.redzaam-grafiek--radar .redzaam-grafiek__labels')).flatMap(
      (groep) => {
        const vakken = Array.from(groep.querySelectorAll('text')).map((tekst) =>
          tekst.getBoundingClientRect(),
        );
        return vakken.flatMap((a, i) =>
          vakken
            .slice(i + 1)
            .filter(
              (b) =>
                a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1,
            )
            .map(() => groep.closest('figure')?.id),
        );
      },
    ),
  );
  expect(overlappend).toEqual([]);
  return svg;
}

describe('charts in the browser', () => {
  it('pass axe on a desktop, with title, description and table wired up', async () => {
    await withBrowser({}, async (page) => {
      const svg = await openCharts(page);
      // The accessible name and description as the browser computes them.
      const beschrijving = await svg.getAttribute('aria-describedby');
      expect(beschrijving).toBe('grafiek-radar-samenvatting');
      expect(await visibleText(page.locator(`#${beschrijving}`))).toContain(
        'Begeleider denkt dat het beter gaat dan jij bij: Geld en schulden.',
      );
      await expect(
        page.getByRole('img', { name: 'Hoe gaat het nu, en hoe ging het de vorige keer?' }).count(),
      ).resolves.toBe(1);
      const tabel = page.getByRole('table', { name: /Hoe gaat het nu/ });
      await expect(tabel.locator('tbody tr').count()).resolves.toBe(9);
      expect(await visibleText(tabel)).toContain('overgeslagen of weet ik niet');
      await expectChartPageAccessible(page, 'grafieken (desktop)');
    });
  });

  it('pass axe on a 320 px phone, and the chart fits the screen', async () => {
    await withBrowser({ viewport: { width: 320, height: 640 } }, async (page) => {
      const svg = await openCharts(page);
      const box = await svg.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
      const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(breedte).toBeLessThanOrEqual(320);
      await expectChartPageAccessible(page, 'grafieken (320 px)');
    });
  });

  it('pass axe in forced colours, with the lines in the system text colour', async () => {
    await withBrowser({}, async (page) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await openCharts(page);
      const kleuren = await page.evaluate(() => {
        const stroke = (selector: string) =>
          getComputedStyle(document.querySelector(selector) as Element).stroke;
        return {
          ik: stroke('#grafiek-radar .redzaam-grafiek__reeks--ik .redzaam-grafiek__lijn'),
          ander: stroke('#grafiek-radar .redzaam-grafiek__reeks--ander .redzaam-grafiek__lijn'),
          tekst: getComputedStyle(document.body).color,
        };
      });
      expect(kleuren.ik).toBe(kleuren.ander);
      expect(kleuren.ik).toBe(kleuren.tekst);
      await expectChartPageAccessible(page, 'grafieken (forced colors)', { forcedColors: true });
    });
  });

  it('pass axe in print, black lines on white', async () => {
    await withBrowser({}, async (page) => {
      await page.emulateMedia({ media: 'print' });
      await openCharts(page);
      const stroke = await page
        .locator('#grafiek-radar .redzaam-grafiek__reeks--ander .redzaam-grafiek__lijn')
        .first()
        .evaluate((el) => getComputedStyle(el).stroke);
      expect(stroke).toBe('rgb(0, 0, 0)');
      await expectChartPageAccessible(page, 'grafieken (print)');
    });
  });

  it('pass axe in English', async () => {
    await withBrowser({}, async (page) => {
      await openCharts(page, '/en/grafieken');
      expect(await visibleText(page.locator('#grafiek-radar-samenvatting'))).toContain(
        'Begeleider thinks it goes better than you think on: Geld en schulden.',
      );
      await expectChartPageAccessible(page, 'charts (English)');
    });
  });
});
