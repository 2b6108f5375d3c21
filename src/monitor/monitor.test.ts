import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { createAccountWithPassword, createBeoordeling, createGemeente } from '../demo/factories.js';
import { dossierVanInwoner } from '../regie/door/door.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * The monitor against a real database: a resident counts herself in and out (bad input writes
 * nothing), the analist's report shows sums only — never a count under the minimum — and a
 * resident who stops no longer counts in the next report.
 */
describe.each(ENGINES)('monitor on %s', { timeout: 600_000 }, (engine) => {
  let t: TestApp;
  let dossierId: string;
  let gemeenteId: string;
  const host = { host: 'mo.test' };
  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const deelnames = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from monitor_deelname`.execute(t.database.db)).rows[0]
      ?.n ?? 0;
  /** Every number in the report's table cells ("12 (40%)" counts 12; a dash counts nothing). */
  const getoondeAantallen = (html: string) =>
    [...html.matchAll(/<td class="utrecht-table__cell">(\d+)/g)].map((m) => Number(m[1]));

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'mo' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'mo', naam: 'Mo', hostnames: ['mo.test'] });
    gemeenteId = gemeente.id;
    const maak = (email: string, rol: 'inwoner' | 'analist') =>
      createAccountWithPassword(db, {
        gemeenteId,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
      });
    const ilse = await maak('ilse@example.test', 'inwoner');
    await maak('ana@example.test', 'analist');
    dossierId = await dossierVanInwoner(db, gemeenteId, ilse.id);
    await createBeoordeling(db, {
      gemeenteId,
      dossierId,
      auteurId: ilse.id,
      perspectief: 'eigen',
      afgerondAt: new Date('2026-11-01T10:00:00Z'),
      antwoorden: { financien: 2, wonen: 4 },
    });
    // Twenty fictional residents who count: fourteen manage money, six do not; all have a home.
    for (let i = 0; i < 20; i++) {
      // No password: they never log in (hashing twenty would only slow the test down).
      const a = await db
        .insertInto('account')
        .values({ gemeente_id: gemeenteId, naam: `R${i}`, email: `r${i}@example.test`, rol: 'inwoner' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const d = await dossierVanInwoner(db, gemeenteId, a.id);
      await createBeoordeling(db, {
        gemeenteId,
        dossierId: d,
        auteurId: a.id,
        perspectief: 'eigen',
        afgerondAt: new Date('2026-11-02T10:00:00Z'),
        antwoorden: { financien: i < 14 ? 4 : 1, wonen: 5 },
      });
      await db
        .insertInto('monitor_deelname')
        .values({
          dossier_id: d,
          gemeente_id: gemeenteId,
          geboortejaren: i < 12 ? '1970' : '1980',
          gebied: null,
          geslacht: i % 2 ? 'man' : 'vrouw',
        })
        .execute();
    }
  }, 600_000);
  afterAll(async () => t.close());

  it('lets her count herself in with her groups only; bad input writes nothing', async () => {
    const ilse = await client('ilse@example.test');
    expect((await ilse.get(`/dossiers/${dossierId}/meetellen`)).statusCode).toBe(200);
    expect(ilse.lastHtml).toContain('Je telt nu niet mee.');
    const voor = await deelnames();
    const fout = await ilse.post(`/dossiers/${dossierId}/meetellen`, {
      actie: 'meedoen',
      versie: '0',
      geboortejaren: '1975',
      geslacht: 'vrouw',
    });
    expect(fout.statusCode).toBe(400);
    expect(ilse.lastHtml).toContain('Kies de jaren waarin je geboren bent.');
    expect(await deelnames()).toBe(voor);
    const goed = await ilse.post(`/dossiers/${dossierId}/meetellen`, {
      actie: 'meedoen',
      versie: '0',
      geboortejaren: '1970',
      geslacht: 'vrouw',
    });
    expect(goed.statusCode).toBe(303);
    expect(await deelnames()).toBe(voor + 1);
    // A second tab with the old version: 409, nothing changed.
    await ilse.get(`/dossiers/${dossierId}/meetellen`);
    const oud = await ilse.post(`/dossiers/${dossierId}/meetellen`, {
      actie: 'meedoen',
      versie: '0',
      geboortejaren: '1980',
      geslacht: 'vrouw',
    });
    expect(oud.statusCode).toBe(409);
    const rij = await t.database.db
      .selectFrom('monitor_deelname')
      .selectAll()
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();
    expect(rij.geboortejaren).toBe('1970');
    // Her choice is in her export.
    const exp = await ilse.get(`/dossiers/${dossierId}/gegevens.json`);
    expect(exp.statusCode).toBe(200);
    expect(exp.body).toContain('"telMee": true');
  });

  it('shows the analist sums only, never a count under the minimum, and refuses what is not safe', async () => {
    const ana = await client('ana@example.test');
    expect((await ana.get('/monitor')).statusCode).toBe(200);
    expect(ana.lastHtml).toContain('Geld');
    const aantallen = getoondeAantallen(ana.lastHtml);
    expect(aantallen.length).toBeGreaterThan(0);
    expect(aantallen.every((n) => n >= 10)).toBe(true);
    // Money: 21 people, 14 manage, 7 do not (she counts now): the 7 is under the minimum, and
    // the 14 would give it away next to the 21, so both are dashes; the 21 is shown.
    expect(ana.lastHtml).not.toContain('14 (67%)');
    // By gender: never a number under 10.
    expect((await ana.get('/monitor?uitsplitsing=geslacht')).statusCode).toBe(200);
    expect(getoondeAantallen(ana.lastHtml).every((n) => n >= 10)).toBe(true);
    // Birth years by gender: every group is under ten → a message, no table.
    expect((await ana.get('/monitor?uitsplitsing=geboortejaren-geslacht')).statusCode).toBe(200);
    expect(ana.lastHtml).toContain('Deze verdeling tonen we niet');
    expect(ana.lastHtml).not.toContain('<table');
    expect((await ana.get('/monitor?uitsplitsing=postcode')).statusCode).toBe(400);
    const csv = await ana.get('/monitor/rapport.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Geld en rekeningen,Iedereen,redt-zich,,,21');
    expect(csv.body).toContain('Geld en rekeningen,Iedereen,niet,,,21');
    // Every report is in the gemeente's trail as a sum, without a record.
    const audit = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_event where grondslag = 'aggregaat:monitor' and dossier_id is null`.execute(
      t.database.db,
    );
    expect(audit.rows[0]?.n).toBeGreaterThanOrEqual(4);
  });

  it('stops counting her in the next report when she stops', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`/dossiers/${dossierId}/meetellen`);
    expect((await ilse.post(`/dossiers/${dossierId}/meetellen`, { actie: 'stoppen' })).statusCode).toBe(303);
    const ana = await client('ana@example.test');
    await ana.get('/monitor/rapport.csv');
    const csv = await ana.get('/monitor/rapport.csv');
    expect(csv.body).toContain('Geld en rekeningen,Iedereen,redt-zich,,,20');
  });

  it('keeps the report from residents and her page from anyone else', async () => {
    const ilse = await client('ilse@example.test');
    expect((await ilse.get('/monitor')).statusCode).toBe(403);
    const ana = await client('ana@example.test');
    expect((await ana.get(`/dossiers/${dossierId}/meetellen`)).statusCode).toBe(403);
  });
});
