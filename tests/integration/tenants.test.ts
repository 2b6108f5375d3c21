import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as authQueries from '../../src/auth/queries.js';
import { createAccountWithPassword, createGemeente, createOrganisatie } from '../../src/demo/factories.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ENGINES } from '../support/test-database.js';

const PASSWORD = 'een lange zin als wachtwoord';

/** Tables that hold no personal data and so need no tenant column; every other table must have one. */
const TENANT_FREE = new Set([
  'gemeente',
  'login_attempt',
  'kysely_migration',
  'kysely_migration_lock',
  // National postcode centroids for the sociale kaart's distance search: no personal data.
  'postcode',
  // The job queue: platform jobs (the nightly clean-up) belong to no gemeente, and payloads
  // carry ids only, never personal text (docs/decisions/018); gemeente jobs do set it.
  'job',
]);

describe.each(ENGINES)('tenants on %s', (engine) => {
  let t: TestApp;
  const ids: Record<string, { gemeente: string; account: string; org: string }> = {};

  beforeAll(async () => {
    t = await startTestApp(engine);
    for (const code of ['noord', 'zuid']) {
      const gemeente = await createGemeente(t.database.db, { code, naam: code, hostnames: [`${code}.test`] });
      const org = await createOrganisatie(t.database.db, gemeente.id, `Team ${code}`);
      // The same e-mail address in both gemeenten: two different people.
      const account = await createAccountWithPassword(t.database.db, {
        gemeenteId: gemeente.id,
        naam: `Persoon ${code}`,
        email: 'zelfde@example.test',
        rol: 'beheerder',
        password: `${PASSWORD} ${code}`,
      });
      ids[code] = { gemeente: gemeente.id, account: account.id, org: org.id };
    }
  });
  afterAll(async () => t.close());

  it('gives every table with personal data a mandatory gemeente_id', async () => {
    const { rows } = await sql<{ table_name: string; nullable: string | null }>`
      select t.table_name, c.is_nullable as nullable
      from information_schema.tables t
      left join information_schema.columns c
        on c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'gemeente_id'
      where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'`.execute(t.database.db);
    expect(rows.length).toBeGreaterThanOrEqual(7);
    for (const row of rows) {
      if (TENANT_FREE.has(row.table_name)) continue;
      expect(row.nullable, row.table_name).toBe('NO');
    }
  });

  it('keeps a login to its own gemeente: the same address and password do not work next door', async () => {
    const noord = new BrowserClient(t.app, { host: 'noord.test' });
    expect((await noord.login('zelfde@example.test', `${PASSWORD} zuid`)).statusCode).toBe(401);
    expect((await noord.login('zelfde@example.test', `${PASSWORD} noord`)).statusCode).toBe(303);
    const overview = await noord.get('/mijn-overzicht');
    expect(overview.body).toContain('Welkom, Persoon noord.');

    // The same session cookie sent to the other gemeente is no session there.
    const zuid = new BrowserClient(t.app, { host: 'zuid.test' });
    for (const [name, value] of noord.cookies) zuid.cookies.set(name, value);
    expect((await zuid.get('/mijn-overzicht')).statusCode).toBe(401);
    const accounts = await noord.get('/beheer/accounts');
    expect(accounts.body).toContain('Persoon noord');
    expect(accounts.body).not.toContain('Persoon zuid');
  });

  it('cannot block an account of another gemeente', async () => {
    const noord = new BrowserClient(t.app, { host: 'noord.test' });
    await noord.login('zelfde@example.test', `${PASSWORD} noord`);
    await noord.get('/beheer/accounts');
    const response = await noord.post(`/beheer/accounts/${ids.zuid?.account}/blokkeren`, {});
    expect(response.statusCode).toBe(404);
    const zuidAccount = await t.database.db
      .selectFrom('account')
      .select('disabled_at')
      .where('id', '=', ids.zuid?.account as string)
      .executeTakeFirstOrThrow();
    expect(zuidAccount.disabled_at).toBeNull();
  });

  it('scopes every tenant-aware query: asked for one gemeente, nothing of the other comes back', async () => {
    const db = t.database.db;
    const noord = ids.noord as { gemeente: string; account: string; org: string };
    const zuid = ids.zuid as { gemeente: string; account: string; org: string };
    expect((await authQueries.listAccounts(db, noord.gemeente)).map((a) => a.id)).toEqual([noord.account]);
    expect((await authQueries.listOrganisaties(db, noord.gemeente)).map((o) => o.id)).toEqual([noord.org]);
    expect(await authQueries.findOrganisatie(db, noord.gemeente, zuid.org)).toBeUndefined();
    expect((await authQueries.findAccountByEmail(db, noord.gemeente, 'zelfde@example.test'))?.id).toBe(
      noord.account,
    );
    expect(await authQueries.disableAccount(db, noord.gemeente, zuid.account, new Date())).toBe(false);
    await authQueries.setPasswordHash(db, noord.gemeente, zuid.account, 'x', new Date());
    const untouched = await db
      .selectFrom('account')
      .select('password_hash')
      .where('id', '=', zuid.account)
      .executeTakeFirstOrThrow();
    expect(untouched.password_hash).not.toBe('x');
  });

  it('refuses at the database level an account tied to an organisation of another gemeente', async () => {
    await expect(
      t.database.db
        .insertInto('account')
        .values({
          gemeente_id: ids.noord?.gemeente as string,
          naam: 'X',
          email: 'x@example.test',
          rol: 'professional',
          organisatie_id: ids.zuid?.org as string,
        })
        .execute(),
    ).rejects.toThrow();
  });
});
