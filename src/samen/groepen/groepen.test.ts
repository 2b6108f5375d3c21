import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../../tests/support/browser-client.js';
import { groepsProfiel } from '../../../tests/support/samen.js';
import { startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ENGINES } from '../../../tests/support/test-database.js';
import {
  createAccountWithPassword,
  createGemeente,
  createOrganisatie,
  createSamenDeelnemer,
} from '../../demo/factories.js';
import { dossierVanInwoner } from '../../regie/door/door.js';
import { type ProfielInvoer, zetCoordinator } from '../queries.js';

const PASSWORD = 'een lange zin als wachtwoord';
const DAG_MS = 86_400_000;

/**
 * Samen groups against a real database, over HTTP: the coordinator proposes a lotgenoten group
 * (paused people and minors never in it; bad input writes nothing; a second run proposes no one
 * twice); members see first names only, join or decline (twice → 409, nothing written); the group
 * starts and contact shows among those who joined only; a report and a block; the coordinator
 * removes and pauses someone (audited in her record); a buurtcirkel whose time ran out takes no
 * answer; her groups in her download and gone with her record.
 */
describe.each(ENGINES)('samen groups on %s', { timeout: 600_000 }, (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  let leiderId: string;
  const host = { host: 'sg.test' };
  const dossiers: Record<string, string> = {};
  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const telling = async (tabel: string) =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tabel)}`.execute(t.database.db))
      .rows[0]?.n ?? 0;
  const leden = async (groepId: string) =>
    t.database.db
      .selectFrom('samen_groep_lid')
      .select(['dossier_id', 'antwoord'])
      .where('groep_id', '=', groepId)
      .orderBy('dossier_id')
      .execute();
  const groepVan = async (dossierId: string) =>
    (
      await t.database.db
        .selectFrom('samen_groep_lid')
        .select('groep_id')
        .where('dossier_id', '=', dossierId)
        .execute()
    ).map((r) => r.groep_id);
  const groeperen = async (soort: string, thema: string) => {
    const co = await client('co@example.test');
    await co.get('/samen/groepen');
    return co.post('/samen/groepen/voorstellen', { soort, thema, leider: leiderId });
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'sg' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'sg', naam: 'Sg', hostnames: ['sg.test'] });
    gemeenteId = gemeente.id;
    const nu = t.clock.now();
    const mensen: [string, string, Partial<ProfielInvoer>][] = [
      ['Anna', 'gezelschap', {}],
      ['Bea', 'gezelschap', {}],
      ['Cas', 'gezelschap', {}],
      ['Dewi', 'gezelschap', {}],
      ['Eef', 'gezelschap', {}],
      ['Piet', 'gezelschap', {}],
      ['Mo', 'gezelschap', { geboortejaar: nu.getUTCFullYear() - 16 }],
      ...['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8'].map(
        (n) => [n, 'wandelen', { wijk: 'Noord' }] as [string, string, Partial<ProfielInvoer>],
      ),
    ];
    for (const [naam, thema, extra] of mensen) {
      const a = await createAccountWithPassword(db, {
        gemeenteId,
        naam,
        email: `${naam.toLowerCase()}@example.test`,
        rol: 'inwoner',
        password: PASSWORD,
      });
      const dossierId = await dossierVanInwoner(db, gemeenteId, a.id);
      dossiers[naam] = dossierId;
      await createSamenDeelnemer(db, {
        gemeenteId,
        dossierId,
        op: new Date(nu.getTime() - DAG_MS),
        profiel: groepsProfiel(naam, thema, extra),
      });
    }
    await db
      .updateTable('samen_deelnemer')
      .set({ gepauzeerd_op: nu })
      .where('dossier_id', '=', dossiers.Piet as string)
      .execute();
    const team = await createOrganisatie(db, gemeenteId, 'Buurtteam');
    const co = await createAccountWithPassword(db, {
      gemeenteId,
      naam: 'Coördinator',
      email: 'co@example.test',
      rol: 'professional',
      password: PASSWORD,
      organisatieId: team.id,
    });
    await zetCoordinator(db, gemeenteId, co.id);
    const leider = await createAccountWithPassword(db, {
      gemeenteId,
      naam: 'Lotte Leider',
      email: 'pro@example.test',
      rol: 'professional',
      password: PASSWORD,
      organisatieId: team.id,
    });
    leiderId = leider.id;
    // A place on the sociale kaart 300 m away, and one far off.
    await sql`insert into location (gemeente_id, id, location_type, name, latitude, longitude) values
      (${gemeenteId}, 'loc-buurthuis', 'physical', 'Buurthuis De Linde', 52.0930, 5.1230),
      (${gemeenteId}, 'loc-ver', 'physical', 'Ver weg', 52.3, 5.5)`.execute(db);
    await sql`insert into address (gemeente_id, id, location_id, address_1, city, state_province, postal_code, country, address_type)
      values (${gemeenteId}, 'adr-1', 'loc-buurthuis', 'Lindelaan 1', 'Sg', 'Utrecht', '3511 AA', 'NL', 'physical')`.execute(
      db,
    );
  }, 600_000);
  afterAll(async () => t.close());

  it('only a coordinator reaches the groups page; bad input writes nothing', async () => {
    const pro = await client('pro@example.test');
    expect((await pro.get('/samen/groepen')).statusCode).toBe(403);
    const co = await client('co@example.test');
    expect((await co.get('/samen/groepen')).statusCode).toBe(200);
    expect(
      (
        await co.post('/samen/groepen/voorstellen', {
          soort: 'lotgenoten',
          thema: 'bestaat-niet',
          leider: leiderId,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await co.post('/samen/groepen/voorstellen', { soort: 'kring', thema: 'gezelschap', leider: leiderId }))
        .statusCode,
    ).toBe(400);
    expect(await telling('samen_groep')).toBe(0);
  });

  it('only an ervaringsdeskundige leads a lotgenotengroep; the coordinator marks who is one', async () => {
    const co = await client('co@example.test');
    await co.get('/samen/groepen');
    // Not marked yet: the lotgenoten form offers no leader, and a forced choice is refused next to the field.
    expect(co.lastHtml).toContain('Nog niemand is als ervaringsdeskundige aangegeven.');
    const geweigerd = await co.post('/samen/groepen/voorstellen', {
      soort: 'lotgenoten',
      thema: 'gezelschap',
      leider: leiderId,
    });
    expect(geweigerd.statusCode).toBe(400);
    expect(co.lastHtml).toContain('Kies iemand die ervaringsdeskundige is.');
    expect(co.lastHtml).toMatch(/id="veld-lotgenoten-leider"[^>]*aria-invalid="true"/);
    expect(await telling('samen_groep')).toBe(0);
    expect(await telling('samen_groep_lid')).toBe(0);
    // A professional who is not a coordinator cannot mark anyone.
    const pro = await client('pro@example.test');
    await pro.get('/');
    expect((await pro.post(`/samen/groepen/ervaringsdeskundigen/${leiderId}`, { ja: 'ja' })).statusCode).toBe(
      403,
    );
    expect(await telling('samen_ervaringsdeskundige')).toBe(0);
    // A resident is not a professional of the gemeente: 404; a bad value: 400; nothing written.
    expect(
      (await co.post(`/samen/groepen/ervaringsdeskundigen/${dossiers.Anna}`, { ja: 'ja' })).statusCode,
    ).toBe(404);
    const anna = await t.database.db
      .selectFrom('account')
      .select('id')
      .where('email', '=', 'anna@example.test')
      .executeTakeFirstOrThrow();
    expect((await co.post(`/samen/groepen/ervaringsdeskundigen/${anna.id}`, { ja: 'ja' })).statusCode).toBe(
      404,
    );
    expect(
      (await co.post(`/samen/groepen/ervaringsdeskundigen/${leiderId}`, { ja: 'misschien' })).statusCode,
    ).toBe(400);
    expect(await telling('samen_ervaringsdeskundige')).toBe(0);
    const ja = await co.post(`/samen/groepen/ervaringsdeskundigen/${leiderId}`, { ja: 'ja' });
    expect(ja.statusCode).toBe(303);
    expect((await co.post(`/samen/groepen/ervaringsdeskundigen/${leiderId}`, { ja: 'ja' })).statusCode).toBe(
      409,
    );
    await co.get('/samen/groepen');
    expect(co.lastHtml).toContain('Lotte Leider is ervaringsdeskundige.');
    // Unmarking and marking again work the same way.
    expect((await co.post(`/samen/groepen/ervaringsdeskundigen/${leiderId}`, { ja: 'nee' })).statusCode).toBe(
      303,
    );
    expect(await telling('samen_ervaringsdeskundige')).toBe(0);
    expect((await co.post(`/samen/groepen/ervaringsdeskundigen/${leiderId}`, { ja: 'nee' })).statusCode).toBe(
      409,
    );
    expect((await co.post(`/samen/groepen/ervaringsdeskundigen/${leiderId}`, { ja: 'ja' })).statusCode).toBe(
      303,
    );
    const rij = await t.database.db
      .selectFrom('samen_ervaringsdeskundige')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(rij.account_id).toBe(leiderId);
    expect(rij.gemarkeerd_door).not.toBeNull();
  });

  it('proposes a lotgenoten group without the paused person or the minor, at a nearby place', async () => {
    const r = await groeperen('lotgenoten', 'gezelschap');
    expect(r.statusCode).toBe(303);
    expect(String(r.headers.location)).toContain('groepen=1');
    const [groepId] = await groepVan(dossiers.Anna as string);
    expect(groepId).toBeDefined();
    const ids = (await leden(groepId as string)).map((l) => l.dossier_id);
    expect(ids.sort()).toEqual(
      ['Anna', 'Bea', 'Cas', 'Dewi', 'Eef'].map((n) => dossiers[n] as string).sort(),
    );
    expect(await groepVan(dossiers.Piet as string)).toEqual([]);
    expect(await groepVan(dossiers.Mo as string)).toEqual([]);
    const groep = await t.database.db
      .selectFrom('samen_groep')
      .selectAll()
      .where('id', '=', groepId as string)
      .executeTakeFirstOrThrow();
    expect(groep.plek_naam).toBe('Buurthuis De Linde');
    expect(groep.plek_adres).toBe('Lindelaan 1, Sg');
    // Each member's grouping data was read, and her place written, through the system path.
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select(['actie'])
      .where('dossier_id', '=', dossiers.Anna as string)
      .where('grondslag', '=', 'samen-groepen')
      .execute();
    expect(audit.map((a) => a.actie).sort()).toEqual(['create', 'read']);
    // A second run proposes no one twice.
    const nog = await groeperen('lotgenoten', 'gezelschap');
    expect(String(nog.headers.location)).toContain('groepen=0');
    expect(await telling('samen_groep')).toBe(1);
  });

  it('members see first names only; join or decline; twice → 409; contact once the group started', async () => {
    const [groepId] = await groepVan(dossiers.Anna as string);
    const pad = (n: string) => `/dossiers/${dossiers[n]}/samen/groepen`;
    const anna = await client('anna@example.test');
    await anna.get(pad('Anna'));
    expect(anna.lastHtml).toContain('Bea uit Binnenstad');
    expect(anna.lastHtml).toContain('Buurthuis De Linde');
    expect(anna.lastHtml).toContain('Lotte Leider');
    expect(anna.lastHtml).not.toContain('Telefoon:');
    expect((await anna.post(`${pad('Anna')}/${groepId}`, { keuze: 'ja' })).statusCode).toBe(303);
    const twee = await anna.post(`${pad('Anna')}/${groepId}`, { keuze: 'nee' });
    expect(twee.statusCode).toBe(409);
    expect(anna.lastHtml).toContain('Je hebt al gekozen voor deze groep.');
    expect((await leden(groepId as string)).find((l) => l.dossier_id === dossiers.Anna)?.antwoord).toBe('ja');

    const bea = await client('bea@example.test');
    await bea.get(pad('Bea'));
    expect((await bea.post(`${pad('Bea')}/${groepId}`, { keuze: 'nee' })).statusCode).toBe(303);
    for (const n of ['Cas', 'Dewi']) {
      const c = await client(`${n.toLowerCase()}@example.test`);
      await c.get(pad(n));
      expect((await c.post(`${pad(n)}/${groepId}`, { keuze: 'ja' })).statusCode).toBe(303);
    }
    // Not started yet: Eef has not chosen.
    await anna.get(pad('Anna'));
    expect(anna.lastHtml).not.toContain('Telefoon:');
    const eef = await client('eef@example.test');
    await eef.get(pad('Eef'));
    expect((await eef.post(`${pad('Eef')}/${groepId}`, { keuze: 'ja' })).statusCode).toBe(303);
    const groep = await t.database.db
      .selectFrom('samen_groep')
      .select('gestart_op')
      .where('id', '=', groepId as string)
      .executeTakeFirstOrThrow();
    expect(groep.gestart_op).not.toBeNull();

    await anna.get(pad('Anna'));
    expect(anna.lastHtml).toContain('De groep is begonnen.');
    expect(anna.lastHtml).toContain('Telefoon: 06 Cas');
    expect(anna.lastHtml).not.toContain('06 Bea');
    // Bea declined: she is no longer shown, and sees no one.
    expect(anna.lastHtml).not.toContain('Bea uit Binnenstad');
    await bea.get(pad('Bea'));
    expect(bea.lastHtml).not.toContain('Anna uit Binnenstad');
    expect(bea.lastHtml).not.toContain('Telefoon:');
    // Joining a started group after declining is refused; nothing written.
    expect((await bea.post(`${pad('Bea')}/${groepId}`, { keuze: 'ja' })).statusCode).toBe(409);
    expect((await leden(groepId as string)).find((l) => l.dossier_id === dossiers.Bea)?.antwoord).toBe('nee');
    // A neighbour never reads another's groups.
    expect((await bea.get(pad('Anna'))).statusCode).toBeGreaterThanOrEqual(403);
  });

  it('a report and a block; the coordinator removes and pauses someone, audited in her record', async () => {
    const [groepId] = await groepVan(dossiers.Anna as string);
    const pad = `/dossiers/${dossiers.Anna}/samen/groepen/${groepId}`;
    const plekDewi = (await leden(groepId as string)).findIndex((l) => l.dossier_id === dossiers.Dewi);
    const anna = await client('anna@example.test');
    await anna.get(`/dossiers/${dossiers.Anna}/samen/groepen`);
    expect((await anna.post(`${pad}/veilig`, { lid: String(plekDewi), reden: 'onveilig' })).statusCode).toBe(
      303,
    );
    const melding = await t.database.db.selectFrom('samen_melding').selectAll().executeTakeFirstOrThrow();
    expect(melding.groep_id).toBe(groepId);
    expect(melding.over_dossier_id).toBe(dossiers.Dewi);
    expect(await telling('samen_blokkade')).toBe(1);
    // Herself, or someone not in the group: refused, nothing written.
    const zelf = (await leden(groepId as string)).findIndex((l) => l.dossier_id === dossiers.Anna);
    expect((await anna.post(`${pad}/veilig`, { lid: String(zelf), reden: '' })).statusCode).toBe(409);
    expect((await anna.post(`${pad}/veilig`, { lid: '40', reden: '' })).statusCode).toBe(409);
    expect(await telling('samen_blokkade')).toBe(1);

    const co = await client('co@example.test');
    await co.get('/samen/coordinatie');
    expect(co.lastHtml).toContain('Dewi');
    await co.get('/samen/groepen');
    expect(co.lastHtml).toContain('Dewi uit Binnenstad: doet mee');
    const weg = await co.post(`/samen/groepen/${groepId}/leden/${dossiers.Dewi}`, { pauzeer: 'ja' });
    expect(weg.statusCode).toBe(303);
    expect((await leden(groepId as string)).find((l) => l.dossier_id === dossiers.Dewi)?.antwoord).toBe(
      'verwijderd',
    );
    const dewi = await t.database.db
      .selectFrom('samen_deelnemer')
      .select('gepauzeerd_op')
      .where('dossier_id', '=', dossiers.Dewi as string)
      .executeTakeFirstOrThrow();
    expect(dewi.gepauzeerd_op).not.toBeNull();
    expect(
      (await co.post(`/samen/groepen/${groepId}/leden/${dossiers.Dewi}`, { pauzeer: 'nee' })).statusCode,
    ).toBe(409);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select('item_id')
      .where('dossier_id', '=', dossiers.Dewi as string)
      .where('grondslag', '=', 'samen-coordinatie')
      .where('actie', '=', 'update')
      .execute();
    expect(audit.map((a) => a.item_id)).toEqual([`groep:${groepId}`]);
    // The meeting place: another one of the sociale kaart, a stale version → 409.
    expect(
      (await co.post(`/samen/groepen/${groepId}/plek`, { plek: 'loc-buurthuis', versie: '1' })).statusCode,
    ).toBe(303);
    expect(
      (await co.post(`/samen/groepen/${groepId}/plek`, { plek: 'loc-buurthuis', versie: '1' })).statusCode,
    ).toBe(409);
    const onbekend = await co.post(`/samen/groepen/${groepId}/plek`, { plek: 'bestaat-niet', versie: '2' });
    expect(String(onbekend.headers.location)).toContain('plek-onbekend');
  });

  it('her groups are in her download and gone with her record', async () => {
    const anna = await client('anna@example.test');
    const d = dossiers.Anna as string;
    const json = await anna.get(`/dossiers/${d}/gegevens.json`);
    expect(json.statusCode).toBe(200);
    const tekst = JSON.stringify(JSON.parse(json.body));
    expect(tekst).toContain('"soort":"lotgenoten"');
    expect(tekst).toContain('"mijnAntwoord":"ja"');
    await anna.get(`/dossiers/${d}/gegevens`);
    expect(
      (await anna.post(`/dossiers/${d}/gegevens/wissen`, { wachtwoord: PASSWORD, zeker: 'ja' })).statusCode,
    ).toBe(303);
    expect(await groepVan(d)).toEqual([]);
  });

  it('a buurtcirkel of eight; after the time to answer ran out, joining is refused and nothing written', async () => {
    const r = await groeperen('buurtcirkel', 'wandelen');
    expect(String(r.headers.location)).toContain('groepen=1');
    const [groepId] = await groepVan(dossiers.F1 as string);
    expect((await leden(groepId as string)).length).toBe(8);
    t.clock.advance(15 * DAG_MS);
    const f1 = await client('f1@example.test');
    await f1.get(`/dossiers/${dossiers.F1}/samen/groepen`);
    expect(f1.lastHtml).toContain('Deze groep gaat niet door.');
    const laat = await f1.post(`/dossiers/${dossiers.F1}/samen/groepen/${groepId}`, { keuze: 'ja' });
    expect(laat.statusCode).toBe(409);
    expect(f1.lastHtml).toContain('De tijd om te kiezen is voorbij.');
    expect((await leden(groepId as string)).every((l) => l.antwoord === 'open')).toBe(true);
  });
});
