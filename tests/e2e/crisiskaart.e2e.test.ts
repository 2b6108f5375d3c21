import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  login,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import { expectLeesbaar } from './support/klein-scherm.js';
import { mailsTo } from './support/mail.js';
import { eigenDossierId, ILSE, navigated, tabTo, YARA } from './support/regie.js';
import { kiesMetToetsenbord, typMetToetsenbord } from './support/toetsenbord.js';

/**
 * The crisiskaart in a real browser, on a 320 px phone with JavaScript off and the keyboard
 * only: Ilse changes her card; she asks buurman Henk to take on the bills, and Henk confirms
 * through the one-time link in his mail (/crisiskaart/afspraak/<token>) without an account (a second click says it was used);
 * a professional who scans the card's QR code, logs in and gives a reason sees the card and
 * nothing else. axe runs on every page in a JavaScript-on session (with JavaScript off it never
 * finishes).
 */

let server: E2EServer;
let dossierId: string;
const TELEFOON = { width: 320, height: 640 };

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

describe('Ilse and her card, keyboard only, JavaScript off, 320 px', () => {
  it('changes what helps her and sees it on her card', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      dossierId = await eigenDossierId(page, server.origin);
      await visit(page, `${server.origin}/mijn-crisiskaart`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Mijn rustkaart');
      await expectLeesbaar(page);
      await tabTo(page, page.getByRole('link', { name: 'Kaartje aanpassen' }));
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Kaartje aanpassen');
      await typMetToetsenbord(page, 'veld-tekst-helpt', 'Rustig praten. Een deken en een kop thee.');
      await tabTo(page, page.getByRole('button', { name: 'Opslaan' }));
      const antwoord = await navigated(page, () => page.keyboard.press('Enter'));
      expect(antwoord.status()).toBe(200);
      const main = await visibleText(page.getByRole('main'));
      expect(main).toContain('Opgeslagen.');
      expect(main).toContain('Een deken en een kop thee.');
      // Only what she ticked: the admission wishes stay in the longer plan.
      expect(main).not.toContain('Liefst dicht bij huis');
      expect(main).toContain('Kaartje printen (PDF)');
      await expectLeesbaar(page);
    });
  });

  it('asks buurman Henk to take on the bills; Henk confirms through the link in his mail, once', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${dossierId}/crisiskaart/plan`);
      await tabTo(page, page.locator('#veld-persoon'));
      await page.keyboard.type('Buurman Henk');
      expect(await page.locator('#veld-persoon option:checked').textContent()).toBe('Buurman Henk');
      // "Rekeningen", the fifth task.
      await kiesMetToetsenbord(page, 'taak', 4);
      expect(await page.getByLabel('Rekeningen').isChecked()).toBe(true);
      await typMetToetsenbord(page, 'veld-email', 'henk@lindewaard.example');
      await tabTo(page, page.getByRole('button', { name: 'Vraag versturen' }));
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(await visibleText(page.getByRole('main'))).toContain(
        'Het is pas afgesproken als die persoon ja zegt.',
      );
      await expectLeesbaar(page);
    });
    const mail = (await mailsTo(server.t, 'henk@lindewaard.example')).at(-1) ?? '';
    // Only a link: not what it is about, not whose card.
    expect(mail).not.toContain('Rekeningen');
    expect(mail).not.toContain('Ilse');
    const link = /https?:\/\/[^\s"<>]+\/crisiskaart\/afspraak\/[A-Za-z0-9_-]+/.exec(mail)?.[0] as string;
    expect(link).toBeDefined();
    const pad = new URL(link).pathname;
    // axe on the open question, in a session with JavaScript (looking does not use the link).
    await withBrowser({ viewport: TELEFOON }, async (page) => {
      expect((await visit(page, `${server.origin}${pad}`)).status()).toBe(200);
      await expectNoAxeViolations(page, 'crisiskaart afspraak open');
    });
    // Henk has no account and no session: the link is the key.
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await visit(page, `${server.origin}${pad}`);
      const vraag = await visibleText(page.getByRole('main'));
      expect(vraag).toContain('Rekeningen');
      await expectLeesbaar(page);
      await tabTo(page, page.getByRole('button', { name: 'Ja, dat doe ik' }));
      const ja = await navigated(page, () => page.keyboard.press('Enter'));
      expect(ja.status()).toBe(200);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Dank je');
      // A second time: a clear message, nothing changed.
      expect((await visit(page, `${server.origin}${pad}`)).status()).toBe(410);
      expect(await visibleText(page.getByRole('main'))).toContain('Je hebt deze vraag al beantwoord.');
    });
    await withBrowser({ viewport: TELEFOON }, async (page) => {
      expect((await visit(page, `${server.origin}${pad}`)).status()).toBe(410);
      await expectNoAxeViolations(page, 'crisiskaart afspraak al beantwoord');
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${dossierId}/crisiskaart`);
      expect(await visibleText(page.getByRole('main'))).toContain('Rekeningen: Buurman Henk');
      await expectNoAxeViolations(page, 'crisiskaart met nieuwe afspraak');
      await visit(page, `${server.origin}/dossiers/${dossierId}/crisiskaart/plan`);
      await expectNoAxeViolations(page, 'crisiskaart plan');
      await visit(page, `${server.origin}/dossiers/${dossierId}/crisiskaart/bewerken`);
      await expectNoAxeViolations(page, 'crisiskaart bewerken');
    });
  });
});

describe('a professional who scans the QR code of the printed card', () => {
  it('logs in, gives a reason, and sees the card only — not the longer plan, not other sections', async () => {
    const noodPad = `/noodtoegang?dossier=${dossierId}`;
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      // The link asks for login first and returns to the emergency page after it.
      expect((await visit(page, `${server.origin}${noodPad}`)).status()).toBe(401);
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}${noodPad}`);
      expect(await visibleText(page.getByRole('main'))).toContain('Je scande de code op een crisiskaart.');
      await expectLeesbaar(page);
      // Without a reason: the message next to the field.
      await tabTo(page, page.getByRole('button', { name: 'Crisiskaart openen' }));
      const leeg = await navigated(page, () => page.keyboard.press('Enter'));
      expect(leeg.status()).toBe(400);
      await typMetToetsenbord(page, 'veld-reden', 'Zij is verward op straat gevonden.');
      await tabTo(page, page.getByRole('button', { name: 'Crisiskaart openen' }));
      const open = await navigated(page, () => page.keyboard.press('Enter'));
      expect(open.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/crisiskaart`);
      const main = await visibleText(page.getByRole('main'));
      expect(main).toContain('Crisiskaart van Ilse Verbeek');
      expect(main).toContain('Een deken en een kop thee.');
      expect(main).toContain('Rekeningen: Buurman Henk');
      expect(main).not.toContain('Liefst dicht bij huis');
      expect(main).not.toContain('Het hele crisisplan');
      await expectLeesbaar(page);
      for (const dicht of ['/crisiskaart/plan', '/crisiskaart/kaartje.pdf', '/waakvlam', '/netwerk'])
        expect((await visit(page, `${server.origin}/dossiers/${dossierId}${dicht}`)).status(), dicht).toBe(
          403,
        );
    });
    await withBrowser({ viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}${noodPad}`);
      await expectNoAxeViolations(page, 'noodtoegang via de QR-code');
      await visit(page, `${server.origin}/dossiers/${dossierId}/crisiskaart`);
      await expectNoAxeViolations(page, 'crisiskaart in noodgeval');
    });
  });
});
