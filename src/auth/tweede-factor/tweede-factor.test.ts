import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ENGINES } from '../../../tests/support/test-database.js';
import { codeVoor, geheimUitPagina, geheimVan, onthoudGeheim } from '../../../tests/support/tweede-factor.js';
import { createAccountWithPassword, createGemeente, createOrganisatie } from '../../demo/factories.js';

const PASSWORD = 'een lange zin als wachtwoord';

describe.each(ENGINES)('second factor on %s', (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  let orgId: string;
  let teller = 0;

  async function professional(rol: 'professional' | 'beheerder' | 'inwoner' = 'professional') {
    teller += 1;
    const email = `${rol}-${teller}@example.test`;
    const account = await createAccountWithPassword(t.database.db, {
      gemeenteId,
      naam: `Persoon ${teller}`,
      email,
      rol,
      password: PASSWORD,
      ...(rol === 'professional' ? { organisatieId: orgId } : {}),
    });
    return { email, id: account.id };
  }

  const gebeurtenissen = (accountId: string) =>
    t.database.db
      .selectFrom('account_gebeurtenis')
      .select(['soort', 'door_account_id'])
      .where('account_id', '=', accountId)
      .orderBy('occurred_at')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    const gemeente = await createGemeente(t.database.db, { code: 'lindewaard', naam: 'Lindewaard' });
    gemeenteId = gemeente.id;
    orgId = (await createOrganisatie(t.database.db, gemeenteId, 'Buurtteam')).id;
    await createGemeente(t.database.db, { code: 'beekdal', naam: 'Beekdal', hostnames: ['beekdal.test'] });
  });
  afterAll(async () => t.close());

  it('sends a professional to set up a second factor before any page, emergency access and logs included', async () => {
    const { email } = await professional();
    const browser = new BrowserClient(t.app);
    const login = await browser.loginWithPasswordOnly(email, PASSWORD);
    expect(login.statusCode).toBe(303);
    for (const url of [
      '/mijn-overzicht',
      '/noodtoegang',
      '/dossiers/00000000-0000-4000-8000-000000000000/logboek',
    ]) {
      const response = await browser.get(url);
      expect(response.statusCode, url).toBe(303);
      expect(response.headers.location, url).toBe(
        `/tweede-factor/instellen?terug=${encodeURIComponent(url)}`,
      );
    }
    // A POST elsewhere does not get through either.
    expect((await browser.post('/noodtoegang', {})).headers.location).toBe('/tweede-factor/instellen');

    const page = await browser.get('/tweede-factor/instellen?terug=/noodtoegang');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<img class="redzaam-qr" src="data:image/svg+xml;base64,');
    expect(page.body).toContain('alt="QR-code om Redzaam toe te voegen aan je app"');
    const geheim = geheimUitPagina(page.body) as string;
    expect(geheim).toMatch(/^[A-Z2-7]{32}$/);
    // A reload shows the same secret (someone who scanned it keeps a working app).
    expect(geheimUitPagina((await browser.get('/tweede-factor/instellen')).body)).toBe(geheim);

    // Wrong and malformed codes: a Dutch message next to the field, nothing stored.
    const vorm = await browser.post('/tweede-factor/instellen', { code: '12ab', terug: '/noodtoegang' });
    expect(vorm.statusCode).toBe(400);
    expect(vorm.body).toContain('Typ de 6 cijfers van de code uit de app.');
    const fout = await browser.post('/tweede-factor/instellen', {
      code: (Number(await generate({ secret: geheim, epoch: Math.floor(Date.now() / 1000) })) ^ 1)
        .toString()
        .padStart(6, '0'),
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('Deze code klopt niet.');

    onthoudGeheim(email, geheim);
    const klaar = await browser.post('/tweede-factor/instellen', {
      code: await codeVoor(email, t.app),
      terug: '/noodtoegang',
    });
    expect(klaar.statusCode).toBe(200);
    const codes = [...klaar.body.matchAll(/<code class="utrecht-code">([A-Z0-9-]+)<\/code>/g)].map(
      (m) => m[1],
    );
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(klaar.body).toContain('href="/noodtoegang"');
    expect((await browser.get('/noodtoegang')).statusCode).toBe(200);

    // Stored encrypted, bound to the account; codes hashed with argon2id.
    const rij = await t.database.db
      .selectFrom('tweede_factor')
      .selectAll()
      .where('account_id', 'in', t.database.db.selectFrom('account').select('id').where('email', '=', email))
      .executeTakeFirstOrThrow();
    expect(rij.geheim).toMatch(/^v1\./);
    expect(rij.geheim).not.toContain(geheim);
    expect(rij.nieuw_geheim).toBeNull();
    const hashes = await t.database.db.selectFrom('herstelcode').select('hash').execute();
    expect(hashes.every((h) => h.hash.startsWith('$argon2id$'))).toBe(true);
  });

  it('asks for a code at every new login; each code works once; the session remembers it', async () => {
    const { email } = await professional();
    await new BrowserClient(t.app).login(email, PASSWORD);
    const browser = new BrowserClient(t.app);
    await browser.loginWithPasswordOnly(email, PASSWORD);
    expect((await browser.get('/mijn-overzicht')).headers.location).toBe(
      '/tweede-factor?terug=%2Fmijn-overzicht',
    );
    const stap = await browser.get('/tweede-factor?terug=/mijn-overzicht');
    expect(stap.body).toContain('Inloggen: stap 2');
    const code = await codeVoor(email, t.app);
    const goed = await browser.post('/tweede-factor', { code, terug: '/mijn-overzicht' });
    expect(goed.statusCode).toBe(303);
    expect(goed.headers.location).toBe('/mijn-overzicht');
    expect((await browser.get('/mijn-overzicht')).statusCode).toBe(200);

    // The same code in another session: refused (replay), with a clear message.
    const ander = new BrowserClient(t.app);
    await ander.loginWithPasswordOnly(email, PASSWORD);
    await ander.get('/tweede-factor');
    const replay = await ander.post('/tweede-factor', { code });
    expect(replay.statusCode).toBe(400);
    expect(replay.body).toContain('een code werkt maar 30 seconden en maar één keer');
    // Per session only: logging out and in again asks again.
    await browser.post('/uitloggen', {});
    await browser.loginWithPasswordOnly(email, PASSWORD);
    expect((await browser.get('/mijn-overzicht')).statusCode).toBe(303);
  });

  it('throttles wrong codes per account and records every attempt', async () => {
    const { email, id } = await professional();
    await new BrowserClient(t.app).login(email, PASSWORD);
    const browser = new BrowserClient(t.app);
    await browser.loginWithPasswordOnly(email, PASSWORD);
    await browser.get('/tweede-factor');
    for (let i = 0; i < 5; i++)
      expect((await browser.post('/tweede-factor', { code: '000000' })).statusCode).toBe(400);
    const dicht = await browser.post('/tweede-factor', { code: await codeVoor(email, t.app) });
    expect(dicht.statusCode).toBe(429);
    expect(dicht.body).toContain('Je hebt te vaak een verkeerde code getypt. Wacht 15 minuten');
    // Recovery codes share the limit.
    expect((await browser.post('/tweede-factor/herstel', { herstelcode: 'ABCDE-FGHJK' })).statusCode).toBe(
      429,
    );
    const soorten = (await gebeurtenissen(id)).map((g) => g.soort);
    expect(soorten.filter((s) => s === 'tweede-factor-mislukt')).toHaveLength(5);
    expect(soorten.filter((s) => s === 'tweede-factor-te-vaak')).toHaveLength(2);
    t.clock.advance(16 * 60_000);
    expect((await browser.post('/tweede-factor', { code: await codeVoor(email, t.app) })).statusCode).toBe(
      303,
    );
  });

  it('lets someone without their phone in once with a recovery code, then sets up the new phone', async () => {
    const { email, id } = await professional();
    const eerste = new BrowserClient(t.app);
    await eerste.login(email, PASSWORD);
    const [code] = eerste.recoveryCodes as [string];
    const browser = new BrowserClient(t.app);
    await browser.loginWithPasswordOnly(email, PASSWORD);
    await browser.get('/tweede-factor/herstel');
    const vorm = await browser.post('/tweede-factor/herstel', { herstelcode: 'kort' });
    expect(vorm.statusCode).toBe(400);
    expect(vorm.body).toContain('Een herstelcode heeft 10 letters en cijfers');
    const gelukt = await browser.post('/tweede-factor/herstel', { herstelcode: code.toLowerCase() });
    expect(gelukt.statusCode).toBe(303);
    expect(gelukt.headers.location).toBe('/tweede-factor/instellen');
    // Until the new phone is set up, a professional reaches nothing else.
    expect((await browser.get('/mijn-overzicht')).headers.location).toContain('/tweede-factor/instellen');
    const oudGeheim = geheimVan(email);
    const nieuw = geheimUitPagina((await browser.get('/tweede-factor/instellen')).body) as string;
    expect(nieuw).not.toBe(oudGeheim);
    onthoudGeheim(email, nieuw);
    expect(
      (await browser.post('/tweede-factor/instellen', { code: await codeVoor(email, t.app) })).statusCode,
    ).toBe(200);
    expect((await browser.get('/mijn-overzicht')).statusCode).toBe(200);
    // A recovery code works once.
    const nogEens = new BrowserClient(t.app);
    await nogEens.loginWithPasswordOnly(email, PASSWORD);
    await nogEens.get('/tweede-factor/herstel');
    expect((await nogEens.post('/tweede-factor/herstel', { herstelcode: code })).statusCode).toBe(400);
    const soorten = (await gebeurtenissen(id)).map((g) => g.soort);
    expect(soorten).toContain('herstelcode-gebruikt');
    expect(soorten).toContain('herstelcode-mislukt');
  });

  it('lets a beheerder reset a second factor of the own gemeente: sessions end, recorded with who did it', async () => {
    const pro = await professional();
    const beheerder = await professional('beheerder');
    const proBrowser = new BrowserClient(t.app);
    await proBrowser.login(pro.email, PASSWORD);
    const admin = new BrowserClient(t.app);
    await admin.login(beheerder.email, PASSWORD);
    const lijst = await admin.get('/beheer/tweede-factor');
    expect(lijst.statusCode).toBe(200);
    expect(lijst.body).toContain(`/beheer/tweede-factor/${pro.id}/resetten`);
    // Not for others.
    expect((await proBrowser.get('/beheer/tweede-factor')).statusCode).toBe(403);
    const reset = await admin.post(`/beheer/tweede-factor/${pro.id}/resetten`, {});
    expect(reset.statusCode).toBe(303);
    expect((await admin.get(reset.headers.location as string)).body).toContain('is gereset');
    expect((await proBrowser.get('/mijn-overzicht')).statusCode).toBe(401);
    const gebeurtenis = (await gebeurtenissen(pro.id)).find((g) => g.soort === 'tweede-factor-gereset');
    expect(gebeurtenis?.door_account_id).toBe(beheerder.id);
    // Next login: set up again.
    const weer = new BrowserClient(t.app);
    await weer.loginWithPasswordOnly(pro.email, PASSWORD);
    expect((await weer.get('/mijn-overzicht')).headers.location).toContain('/tweede-factor/instellen');
    // An unknown id or one of another gemeente: 404, nothing happens.
    expect(
      (await admin.post('/beheer/tweede-factor/00000000-0000-4000-8000-000000000000/resetten', {}))
        .statusCode,
    ).toBe(404);
    expect((await admin.post('/beheer/tweede-factor/niet-een-id/resetten', {})).statusCode).toBe(404);
  });

  it('keeps it optional for a resident, and asks for it once she set it up', async () => {
    const { email } = await professional('inwoner');
    const browser = new BrowserClient(t.app);
    await browser.loginWithPasswordOnly(email, PASSWORD);
    expect((await browser.get('/mijn-overzicht')).statusCode).toBe(200);
    const page = await browser.get('/tweede-factor/instellen');
    expect(page.body).toContain('Met een code van je telefoon kan niemand anders inloggen');
    onthoudGeheim(email, geheimUitPagina(page.body) as string);
    expect(
      (await browser.post('/tweede-factor/instellen', { code: await codeVoor(email, t.app) })).statusCode,
    ).toBe(200);
    const later = new BrowserClient(t.app);
    await later.loginWithPasswordOnly(email, PASSWORD);
    expect((await later.get('/mijn-overzicht')).headers.location).toBe(
      '/tweede-factor?terug=%2Fmijn-overzicht',
    );
  });

  it('refuses a changed or moved secret instead of accepting any code', async () => {
    const a = await professional();
    const b = await professional();
    await new BrowserClient(t.app).login(a.email, PASSWORD);
    await new BrowserClient(t.app).login(b.email, PASSWORD);
    const rijA = await t.database.db
      .selectFrom('tweede_factor')
      .selectAll()
      .where('account_id', '=', a.id)
      .executeTakeFirstOrThrow();
    // Copy a's encrypted secret onto b: it does not decrypt for b.
    await t.database.db
      .updateTable('tweede_factor')
      .set({ geheim: rijA.geheim })
      .where('account_id', '=', b.id)
      .execute();
    const browser = new BrowserClient(t.app);
    await browser.loginWithPasswordOnly(b.email, PASSWORD);
    await browser.get('/tweede-factor');
    const response = await browser.post('/tweede-factor', { code: await codeVoor(a.email, t.app) });
    // Not a 500: she is told it is not her fault and how to get in (recovery code or a reset).
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Dat ligt niet aan jou');
    const sessie = await browser.get('/mijn-overzicht');
    expect(sessie.statusCode).toBe(303);
    expect(sessie.headers.location).toMatch(/^\/tweede-factor/);
  });
});
