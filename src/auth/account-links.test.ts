import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { mailText, startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente } from '../demo/factories.js';

const OLD = 'het oude wachtwoord van ilse';
const NEW = 'een nieuw en lang wachtwoord';

describe.each(ENGINES)('password reset by e-mailed link on %s', (engine) => {
  let t: TestApp;
  let mailsSeen = 0;

  beforeAll(async () => {
    t = await startTestApp(engine, {
      env: { DEFAULT_GEMEENTE: 'lindewaard', PUBLIC_URL: 'https://redzaam.lindewaard.test' },
    });
    const gemeente = await createGemeente(t.database.db, { code: 'lindewaard', naam: 'Lindewaard' });
    await createAccountWithPassword(t.database.db, {
      gemeenteId: gemeente.id,
      naam: 'Ilse',
      email: 'ilse@example.test',
      rol: 'inwoner',
      password: OLD,
    });
    const blocked = await createAccountWithPassword(t.database.db, {
      gemeenteId: gemeente.id,
      naam: 'Geblokkeerd',
      email: 'blok@example.test',
      rol: 'inwoner',
      password: OLD,
    });
    await t.database.db
      .updateTable('account')
      .set({ disabled_at: new Date() })
      .where('id', '=', blocked.id)
      .execute();
  });
  afterAll(async () => t.close());

  async function newMails(): Promise<string[]> {
    const all = await t.readOutbox();
    const fresh = all.slice(mailsSeen);
    mailsSeen = all.length;
    return fresh.map(mailText);
  }
  const linkIn = (mail: string) =>
    /https:\/\/redzaam\.lindewaard\.test\/wachtwoord-instellen\/([A-Za-z0-9_-]{43})/.exec(mail)?.[1];

  async function requestReset(email: string) {
    const browser = new BrowserClient(t.app);
    await browser.get('/wachtwoord-vergeten');
    return browser.post('/wachtwoord-vergeten', { email });
  }

  it('gives the same answer for a known, an unknown and a blocked address; only the known one gets mail', async () => {
    const answers = await Promise.all(
      ['ilse@example.test', 'niemand@example.test', 'blok@example.test'].map(requestReset),
    );
    const message = (html: string) =>
      /role="status"[\s\S]*?<p class="utrecht-paragraph">([^<]+)</.exec(html)?.[1];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      expect(message(answer.body)).toBe(message(answers[0]?.body as string));
    }
    expect(message(answers[0]?.body as string)).toContain('Als dit e-mailadres bij ons bekend is');
    const mails = await newMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('To: ilse@example.test');
    expect(mails[0]).toContain('Subject: Nieuw wachtwoord voor Redzaam');
    expect(linkIn(mails[0] as string)).toBeDefined();
  });

  it('sets a new password once with the link, ends open sessions, and refuses the link a second time', async () => {
    const loggedIn = new BrowserClient(t.app);
    await loggedIn.login('ilse@example.test', OLD);
    expect((await loggedIn.get('/mijn-overzicht')).statusCode).toBe(200);

    await requestReset('ilse@example.test');
    const token = linkIn((await newMails())[0] as string) as string;
    const browser = new BrowserClient(t.app);
    const form = await browser.get(`/wachtwoord-instellen/${token}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Nieuw wachtwoord maken');

    const mismatch = await browser.post(`/wachtwoord-instellen/${token}`, {
      wachtwoord: NEW,
      herhaal: `${NEW}!`,
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('De twee wachtwoorden zijn niet hetzelfde.');
    const short = await browser.post(`/wachtwoord-instellen/${token}`, {
      wachtwoord: 'kort',
      herhaal: 'kort',
    });
    expect(short.body).toContain('Je wachtwoord is te kort.');
    const common = await browser.post(`/wachtwoord-instellen/${token}`, {
      wachtwoord: 'password123',
      herhaal: 'password123',
    });
    expect(common.body).toContain('Dit wachtwoord is te makkelijk te raden.');

    const done = await browser.post(`/wachtwoord-instellen/${token}`, { wachtwoord: NEW, herhaal: NEW });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/inloggen?wachtwoord=ingesteld');
    expect((await loggedIn.get('/mijn-overzicht')).statusCode).toBe(401);

    const hash = await t.database.db
      .selectFrom('account')
      .select('password_hash')
      .where('email', '=', 'ilse@example.test')
      .executeTakeFirstOrThrow();
    const phc = /^\$argon2id\$v=19\$([a-z=0-9,]+)\$/.exec(hash.password_hash as string);
    const params = Object.fromEntries((phc?.[1] ?? '').split(',').map((kv) => kv.split('=')));
    expect(Number(params.m)).toBeGreaterThanOrEqual(19_456);
    expect(Number(params.t)).toBeGreaterThanOrEqual(2);
    expect(Number(params.p)).toBeGreaterThanOrEqual(1);

    expect((await new BrowserClient(t.app).login('ilse@example.test', OLD)).statusCode).toBe(401);
    expect((await new BrowserClient(t.app).login('ilse@example.test', NEW)).statusCode).toBe(303);

    const again = await new BrowserClient(t.app).get(`/wachtwoord-instellen/${token}`);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('Deze link werkt niet meer');
  });

  it('refuses a link after one hour and a made-up link', async () => {
    await requestReset('ilse@example.test');
    const token = linkIn((await newMails())[0] as string) as string;
    t.clock.advance(61 * 60_000);
    const browser = new BrowserClient(t.app);
    expect((await browser.get(`/wachtwoord-instellen/${token}`)).statusCode).toBe(410);
    expect((await browser.get('/wachtwoord-instellen/verzonnen')).statusCode).toBe(410);
    const post = await browser.post(`/wachtwoord-instellen/${token}`, { wachtwoord: NEW, herhaal: NEW });
    expect(post.statusCode).toBe(410);
  });

  it('sends at most three reset mails per address per hour, with the same answer each time', async () => {
    t.clock.advance(2 * 60 * 60_000);
    for (let i = 0; i < 5; i++) expect((await requestReset('ilse@example.test')).statusCode).toBe(200);
    expect(await newMails()).toHaveLength(3);
  });

  it('validates the address with a Dutch message next to the field', async () => {
    const response = await requestReset('geen adres');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="veld-email-fout">Vul een geldig e-mailadres in');
  });
});
