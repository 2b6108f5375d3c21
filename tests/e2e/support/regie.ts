import type { Locator, Page, Response } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../../src/demo/seed.js';
import { formatDate } from '../../../src/platform/dates.js';
import type { Rol } from '../../../src/platform/db/schema.js';
import type { TestApp } from '../../support/test-app.js';
import { navigation, visit } from './browser.js';
import { mailsTo } from './mail.js';

/**
 * Helpers for the browser tests of eigen regie: the demo people, the resident's record id,
 * invitation links from the outbox, keyboard-only navigation and the place of form errors.
 */

export function demoAccount(rol: Rol) {
  const found = DEMO_ACCOUNTS.find((account) => account.rol === rol);
  if (!found) throw new Error(`no demo account for ${rol}`);
  return found;
}

/** Ilse Verbeek, the demo resident who owns a record */
export const ILSE = demoAccount('inwoner');
/** Bram Verbeek, her brother (naaste): plan lezen, netwerk lezen, crisiskaart aanpassen */
export const BRAM = demoAccount('naaste');
/** Yara Doğan of Buurtteam Lindewaard-Oost (professional): plan voorstellen, levensgebieden lezen en reageren … */
export const YARA = demoAccount('professional');
/** Kees Vermeulen, beheerder */
export const KEES = demoAccount('beheerder');

/**
 * The id of Ilse's record, read the way she finds it: /mijn-gegevens redirects to it.
 * The page must be logged in as Ilse.
 */
export async function eigenDossierId(page: Page, origin: string): Promise<string> {
  await visit(page, `${origin}/mijn-gegevens`);
  const match = /^\/dossiers\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`/mijn-gegevens did not lead to a record but to ${page.url()}`);
  return match[1];
}

/**
 * `navigation` (the final response of a link or form post), and then waits until the page
 * shows that response's document. `navigation` alone can return while page.url() and the
 * DOM still belong to the previous page, which matters when both have the same path
 * (/dossiers/…/toegang → /dossiers/…/toegang?melding=verstuurd).
 */
export async function navigated(page: Page, action: () => Promise<unknown>): Promise<Response> {
  const response = await navigation(page, action);
  await page.waitForURL(response.url(), { waitUntil: 'load' });
  return response;
}

/** The invitation link (/uitnodiging/<token>) in the newest mail to `to`; fails without one. */
export async function uitnodigingLinkFromOutbox(t: TestApp, to: string): Promise<string> {
  const newest = (await mailsTo(t, to)).at(-1);
  if (!newest) throw new Error(`no mail to ${to} in the outbox`);
  const link = /https?:\/\/[^\s"<>]+\/uitnodiging\/[A-Za-z0-9_-]+/.exec(newest)?.[0];
  if (!link) throw new Error(`the newest mail to ${to} has no /uitnodiging/ link:\n${newest}`);
  return link;
}

/** "22 november 2026": a day as the app writes it (Amsterdam), for log sentences. */
export function dutchDate(date: Date): string {
  return formatDate(date, 'nl');
}

/** yyyy-mm-dd, `days` from today in Amsterdam: the value of a date field. */
export function dateFieldValue(days: number): string {
  const moment = new Date(Date.now() + days * 24 * 3_600_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(moment);
}

/** Is this element the focused one? Works with JavaScript off too (DevTools evaluation). */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab, as a keyboard user does, until `target` has focus; fails after `max` presses.
 * Returns how many presses it took.
 */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return presses;
  }
  throw new Error(`${max} presses of Tab did not reach ${target}`);
}

/** The form field (label, error, input) around the control with this id. */
export function fieldOf(page: Page, controlId: string): Locator {
  return page.locator('.utrecht-form-field').filter({ has: page.locator(`[id="${controlId}"]`) });
}

/** The error summary at the top of a form. */
export function errorSummary(page: Page): Locator {
  return page.locator('#foutmeldingen');
}
