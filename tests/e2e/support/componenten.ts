import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { type ComponentChildren, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { expect } from 'vitest';
import { LINDEWAARD_THEMA, themeCss } from '../../../src/platform/gemeente/theme.js';
import { type Locale, type Translate, translator } from '../../../src/platform/i18n/i18n.js';
import { Layout } from '../../../src/platform/views/layout.js';
import type { PageContext } from '../../../src/platform/views/page-context.js';
import { expectNoAxeViolations } from './browser.js';

/**
 * Components in a real browser without a test route in the app (the charts, the ecomap): they
 * are rendered here in the app's own Layout, and a tiny static server serves that page with the
 * app's style sheets (Utrecht, redzaam.css, the Lindewaard theme) under the app's Content
 * Security Policy.
 */

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A whole page in the app's Layout around what `inhoud` renders, as the app would send it. */
export function componentPagina(
  locale: Locale,
  pad: string,
  titel: string,
  inhoud: (t: Translate) => ComponentChildren,
): string {
  const t = translator(locale);
  const ctx: PageContext = {
    t,
    locale,
    gemeente: { code: 'demo', naam: 'Lindewaard', hasLogo: false },
    account: { naam: 'Ilse', rol: 'inwoner' },
    csrfToken: 'test',
    nonce: '',
    path: pad,
    menu: [],
  };
  return `<!doctype html>${renderToString(h(Layout, { ctx, title: titel, children: inhoud(t) }))}`;
}

/** Serves `paginas` (path → HTML) and the app's static style sheets on a free local port. */
export async function startComponentServer(
  paginas: Record<string, () => string>,
): Promise<{ origin: string; close(): Promise<void> }> {
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
    ...Object.fromEntries(
      Object.entries(paginas).map(([pad, html]) => [
        pad,
        async (): Promise<[string, string]> => ['text/html', html()],
      ]),
    ),
  };
  const server = createServer((request, response) => {
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
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Relative luminance of an "rgb(r, g, b)" colour (WCAG 2.1). */
export function luminantie(kleur: string): number {
  const [r, g, b] = (kleur.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * axe with 0 violations on a page with drawings. axe cannot decide two kinds of contrast, so
 * this checks them itself: text inside an SVG drawing (`tekening`, e.g. "svg.redzaam-grafiek__svg")
 * — it lies over lines and marks, "contains an image node" — and text in a region that scrolls
 * sideways (`schuifvak`), "partially obscured". Each such node must be in one of those, and its
 * text colour (fill for SVG) must have at least 4.5:1 contrast against the nearest background
 * colour behind it. Anything else undecided fails. In forced colours the user's system colours
 * decide every contrast, not the page; there undecided contrast is accepted in that mode only.
 */
export async function expectDrawingPageAccessible(
  page: Page,
  label: string,
  options: { tekening: string; schuifvak: string; forcedColors?: boolean },
) {
  const { incomplete } = await expectNoAxeViolations(page, label, { allowIncomplete: true });
  const nietBeslist = incomplete.filter((finding) => finding.id !== 'color-contrast');
  expect(nietBeslist.map((f) => f.id)).toEqual([]);
  if (options.forcedColors) return;
  for (const node of incomplete.flatMap((finding) => finding.nodes)) {
    const kleuren = await page
      .locator(node.target)
      .first()
      .evaluate(
        (el, { tekening, schuifvak }) => {
          const svgTekst = el.closest(tekening) ? el.closest('text') : null;
          let achtergrond = 'rgba(0, 0, 0, 0)';
          for (let e: Element | null = el; e; e = e.parentElement) {
            const kleur = getComputedStyle(e).backgroundColor;
            if (kleur !== 'rgba(0, 0, 0, 0)' && kleur !== 'transparent') {
              achtergrond = kleur;
              break;
            }
          }
          return {
            inTekening: svgTekst !== null || el.closest(schuifvak) !== null,
            tekst: svgTekst ? getComputedStyle(svgTekst).fill : getComputedStyle(el).color,
            achtergrond,
          };
        },
        { tekening: options.tekening, schuifvak: options.schuifvak },
      );
    expect(kleuren.inTekening, `${node.target}: ${node.summary}`).toBe(true);
    const [licht, donker] = [luminantie(kleuren.tekst), luminantie(kleuren.achtergrond)].sort(
      (a, b) => b - a,
    ) as [number, number];
    expect(
      (licht + 0.05) / (donker + 0.05),
      `${node.target}: ${kleuren.tekst} on ${kleuren.achtergrond}`,
    ).toBeGreaterThanOrEqual(4.5);
  }
}
