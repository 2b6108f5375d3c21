import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/demo/seed.js';
import {
  type E2EServer,
  foreignRequests,
  login,
  navigation,
  recordedRequests,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';

/** Logging in and out with the demo accounts, with JavaScript on and off, and the form errors. */

let server: E2EServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

const JS_MODES = [
  { javaScript: true, label: 'met JavaScript', submit: 'enter' },
  { javaScript: false, label: 'zonder JavaScript', submit: 'klik' },
] as const;

describe('the browser without JavaScript', () => {
  it('really runs no page scripts (so the JS-off tests mean something)', async () => {
    await withBrowser({ javaScript: false }, async (page) => {
      await page.setContent('<title>voor</title><script>document.title = "na"</script>');
      expect(await page.title()).toBe('voor');
    });
    await withBrowser({ javaScript: true }, async (page) => {
      await page.setContent('<title>voor</title><script>document.title = "na"</script>');
      expect(await page.title()).toBe('na');
    });
  });
});

describe.each(JS_MODES)('logging in and out $label', ({ javaScript, submit }) => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.rol, a] as const))('as the demo %s', async (rol, demo) => {
    await withBrowser({ javaScript }, async (page) => {
      const response = await login(page, server.origin, demo.email, DEMO_PASSWORD, submit);
      expect(response.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/mijn-overzicht');
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Mijn overzicht');
      expect(await visibleText(page.getByRole('main'))).toContain(`Welkom, ${demo.naam}.`);
      expect(await visibleText(page.getByRole('banner'))).toContain(`Ingelogd als ${demo.naam}`);
      // The menu fits the role: only the beheerder manages accounts.
      const accountsLinks = await page
        .getByRole('navigation')
        .getByRole('link', { name: 'Accounts' })
        .count();
      expect(accountsLinks).toBe(rol === 'beheerder' ? 1 : 0);
      if (demo.organisatie) {
        expect(await visibleText(page.getByRole('main'))).toContain(`Je werkt bij ${demo.organisatie}.`);
      }

      const out = await navigation(page, () => page.getByRole('button', { name: 'Uitloggen' }).click());
      expect(out.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/inloggen');
      expect(await visibleText(page.getByRole('status'))).toBe('Je bent uitgelogd.');
      expect(await visibleText(page.getByRole('banner'))).not.toContain('Ingelogd als');

      // The session is really gone: the overview asks to log in again.
      const after = await visit(page, `${server.origin}/mijn-overzicht`);
      expect(after.status()).toBe(401);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Inloggen');
      expect(await visibleText(page.getByRole('main'))).not.toContain(demo.naam);
    });
  });

  it('returns to the page that asked for the login', async () => {
    const demo = DEMO_ACCOUNTS.find((a) => a.rol === 'inwoner');
    if (!demo) throw new Error('no inwoner');
    await withBrowser({ javaScript }, async (page) => {
      const asked = await visit(page, `${server.origin}/mijn-sessies`);
      expect(asked.status()).toBe(401);
      await page.getByLabel('E-mailadres').fill(demo.email);
      await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
      const response = await navigation(page, () =>
        page.getByRole('button', { name: 'Inloggen', exact: true }).click(),
      );
      expect(response.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/mijn-sessies');
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Waar ben ik ingelogd');
    });
  });
});

/** The error message element an input points to with aria-describedby, checked from both sides. */
async function expectFieldError(page: Page, field: string, text: string | RegExp): Promise<void> {
  const input = page.locator(`#veld-${field}`);
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const errorId = `veld-${field}-fout`;
  expect(describedBy.split(/\s+/)).toContain(errorId);
  // The message sits inside the same form field as its input, next to it.
  const formField = page.locator('.utrecht-form-field').filter({ has: input });
  expect(await formField.count()).toBe(1);
  const message = formField.locator(`#${errorId}`);
  expect(await message.count()).toBe(1);
  const shown = await visibleText(message);
  if (typeof text === 'string') expect(shown).toBe(text);
  else expect(shown).toMatch(text);
  expect(await message.isVisible()).toBe(true);
  // And the summary at the top links to the field.
  const summaryLink = page.locator('#foutmeldingen').getByRole('link', { name: shown });
  expect(await summaryLink.getAttribute('href')).toBe(`#veld-${field}`);
}

describe.each(JS_MODES)('form errors on the login page $label', ({ javaScript }) => {
  it('an empty e-mail address: "Vul dit veld in." next to the field', async () => {
    await withBrowser({ javaScript }, async (page) => {
      await visit(page, `${server.origin}/inloggen`);
      await page.getByLabel('Wachtwoord', { exact: true }).fill('iets');
      const response = await navigation(page, () =>
        page.getByRole('button', { name: 'Inloggen', exact: true }).click(),
      );
      expect(response.status()).toBe(400);
      await expectFieldError(page, 'email', 'Vul dit veld in.');
      // The password field was filled in, so it has no error.
      expect(await page.locator('#veld-wachtwoord').getAttribute('aria-invalid')).toBeNull();
      expect(await page.locator('#veld-wachtwoord-fout').count()).toBe(0);
    });
  });

  it('an invalid e-mail address: "Vul een geldig e-mailadres in", and what was typed stays', async () => {
    await withBrowser({ javaScript }, async (page) => {
      await visit(page, `${server.origin}/inloggen`);
      await page.getByLabel('E-mailadres').fill('ilse.verbeek');
      await page.getByLabel('Wachtwoord', { exact: true }).fill('iets');
      const response = await navigation(page, () =>
        page.getByLabel('Wachtwoord', { exact: true }).press('Enter'),
      );
      expect(response.status()).toBe(400);
      await expectFieldError(page, 'email', /^Vul een geldig e-mailadres in/);
      expect(await page.getByLabel('E-mailadres').inputValue()).toBe('ilse.verbeek');
      // A password is never sent back to the browser.
      expect(await page.getByLabel('Wachtwoord', { exact: true }).inputValue()).toBe('');
    });
  });
});

it('made no request to any other origin', () => {
  expect(recordedRequests.length).toBeGreaterThan(50);
  expect(foreignRequests([server.origin])).toEqual([]);
});
