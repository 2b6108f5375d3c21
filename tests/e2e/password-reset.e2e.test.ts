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
import { linkFromOutbox, mailsTo } from './support/mail.js';

/** "Wachtwoord vergeten" from request to logging in with the new password, in a real browser. */

let server: E2EServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

const NEW_PASSWORD = 'lindebomen langs de waard';

describe.each([
  { javaScript: true, label: 'met JavaScript', rol: 'inwoner' },
  { javaScript: false, label: 'zonder JavaScript', rol: 'professional' },
])('password reset end to end $label', ({ javaScript, rol }) => {
  const demo = DEMO_ACCOUNTS.find((a) => a.rol === rol);
  if (!demo) throw new Error(`no demo ${rol}`);

  it('request, mail, new password (with the "differ" error), log in; the link works once', async () => {
    expect(await mailsTo(server.t, demo.email)).toHaveLength(0);

    await withBrowser({ javaScript }, async (page) => {
      await visit(page, `${server.origin}/inloggen`);
      await navigation(page, () => page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click());
      expect(new URL(page.url()).pathname).toBe('/wachtwoord-vergeten');
      await page.getByLabel('E-mailadres').fill(demo.email);
      const sent = await navigation(page, () =>
        page.getByRole('button', { name: 'Stuur mij een link' }).click(),
      );
      expect(sent.status()).toBe(200);
      expect(await visibleText(page.getByRole('status'))).toContain('Als dit e-mailadres bij ons bekend is');
    });

    const mails = await mailsTo(server.t, demo.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`Hallo ${demo.naam},`);
    const link = await linkFromOutbox(server.t, demo.email);
    // The demo gemeente has no host name of its own, so the link points at this server.
    expect(link.startsWith(`${server.origin}/wachtwoord-instellen/`)).toBe(true);

    // Opened in another browser, as when the mail is read on another device.
    await withBrowser({ javaScript }, async (page) => {
      const opened = await visit(page, link);
      expect(opened.status()).toBe(200);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Nieuw wachtwoord maken');

      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Typ je nieuwe wachtwoord nog een keer').fill(`${NEW_PASSWORD}!`);
      const differ = await navigation(page, () =>
        page.getByRole('button', { name: 'Wachtwoord opslaan' }).click(),
      );
      expect(differ.status()).toBe(400);
      const herhaal = page.locator('#veld-herhaal');
      expect(await herhaal.getAttribute('aria-invalid')).toBe('true');
      expect(await herhaal.getAttribute('aria-describedby')).toBe('veld-herhaal-fout');
      expect(
        await visibleText(
          page.locator('.utrecht-form-field').filter({ has: herhaal }).locator('#veld-herhaal-fout'),
        ),
      ).toBe('De twee wachtwoorden zijn niet hetzelfde.');

      // Both fields are empty again (passwords are never sent back); fill them alike.
      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Typ je nieuwe wachtwoord nog een keer').fill(NEW_PASSWORD);
      const saved = await navigation(page, () =>
        page.getByLabel('Typ je nieuwe wachtwoord nog een keer').press('Enter'),
      );
      expect(saved.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/inloggen');
      expect(await visibleText(page.getByRole('status'))).toBe(
        'Je wachtwoord is opgeslagen. Je kunt nu inloggen.',
      );

      const loggedIn = await login(page, server.origin, demo.email, NEW_PASSWORD);
      expect(loggedIn.status()).toBe(200);
      expect(await visibleText(page.getByRole('main'))).toContain(`Welkom, ${demo.naam}.`);
      await navigation(page, () => page.getByRole('button', { name: 'Uitloggen' }).click());

      // The old password no longer works.
      const old = await login(page, server.origin, demo.email, DEMO_PASSWORD);
      expect(old.status()).toBe(401);
      expect(await visibleText(page.getByRole('alert'))).toContain('klopt niet');

      // The same link a second time.
      const again = await visit(page, link);
      expect(again.status()).toBe(410);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Deze link werkt niet meer');
      expect(await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).getAttribute('href')).toBe(
        '/wachtwoord-vergeten',
      );
    });
  });
});

it('an unknown address gets the same confirmation, and no mail is sent', async () => {
  const before = (await server.t.readOutbox()).length;
  await withBrowser({}, async (page) => {
    await visit(page, `${server.origin}/wachtwoord-vergeten`);
    await page.getByLabel('E-mailadres').fill('onbekend@lindewaard.example');
    const sent = await navigation(page, () =>
      page.getByRole('button', { name: 'Stuur mij een link' }).click(),
    );
    expect(sent.status()).toBe(200);
    expect(await visibleText(page.getByRole('status'))).toContain('Als dit e-mailadres bij ons bekend is');
  });
  expect(await server.t.readOutbox()).toHaveLength(before);
});

it('made no request to any other origin', () => {
  expect(recordedRequests.length).toBeGreaterThan(20);
  expect(foreignRequests([server.origin])).toEqual([]);
});
