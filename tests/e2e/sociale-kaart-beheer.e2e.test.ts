import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/demo/seed.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  foreignRequests,
  login,
  navigation,
  recordedRequests,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import { mailsTo } from './support/mail.js';
import { bevestigLinkFromOutbox, pathOf } from './support/sociale-kaart-beheer.js';

/**
 * Keeping the sociale kaart up to date, in the browser: a beheerder adds and edits an entry
 * (also without JavaScript), sees the entries not checked for too long, asks the organisation
 * to check; the organisation opens the e-mailed link and confirms. axe on every page.
 */

let server: E2EServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

const beheerder = DEMO_ACCOUNTS.find((a) => a.rol === 'beheerder');
const DIENST = {
  naam: 'Spelletjesmiddag in de bieb',
  email: 'spelletjes@bieb.lindewaard.example',
};

async function checked(page: Page, response: Response, status: number, label: string) {
  expect(response.status(), label).toBe(status);
  await expectNoAxeViolations(page, label);
}

async function loginBeheerder(page: Page) {
  if (!beheerder) throw new Error('no demo beheerder');
  // Fail with the locator that did not match instead of the test's overall time-out.
  page.setDefaultTimeout(15_000);
  await login(page, server.origin, beheerder.email, DEMO_PASSWORD);
}

describe('a beheerder keeps the sociale kaart up to date', () => {
  it('adds and edits an entry, asks the organisation to check, and the organisation confirms', async () => {
    await withBrowser({}, async (page) => {
      await loginBeheerder(page);
      const list = await navigation(page, () =>
        page
          .getByRole('navigation', { name: 'Menu' })
          .getByRole('link', { name: 'Sociale kaart bijhouden' })
          .click(),
      );
      expect(new URL(page.url()).pathname).toBe('/beheer/sociale-kaart');
      await checked(page, list, 200, 'list');
      expect(await page.locator('#diensten-tabel tbody tr').count()).toBeGreaterThan(30);

      // The demo has entries checked long ago.
      const stale = await navigation(page, () =>
        page.getByRole('link', { name: 'Niet gecontroleerd sinds meer dan 12 maanden' }).click(),
      );
      await checked(page, stale, 200, 'stale list');
      const staleNames = await page
        .locator('#diensten-tabel tbody tr td:first-child a:first-child')
        .allInnerTexts();
      expect(staleNames.sort()).toEqual(['Repair Café', 'Rolstoel lenen', 'Taalcafé']);
      expect(
        await visibleText(page.locator('#diensten-tabel tbody tr').filter({ hasText: 'Taalcafé' })),
      ).toContain('Te lang geleden');

      const form = await navigation(page, () => page.getByRole('link', { name: 'Dienst toevoegen' }).click());
      await checked(page, form, 200, 'add form');

      // Mistakes first: no name, closing before opening.
      await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Nieuwe organisatie' });
      await page.getByLabel('Naam van de nieuwe organisatie').fill('Bibliotheek Lindewaard');
      await page.getByLabel('E-mailadres').fill(DIENST.email);
      await page.locator('#veld-dag-0').selectOption({ label: 'woensdag' });
      await page.locator('#veld-open-0').fill('16:00');
      await page.locator('#veld-sluit-0').fill('14:00');
      const refused = await navigation(page, () =>
        page.getByRole('button', { name: 'Dienst toevoegen' }).click(),
      );
      await checked(page, refused, 400, 'add form with errors');
      expect(await visibleText(page.locator('#veld-naam-fout'))).toBe('Vul dit veld in.');
      expect(await visibleText(page.locator('#veld-sluit-0-fout'))).toBe(
        'De tijd van sluiten moet later zijn dan de tijd van openen.',
      );
      expect(await page.locator('#veld-sluit-0').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('E-mailadres').inputValue()).toBe(DIENST.email);
      expect(await visibleText(page.getByRole('alert').first())).toContain('Vul dit veld in.');

      await page.getByLabel('Naam van de dienst').fill(DIENST.naam);
      await page.locator('#veld-sluit-0').fill('17:00');
      await page.getByLabel('Geld en rekeningen').check();
      await page.getByLabel('Gratis', { exact: true }).check();
      const added = await navigation(page, () =>
        page.getByRole('button', { name: 'Dienst toevoegen' }).click(),
      );
      await checked(page, added, 200, 'list after adding');
      expect(await visibleText(page.getByRole('status'))).toBe('De dienst staat op de sociale kaart.');

      const edit = await navigation(page, () =>
        page.getByRole('link', { name: DIENST.naam, exact: true }).click(),
      );
      await checked(page, edit, 200, 'edit form');
      expect(await visibleText(page.locator('#status-kop + p'))).toContain('Laatst gecontroleerd op');
      expect(await page.getByLabel('Geld en rekeningen').isChecked()).toBe(true);
      await page.getByLabel('Kosten', { exact: true }).fill('Gratis');
      const saved = await navigation(page, () =>
        page.getByRole('button', { name: 'Opslaan', exact: true }).click(),
      );
      await checked(page, saved, 200, 'list after saving');
      expect(await visibleText(page.getByRole('status'))).toBe('De wijzigingen zijn opgeslagen.');

      await navigation(page, () => page.getByRole('link', { name: DIENST.naam, exact: true }).click());
      const asked = await navigation(page, () =>
        page.getByRole('button', { name: 'Vraag de organisatie om te controleren' }).click(),
      );
      await checked(page, asked, 200, 'edit page after asking');
      expect(await visibleText(page.getByRole('status'))).toContain(
        'De organisatie krijgt een e-mail met een link.',
      );
    });

    const mails = await mailsTo(server.t, DIENST.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`Subject: Kloppen de gegevens van ${DIENST.naam} nog?`);
    const link = `${server.origin}${pathOf(await bevestigLinkFromOutbox(server.t, DIENST.email))}`;

    // The organisation has no account. (axe runs in the page, so this browser has JavaScript;
    // the no-JavaScript path of the forms is checked in the last test.)
    await withBrowser({}, async (page) => {
      page.setDefaultTimeout(15_000);
      const opened = await visit(page, link);
      await checked(page, opened, 200, 'confirmation page');
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
        `Kloppen de gegevens van ${DIENST.naam} nog?`,
      );
      expect(await visibleText(page.getByRole('main'))).toContain('woensdag 16:00 tot 17:00');
      const empty = await navigation(page, () => page.getByRole('button', { name: 'Versturen' }).click());
      await checked(page, empty, 400, 'confirmation page with error');
      await page.getByLabel('Ja, alles klopt').check();
      const done = await navigation(page, () => page.getByRole('button', { name: 'Versturen' }).click());
      await checked(page, done, 200, 'confirmed');
      expect(await visibleText(page.getByRole('status'))).toContain(
        'We hebben opgeslagen dat de gegevens kloppen.',
      );
      const again = await visit(page, link);
      await checked(page, again, 410, 'used link');
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Deze link werkt niet meer');
    });

    await withBrowser({}, async (page) => {
      await loginBeheerder(page);
      await visit(page, `${server.origin}/beheer/sociale-kaart`);
      await navigation(page, () => page.getByRole('link', { name: DIENST.naam, exact: true }).click());
      expect(await visibleText(page.locator('#status-kop + p'))).toContain(`door ${DIENST.email}`);
    });
  });

  it('shows a conflict clearly when someone else saved first, keeping the typed text', async () => {
    await withBrowser({ name: 'eerste' }, async (first) => {
      await withBrowser({ name: 'tweede' }, async (second) => {
        for (const page of [first, second]) {
          await loginBeheerder(page);
          await visit(page, `${server.origin}/beheer/sociale-kaart`);
          await navigation(page, () => page.getByRole('link', { name: 'Taalcafé', exact: true }).click());
        }
        await first.getByLabel('Kosten', { exact: true }).fill('1 euro');
        await navigation(first, () => first.getByRole('button', { name: 'Opslaan', exact: true }).click());
        await second.getByLabel('Kosten', { exact: true }).fill('2 euro');
        const conflict = await navigation(second, () =>
          second.getByRole('button', { name: 'Opslaan', exact: true }).click(),
        );
        await checked(second, conflict, 409, 'edit form after a conflict');
        expect(await visibleText(second.getByRole('alert').first())).toContain(
          'Iemand anders heeft deze dienst veranderd terwijl jij bezig was.',
        );
        expect(await second.getByLabel('Kosten', { exact: true }).inputValue()).toBe('2 euro');
        expect(await visibleText(second.locator('dl.redzaam-gegevens'))).toContain('1 euro');
      });
    });
  });

  it('the settings form, and the add form without JavaScript', async () => {
    await withBrowser({}, async (page) => {
      await loginBeheerder(page);
      const settings = await visit(page, `${server.origin}/beheer/sociale-kaart/instellingen`);
      await checked(page, settings, 200, 'settings');
      await page.getByLabel('Na hoeveel maanden').fill('0');
      const wrong = await navigation(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      await checked(page, wrong, 400, 'settings with error');
      expect(await visibleText(page.locator('#veld-controle_maanden-fout'))).toBe(
        'Vul een heel getal in van 1 tot en met 60.',
      );
      await page.getByLabel('Na hoeveel maanden').fill('24');
      const ok = await navigation(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(ok.status()).toBe(200);
      expect(await visibleText(page.getByRole('status'))).toBe('De instelling is opgeslagen.');
      await visit(page, `${server.origin}/beheer/sociale-kaart?verouderd`);
      const staleNames = await page
        .locator('#diensten-tabel tbody tr td:first-child a:first-child')
        .allInnerTexts();
      expect(staleNames.sort()).toEqual(['Rolstoel lenen']);
    });

    // Without JavaScript (no axe here: axe itself runs as a script in the page).
    await withBrowser({ javaScript: false }, async (page) => {
      await loginBeheerder(page);
      const form = await visit(page, `${server.origin}/beheer/sociale-kaart/nieuw`);
      expect(form.status()).toBe(200);
      await page.getByLabel('Naam van de dienst').fill('Buurtmoestuin');
      await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Nieuwe organisatie' });
      await page.getByLabel('Naam van de nieuwe organisatie').fill('Moestuin Oost');
      await page.getByLabel('Straat en huisnummer').fill('Tuinpad 2');
      await page.getByLabel('Postcode').fill('0101 AA');
      await page.getByLabel('Plaats').fill('Lindewaard');
      await page.getByLabel('Provincie').fill('Gelderland');
      await page.locator('#veld-dag-0').selectOption({ label: 'zaterdag' });
      await page.locator('#veld-open-0').fill('10:00');
      await page.locator('#veld-sluit-0').fill('13:00');
      const added = await navigation(page, () =>
        page.getByRole('button', { name: 'Dienst toevoegen' }).click(),
      );
      expect(added.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/beheer/sociale-kaart');
      expect(await visibleText(page.getByRole('status'))).toBe('De dienst staat op de sociale kaart.');
      expect(await visibleText(page.locator('#diensten-tabel'))).toContain('Buurtmoestuin');
    });
  });

  it('made no request to any other origin', () => {
    expect(recordedRequests.length).toBeGreaterThan(20);
    expect(foreignRequests([server.origin])).toEqual([]);
  });
});
