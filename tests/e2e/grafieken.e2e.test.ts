import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HistorieGrafiek,
  RadarGrafiek,
  type Reeks,
  type Schaal,
} from '../../src/levensgebieden/grafieken/index.js';
import { LINDEWAARD_THEMA, themeCss } from '../../src/platform/gemeente/theme.js';
import { type Locale, translator } from '../../src/platform/i18n/i18n.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../../src/platform/levensgebied-codes.js';
import { Layout } from '../../src/platform/views/layout.js';
import type { PageContext } from '../../src/platform/views/page-context.js';
import { expectNoAxeViolations, visibleText, withBrowser } from './support/browser.js';

/**
 * The charts in a real browser, without a test route in the app: the components are rendered
 * here with the app's own Layout, and a tiny static server serves that page with the app's
 * style sheets (Utrecht, redzaam.css, the Lindewaard theme) under the app's Content Security
 * Policy. axe-core must find nothing, on a desktop and on a 320 px phone, in forced colours
 * (Windows high contrast) and in print.
 */

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

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
  const t = translator(locale);
  const ctx: PageContext = {
    t,
    locale,
    gemeente: { code: 'demo', naam: 'Lindewaard', hasLogo: false },
    account: { naam: 'Ilse', rol: 'inwoner' },
    csrfToken: 'test',
    nonce: '',
    path: '/grafieken',
    menu: [],
  };
  const inhoud = [
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
  ];
  return `<!doctype html>${renderToString(h(Layout, { ctx, title: 'Grafieken', children: inhoud }))}`;
}

let server: Server;
let origin: string;

/** Relative luminance of an "rgb(r, g, b)" colour (WCAG 2.1). */
function luminantie(kleur: string): number {
  const [r, g, b] = (kleur.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * axe with 0 violations. axe cannot decide two kinds of contrast here, so this checks them
 * itself: text inside an SVG drawing (it lies over lines and markers, "contains an image node";
 * a single digit is "too short"), and on a phone the cells of a data table that scrolls
 * sideways ("partially obscured": the part scrolled out of view). Each such node must be in a
 * chart, and its text colour (fill for SVG) must have at least 4.5:1 contrast against the
 * nearest background colour behind it. Anything else undecided fails.
 * In forced colours the user's system colours decide every contrast, not the page; there axe
 * cannot decide the header either, so undecided contrast is accepted in that mode only.
 */
async function expectChartPageAccessible(
  page: Page,
  label: string,
  options: { forcedColors?: boolean } = {},
) {
  const { incomplete } = await expectNoAxeViolations(page, label, { allowIncomplete: true });
  const nietBeslist = incomplete.filter((finding) => finding.id !== 'color-contrast');
  expect(nietBeslist.map((f) => f.id)).toEqual([]);
  if (options.forcedColors) return;
  for (const node of incomplete.flatMap((finding) => finding.nodes)) {
    const kleuren = await page
      .locator(node.target)
      .first()
      .evaluate((el) => {
        const svgTekst = el.closest('svg.redzaam-grafiek__svg') ? el.closest('text') : null;
        let achtergrond = 'rgba(0, 0, 0, 0)';
        for (let e: Element | null = el; e; e = e.parentElement) {
          const kleur = getComputedStyle(e).backgroundColor;
          if (kleur !== 'rgba(0, 0, 0, 0)' && kleur !== 'transparent') {
            achtergrond = kleur;
            break;
          }
        }
        return {
          inGrafiek: svgTekst !== null || el.closest('.redzaam-grafiek__tabel') !== null,
          tekst: svgTekst ? getComputedStyle(svgTekst).fill : getComputedStyle(el).color,
          achtergrond,
        };
      });
    expect(kleuren.inGrafiek, `${node.target}: ${node.summary}`).toBe(true);
    const [licht, donker] = [luminantie(kleuren.tekst), luminantie(kleuren.achtergrond)].sort(
      (a, b) => b - a,
    ) as [number, number];
    expect(
      (licht + 0.05) / (donker + 0.05),
      `${node.target}: ${kleuren.tekst} on ${kleuren.achtergrond}`,
    ).toBeGreaterThanOrEqual(4.5);
  }
}

beforeAll(async () => {
  const bestanden: Record<string, () => Promise<[string, string]>> = {
    '/static/redzaam.css': async () => [
      'text/css',
      await readFile(path.join(root, 'public', 'redzaam.css'), 'utf8'),
    ],
    '/static/favicon.svg': async () => [
      'image/svg+xml',
      await readFile(path.join(root, 'public', 'favicon.svg'), 'utf8'),
    ],
    '/static/utrecht/design-tokens.css': async () => [
      'text/css',
      await readFile(require.resolve('@utrecht/design-tokens/dist/index.css'), 'utf8'),
    ],
    '/static/utrecht/component-library.css': async () => [
      'text/css',
      await readFile(require.resolve('@utrecht/component-library-css/dist/index.css'), 'utf8'),
    ],
    '/thema.css': async () => ['text/css', themeCss(LINDEWAARD_THEMA)],
    '/grafieken': async () => ['text/html', paginaHtml('nl')],
    '/en/grafieken': async () => ['text/html', paginaHtml('en')],
  };
  server = createServer((request, response) => {
    const bestand = bestanden[(request.url ?? '/').split('?')[0] ?? '/'];
    if (!bestand) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
      return;
    }
    bestand().then(
      ([type, body]) =>
        response
          .writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': CSP })
          .end(body),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
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
