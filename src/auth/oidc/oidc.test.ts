import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { createAccountWithPassword, createGemeente, createOrganisatie } from '../../demo/factories.js';

/**
 * Logging in through a real OpenID provider (`oidc-provider`, in memory, on a random local
 * port), walked through by a real HTTP client: its login and consent forms are posted as a
 * browser would, and the app is reached with its own test browser.
 */

const PASSWORD = 'een lange zin als wachtwoord';
const PUBLIC = 'http://lindewaard.test';
const claims = new Map<string, Record<string, unknown>>();
/** How the broker says it authenticated someone (the ID token's `amr`), per subject. */
const amrVan = new Map<string, string[]>();

let providerServer: http.Server;
let issuer: string;
let t: TestApp;

beforeAll(async () => {
  providerServer = http.createServer();
  providerServer.listen(0, '127.0.0.1');
  await once(providerServer, 'listening');
  issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'redzaam',
        client_secret: 'een-testgeheim-dat-lang-genoeg-is-0123456789',
        redirect_uris: [`${PUBLIC}/inloggen/oidc/terug`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, ...claims.get(sub) }) }),
    claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['een-sleutel-voor-de-test'] },
    pkce: { required: () => true },
  });
  // A broker that authenticated someone with a second factor says so in the ID token's `amr`,
  // which the provider takes from the login result: the dev login form gives none, so add it.
  const interactionFinished = provider.interactionFinished.bind(provider);
  provider.interactionFinished = (req, res, result, options) => {
    const accountId = result.login?.accountId;
    const amr = accountId ? amrVan.get(accountId) : undefined;
    return interactionFinished(
      req,
      res,
      amr && result.login ? { ...result, login: { ...result.login, amr } } : result,
      options,
    );
  };
  providerServer.on('request', provider.callback());
  t = await startTestApp('pglite', {
    env: {
      DEFAULT_GEMEENTE: 'lindewaard',
      PUBLIC_URL: PUBLIC,
      OIDC_LINDEWAARD_ISSUER: issuer,
      OIDC_LINDEWAARD_CLIENT_ID: 'redzaam',
      OIDC_LINDEWAARD_CLIENT_SECRET: 'een-testgeheim-dat-lang-genoeg-is-0123456789',
      OIDC_LINDEWAARD_NAAM: 'Testdienst Lindewaard',
      OIDC_LINDEWAARD_ROLLEN: 'inwoner,professional',
      OIDC_LINDEWAARD_MFA_AMR: 'mfa,otp',
      WACHTWOORD_UIT_LINDEWAARD: 'inwoner',
    },
  });
  const gemeente = await createGemeente(t.database.db, { code: 'lindewaard', naam: 'Lindewaard' });
  const org = await createOrganisatie(t.database.db, gemeente.id, 'Buurtteam');
  for (const [email, rol] of [
    ['ilse@example.test', 'inwoner'],
    ['yara@example.test', 'professional'],
    ['pien@example.test', 'professional'],
    ['kees@example.test', 'beheerder'],
  ] as const)
    await createAccountWithPassword(t.database.db, {
      gemeenteId: gemeente.id,
      naam: email.split('@')[0] as string,
      email,
      rol,
      password: PASSWORD,
      ...(rol === 'professional' ? { organisatieId: org.id } : {}),
    });
  claims.set('ilse-sub', { email: 'Ilse@example.test', email_verified: true });
  claims.set('yara-sub', { email: 'yara@example.test', email_verified: true });
  claims.set('pien-mfa', { email: 'pien@example.test', email_verified: true });
  claims.set('pien-pwd', { email: 'pien@example.test', email_verified: true });
  amrVan.set('pien-mfa', ['pwd', 'otp']);
  amrVan.set('pien-pwd', ['pwd']);
  claims.set('kees-sub', { email: 'kees@example.test', email_verified: true });
  claims.set('onbevestigd', { email: 'ilse@example.test', email_verified: false });
  claims.set('onbekend', { email: 'niemand@example.test', email_verified: true });
});

afterAll(async () => {
  await t?.close();
  providerServer?.close();
});

/** A browser at the provider: follows redirects, keeps cookies, posts the login and consent forms. */
async function bijDeProvider(start: string, sub: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = start;
  for (let stap = 0; stap < 20; stap++) {
    if (url.startsWith(PUBLIC)) return new URL(url);
    let response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    const bewaar = (r: Response) => {
      for (const c of r.headers.getSetCookie()) {
        const [paar] = c.split(';');
        const [naam, ...waarde] = (paar as string).split('=');
        jar.set(naam as string, waarde.join('='));
      }
    };
    bewaar(response);
    if (response.status === 200) {
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1] as string;
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] as string;
      const body = new URLSearchParams(
        prompt === 'login' ? { prompt, login: sub, password: 'x' } : { prompt },
      );
      response = await fetch(new URL(action, url), {
        method: 'POST',
        redirect: 'manual',
        body,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
      bewaar(response);
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`provider answered ${response.status} without a redirect`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects at the provider');
}

async function viaDeDienst(browser: BrowserClient, sub: string) {
  const pagina = await browser.get('/inloggen');
  expect(pagina.body).toContain('Inloggen met Testdienst Lindewaard');
  const start = await browser.post('/inloggen/oidc', {});
  expect(start.statusCode).toBe(303);
  const auth = new URL(start.headers.location as string);
  expect(auth.origin).toBe(issuer);
  expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
  const terug = await bijDeProvider(auth.href, sub);
  return { terug, response: await browser.get(terug.pathname + terug.search) };
}

describe('OpenID Connect login against a real provider', () => {
  it('links a resident by her verified e-mail address and starts a session as the password login does', async () => {
    const browser = new BrowserClient(t.app);
    const { response } = await viaDeDienst(browser, 'ilse-sub');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/mijn-overzicht');
    expect(browser.cookies.get('redzaam-sessie')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await browser.get('/mijn-overzicht')).body).toContain('Welkom, ilse.');
  });

  it("still asks a professional for Redzaam's own second factor when the broker asserts no MFA", async () => {
    const browser = new BrowserClient(t.app);
    const { response } = await viaDeDienst(browser, 'yara-sub');
    expect(response.statusCode).toBe(303);
    expect((await browser.get('/mijn-overzicht')).headers.location).toContain('/tweede-factor/instellen');
  });

  it("trusts the broker's second factor only when its amr names one the gemeente configured", async () => {
    const metMfa = new BrowserClient(t.app);
    expect((await viaDeDienst(metMfa, 'pien-mfa')).response.statusCode).toBe(303);
    const pagina = await metMfa.get('/mijn-overzicht');
    expect(pagina.statusCode).toBe(200);
    const zonderMfa = new BrowserClient(t.app);
    expect((await viaDeDienst(zonderMfa, 'pien-pwd')).response.statusCode).toBe(303);
    expect((await zonderMfa.get('/mijn-overzicht')).headers.location).toContain('/tweede-factor/instellen');
  });

  it('refuses a wrong state, a replayed callback and a callback in another browser, with a Dutch page', async () => {
    const browser = new BrowserClient(t.app);
    await browser.get('/inloggen');
    const start = await browser.post('/inloggen/oidc', {});
    const terug = await bijDeProvider(start.headers.location as string, 'ilse-sub');
    const fout = new URL(terug);
    fout.searchParams.set('state', 'verzonnen');
    const verkeerd = await browser.get(fout.pathname + fout.search);
    expect(verkeerd.statusCode).toBe(400);
    expect(verkeerd.body).toContain('Het inloggen duurde te lang');

    // In another browser (without the cookie that started it): refused, and the request is used up.
    const ander = new BrowserClient(t.app);
    expect((await ander.get(terug.pathname + terug.search)).statusCode).toBe(400);

    const tweede = new BrowserClient(t.app);
    const { terug: url, response } = await viaDeDienst(tweede, 'ilse-sub');
    expect(response.statusCode).toBe(303);
    const nogEens = await tweede.get(url.pathname + url.search);
    expect(nogEens.statusCode).toBe(400);
    expect(nogEens.body).toContain('Begin opnieuw');
  });

  it('refuses an unverified address, an unknown person and a role the broker is not for; makes no account', async () => {
    const voor = await t.database.db
      .selectFrom('account')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const onbevestigd = await viaDeDienst(new BrowserClient(t.app), 'onbevestigd');
    expect(onbevestigd.response.statusCode).toBe(403);
    expect(onbevestigd.response.body).toContain('niet bevestigd dat dit e-mailadres van jou is');
    const onbekend = await viaDeDienst(new BrowserClient(t.app), 'onbekend');
    expect(onbekend.response.statusCode).toBe(403);
    expect(onbekend.response.body).toContain('je hebt nog geen account in Redzaam');
    const rol = await viaDeDienst(new BrowserClient(t.app), 'kees-sub');
    expect(rol.response.statusCode).toBe(403);
    const na = await t.database.db
      .selectFrom('account')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(na.n)).toBe(Number(voor.n));
  });

  it('refuses the password of a role whose local passwords are switched off, and keeps it for others', async () => {
    const inwoner = new BrowserClient(t.app);
    const geweigerd = await inwoner.loginWithPasswordOnly('ilse@example.test', PASSWORD);
    expect(geweigerd.statusCode).toBe(403);
    expect(geweigerd.body).toContain('kun je niet inloggen met een wachtwoord');
    expect(inwoner.cookies.has('redzaam-sessie')).toBe(false);
    const pro = new BrowserClient(t.app);
    expect((await pro.loginWithPasswordOnly('yara@example.test', PASSWORD)).statusCode).toBe(303);
  });

  it('shows a clear Dutch page when the broker cannot be reached', async () => {
    const dicht = http.createServer();
    dicht.listen(0, '127.0.0.1');
    await once(dicht, 'listening');
    const poort = (dicht.address() as AddressInfo).port;
    dicht.close();
    const app = await startTestApp('pglite', {
      database: t.database,
      env: {
        DEFAULT_GEMEENTE: 'lindewaard',
        PUBLIC_URL: PUBLIC,
        OIDC_LINDEWAARD_ISSUER: `http://127.0.0.1:${poort}`,
        OIDC_LINDEWAARD_CLIENT_ID: 'redzaam',
        OIDC_LINDEWAARD_CLIENT_SECRET: 'x',
        OIDC_LINDEWAARD_ROLLEN: 'inwoner',
      },
    });
    try {
      const browser = new BrowserClient(app.app);
      await browser.get('/inloggen');
      const response = await browser.post('/inloggen/oidc', {});
      expect(response.statusCode).toBe(503);
      expect(response.body).toContain('De inlogdienst is nu niet bereikbaar');
    } finally {
      await app.close();
    }
  });
});
