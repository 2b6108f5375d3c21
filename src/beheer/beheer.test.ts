import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { mailText, startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente, createOrganisatie } from '../demo/factories.js';
import type { Rol } from '../platform/db/schema.js';

const PASSWORD = 'een lange zin als wachtwoord';

describe.each(ENGINES)('account management by the beheerder on %s', (engine) => {
  let t: TestApp;
  let orgId: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    const gemeente = await createGemeente(t.database.db, { code: 'lindewaard', naam: 'Lindewaard' });
    orgId = (await createOrganisatie(t.database.db, gemeente.id, 'Buurtteam Oost')).id;
    for (const rol of ['inwoner', 'naaste', 'professional', 'beheerder', 'analist'] as Rol[]) {
      await createAccountWithPassword(t.database.db, {
        gemeenteId: gemeente.id,
        naam: `Demo ${rol}`,
        email: `${rol}@example.test`,
        rol,
        password: PASSWORD,
        ...(rol === 'professional' ? { organisatieId: orgId } : {}),
      });
    }
  });
  afterAll(async () => t.close());

  it.each(['inwoner', 'naaste', 'professional', 'analist'])(
    'refuses the account pages to a %s',
    async (rol) => {
      const browser = new BrowserClient(t.app);
      await browser.login(`${rol}@example.test`, PASSWORD);
      const page = await browser.get('/beheer/accounts');
      expect(page.statusCode).toBe(403);
      expect(page.body).toContain('Dit mag niet');
      await browser.get('/mijn-overzicht');
      const create = await browser.post('/beheer/accounts', {
        naam: 'X',
        email: `x-${rol}@example.test`,
        rol: 'beheerder',
        organisatie: '',
      });
      expect(create.statusCode).toBe(403);
      const row = await t.database.db
        .selectFrom('account')
        .select('id')
        .where('email', '=', `x-${rol}@example.test`)
        .executeTakeFirst();
      expect(row).toBeUndefined();
    },
  );

  it('asks an anonymous visitor to log in', async () => {
    const page = await new BrowserClient(t.app).get('/beheer/accounts');
    expect(page.statusCode).toBe(401);
    expect(page.body).toContain('name="terug" value="/beheer/accounts"');
  });

  it('creates a professional by invitation: the activation link lets them choose a password and log in', async () => {
    const beheerder = new BrowserClient(t.app);
    await beheerder.login('beheerder@example.test', PASSWORD);
    await beheerder.get('/beheer/accounts');
    const created = await beheerder.post('/beheer/accounts', {
      naam: 'Nieuwe Collega',
      email: 'Collega@Example.test',
      rol: 'professional',
      organisatie: orgId,
    });
    expect(created.statusCode).toBe(303);
    const list = await beheerder.get(created.headers.location as string);
    expect(list.body).toContain('Het account is gemaakt.');
    expect(list.body).toMatch(
      // The address may break after "@" and "." on a narrow screen (<wbr>, issue 18).
      /Nieuwe Collega[\s\S]*?collega@(<wbr\/?>)?example\.(<wbr\/?>)?test[\s\S]*?Professional[\s\S]*?Buurtteam Oost[\s\S]*?Uitgenodigd/,
    );

    const mail = mailText((await t.readOutbox()).find((m) => m.includes('collega@example.test')) as string);
    expect(mail).toContain('Subject: Je account voor Redzaam');
    const token = /wachtwoord-instellen\/([A-Za-z0-9_-]{43})/.exec(mail)?.[1] as string;
    const newcomer = new BrowserClient(t.app);
    const form = await newcomer.get(`/wachtwoord-instellen/${token}`);
    expect(form.body).toContain('Je account klaarzetten');
    await newcomer.post(`/wachtwoord-instellen/${token}`, { wachtwoord: PASSWORD, herhaal: PASSWORD });
    await newcomer.login('collega@example.test', PASSWORD);
    const overview = await newcomer.get('/mijn-overzicht');
    expect(overview.body).toContain('Je werkt bij Buurtteam Oost.');
  });

  it('refuses a second account with the same address, next to the field', async () => {
    const beheerder = new BrowserClient(t.app);
    await beheerder.login('beheerder@example.test', PASSWORD);
    await beheerder.get('/beheer/accounts');
    const response = await beheerder.post('/beheer/accounts', {
      naam: 'Dubbel',
      email: 'inwoner@example.test',
      rol: 'inwoner',
      organisatie: '',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="veld-email-fout">Er is al een account met dit e-mailadres.');
  });

  it('blocks an account: its open sessions end at once and it can no longer log in', async () => {
    const naaste = new BrowserClient(t.app);
    await naaste.login('naaste@example.test', PASSWORD);
    expect((await naaste.get('/mijn-overzicht')).statusCode).toBe(200);
    const naasteId = (
      await t.database.db
        .selectFrom('account')
        .select('id')
        .where('email', '=', 'naaste@example.test')
        .executeTakeFirstOrThrow()
    ).id;

    const beheerder = new BrowserClient(t.app);
    await beheerder.login('beheerder@example.test', PASSWORD);
    await beheerder.get('/beheer/accounts');
    const blocked = await beheerder.post(`/beheer/accounts/${naasteId}/blokkeren`, {});
    expect(blocked.statusCode).toBe(303);
    expect((await naaste.get('/mijn-overzicht')).statusCode).toBe(401);
    expect((await new BrowserClient(t.app).login('naaste@example.test', PASSWORD)).statusCode).toBe(401);
    await beheerder.get('/beheer/accounts');
    expect((await beheerder.post(`/beheer/accounts/${naasteId}/blokkeren`, {})).statusCode).toBe(404);
  });

  it('does not let a beheerder block themselves', async () => {
    const beheerder = new BrowserClient(t.app);
    await beheerder.login('beheerder@example.test', PASSWORD);
    const self = (
      await t.database.db
        .selectFrom('account')
        .select('id')
        .where('email', '=', 'beheerder@example.test')
        .executeTakeFirstOrThrow()
    ).id;
    await beheerder.get('/beheer/accounts');
    expect((await beheerder.post(`/beheer/accounts/${self}/blokkeren`, {})).statusCode).toBe(404);
    expect((await beheerder.get('/mijn-overzicht')).statusCode).toBe(200);
  });
});
