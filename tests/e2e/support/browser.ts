import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AxeResults, ImpactValue } from 'axe-core';
import { type BrowserContext, chromium, type Locator, type Page, type Response } from 'playwright-core';
import { DEMO_TOTP_GEHEIM } from '../../../src/auth/tweede-factor/tweede-factor.js';
import { DEMO_ACCOUNTS, seedDemo } from '../../../src/demo/seed.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { codeVoor, geheimUitPagina, geheimVan, onthoudGeheim } from '../../support/tweede-factor.js';

/**
 * Fixtures for the browser end-to-end tests (and scripts/screenshot.ts): the real app on a
 * free local port, Debian's Chromium driven by playwright-core, and an axe-core check.
 * No vitest import here, so the screenshot script can use this module as well.
 */

/** Debian's Chromium. Never a downloaded browser: playwright-core downloads nothing itself. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// ---------------------------------------------------------------------------------------------
// The app under test

export type E2EServer = {
  t: TestApp;
  /** http://127.0.0.1:<port>, without a trailing slash */
  origin: string;
  close(): Promise<void>;
};

/**
 * Starts the real app in-process on 127.0.0.1 and a free port, with an in-memory PGlite.
 * With `demo` (the default) the demo gemeente Lindewaard and its five accounts are seeded
 * and every host name resolves to it; without, no gemeente exists at all.
 */
export async function startServer(options: { demo?: boolean } = {}): Promise<E2EServer> {
  const demo = options.demo ?? true;
  const t = await startTestApp('pglite', demo ? { env: { DEFAULT_GEMEENTE: 'demo' } } : {});
  if (demo) await seedDemo(t.database.db);
  const origin = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
  appsByOrigin.set(origin, t.app);
  return { t, origin, close: () => t.close() };
}

/**
 * Which app serves an origin: the authenticator's code must follow that app's clock (a file
 * may run two apps, and tests move their clocks independently).
 */
const appsByOrigin = new Map<string, object>();

// ---------------------------------------------------------------------------------------------
// The browser

export type BrowserSession = {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
};

/** Every request a page made, in every browser session opened by this module (per test file). */
export const recordedRequests: { url: string; method: string; session: string }[] = [];

/**
 * Opens a fresh Chromium with a user data directory of its own (a new temporary directory,
 * removed on close), so no cookie, cache or storage carries over between sessions. One
 * persistent context per session: `javaScriptEnabled` is a context option, so JavaScript
 * on and off need separate ones. Every request its pages make is recorded.
 */
export async function openBrowser(
  options: { javaScript?: boolean; viewport?: { width: number; height: number }; name?: string } = {},
): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'redzaam-chromium-'));
  const session = options.name ?? (options.javaScript === false ? 'zonder-js' : 'met-js');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      javaScriptEnabled: options.javaScript ?? true,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      // The app's CSP stays in force: axe is injected through the DevTools protocol, see below.
      bypassCSP: false,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  context.on('request', (request) => {
    recordedRequests.push({ url: request.url(), method: request.method(), session });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `fn` with a fresh browser session and always closes it. */
export async function withBrowser<T>(
  options: Parameters<typeof openBrowser>[0],
  fn: (page: Page, session: BrowserSession) => Promise<T>,
): Promise<T> {
  const session = await openBrowser(options);
  try {
    return await fn(session.page, session);
  } finally {
    await session.close();
  }
}

/**
 * Runs an action that makes the page navigate (a link, a form post) and returns the final
 * response of the main frame, after redirects: the status the person actually got.
 */
export async function navigation(page: Page, action: () => Promise<unknown>): Promise<Response> {
  const [final] = await Promise.all([
    page.waitForResponse(
      (r) =>
        r.request().isNavigationRequest() &&
        r.request().frame() === page.mainFrame() &&
        !(r.status() >= 300 && r.status() < 400),
    ),
    action(),
  ]);
  await page.waitForLoadState('load');
  return final;
}

/** Goes to a path on the server and returns the response (whatever its status). */
export async function visit(page: Page, url: string): Promise<Response> {
  const response = await page.goto(url);
  if (!response) throw new Error(`no response for ${url}`);
  return response;
}

/** Logs in through the form: fills both fields, then presses Enter or clicks "Inloggen". */
export async function login(
  page: Page,
  origin: string,
  email: string,
  password: string,
  submit: 'enter' | 'klik' = 'enter',
): Promise<Response> {
  await visit(page, `${origin}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  const response = await navigation(page, () =>
    submit === 'enter'
      ? page.getByLabel('Wachtwoord', { exact: true }).press('Enter')
      : page.getByRole('button', { name: 'Inloggen', exact: true }).click(),
  );
  return (await completeSecondFactor(page, email)) ?? response;
}

// The demo professional and beheerder have the README's demo secret on their "phone".
for (const account of DEMO_ACCOUNTS)
  if ((account.rol === 'professional' || account.rol === 'beheerder') && !geheimVan(account.email))
    onthoudGeheim(account.email, DEMO_TOTP_GEHEIM);

/**
 * After the password step: types the code from the (test) authenticator app, or sets one up
 * first, as a person would (tests/support/tweede-factor.ts). Nothing when no step is asked.
 */
export async function completeSecondFactor(page: Page, email: string): Promise<Response | undefined> {
  const pad = new URL(page.url()).pathname;
  if (pad === '/tweede-factor/instellen') {
    const geheim = geheimUitPagina(await page.content());
    if (!geheim) throw new Error('no secret on the enrolment page');
    onthoudGeheim(email, geheim);
    await page
      .getByLabel('Code van 6 cijfers')
      .fill(await codeVoor(email, appsByOrigin.get(new URL(page.url()).origin)));
    await navigation(page, () => page.getByRole('button', { name: 'Code controleren' }).click());
    return navigation(page, () =>
      page.getByRole('link', { name: 'Ik heb de codes bewaard, ga verder' }).click(),
    );
  }
  if (pad === '/tweede-factor') {
    await page
      .getByLabel('Code van 6 cijfers')
      .fill(await codeVoor(email, appsByOrigin.get(new URL(page.url()).origin)));
    return navigation(page, () => page.getByRole('button', { name: 'Verder' }).click());
  }
  return undefined;
}

/** URLs of recorded requests that left the given origins (data: URLs are not requests). */
export function foreignRequests(allowedOrigins: string[]): string[] {
  return recordedRequests
    .map((request) => request.url)
    .filter((url) => !url.startsWith('data:') && !allowedOrigins.includes(new URL(url).origin));
}

// ---------------------------------------------------------------------------------------------
// Accessibility

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type AxeFinding = {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
};

const requireHere = createRequire(import.meta.url);
let axeSource: string | undefined;

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now and throws, listing
 * every violation with its rule, help text and the elements it found, when there is one.
 *
 * Results axe could not decide ("incomplete", such as a contrast over a background gradient)
 * fail too, unless `allowIncomplete` is set: every page is decidable today, and Utrecht's red
 * diagonal footer slipped through exactly that way. Make a new page decidable, or look at it
 * by hand and pass `allowIncomplete` with a comment saying why.
 *
 * How axe gets into the page: the app sends a strict Content Security Policy (script-src
 * 'self' plus a nonce), so `page.addScriptTag({ content })` is refused by Chromium
 * ("Executing inline script violates ... script-src"). `page.evaluate(source)` is not: it
 * runs through the DevTools protocol (Runtime.evaluate), which the page's CSP does not
 * govern. So we need neither `bypassCSP` nor a nonce, and the page is checked exactly as
 * it is served, CSP included.
 */
export async function expectNoAxeViolations(
  page: Page,
  label: string = page.url(),
  options: { allowIncomplete?: boolean } = {},
): Promise<{ passes: number; incomplete: AxeFinding[] }> {
  axeSource ??= await readFile(requireHere.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(...args: unknown[]): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
    });
    const findings = (list: AxeResults['violations']) =>
      list.map((rule) => ({
        id: rule.id,
        impact: rule.impact ?? undefined,
        help: rule.help,
        helpUrl: rule.helpUrl,
        nodes: rule.nodes.map((node) => ({
          target: node.target.map(String).join(' '),
          summary: node.failureSummary ?? node.any.map((check) => check.message).join('; '),
        })),
      }));
    return {
      violations: findings(results.violations),
      incomplete: findings(results.incomplete),
      passes: results.passes.length,
    };
  }, AXE_TAGS);
  if (result.violations.length > 0) {
    throw new Error(
      `axe found ${result.violations.length} violation(s) on ${label}:\n${formatFindings(result.violations)}`,
    );
  }
  const onbeslist = await zonderEcomapTekst(page, result.incomplete);
  if (onbeslist.length > 0 && !options.allowIncomplete) {
    throw new Error(
      `axe could not decide ${onbeslist.length} rule(s) on ${label}:\n${formatFindings(onbeslist)}`,
    );
  }
  if (result.passes === 0) throw new Error(`axe checked nothing on ${label}: is the page empty?`);
  return { passes: result.passes, incomplete: result.incomplete };
}

export function formatFindings(findings: AxeFinding[]): string {
  return findings
    .map(
      (rule) =>
        `- ${rule.id} (${rule.impact ?? 'impact onbekend'}): ${rule.help}\n  ${rule.helpUrl}\n${rule.nodes
          .map((node) => `    ${node.target}\n      ${node.summary.replace(/\n/g, '\n      ')}`)
          .join('\n')}`,
    )
    .join('\n');
}

/**
 * The text a person sees in an element (Playwright's `innerText`: hidden parts left out,
 * line breaks where the layout has them). That, not `textContent`, is what the tests check.
 */
export function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), the rendered text on purpose.
  return locator.innerText();
}

/**
 * The one known undecidable case: text in a drawing — the ecomap's circle names and centre
 * label, a chart's axis labels (`.redzaam-grafiek`, e.g. the waakvlam's history) — where axe
 * cannot tell the background of SVG text through the SVG ("overlapped by another element",
 * "contains an image node"). Instead of passing those, this checks them itself: every such node
 * must be SVG text inside `.redzaam-ecomap` or `.redzaam-grafiek` whose fill has at least 4.5:1
 * contrast against the drawing's background colour. Anything else stays undecided.
 */
async function zonderEcomapTekst(page: Page, incomplete: AxeFinding[]): Promise<AxeFinding[]> {
  const rest: AxeFinding[] = [];
  for (const finding of incomplete) {
    if (finding.id !== 'color-contrast') {
      rest.push(finding);
      continue;
    }
    const nodes = [];
    for (const node of finding.nodes) {
      const beslist = await page.evaluate((target) => {
        const el = document.querySelector(target);
        const figuur = el?.closest('.redzaam-ecomap, .redzaam-grafiek');
        if (!el || !figuur || !(el instanceof SVGElement)) return false;
        const rgb = (kleur: string) => (kleur.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = ([r = 0, g = 0, b = 0]: number[]) => {
          const c = [r, g, b].map((v) => {
            const x = v / 255;
            return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
        };
        const tekst = lum(rgb(getComputedStyle(el).fill));
        // The drawing's background: the first ancestor with an opaque background colour.
        let vlak: Element | null = figuur;
        let kleur = 'rgb(255, 255, 255)';
        for (; vlak; vlak = vlak.parentElement) {
          const bg = getComputedStyle(vlak).backgroundColor;
          if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') {
            kleur = bg;
            break;
          }
        }
        const achtergrond = lum(rgb(kleur));
        const [licht, donker] = tekst > achtergrond ? [tekst, achtergrond] : [achtergrond, tekst];
        return (licht + 0.05) / (donker + 0.05) >= 4.5;
      }, node.target);
      if (!beslist) nodes.push(node);
    }
    if (nodes.length > 0) rest.push({ ...finding, nodes });
  }
  return rest;
}
