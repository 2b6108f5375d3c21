import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente, createOrganisatie } from '../demo/factories.js';
import { cleanUpAuth } from './housekeeping.js';

const PASSWORD = 'een lange zin als wachtwoord';

describe.each(ENGINES)('login and sessions on %s', (engine) => {
  let t: TestApp;
  let gemeenteId: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    const gemeente = await createGemeente(t.database.db, { code: 'lindewaard', naam: 'Lindewaard' });
    gemeenteId = gemeente.id;
    const org = await createOrganisatie(t.database.db, gemeenteId, 'Buurtteam');
    await createAccountWithPassword(t.database.db, {
      gemeenteId,
      naam: 'Ilse',
      email: 'ilse@example.test',
      rol: 'inwoner',
      password: PASSWORD,
    });
    await createAccountWithPassword(t.database.db, {
      gemeenteId,
      naam: 'Yara',
      email: 'yara@example.test',
      rol: 'professional',
      password: PASSWORD,
      organisatieId: org.id,
    });
  });
  afterAll(async () => t.close());

  it('logs in, shows the overview and logs out; the old cookie is worthless afterwards', async () => {
    const browser = new BrowserClient(t.app);
    const login = await browser.login('Ilse@Example.test', PASSWORD);
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/mijn-overzicht');
    const sessionCookie = browser.cookies.get('redzaam-sessie');
    expect(sessionCookie).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const overview = await browser.get('/mijn-overzicht');
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('Welkom, Ilse.');

    const logout = await browser.post('/uitloggen', {});
    expect(logout.statusCode).toBe(303);
    expect(browser.cookies.has('redzaam-sessie')).toBe(false);

    const replay = await t.app.inject({
      url: '/mijn-overzicht',
      headers: { cookie: `redzaam-sessie=${sessionCookie}` },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.body).toContain('Log opnieuw in');
  });

  it('gives a new session id at every login', async () => {
    const browser = new BrowserClient(t.app);
    await browser.login('ilse@example.test', PASSWORD);
    const first = browser.cookies.get('redzaam-sessie');
    await browser.get('/inloggen?terug=/mijn-overzicht');
    // Logged in already: the login page sends you on. Log in again through a fresh form.
    const again = new BrowserClient(t.app);
    again.cookies.set('redzaam-sessie', first as string);
    await again.get('/wachtwoord-vergeten');
    await again.post('/inloggen', { email: 'ilse@example.test', wachtwoord: PASSWORD });
    expect(again.cookies.get('redzaam-sessie')).not.toBe(first);
    const old = await t.app.inject({
      url: '/mijn-overzicht',
      headers: { cookie: `redzaam-sessie=${first}` },
    });
    expect(old.statusCode).toBe(401);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/ and, over TLS, Secure with the __Host- prefix', async () => {
    const plain = new BrowserClient(t.app);
    const response = await plain.login('ilse@example.test', PASSWORD);
    const cookie = String(response.headers['set-cookie'])
      .split(/,(?=[^ ])/)
      .find((c) => c.startsWith('redzaam-sessie='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);

    // In production the cookie is Secure and __Host- even when no proxy tells the app about TLS.
    const prod = await startTestApp(engine, {
      database: t.database,
      env: {
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://redzaam.lindewaard.test',
        REDZAAM_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
      },
    });
    try {
      // Production serves no default gemeente: the request names Lindewaard's host.
      await t.database.db
        .updateTable('gemeente')
        .set({ hostnames: ['redzaam.lindewaard.test'] })
        .where('code', '=', 'lindewaard')
        .execute();
      const res = await new BrowserClient(prod.app, { host: 'redzaam.lindewaard.test' }).login(
        'ilse@example.test',
        PASSWORD,
      );
      const setCookies = ([] as string[]).concat(res.headers['set-cookie'] as string | string[]);
      expect(setCookies.find((c) => c.startsWith('__Host-redzaam-sessie='))).toMatch(/; Secure;/);
      expect(setCookies.find((c) => c.startsWith('redzaam-sessie='))).toBeUndefined();
    } finally {
      await prod.close();
    }
    const tls = await startTestApp(engine, {
      database: t.database,
      env: { DEFAULT_GEMEENTE: 'lindewaard', TRUST_PROXY: 'true' },
    });
    try {
      const secure = new BrowserClient(tls.app, { 'x-forwarded-proto': 'https' });
      const res = await secure.login('ilse@example.test', PASSWORD);
      const setCookies = ([] as string[]).concat(res.headers['set-cookie'] as string | string[]);
      const host = setCookies.find((c) => c.startsWith('__Host-redzaam-sessie='));
      expect(host).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
      expect(host).not.toMatch(/Domain=/);
    } finally {
      await tls.close();
    }
  });

  it('answers the same for an unknown address and a wrong password', async () => {
    const unknown = new BrowserClient(t.app);
    const a = await unknown.login('niemand@example.test', 'een verkeerd wachtwoord');
    const wrong = new BrowserClient(t.app);
    const b = await wrong.login('ilse@example.test', 'een verkeerd wachtwoord');
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    const message = (html: string) =>
      /role="alert"[\s\S]*?<p class="utrecht-paragraph">([^<]+)</.exec(html)?.[1];
    expect(message(a.body)).toBe('Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.');
    expect(message(b.body)).toBe(message(a.body));
  });

  it('names each empty field in the error summary, never "Vul dit veld in." twice (issue 18, finding 8)', async () => {
    const c = new BrowserClient(t.app);
    await c.get('/inloggen');
    const r = await c.post('/inloggen', { email: '', wachtwoord: '' });
    expect(r.statusCode).toBe(400);
    const samenvatting = /id="foutmeldingen"[\s\S]*?<\/ul>/.exec(r.body)?.[0] ?? '';
    const regels = [...samenvatting.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(regels).toEqual(['E-mailadres: Vul dit veld in.', 'Wachtwoord: Vul dit veld in.']);
  });

  it('rate limits wrong passwords per address and client with a Dutch message, also for unknown addresses', async () => {
    for (const email of ['yara@example.test', 'onbekend@example.test']) {
      const browser = new BrowserClient(t.app, { 'x-forwarded-for': '203.0.113.9' });
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++)
        statuses.push((await browser.login(email, `fout-${i}-wachtwoord`)).statusCode);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(5)).toEqual([429, 429, 429, 429, 429]);
      expect(browser.lastHtml).toContain('Je hebt te vaak een verkeerd wachtwoord gebruikt.');
    }
    // Even the right password waits until the window has passed …
    const blocked = new BrowserClient(t.app);
    expect((await blocked.login('yara@example.test', PASSWORD)).statusCode).toBe(429);
    t.clock.advance(16 * 60_000);
    expect((await blocked.login('yara@example.test', PASSWORD)).statusCode).toBe(303);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const browser = new BrowserClient(t.app);
    await browser.login('ilse@example.test', PASSWORD);
    t.clock.advance(29 * 60_000);
    expect((await browser.get('/mijn-overzicht')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const idle = await browser.get('/mijn-overzicht');
    expect(idle.statusCode).toBe(401);
    expect(idle.body).toContain('Je was een tijd niet actief. Log opnieuw in.');

    const busy = new BrowserClient(t.app);
    await busy.login('ilse@example.test', PASSWORD);
    for (let hour = 0; hour < 12; hour++) {
      t.clock.advance(20 * 60_000);
      await busy.get('/mijn-overzicht');
      t.clock.advance(20 * 60_000);
      await busy.get('/mijn-overzicht');
      t.clock.advance(20 * 60_000);
      expect((await busy.get('/mijn-overzicht')).statusCode).toBe(hour < 11 ? 200 : 401);
    }
  });

  it("lets people see and end their own sessions, and no one else's", async () => {
    const phone = new BrowserClient(t.app, {
      'user-agent': 'Mozilla/5.0 (Linux; Android 10) Chrome/120.0 Mobile',
    });
    const laptop = new BrowserClient(t.app, { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Firefox/120.0' });
    await phone.login('ilse@example.test', PASSWORD);
    await laptop.login('ilse@example.test', PASSWORD);
    const list = await laptop.get('/mijn-sessies');
    expect(list.body).toContain('Chrome / Android');
    expect(list.body).toContain('Firefox / Windows (Dit apparaat)');
    const rows = [...list.body.matchAll(/<tr class="utrecht-table__row">([\s\S]*?)<\/tr>/g)].map(
      (m) => m[1] as string,
    );
    const sessionIn = (row: string) => /\/mijn-sessies\/([0-9a-f]{64})\/beeindigen/.exec(row)?.[1] as string;
    const phoneSession = sessionIn(rows.find((row) => row.includes('Chrome / Android')) as string);
    expect(phoneSession).toMatch(/^[0-9a-f]{64}$/);

    const other = new BrowserClient(t.app);
    await other.login('yara@example.test', PASSWORD);
    await other.get('/mijn-sessies');
    const foreign = await other.post(`/mijn-sessies/${phoneSession}/beeindigen`, {});
    expect(foreign.statusCode).toBe(404);
    expect((await phone.get('/mijn-overzicht')).statusCode).toBe(200);

    const ended = await laptop.post(`/mijn-sessies/${phoneSession}/beeindigen`, {});
    expect(ended.headers.location).toBe('/mijn-sessies?beeindigd');
    const after = await laptop.get('/mijn-sessies');
    expect(after.statusCode).toBe(200);
    expect(after.body).not.toContain(phoneSession);
    expect((await phone.get('/mijn-overzicht')).statusCode).toBe(401);
  });
});

describe.each(ENGINES)('auth housekeeping on %s', (engine) => {
  it('deletes timed-out sessions and old login attempts, and keeps live ones', async () => {
    const t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    try {
      const gemeente = await createGemeente(t.database.db, { code: 'lindewaard', naam: 'Lindewaard' });
      await createAccountWithPassword(t.database.db, {
        gemeenteId: gemeente.id,
        naam: 'Ilse',
        email: 'ilse@example.test',
        rol: 'inwoner',
        password: PASSWORD,
      });
      const old = new BrowserClient(t.app);
      await old.login('ilse@example.test', PASSWORD);
      await new BrowserClient(t.app).login('ilse@example.test', 'fout wachtwoord');
      t.clock.advance(3 * 60 * 60_000);
      const fresh = new BrowserClient(t.app);
      await fresh.login('ilse@example.test', PASSWORD);
      const settings = {
        idleMs: t.config.sessionIdleMs,
        absoluteMs: t.config.sessionAbsoluteMs,
        now: () => t.clock.now(),
      };
      await cleanUpAuth(t.database.db, settings);
      expect(await t.database.db.selectFrom('session').select('id').execute()).toHaveLength(1);
      expect(await t.database.db.selectFrom('login_attempt').select('id').execute()).toHaveLength(0);
      expect((await fresh.get('/mijn-overzicht')).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
