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
import { BRAM, eigenDossierId, ILSE, navigated, tabTo } from './support/regie.js';
import { kiesMetToetsenbord } from './support/toetsenbord.js';

/**
 * The waakvlam in a real browser: the weekly check-in opened from the e-mailed link without a
 * session, on a 320 px phone with JavaScript off and the keyboard only — a missing answer
 * shown next to its question, then a let-op signal that raises the phase; Bram, whom she
 * chose, gets a mail with only a link and sees the agreed actions behind login; the link works
 * once. Ilse also answers in the app. axe runs in JavaScript-on sessions only.
 */

let server: E2EServer;
let dossierId: string;
let link: string;
const TELEFOON = { width: 320, height: 640 };
const MELDING = 'Er staat een bericht voor je klaar';

beforeAll(async () => {
  server = await startServer();
  await withBrowser({ javaScript: false }, async (page) => {
    await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
    dossierId = await eigenDossierId(page, server.origin);
  });
  // A week after the demo's last check-in the next one is due: the app's clock moves there and
  // the job mails it, as it would on that morning.
  const plan = await server.t.database.db
    .selectFrom('waakvlam_plan')
    .select('volgende_checkin_op')
    .where('dossier_id', '=', dossierId)
    .executeTakeFirstOrThrow();
  server.t.clock.advance(plan.volgende_checkin_op.getTime() - server.t.clock.now().getTime() + 60_000);
  await server.t.app.jobs.runDue();
  const mail = (await mailsTo(server.t, ILSE.email)).filter((m) => m.includes('/waakvlam/checkin/')).at(-1);
  const gevonden = /https?:\/\/[^\s"<>]+(\/waakvlam\/checkin\/[0-9a-f-]{36}\/[A-Za-z0-9_-]+)/.exec(
    mail ?? '',
  );
  if (!gevonden?.[1]) throw new Error(`no check-in link in the mail to Ilse:\n${mail}`);
  link = gevonden[1];
});

afterAll(async () => {
  await server?.close();
});

describe('the check-in from the e-mailed link, without a session, JavaScript off, 320 px, keyboard only', () => {
  it('passes axe with its questions open (JavaScript on; looking does not use the link)', async () => {
    await withBrowser({ viewport: TELEFOON }, async (page) => {
      expect((await visit(page, `${server.origin}${link}`)).status()).toBe(200);
      await expectNoAxeViolations(page, 'waakvlam check-in open');
    });
  });

  it('shows a missing answer next to its question, then takes a let-op answer once', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await visit(page, `${server.origin}${link}`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Hoe gaat het met je?');
      await expectLeesbaar(page);
      // Only the general question answered.
      await kiesMetToetsenbord(page, 'algemeen', 1);
      await tabTo(page, page.getByRole('button', { name: 'Versturen' }));
      const fout = await navigated(page, () => page.keyboard.press('Enter'));
      expect(fout.status()).toBe(400);
      // The message in the question's own fieldset, not only at the top.
      const vraag = page.locator('fieldset').filter({ has: page.locator('#veld-gebied-financien') });
      expect(await visibleText(vraag)).toContain('Kies hoe het gaat.');
      expect(
        await visibleText(page.locator('fieldset').filter({ has: page.locator('#veld-algemeen') })),
      ).not.toContain('Kies hoe het gaat.');
      // What she chose is still chosen.
      expect(await page.locator('input[name="algemeen"]').nth(1).isChecked()).toBe(true);
      await kiesMetToetsenbord(page, 'gebied-financien', 0);
      await kiesMetToetsenbord(page, 'gebied-psychische-gezondheid', 1);
      // "Ik slaap slecht", the first let-op signal of her plan.
      await tabTo(page, page.locator('#veld-signaal'));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('button', { name: 'Versturen' }));
      const klaar = await navigated(page, () => page.keyboard.press('Enter'));
      expect(klaar.status()).toBe(200);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Dank je wel');
      expect(await visibleText(page.getByRole('main'))).toContain(
        'De mensen die je koos krijgen een bericht.',
      );
      await expectLeesbaar(page);
      // The same link again: a clear message, nothing written.
      expect((await visit(page, `${server.origin}${link}`)).status()).toBe(410);
      expect(await visibleText(page.getByRole('main'))).toContain('Je hebt deze vragen al beantwoord.');
    });
    await withBrowser({ viewport: TELEFOON }, async (page) => {
      await visit(page, `${server.origin}${link}`);
      await expectNoAxeViolations(page, 'waakvlam check-in al beantwoord');
    });
  });

  it('Bram gets a mail with only a link, and behind login the actions agreed for "let op"', async () => {
    await server.t.app.jobs.runDue();
    const mails = (await mailsTo(server.t, BRAM.email)).filter((m) => m.includes(MELDING));
    expect(mails).toHaveLength(1);
    for (const woord of ['slaap', 'Let op', 'post']) expect(mails[0]).not.toContain(woord);
    expect(mails[0]).toContain(`/dossiers/${dossierId}/waakvlam`);
    await withBrowser({ viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, BRAM.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${dossierId}/waakvlam`);
      const main = await visibleText(page.getByRole('main'));
      expect(main).toContain('Let op');
      expect(main).toContain('Bram komt langs en kijkt samen met mij naar de post.');
      // Never her answers, and no check-in for him.
      expect(main).not.toContain('Je laatste antwoord');
      expect(main).not.toContain('Nu de vragen beantwoorden');
      await expectNoAxeViolations(page, 'waakvlam van Ilse voor Bram');
    });
  });
});

describe('Ilse answers in the app, JavaScript off, 320 px, keyboard only', () => {
  it('goes from her waakvlam to the questions and back', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/mijn-waakvlam`);
      await tabTo(page, page.getByRole('link', { name: 'Nu de vragen beantwoorden' }));
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/waakvlam/checkin`);
      await kiesMetToetsenbord(page, 'algemeen', 0);
      await kiesMetToetsenbord(page, 'gebied-financien', 0);
      await kiesMetToetsenbord(page, 'gebied-psychische-gezondheid', 0);
      await tabTo(page, page.getByRole('button', { name: 'Versturen' }));
      const klaar = await navigated(page, () => page.keyboard.press('Enter'));
      expect(klaar.status()).toBe(200);
      expect(await visibleText(page.getByRole('main'))).toContain('Fijn dat het goed gaat.');
      await expectLeesbaar(page);
      await tabTo(page, page.getByRole('link', { name: 'Terug naar je waakvlam' }));
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(await visibleText(page.getByRole('main'))).toContain('Je laatste antwoord was op');
    });
    await withBrowser({ viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${dossierId}/waakvlam/checkin`);
      await expectNoAxeViolations(page, 'waakvlam check-in in de app');
      await visit(page, `${server.origin}/dossiers/${dossierId}/waakvlam`);
      await expectNoAxeViolations(page, 'mijn waakvlam na de vragen');
    });
  });
});
