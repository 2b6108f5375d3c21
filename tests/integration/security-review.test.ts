import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/passwords.js';
import { insertAccount } from '../../src/auth/queries.js';
import {
  createAccountWithPassword,
  createGemeente,
  createOrganisatie,
  createToegang,
} from '../../src/demo/factories.js';
import { loadConfig } from '../../src/platform/config.js';
import { dossierVanInwoner } from '../../src/regie/door/door.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ENGINES } from '../support/test-database.js';

/**
 * The defects a white-box security review found (issue 16, items 1–9), each pinned by a test
 * that failed before its fix. Wider coverage lives in the access matrix.
 */
const PASSWORD = 'een lange zin als wachtwoord';

describe.each(ENGINES)('security review fixes on %s', (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  let teamId: string;
  const client = (headers: Record<string, string> = {}) =>
    new BrowserClient(t.app, { host: 'review.test', ...headers });
  const account = async (
    naam: string,
    rol: 'inwoner' | 'naaste' | 'professional' | 'beheerder' | 'analist',
  ) =>
    createAccountWithPassword(t.database.db, {
      gemeenteId,
      naam,
      email: `${naam.toLowerCase().replaceAll(' ', '.')}@example.test`,
      rol,
      password: PASSWORD,
      ...(rol === 'professional' ? { organisatieId: teamId } : {}),
    });

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { TRUST_PROXY: 'true' } });
    const gemeente = await createGemeente(t.database.db, {
      code: 'review',
      naam: 'Lindewaard',
      hostnames: ['review.test'],
    });
    gemeenteId = gemeente.id;
    teamId = (await createOrganisatie(t.database.db, gemeenteId, 'Buurtteam Oost')).id;
  });
  afterAll(async () => t.close());

  describe('2. the CSRF token is bound to the session', () => {
    const sessionOf = (b: BrowserClient) =>
      [...b.cookies].find(([name]) => name.endsWith('redzaam-sessie')) as [string, string];
    const csrfOf = (b: BrowserClient) =>
      [...b.cookies].find(([name]) => name.endsWith('redzaam-csrf')) as [string, string];

    it('refuses a token fetched before login once logged in; a fresh page gives one that works', async () => {
      await account('Ilse Twee B', 'inwoner');
      const browser = client();
      await browser.get('/inloggen');
      const before = browser.csrfToken() as string;
      const cookieBefore = csrfOf(browser);
      expect(
        (await browser.post('/inloggen', { email: 'ilse.twee.b@example.test', wachtwoord: PASSWORD }))
          .statusCode,
      ).toBe(303);
      // The old token, even with the old CSRF cookie put back, no longer passes.
      const replay = await t.app.inject({
        method: 'POST',
        url: '/uitloggen',
        headers: {
          host: 'review.test',
          'content-type': 'application/x-www-form-urlencoded',
          cookie: `${sessionOf(browser).join('=')}; ${cookieBefore.join('=')}`,
        },
        payload: new URLSearchParams({ _csrf: before }).toString(),
      });
      expect(replay.statusCode).toBe(403);
      expect((await browser.get('/mijn-overzicht')).statusCode).toBe(200);
      expect(csrfOf(browser)?.[1]).not.toBe(cookieBefore[1]);
      expect((await browser.post('/uitloggen', {})).statusCode).toBe(303);
    });

    it("refuses one person's CSRF cookie and token with another person's session", async () => {
      await account('Mallory Twee', 'inwoner');
      await account('Ilse Twee C', 'inwoner');
      const mallory = client();
      await mallory.login('mallory.twee@example.test', PASSWORD);
      await mallory.get('/mijn-sessies');
      const ilse = client();
      await ilse.login('ilse.twee.c@example.test', PASSWORD);
      await ilse.get('/mijn-sessies');
      const mixed = await t.app.inject({
        method: 'POST',
        url: '/uitloggen',
        headers: {
          host: 'review.test',
          'content-type': 'application/x-www-form-urlencoded',
          cookie: `${sessionOf(ilse).join('=')}; ${csrfOf(mallory).join('=')}`,
        },
        payload: new URLSearchParams({ _csrf: mallory.csrfToken() as string }).toString(),
      });
      expect(mixed.statusCode).toBe(403);
      // Her own token still works, and logging out renews the CSRF cookie.
      const ownCsrf = csrfOf(ilse)[1];
      expect((await ilse.post('/uitloggen', {})).statusCode).toBe(303);
      await ilse.get('/inloggen');
      expect(csrfOf(ilse)[1]).not.toBe(ownCsrf);
    });
  });

  describe('7. host names', () => {
    const PROD = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://review.test',
      REDZAAM_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
    };

    it('in development: a trailing dot is the same host; an unknown one still gets the default gemeente', async () => {
      await createGemeente(t.database.db, { code: 'demo', naam: 'Standaardstad', hostnames: [] });
      await createGemeente(t.database.db, { code: 'beekdal', naam: 'Beekdal', hostnames: ['beekdal.test'] });
      const dot = await t.app.inject({ method: 'GET', url: '/inloggen', headers: { host: 'beekdal.test.' } });
      expect(dot.statusCode).toBe(200);
      expect(dot.body).toContain('Beekdal');
      const unknown = await t.app.inject({
        method: 'GET',
        url: '/inloggen',
        headers: { host: 'elders.test' },
      });
      expect(unknown.body).toContain('Standaardstad');
    });

    it('in production: an unknown host (with or without a trailing dot) is a clear 404, never a default', async () => {
      expect(() => loadConfig({ ...PROD, DEFAULT_GEMEENTE: 'review' })).toThrow(/DEFAULT_GEMEENTE/);
      const prod = await startTestApp(engine, { database: t.database, env: PROD });
      try {
        for (const host of ['onbekend.test', 'onbekend.test.', 'review.test.evil.test', 'review.test..']) {
          const page = await prod.app.inject({ method: 'GET', url: '/inloggen', headers: { host } });
          expect(page.statusCode, host).toBe(404);
          expect(page.body, host).toContain('Deze gemeente kennen we niet');
          expect(page.body, host).not.toContain('Lindewaard');
        }
        const known = await prod.app.inject({
          method: 'GET',
          url: '/inloggen',
          headers: { host: 'review.test.' },
        });
        expect(known.statusCode).toBe(200);
        expect(known.body).toContain('Lindewaard');
      } finally {
        await prod.close();
      }
    });
  });

  describe("3 and 4. the resident's log", () => {
    it('names role and organisation of everyone, and shows her (only her) the emergency reason', async () => {
      const ilse = await account('Ilse Drie', 'inwoner');
      await account('Lotte Smeets', 'beheerder');
      await account('Anna Analist', 'analist');
      await account('Bram Drie', 'naaste');
      await account('Yara Drie', 'professional');
      const dossierId = await dossierVanInwoner(t.database.db, gemeenteId, ilse.id);
      for (const email of ['lotte.smeets', 'anna.analist', 'bram.drie']) {
        const browser = client();
        await browser.login(`${email}@example.test`, PASSWORD);
        expect((await browser.get(`/dossiers/${dossierId}`)).statusCode).toBe(403);
      }
      const yara = client();
      await yara.login('yara.drie@example.test', PASSWORD);
      await yara.get('/noodtoegang');
      const reden = 'Zij neemt al twee dagen niet op en haar buurvrouw is ongerust';
      const open = await yara.post('/noodtoegang', { email: 'ilse.drie@example.test', reden });
      expect(open.statusCode).toBe(303);
      expect((await yara.get(`/dossiers/${dossierId}/crisiskaart`)).statusCode).toBe(200);
      expect(yara.lastHtml).not.toContain(reden);
      expect((await yara.get(`/dossiers/${dossierId}/logboek`)).statusCode).toBe(403);

      const owner = client();
      await owner.login('ilse.drie@example.test', PASSWORD);
      const log = await owner.get(`/dossiers/${dossierId}/logboek`);
      expect(log.statusCode).toBe(200);
      const text = log.body.replaceAll(/<[^>]+>/g, ' ').replaceAll(/\s+/g, ' ');
      expect(text).toContain('Lotte Smeets (beheerder, gemeente Lindewaard) probeerde');
      expect(text).toContain('Anna Analist (analist, gemeente Lindewaard) probeerde');
      expect(text).toContain('Bram Drie (naaste) probeerde');
      expect(text).toContain(
        'Yara Drie (professional, Buurtteam Oost) opende je crisiskaart in een noodgeval',
      );
      expect(text).toContain(reden);
    });
  });

  describe('5. no state change on GET', () => {
    const dossiers = async (accountId: string) =>
      (
        await t.database.db
          .selectFrom('dossier')
          .select('id')
          .where('inwoner_account_id', '=', accountId)
          .execute()
      ).length;

    it('GET pages of a resident without a record make none; they say so, and her first POST makes it', async () => {
      // An account made outside the app (SQL, an identity broker): no record yet.
      const kaal = await insertAccount(t.database.db, {
        gemeente_id: gemeenteId,
        naam: 'Ilse Vijf',
        email: 'ilse.vijf@example.test',
        rol: 'inwoner',
        organisatie_id: null,
        password_hash: await hashPassword(PASSWORD),
      });
      const ilse = client();
      await ilse.login('ilse.vijf@example.test', PASSWORD);
      for (const pad of ['/mijn-gegevens', '/wie-kan-wat-zien', '/mijn-logboek', '/mijn-overzicht']) {
        const page = await ilse.get(pad);
        expect(page.statusCode, pad).toBe(200);
        if (pad !== '/mijn-overzicht')
          expect(page.body, pad).toContain('Je hebt nog geen gegevens in Redzaam');
      }
      expect(await dossiers(kaal.id)).toBe(0);
      await ilse.get('/mijn-gegevens');
      const start = await ilse.post('/mijn-gegevens', {});
      expect(start.statusCode).toBe(303);
      expect(await dossiers(kaal.id)).toBe(1);
      const redirect = await ilse.get('/mijn-gegevens');
      expect(redirect.headers.location).toMatch(/^\/dossiers\/[0-9a-f-]{36}$/);
    });

    it('a resident account made by the beheerder has its record at once', async () => {
      await account('Kees Vijf', 'beheerder');
      const kees = client();
      await kees.login('kees.vijf@example.test', PASSWORD);
      await kees.get('/beheer/accounts');
      const made = await kees.post('/beheer/accounts', {
        naam: 'Sanne Vijf',
        email: 'sanne.vijf@example.test',
        rol: 'inwoner',
      });
      expect(made.statusCode).toBe(303);
      const sanne = await t.database.db
        .selectFrom('account')
        .select('id')
        .where('email', '=', 'sanne.vijf@example.test')
        .executeTakeFirstOrThrow();
      expect(await dossiers(sanne.id)).toBe(1);
    });
  });

  describe('9. pages of a record speak to whoever reads them', () => {
    /** Wording that only the resident herself may read: "my …", "your life", "what you want …". */
    const ALLEEN_VOOR_DE_INWONER = [
      /\bMijn (plan|netwerk|gegevens|crisiskaart)\b/i,
      /\bjouw (plan|leven|gegevens|netwerk)\b/i,
      /Wat je wilt bereiken/,
      /De mensen om je heen/,
      /deel van je leven/,
      /goed met je gaat/,
      /hoe het met je gaat/i,
      /\bje (plan|netwerk|crisiskaart|gesprekken|documenten|leven)\b/,
    ];
    const main = (html: string) =>
      (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').replaceAll(/<[^>]+>/g, ' ').replaceAll(/\s+/g, ' ');

    it("a professional and a naaste read third-person texts with the resident's name", async () => {
      const ilse = await account('Ilse Negen', 'inwoner');
      const yara = await account('Yara Negen', 'professional');
      const bram = await account('Bram Negen', 'naaste');
      const dossierId = await dossierVanInwoner(t.database.db, gemeenteId, ilse.id);
      const secties = [
        'plan',
        'levensgebieden',
        'netwerk',
        'crisiskaart',
        'gesprekken',
        'waakvlam',
        'documenten',
      ];
      for (const grantee of [yara, bram])
        await createToegang(t.database.db, {
          gemeenteId,
          dossierId,
          granteeAccountId: grantee.id,
          createdBy: ilse.id,
          eindigtOp: null,
          niveaus: Object.fromEntries(secties.map((s) => [s, 'reageren' as const])),
        });
      const paden = [
        '',
        // Sections with a capability of their own have their own pages (the generic one redirects).
        ...secties
          .filter(
            (s) =>
              !['plan', 'levensgebieden', 'netwerk', 'crisiskaart', 'waakvlam', 'gesprekken'].includes(s),
          )
          .map((s) => `/secties/${s}`),
        '/crisiskaart',
        '/waakvlam',
        '/gesprekken',
        '/plan',
        '/netwerk',
        '/netwerk/vergelijk',
        '/levensgebieden',
        '/levensgebieden/invullen',
        '/levensgebieden/invullen/financien',
        '/levensgebieden/historie/financien',
        '/levensgebieden/eigen-regie',
      ];
      const fouten: string[] = [];
      for (const [email, wie] of [
        ['yara.negen', 'professional'],
        ['bram.negen', 'naaste'],
      ] as const) {
        const browser = client();
        await browser.login(`${email}@example.test`, PASSWORD);
        for (const pad of paden) {
          const page = await browser.get(`/dossiers/${dossierId}${pad}`);
          expect(page.statusCode, `${wie} ${pad}`).toBe(200);
          const tekst = main(page.body);
          for (const patroon of ALLEEN_VOOR_DE_INWONER)
            if (patroon.test(tekst))
              fouten.push(`${wie} ${pad || '/'}: ${patroon} in "${patroon.exec(tekst)?.[0]}"`);
        }
        const voorpagina = main((await browser.get(`/dossiers/${dossierId}`)).body);
        expect(voorpagina).toContain('Ilse Negen');
      }
      expect(fouten).toEqual([]);
    });
  });

  describe('6. login throttling behind a proxy', () => {
    it('keys on account + address: many failures from one address do not lock the others out', async () => {
      await account('Ilse Zes', 'inwoner');
      const proxy = { 'x-forwarded-for': '198.51.100.6' };
      const stuffing = client(proxy);
      const statuses = new Set<number>();
      for (let i = 0; i < 60; i++)
        statuses.add(
          (await stuffing.login(`iemand-${i % 20}@example.test`, 'een verkeerd wachtwoord')).statusCode,
        );
      expect([...statuses]).toEqual([401]);
      // Same address (the whole gemeente behind one proxy), another account: still in.
      expect((await client(proxy).login('ilse.zes@example.test', PASSWORD)).statusCode).toBe(303);
    });

    it('warns once, in production, when X-Forwarded-For arrives while the proxy is not trusted', async () => {
      const prod = await startTestApp(engine, {
        database: t.database,
        env: {
          NODE_ENV: 'production',
          PUBLIC_URL: 'https://review.test',
          REDZAAM_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
        },
      });
      try {
        const browser = new BrowserClient(prod.app, {
          host: 'review.test',
          'x-forwarded-for': '203.0.113.77',
        });
        await browser.get('/inloggen');
        await browser.get('/inloggen');
        const warnings = prod.logs
          .map((line) => JSON.parse(line) as { level: number; event?: string; msg: string })
          .filter((line) => line.event === 'proxy-niet-vertrouwd');
        expect(warnings).toHaveLength(1);
        expect(warnings[0]?.level).toBe(40);
        expect(warnings[0]?.msg).toMatch(/TRUST_PROXY/);
        expect(prod.logs.join('\n')).not.toContain('203.0.113.77');
      } finally {
        await prod.close();
      }
      // Trusted, or outside production: no warning.
      expect(t.logs.join('\n')).not.toContain('proxy-niet-vertrouwd');
    });
  });

  describe('1. the password check of erasure', () => {
    it('passes the door first: not your record is 403 whatever the password', async () => {
      const ilse = await account('Ilse Een', 'inwoner');
      await account('Bram Een', 'naaste');
      const dossierId = await dossierVanInwoner(t.database.db, gemeenteId, ilse.id);
      const bram = client({ 'x-forwarded-for': '198.51.100.1' });
      await bram.login('bram.een@example.test', PASSWORD);
      await bram.get('/mijn-overzicht');
      const wrong = await bram.post(`/dossiers/${dossierId}/gegevens/wissen`, {
        wachtwoord: 'niet het wachtwoord',
        zeker: 'ja',
      });
      const right = await bram.post(`/dossiers/${dossierId}/gegevens/wissen`, {
        wachtwoord: PASSWORD,
        zeker: 'ja',
      });
      expect([wrong.statusCode, right.statusCode]).toEqual([403, 403]);
    });

    it('counts wrong passwords in the login throttle (account + address) and logs each one', async () => {
      const ilse = await account('Ilse Twee', 'inwoner');
      const dossierId = await dossierVanInwoner(t.database.db, gemeenteId, ilse.id);
      const browser = client({ 'x-forwarded-for': '198.51.100.2' });
      await browser.login('ilse.twee@example.test', PASSWORD);
      await browser.get(`/dossiers/${dossierId}/gegevens`);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push(
          (
            await browser.post(`/dossiers/${dossierId}/gegevens/wissen`, {
              wachtwoord: `fout-${i}-wachtwoord`,
              zeker: 'ja',
            })
          ).statusCode,
        );
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429]);
      // The same throttle as login: from this address the account is locked for now …
      expect(
        (await client({ 'x-forwarded-for': '198.51.100.2' }).login('ilse.twee@example.test', PASSWORD))
          .statusCode,
      ).toBe(429);
      // … and even the right password waits.
      expect(
        (await browser.post(`/dossiers/${dossierId}/gegevens/wissen`, { wachtwoord: PASSWORD, zeker: 'ja' }))
          .statusCode,
      ).toBe(429);
      const entries = await t.database.db
        .selectFrom('audit_event')
        .select(['actie', 'uitkomst', 'grondslag'])
        .where('dossier_id', '=', dossierId)
        .where('actie', '=', 'delete')
        .execute();
      expect(entries).toHaveLength(8);
      expect(entries.every((e) => e.uitkomst === 'denied')).toBe(true);
      expect(entries.filter((e) => e.grondslag === 'geweigerd:wachtwoord-onjuist')).toHaveLength(5);
      expect(
        await t.database.db.selectFrom('dossier').select('id').where('id', '=', dossierId).execute(),
      ).toHaveLength(1);
    });
  });
});
