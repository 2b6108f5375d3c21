import type { Page } from 'playwright-core';
import { type BrowserSession, expectNoAxeViolations, openBrowser } from './browser.js';

/**
 * Small screens and large text, for any page's browser test (issue 18, finding 6).
 *
 * - `TELEFOON`: a 320 px wide phone (WCAG 1.4.10 reflow).
 * - `GROTE_TEKST`: text at 200 % (WCAG 1.4.4): the browser's default font size set to 32 px
 *   (Chromium's own font-size setting, through the DevTools protocol) on a 640 px wide window.
 *   Everything the app sizes in rem or em doubles; layout width stays.
 *
 * `leesbaarProblemen(page)` lists what a person would suffer there: the page scrolls sideways,
 * a part of it is cut off or needs its own sideways scroll, a word is broken inside (a run of
 * letters spread over two lines: "rekening/en", "Helem/aal"), or a label in a drawing is cut
 * off at the drawing's edge. `expectLeesbaar(page, label)` throws with that list.
 *
 * Use: `const s = await openKleinScherm('telefoon', { javaScript: false })`, visit pages with
 * `s.page`, call `await expectLeesbaar(s.page, 'Mijn sessies')`, and `s.close()` at the end.
 */

export const TELEFOON = { width: 320, height: 640 } as const;
export const GROTE_TEKST = { width: 640, height: 900, lettergrootte: 32 } as const;

export type Scherm = 'telefoon' | 'grote-tekst';

/**
 * Regions that may scroll sideways on their own (WCAG 1.4.10 excepts two-dimensional content
 * such as a diagram): the ecomap's drawing, which has the same content as a list beside it.
 */
export const MAG_SCHUIVEN = ['.redzaam-ecomap__vak'];

/** A fresh browser as a phone at 320 px, or with text at 200 %. */
export async function openKleinScherm(
  scherm: Scherm,
  options: { javaScript?: boolean; name?: string } = {},
): Promise<BrowserSession> {
  const session = await openBrowser({
    javaScript: options.javaScript ?? true,
    name: options.name ?? `${scherm}-${options.javaScript === false ? 'zonder-js' : 'met-js'}`,
    viewport:
      scherm === 'telefoon' ? { ...TELEFOON } : { width: GROTE_TEKST.width, height: GROTE_TEKST.height },
  });
  if (scherm === 'grote-tekst') await zetGroteTekst(session.page);
  return session;
}

/** Sets the browser's default font size (16 px at 100 %) to 32 px: text at 200 %. */
export async function zetGroteTekst(page: Page, lettergrootte: number = GROTE_TEKST.lettergrootte) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard: lettergrootte, fixed: Math.round(lettergrootte * 0.8125) },
  });
}

/** Everything on the page as it is now that breaks reflow or readability; empty when fine. */
export async function leesbaarProblemen(
  page: Page,
  options: { magSchuiven?: string[] } = {},
): Promise<string[]> {
  const magSchuiven = [...MAG_SCHUIVEN, ...(options.magSchuiven ?? [])];
  return page.evaluate((toegestaan) => {
    const problemen: string[] = [];
    const naam = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const klasse =
        typeof el.className === 'string' && el.className.trim()
          ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
          : '';
      return `${el.tagName.toLowerCase()}${id}${klasse}`;
    };
    const tekstVan = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const verborgen = (el: Element): boolean => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const stijl = getComputedStyle(e);
        if (stijl.display === 'none' || stijl.visibility === 'hidden') return true;
        // Visually hidden text for screen readers: 1 px, clipped on purpose.
        if (stijl.clipPath === 'inset(50%)' || e.classList.contains('redzaam-visually-hidden')) return true;
        if (e instanceof HTMLDetailsElement && !e.open && e.firstElementChild?.tagName !== 'SUMMARY')
          return true;
      }
      return false;
    };
    const inDichteDetails = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const details = e.parentElement;
        if (details instanceof HTMLDetailsElement && !details.open && e.tagName !== 'SUMMARY') return true;
      }
      return false;
    };
    const magSchuiven = (el: Element) => toegestaan.some((s) => el.closest(s));

    // 1. The page itself scrolls sideways.
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problemen.push(`de pagina schuift opzij: ${root.scrollWidth} px breed in ${root.clientWidth} px`);

    // 2. A part is cut off, or scrolls sideways on its own.
    // Only the outermost element of each problem is named, not every part inside it.
    const breedte = document.documentElement.clientWidth;
    const gemeldeVakken: Element[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
      if (gemeldeVakken.some((g) => g.contains(el))) continue;
      if (magSchuiven(el) || verborgen(el) || inDichteDetails(el)) continue;
      const stijl = getComputedStyle(el);
      // A text box scrolls its own value by design (a long e-mail address in a field that fits the
      // screen): only the box itself sticking out counts, below.
      const tekstvak = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
      if (
        !tekstvak &&
        el.scrollWidth > el.clientWidth + 1 &&
        ['hidden', 'clip', 'auto', 'scroll'].includes(stijl.overflowX)
      ) {
        problemen.push(
          `${naam(el)} is breder dan zijn vak (${el.scrollWidth} px in ${el.clientWidth} px): "${tekstVan(el)}"`,
        );
        gemeldeVakken.push(el);
        continue;
      }
      const vak = el.getBoundingClientRect();
      if (vak.width > 0 && vak.right > breedte + 1) {
        problemen.push(
          `${naam(el)} steekt buiten het scherm (tot ${Math.round(vak.right)} px): "${tekstVan(el)}"`,
        );
        gemeldeVakken.push(el);
      }
    }

    // 3. A word broken inside: a run of letters whose boxes lie on more than one line.
    const lopers = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const gemeld = new Set<string>();
    for (let node = lopers.nextNode(); node; node = lopers.nextNode()) {
      const ouder = node.parentElement;
      if (!ouder || ouder.closest('svg, script, style, noscript, option, textarea')) continue;
      if (verborgen(ouder) || inDichteDetails(ouder)) continue;
      const tekst = node.textContent ?? '';
      for (const woord of tekst.matchAll(/\p{L}[\p{L}\p{M}'’]*/gu)) {
        if (woord[0].length < 2 || woord.index === undefined) continue;
        const bereik = document.createRange();
        bereik.setStart(node, woord.index);
        bereik.setEnd(node, woord.index + woord[0].length);
        const regels = new Set(
          Array.from(bereik.getClientRects())
            .filter((r) => r.width > 0)
            .map((r) => Math.round(r.top)),
        );
        if (regels.size > 1) {
          const melding = `woord gebroken: "${woord[0]}" in ${naam(ouder)}`;
          if (!gemeld.has(melding)) problemen.push(melding);
          gemeld.add(melding);
        }
      }
    }

    // 4. A label in a drawing cut off at the drawing's edge.
    for (const svg of Array.from(document.querySelectorAll('svg'))) {
      if (verborgen(svg) || inDichteDetails(svg) || magSchuiven(svg)) continue;
      const rand = svg.getBoundingClientRect();
      if (rand.width === 0) continue;
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        if (
          r.left < rand.left - 1 ||
          r.right > rand.right + 1 ||
          r.top < rand.top - 1 ||
          r.bottom > rand.bottom + 1
        )
          problemen.push(`label in tekening afgesneden: "${tekstVan(t)}"`);
      }
    }
    return problemen;
  }, magSchuiven);
}

/** Throws, listing every problem, when the page does not reflow and read well as it is now. */
export async function expectLeesbaar(
  page: Page,
  label: string = page.url(),
  options: { magSchuiven?: string[] } = {},
): Promise<void> {
  const problemen = await leesbaarProblemen(page, options);
  if (problemen.length > 0)
    throw new Error(
      `${problemen.length} probleem/problemen op ${label} (${page.viewportSize()?.width} px):\n- ${problemen.join('\n- ')}`,
    );
}

/**
 * axe (every violation fails); undecided contrast is accepted only for text inside a chart (axe
 * cannot decide the radar's one-digit ring labels; tests/e2e/grafieken.e2e.test.ts checks those
 * colours by hand). Anything else undecided fails too.
 */
export async function expectNoAxeViolationsBuitenGrafieken(page: Page, label: string): Promise<void> {
  // Without a chart the harness's own rules apply in full (it checks the ecomap's text itself).
  if ((await page.locator('figure.redzaam-grafiek').count()) === 0) {
    await expectNoAxeViolations(page, label);
    return;
  }
  const { incomplete } = await expectNoAxeViolations(page, label, { allowIncomplete: true });
  const anders = incomplete.filter((f) => f.id !== 'color-contrast').map((f) => f.id);
  if (anders.length > 0) throw new Error(`axe could not decide ${anders.join(', ')} on ${label}`);
  for (const node of incomplete.flatMap((f) => f.nodes)) {
    const inGrafiek = await page
      .locator(node.target)
      .first()
      .evaluate((el) => el.closest('figure.redzaam-grafiek') !== null);
    if (!inGrafiek) throw new Error(`axe could not decide the contrast of ${node.target} on ${label}`);
  }
}

/**
 * On a narrow screen the header's menu is folded into a "Menu" button (a <details>): opens it,
 * as a person would, before a test uses a menu entry or "Uitloggen". Nothing on a wide screen.
 */
export async function openMenuAlsGevouwen(page: Page): Promise<void> {
  const knop = page.locator('header details.redzaam-menu > summary');
  if ((await knop.count()) === 0 || !(await knop.isVisible())) return;
  const open = await page
    .locator('header details.redzaam-menu')
    .evaluate((d) => (d as HTMLDetailsElement).open);
  if (!open) await knop.click();
}
