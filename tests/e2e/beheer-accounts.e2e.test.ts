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

/** The beheerder invites a professional; the activation mail leads to a working account. */

let server: E2EServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

const beheerder = DEMO_ACCOUNTS.find((a) => a.rol === 'beheerder');
const NIEUW = {
  naam: 'Sanne Bakker',
  email: 'sanne.bakker@lindewaard.example',
  organisatie: 'Schuldhulp Lindewaard',
};

describe('a beheerder creates a professional account', () => {
  it('form error without organisation, then success, the mail, and the new account works', async () => {
    if (!beheerder) throw new Error('no demo beheerder');
    await withBrowser({}, async (page) => {
      await login(page, server.origin, beheerder.email, DEMO_PASSWORD);
      await navigation(page, () => page.getByRole('link', { name: 'Accounts' }).click());
      expect(new URL(page.url()).pathname).toBe('/beheer/accounts');

      await page.getByLabel('Naam', { exact: true }).fill(NIEUW.naam);
      await page.getByLabel('E-mailadres').fill(NIEUW.email);
      await page.getByLabel('Rol').selectOption({ label: 'Professional' });
      // A professional needs an organisation: first without one.
      const refused = await navigation(page, () =>
        page.getByRole('button', { name: 'Account maken' }).click(),
      );
      expect(refused.status()).toBe(400);
      const organisatie = page.locator('#veld-organisatie');
      expect(await organisatie.getAttribute('aria-invalid')).toBe('true');
      expect((await organisatie.getAttribute('aria-describedby'))?.split(' ')).toContain(
        'veld-organisatie-fout',
      );
      expect(await visibleText(page.locator('#veld-organisatie-fout'))).toBe(
        'Kies de organisatie van deze professional.',
      );
      // What was filled in stays filled in.
      expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe(NIEUW.naam);
      expect(await page.getByLabel('E-mailadres').inputValue()).toBe(NIEUW.email);
      expect(await page.getByLabel('Rol').inputValue()).toBe('professional');
      expect(await mailsTo(server.t, NIEUW.email)).toHaveLength(0);

      await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: NIEUW.organisatie });
      const created = await navigation(page, () =>
        page.getByRole('button', { name: 'Account maken' }).click(),
      );
      expect(created.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/beheer/accounts');
      expect(await visibleText(page.getByRole('status'))).toBe(
        'Het account is gemaakt. Er is een e-mail met een link verstuurd.',
      );
      const row = page.locator('tbody tr').filter({ hasText: NIEUW.email });
      expect(await row.count()).toBe(1);
      const cells = await row.locator('td').allInnerTexts();
      expect(cells.slice(0, 5)).toEqual([
        NIEUW.naam,
        NIEUW.email,
        'Professional',
        NIEUW.organisatie,
        'Uitgenodigd',
      ]);

      // The same address twice is refused next to the e-mail field.
      await page.getByLabel('Naam', { exact: true }).fill('Nog een Sanne');
      await page.getByLabel('E-mailadres').fill(NIEUW.email);
      const twice = await navigation(page, () => page.getByRole('button', { name: 'Account maken' }).click());
      expect(twice.status()).toBe(400);
      expect(await visibleText(page.locator('#veld-email-fout'))).toBe(
        'Er is al een account met dit e-mailadres.',
      );
    });

    const mails = await mailsTo(server.t, NIEUW.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`Hallo ${NIEUW.naam},`);
    expect(mails[0]).toContain('Er is een account voor je gemaakt bij Redzaam in Lindewaard.');
    const link = await linkFromOutbox(server.t, NIEUW.email);
    expect(link.startsWith(`${server.origin}/wachtwoord-instellen/`)).toBe(true);

    // The new professional activates the account without JavaScript and logs in.
    await withBrowser({ javaScript: false }, async (page) => {
      const opened = await visit(page, link);
      expect(opened.status()).toBe(200);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Je account klaarzetten');
      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('schulden samen oplossen');
      await page.getByLabel('Typ je nieuwe wachtwoord nog een keer').fill('schulden samen oplossen');
      await navigation(page, () => page.getByRole('button', { name: 'Wachtwoord opslaan' }).click());
      expect(new URL(page.url()).pathname).toBe('/inloggen');

      const response = await login(page, server.origin, NIEUW.email, 'schulden samen oplossen', 'klik');
      expect(response.status()).toBe(200);
      const main = await visibleText(page.getByRole('main'));
      expect(main).toContain(`Welkom, ${NIEUW.naam}.`);
      expect(main).toContain(`Je werkt bij ${NIEUW.organisatie}.`);
    });

    // The beheerder now sees the account as active.
    await withBrowser({}, async (page) => {
      await login(page, server.origin, beheerder.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/beheer/accounts`);
      const row = page.locator('tbody tr').filter({ hasText: NIEUW.email });
      expect(await visibleText(row.locator('td').nth(4))).toBe('Actief');
    });
  });

  it('blocking an account ends it: the blocked person can no longer log in', async () => {
    if (!beheerder) throw new Error('no demo beheerder');
    const analist = DEMO_ACCOUNTS.find((a) => a.rol === 'analist');
    if (!analist) throw new Error('no demo analist');
    await withBrowser({ name: 'analist' }, async (analistPage) => {
      await login(analistPage, server.origin, analist.email, DEMO_PASSWORD);
      expect(new URL(analistPage.url()).pathname).toBe('/mijn-overzicht');

      await withBrowser({}, async (page) => {
        await login(page, server.origin, beheerder.email, DEMO_PASSWORD);
        await visit(page, `${server.origin}/beheer/accounts`);
        const blocked = await navigation(page, () =>
          page.getByRole('button', { name: `Blokkeren: ${analist.naam}` }).click(),
        );
        expect(blocked.status()).toBe(200);
        expect(await visibleText(page.getByRole('status'))).toContain('Het account is geblokkeerd.');
        const row = page.locator('tbody tr').filter({ hasText: analist.email });
        expect(await visibleText(row.locator('td').nth(4))).toBe('Geblokkeerd');
        expect(await row.getByRole('button').count()).toBe(0);
      });

      // The analist's open session ended with the block.
      const after = await visit(analistPage, `${server.origin}/mijn-overzicht`);
      expect(after.status()).toBe(401);
      const again = await login(analistPage, server.origin, analist.email, DEMO_PASSWORD);
      expect(again.status()).toBe(401);
      expect(await visibleText(analistPage.getByRole('alert'))).toContain('klopt niet');
    });
  });
});

it('made no request to any other origin', () => {
  expect(recordedRequests.length).toBeGreaterThan(20);
  expect(foreignRequests([server.origin])).toEqual([]);
});
