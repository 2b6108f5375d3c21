import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithPassword, createGemeente } from '../../src/demo/factories.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ENGINES } from '../support/test-database.js';

const PASSWORD = 'een lange zin als wachtwoord';

/** Row counts of every table: "nothing was written" means these do not change. */
async function snapshot(t: TestApp): Promise<Record<string, number>> {
  const tables = [
    'gemeente',
    'organisatie',
    'account',
    'session',
    'account_token',
    'login_attempt',
    'mail_outbox',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
      t.database.db,
    );
    counts[table] = rows[0]?.n ?? -1;
  }
  return counts;
}

describe.each(ENGINES)('bad input on %s', (engine) => {
  let t: TestApp;
  let browser: BrowserClient;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    const gemeente = await createGemeente(t.database.db, {
      code: 'lindewaard',
      naam: 'Lindewaard',
      hostnames: ['lindewaard.test'],
    });
    await createAccountWithPassword(t.database.db, {
      gemeenteId: gemeente.id,
      naam: 'Kees',
      email: 'kees@example.test',
      rol: 'beheerder',
      password: PASSWORD,
    });
    browser = new BrowserClient(t.app);
    await browser.login('kees@example.test', PASSWORD);
    await browser.get('/beheer/accounts');
  });
  afterAll(async () => t.close());

  const post = (payload: string | Buffer, contentType: string, extra: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/beheer/accounts',
      payload,
      headers: { 'content-type': contentType, cookie: browser.cookieHeader(), accept: 'text/html', ...extra },
    });
  const validForm = () =>
    `_csrf=${encodeURIComponent(browser.csrfToken() as string)}&naam=Nieuw&email=nieuw%40example.test&rol=inwoner&organisatie=`;

  const cases: { name: string; send: () => ReturnType<typeof post>; status: number; text: string }[] = [
    {
      name: 'an oversized body',
      send: () => post(`${validForm()}&naam=${'a'.repeat(70_000)}`, 'application/x-www-form-urlencoded'),
      status: 413,
      text: 'Dit is te groot',
    },
    {
      name: 'broken percent-encoding',
      send: () => post(`${validForm()}&naam=%E0%A4%A`, 'application/x-www-form-urlencoded'),
      status: 400,
      text: 'Dit konden we niet lezen',
    },
    {
      name: 'invalid UTF-8 bytes in a form',
      send: () =>
        post(
          Buffer.concat([
            Buffer.from(`${validForm().replace('naam=Nieuw', 'naam=')}&x=`),
            Buffer.from([0xc3, 0x28]),
          ]),
          'application/x-www-form-urlencoded',
        ),
      status: 400,
      text: 'Dit konden we niet lezen',
    },
    {
      name: 'percent-encoded invalid UTF-8',
      send: () => post(validForm().replace('naam=Nieuw', 'naam=%C3%28'), 'application/x-www-form-urlencoded'),
      status: 400,
      text: 'Dit konden we niet lezen',
    },
    {
      name: 'malformed JSON',
      send: () => post('{"naam": "Nieuw",', 'application/json'),
      status: 400,
      text: 'Dit konden we niet lezen',
    },
    {
      name: 'JSON with a __proto__ key',
      send: () =>
        post(
          JSON.stringify({ _csrf: browser.csrfToken() }).replace('{', '{"__proto__":{"rol":"beheerder"},'),
          'application/json',
        ),
      status: 400,
      text: 'Dit konden we niet lezen',
    },
    {
      name: 'an unknown content type',
      send: () => post('<xml/>', 'application/xml'),
      status: 415,
      text: 'Dit soort bestand kunnen we niet lezen',
    },
    {
      name: 'a missing CSRF token',
      send: () => post(validForm().replace(/_csrf=[^&]*&/, ''), 'application/x-www-form-urlencoded'),
      status: 403,
      text: 'Het formulier is verlopen',
    },
    {
      name: 'a wrong CSRF token',
      send: () =>
        post(validForm().replace(/_csrf=[^&]*/, '_csrf=abc-def'), 'application/x-www-form-urlencoded'),
      status: 403,
      text: 'Het formulier is verlopen',
    },
    {
      name: 'a cross-site form post, even with a valid token',
      send: () => post(validForm(), 'application/x-www-form-urlencoded', { 'sec-fetch-site': 'cross-site' }),
      status: 403,
      text: 'Het formulier is verlopen',
    },
    {
      name: 'an expired session',
      // The session ends on the server while the form is open (its cookie and CSRF token stay
      // those of that session, which the token is bound to); put back afterwards for the next cases.
      send: async () => {
        const db = t.database.db;
        const sessies = await db.selectFrom('session').select(['id', 'last_seen_at']).execute();
        await db
          .updateTable('session')
          .set({ last_seen_at: new Date(0) })
          .execute();
        try {
          return await post(validForm(), 'application/x-www-form-urlencoded');
        } finally {
          for (const sessie of sessies)
            await db
              .updateTable('session')
              .set({ last_seen_at: sessie.last_seen_at })
              .where('id', '=', sessie.id)
              .execute();
        }
      },
      status: 401,
      text: 'Log opnieuw in',
    },
    {
      name: 'an unknown gemeente (host name) when there is no default',
      send: async () => {
        const strict = await startTestApp(engine, { database: t.database });
        try {
          return await strict.app.inject({
            method: 'POST',
            url: '/beheer/accounts',
            payload: validForm(),
            headers: {
              host: 'onbekend.test',
              'content-type': 'application/x-www-form-urlencoded',
              cookie: browser.cookieHeader(),
            },
          });
        } finally {
          await strict.close();
        }
      },
      status: 404,
      text: 'Deze gemeente kennen we niet',
    },
  ];

  it.each(cases)(
    'answers $name with $status and a clear Dutch page, writing nothing',
    async ({ send, status, text }) => {
      const before = await snapshot(t);
      const response = await send();
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain(text);
      expect(response.body).not.toMatch(/at .*\.(ts|js):\d+|stack|FST_|Error:/);
      expect(await snapshot(t)).toEqual(before);
    },
  );

  it('answers API-style clients with JSON and the same status', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/inloggen',
      payload: '{"email":',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: 'BAD_REQUEST',
      message: expect.stringContaining('Er is niets opgeslagen'),
      reference: response.headers['x-request-id'],
    });
  });

  it('answers a broken URL with 400 and an unknown page with a Dutch 404', async () => {
    const broken = await t.app.inject({ url: '/wachtwoord-instellen/%E0%A4%A' });
    expect(broken.statusCode).toBe(400);
    const missing = await t.app.inject({ url: '/bestaat-niet', headers: { accept: 'text/html' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Deze pagina bestaat niet');
  });

  it('shows form errors next to their fields and keeps what was typed', async () => {
    await browser.get('/beheer/accounts');
    const response = await browser.post('/beheer/accounts', {
      naam: '',
      email: 'geen-adres',
      rol: 'professional',
      organisatie: '',
    });
    expect(response.statusCode).toBe(400);
    const field = (name: string) =>
      new RegExp(
        `<div class="utrecht-form-field[^"]*--invalid">(?:(?!utrecht-form-field utrecht)[\\s\\S])*?id="veld-${name}-fout">([^<]+)<`,
      ).exec(response.body)?.[1];
    expect(field('naam')).toBe('Vul dit veld in.');
    expect(field('email')).toBe('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
    expect(field('organisatie')).toBe('Kies de organisatie van deze professional.');
    expect(response.body).toContain('value="geen-adres"');
    expect(response.body).toContain('aria-describedby="veld-email-fout"');
  });

  it('refuses a made-up role or an organisation of another gemeente', async () => {
    const other = await createGemeente(t.database.db, { code: 'elders', naam: 'Elders' });
    const foreignOrg = await t.database.db
      .insertInto('organisatie')
      .values({ gemeente_id: other.id, naam: 'Elders team' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await browser.get('/beheer/accounts');
    const before = await snapshot(t);
    const role = await browser.post('/beheer/accounts', {
      naam: 'X',
      email: 'x@example.test',
      rol: 'superuser',
      organisatie: '',
    });
    expect(role.statusCode).toBe(400);
    expect(role.body).toContain('Kies een van de mogelijkheden.');
    await browser.get('/beheer/accounts');
    const org = await browser.post('/beheer/accounts', {
      naam: 'X',
      email: 'x@example.test',
      rol: 'professional',
      organisatie: foreignOrg.id,
    });
    expect(org.statusCode).toBe(400);
    expect(await snapshot(t)).toEqual(before);
  });
});
