import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { type E2EServer, login, navigation, startServer, visit } from './support/browser.js';
import {
  expectLeesbaar,
  expectNoAxeViolationsBuitenGrafieken,
  openKleinScherm,
} from './support/klein-scherm.js';
import { eigenDossierId, ILSE } from './support/regie.js';

/**
 * Issue 18, findings 2 and 8, as the resident meets them on a 320 px phone, with JavaScript on
 * and off: a new round of "Hoe het gaat" starts from her last answers ("Klopt nog" in one tap),
 * an unsaved form warns before leaving (JavaScript on), "Stop toegang" names the person and can
 * be undone, a refused invitation's address does not 404, a pending invitation shows its two
 * dates apart, the start and login pages say how to get an account, the search hint's
 * example postcode works, and everything in her download can be read as a page. axe runs where JavaScript is on.
 */

let server: E2EServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

describe.each([false, true])('on a 320 px phone, JavaScript %s', (javaScript) => {
  const controleer = async (page: import('playwright-core').Page, label: string) => {
    await expectLeesbaar(page, label);
    if (javaScript) await expectNoAxeViolationsBuitenGrafieken(page, label);
  };

  it('says how to get an account; the search hint’s example postcode works', {
    timeout: 300_000,
  }, async () => {
    const s = await openKleinScherm('telefoon', { javaScript });
    try {
      for (const pad of ['/', '/inloggen']) {
        await visit(s.page, `${server.origin}${pad}`);
        await expect(
          s.page.getByRole('heading', { name: 'Hoe krijg je een account?' }).count(),
        ).resolves.toBe(1);
        await controleer(s.page, pad);
      }
      await visit(s.page, `${server.origin}/sociale-kaart`);
      const voorbeeld = /Bijvoorbeeld (\d{4} [A-Z]{2})/.exec(await s.page.content())?.[1];
      expect(voorbeeld).toBeTruthy();
      await s.page.getByLabel('Postcode').fill(voorbeeld as string);
      const r = await navigation(s.page, () => s.page.getByLabel('Postcode').press('Enter'));
      // An unknown postcode is a 400 with a message; the example gives results.
      expect(r.status()).toBe(200);
      await controleer(s.page, 'zoeken met de voorbeeldpostcode');
    } finally {
      await s.close();
    }
  });

  it('a new round starts from her last answers; "Klopt nog" keeps one in one tap', {
    timeout: 300_000,
  }, async () => {
    const s = await openKleinScherm('telefoon', { javaScript });
    try {
      await login(s.page, server.origin, ILSE.email, DEMO_PASSWORD);
      const id = await eigenDossierId(s.page, server.origin);
      await visit(s.page, `${server.origin}/dossiers/${id}/levensgebieden/invullen`);
      const kloptNog = s.page.getByRole('button', { name: /^Klopt nog/ });
      const voor = await kloptNog.count();
      expect(voor).toBeGreaterThan(0);
      await expect(
        s.page
          .getByText(/Vorige keer \(/)
          .first()
          .isVisible(),
      ).resolves.toBe(true);
      await controleer(s.page, 'invullen met vorige antwoorden');
      const r = await navigation(s.page, () => kloptNog.first().click());
      expect(r.status()).toBe(200);
      expect(new URL(s.page.url()).pathname).toBe(`/dossiers/${id}/levensgebieden/invullen`);
      await expect(kloptNog.count()).resolves.toBe(voor - 1);
      await controleer(s.page, 'na klopt nog');

      // A part's form starts from her last answer.
      await navigation(s.page, () =>
        s.page.locator('li', { has: kloptNog }).first().getByRole('link').click(),
      );
      await expect(s.page.getByText(/Hieronder staan je antwoorden van/).count()).resolves.toBeGreaterThan(0);
      await expect(s.page.locator('input[name="score"]:checked').count()).resolves.toBe(1);
      await controleer(s.page, 'een deel, vooraf ingevuld');
      if (javaScript) {
        // Changed and not saved: leaving asks first; staying keeps what she typed.
        const adres = s.page.url();
        await s.page.getByLabel(/Wat wil je bereiken/).fill('Iets nieuws dat nog niet bewaard is');
        const dialoog = s.page.waitForEvent('dialog');
        void s.page.getByRole('link', { name: /Terug naar het overzicht/ }).click();
        const d = await dialoog;
        expect(d.type()).toBe('beforeunload');
        await d.dismiss();
        expect(s.page.url()).toBe(adres);
        await expect(s.page.getByLabel(/Wat wil je bereiken/).inputValue()).resolves.toBe(
          'Iets nieuws dat nog niet bewaard is',
        );
      }
    } finally {
      await s.close();
    }
  });

  it('everything in her download can be read: from "Je gegevens" in one step, every section in words', {
    timeout: 300_000,
  }, async () => {
    const s = await openKleinScherm('telefoon', { javaScript });
    try {
      await login(s.page, server.origin, ILSE.email, DEMO_PASSWORD);
      const id = await eigenDossierId(s.page, server.origin);
      await visit(s.page, `${server.origin}/dossiers/${id}/gegevens`);
      await controleer(s.page, 'je gegevens');
      const r = await navigation(s.page, () =>
        s.page.getByRole('link', { name: 'Lees alles wat Redzaam van je weet' }).click(),
      );
      expect(r.status()).toBe(200);
      await expect(
        s.page.getByRole('heading', { level: 1, name: 'Alles wat Redzaam van je weet' }).count(),
      ).resolves.toBe(1);
      for (const naam of ['Mijn plan', 'Mijn netwerk', 'Crisiskaart', 'Je logboek'])
        await expect(s.page.getByRole('heading', { level: 2, name: naam }).count()).resolves.toBe(1);
      await expect(
        s.page.getByText('Rustig praten, één persoon tegelijk. Een kop thee.').count(),
      ).resolves.toBeGreaterThan(0);
      await expect(s.page.getByRole('link', { name: 'Download alles als PDF' }).count()).resolves.toBe(1);
      await controleer(s.page, 'alles wat Redzaam van je weet');
    } finally {
      await s.close();
    }
    // The same page with text at 200 %: no sideways scroll, no word broken inside.
    const groot = await openKleinScherm('grote-tekst', { javaScript });
    try {
      await login(groot.page, server.origin, ILSE.email, DEMO_PASSWORD);
      const id = await eigenDossierId(groot.page, server.origin);
      expect((await visit(groot.page, `${server.origin}/dossiers/${id}/gegevens/alles`)).status()).toBe(200);
      await expectLeesbaar(groot.page, 'alles, tekst 200 %');
    } finally {
      await groot.close();
    }
  });

  it('"Stop toegang" names the person and can be undone; invitations keep their two dates apart', {
    timeout: 300_000,
  }, async () => {
    const s = await openKleinScherm('telefoon', { javaScript });
    try {
      await login(s.page, server.origin, ILSE.email, DEMO_PASSWORD);
      const id = await eigenDossierId(s.page, server.origin);
      await visit(s.page, `${server.origin}/dossiers/${id}/toegang`);
      const stop = s.page.getByRole('button', { name: /^Stop toegang: Bram/ });
      await navigation(s.page, () => stop.click());
      await expect(s.page.getByText(/Je hebt de toegang van Bram.* gestopt/).count()).resolves.toBe(1);
      await controleer(s.page, 'toegang gestopt');
      await navigation(s.page, () => s.page.getByRole('button', { name: /^Ongedaan maken/ }).click());
      await expect(s.page.getByText('De toegang is terug, zoals hij was.').count()).resolves.toBe(1);
      await expect(s.page.getByRole('button', { name: /^Stop toegang: Bram/ }).count()).resolves.toBe(1);
      await controleer(s.page, 'toegang terug');

      // A refused invitation: the address in the bar opens the page again, not a 404, and still
      // says why next to the field (what she typed is not kept).
      const uitnodigen = () => s.page.locator('form[action$="/toegang/uitnodigen"]');
      const waarom = 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.';
      await uitnodigen().getByLabel('E-mailadres').fill('geen-adres');
      const fout = await navigation(s.page, () => uitnodigen().getByLabel('E-mailadres').press('Enter'));
      expect(fout.status()).toBe(400);
      expect(new URL(s.page.url()).pathname).toBe(`/dossiers/${id}/toegang/uitnodigen`);
      await expect(s.page.locator('#veld-email-fout').textContent()).resolves.toContain(waarom);
      const opnieuw = await visit(s.page, s.page.url());
      expect(opnieuw.status()).toBe(200);
      expect(new URL(s.page.url()).pathname).toBe(`/dossiers/${id}/toegang/uitnodigen`);
      await expect(s.page.locator('#veld-email-fout').textContent()).resolves.toContain(waarom);
      await expect(uitnodigen().getByLabel('E-mailadres').inputValue()).resolves.toBe('');
      await controleer(s.page, 'geweigerde uitnodiging opnieuw geopend');

      // A pending invitation: the link's 7 days, and apart from it the end she chose (none here).
      await uitnodigen()
        .getByLabel('E-mailadres')
        .fill(`nieuw-${javaScript ? 'js' : 'zonder'}@example.test`);
      await uitnodigen().getByLabel('Mijn plan').selectOption('lezen');
      const verstuurd = await navigation(s.page, () =>
        uitnodigen().getByRole('button', { name: 'Uitnodiging versturen' }).click(),
      );
      expect(verstuurd.status()).toBe(200);
      await expect(s.page.getByText(/De link in de mail werkt tot/).count()).resolves.toBeGreaterThan(0);
      await expect(
        s.page.getByText(/stopt het meekijken pas als jij dat wilt/).count(),
      ).resolves.toBeGreaterThan(0);
      await controleer(s.page, 'open uitnodiging');
    } finally {
      await s.close();
    }
  });
});
