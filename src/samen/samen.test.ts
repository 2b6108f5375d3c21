import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient, zonderToeval } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import {
  createAccountWithPassword,
  createBeoordeling,
  createGemeente,
  createNetwerkPersoon,
  createOrganisatie,
  createSamenDeelnemer,
  createSamenVoorstel,
  createToegang,
} from '../demo/factories.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import { haalCoordinatorWeg, zetCoordinator } from './queries.js';

const PASSWORD = 'een lange zin als wachtwoord';
const DAG_MS = 86_400_000;

/**
 * Samen against a real database, end to end over HTTP: offering and asking (bad input writes
 * nothing), a matching round by the coordinator through the door's system path, consent (contact
 * only when both said yes, answering twice → 409), "it happened" and her picture; a decline frees
 * people for the next round, a block or report keeps them apart for good, a pause keeps someone
 * out, an expired proposal cannot be accepted; a neighbour never sees another's page; her part is
 * in her download and gone with her record.
 */
describe.each(ENGINES)('samen on %s', { timeout: 600_000 }, (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  const host = { host: 'sa.test' };
  const dossiers: Record<string, string> = {};
  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const telling = async (tabel: string) =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tabel)}`.execute(t.database.db))
      .rows[0]?.n ?? 0;
  /** Posts her part; arrays become repeated fields, as a browser sends check boxes. */
  const deel = async (c: BrowserClient, dossierId: string, velden: Record<string, string | string[]>) => {
    await c.get(`/dossiers/${dossierId}/samen`);
    const body = new URLSearchParams({ _csrf: c.csrfToken() ?? '' });
    const alles: Record<string, string | string[]> = {
      versie: '0',
      voornaam: 'X',
      wijk: 'Binnenstad',
      postcode: '3511',
      maxKm: '3',
      dagdeel: ['0', '1'],
      geboortejaar: '1970',
      telefoon: '06 11111111',
      aanbodFrequentie: 'eenmalig',
      aanbodVorm: 'een-op-een',
      ...velden,
    };
    for (const [k, v] of Object.entries(alles)) for (const w of Array.isArray(v) ? v : [v]) body.append(k, w);
    return c.post(`/dossiers/${dossierId}/samen`, {}, { payload: body.toString() });
  };
  const voorstelVan = async (dossierId: string) =>
    (
      await t.database.db
        .selectFrom('samen_lid')
        .innerJoin('samen_voorstel', 'samen_voorstel.id', 'samen_lid.voorstel_id')
        .select(['samen_lid.voorstel_id as id', 'samen_voorstel.gemaakt_op'])
        .where('samen_lid.dossier_id', '=', dossierId)
        .orderBy('samen_voorstel.gemaakt_op', 'desc')
        .execute()
    ).map((r) => r.id);
  /** A round by the coordinator (a fresh login: the tests move the clock past a session's end). */
  /** Moves the clock by days; the daily round (a durable job) that became due runs now. */
  const later = async (dagen: number) => {
    t.clock.advance(dagen * DAG_MS);
    await t.app.jobs.runDue();
  };
  const ronde = async () => {
    const coordinator = await client('co@example.test');
    await coordinator.get('/samen/coordinatie');
    const r = await coordinator.post('/samen/coordinatie/ronde', {});
    expect(r.statusCode).toBe(303);
    return String(r.headers.location);
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'sa' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'sa', naam: 'Sa', hostnames: ['sa.test'] });
    gemeenteId = gemeente.id;
    // Two PC4 centroids 1 km apart (national table; fictional values near Utrecht).
    await sql`insert into postcode (postcode, latitude, longitude, bron) values
      ('3511', 52.0907, 5.1214, 'test'), ('3512', 52.0907, 5.1360, 'test')
      on conflict (postcode) do nothing`.execute(db);
    for (const naam of ['ilse', 'bram', 'cor', 'dirk', 'eva']) {
      const a = await createAccountWithPassword(db, {
        gemeenteId,
        naam,
        email: `${naam}@example.test`,
        rol: 'inwoner',
        password: PASSWORD,
      });
      dossiers[naam] = await dossierVanInwoner(db, gemeenteId, a.id);
    }
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
    await createAccountWithPassword(db, {
      gemeenteId,
      naam: 'Pro',
      email: 'pro@example.test',
      rol: 'professional',
      password: PASSWORD,
      organisatieId: team.id,
    });
  }, 600_000);
  afterAll(async () => t.close());

  it('the coordination links are in the menu of a coordinator only; a flag taken away holds on the next request', async () => {
    /** Which of the coordinator's two links the page's menu holds. */
    const links = (html: string) =>
      ['/samen/coordinatie', '/samen/groepen'].filter((href) =>
        new RegExp(`redzaam-nav__link"\\s+href="${href}"`).test(html),
      );
    const co = await client('co@example.test');
    const pro = await client('pro@example.test');
    const ilse = await client('ilse@example.test');
    expect(links((await co.get('/')).body)).toEqual(['/samen/coordinatie', '/samen/groepen']);
    expect(links((await co.get('/samen/groepen')).body)).toEqual(['/samen/coordinatie', '/samen/groepen']);
    // A professional who is not a coordinator sees neither, and the pages still refuse her.
    expect(links((await pro.get('/')).body)).toEqual([]);
    expect((await pro.get('/samen/coordinatie')).statusCode).toBe(403);
    expect(links((await ilse.get('/')).body)).toEqual([]);
    // Taken away: the very next request of the same session shows neither link.
    const coId = (
      await t.database.db
        .selectFrom('account')
        .select('id')
        .where('email', '=', 'co@example.test')
        .executeTakeFirstOrThrow()
    ).id;
    await haalCoordinatorWeg(t.database.db, gemeenteId, coId);
    try {
      expect(links((await co.get('/')).body)).toEqual([]);
      expect((await co.get('/samen/coordinatie')).statusCode).toBe(403);
    } finally {
      await zetCoordinator(t.database.db, gemeenteId, coId);
    }
    expect(links((await co.get('/')).body)).toEqual(['/samen/coordinatie', '/samen/groepen']);
  });

  it('refuses an offer with no skill, a distance of −1 km, a minor or an unknown postcode; nothing is written', async () => {
    const ilse = await client('ilse@example.test');
    const d = dossiers.ilse as string;
    const geen = await deel(ilse, d, { voornaam: 'Ilse', maxKm: '-1' });
    expect(geen.statusCode).toBe(400);
    expect(ilse.lastHtml).toContain('Kies minstens één ding dat je kunt doen.');
    expect(ilse.lastHtml).toContain('Vul een afstand in van 0 tot 25 kilometer.');
    const jong = await deel(ilse, d, { voornaam: 'Ilse', aanbod: 'taalles', geboortejaar: '2015' });
    expect(jong.statusCode).toBe(400);
    expect(ilse.lastHtml).toContain('Samen is voor mensen van 18 jaar en ouder.');
    const onbekend = await deel(ilse, d, { voornaam: 'Ilse', aanbod: 'taalles', postcode: '9999' });
    expect(onbekend.statusCode).toBe(400);
    expect(ilse.lastHtml).toContain('Deze postcode kennen we niet.');
    expect(await telling('samen_deelnemer')).toBe(0);
    expect(await telling('samen_wens')).toBe(0);
  });

  it('matches a pair; contact only once both said yes; answering twice is refused; help confirmed', async () => {
    const ilse = await client('ilse@example.test');
    const bram = await client('bram@example.test');
    const di = dossiers.ilse as string;
    const db = dossiers.bram as string;
    expect(
      (
        await deel(ilse, di, {
          voornaam: 'Ilse',
          aanbod: 'taalles',
          vraag: 'boodschappen',
          telefoon: '06 12121212',
        })
      ).statusCode,
    ).toBe(303);
    expect(
      (
        await deel(bram, db, {
          voornaam: 'Bram',
          wijk: 'Oost',
          postcode: '3512',
          aanbod: 'boodschappen',
          vraag: 'taalles',
          telefoon: '06 34343434',
          aanbodToelichting: 'Ik heb een bakfiets.',
        })
      ).statusCode,
    ).toBe(303);
    // The free text is stored encrypted.
    const w = await t.database.db
      .selectFrom('samen_wens')
      .select('toelichting')
      .where('dossier_id', '=', db)
      .where('soort', '=', 'aanbod')
      .executeTakeFirstOrThrow();
    expect(w.toelichting).toMatch(/^v1\./);

    // A professional who is not a coordinator cannot run a round or see the page.
    const pro = await client('pro@example.test');
    expect((await pro.get('/samen/coordinatie')).statusCode).toBe(403);

    await ronde();
    const [voorstel] = await voorstelVan(di);
    expect(voorstel).toBeDefined();
    expect(await voorstelVan(db)).toEqual([voorstel]);
    const auditMatching = await t.database.db
      .selectFrom('audit_event')
      .select('grondslag')
      .where('dossier_id', '=', di)
      .where('grondslag', '=', 'samen-matching')
      .execute();
    expect(auditMatching.length).toBeGreaterThanOrEqual(2);

    await ilse.get(`/dossiers/${di}/samen`);
    expect(ilse.lastHtml).toContain('Bram uit Oost');
    expect(ilse.lastHtml).not.toContain('06 34343434');
    expect(
      (await ilse.post(`/dossiers/${di}/samen/voorstellen/${voorstel}`, { keuze: 'ja' })).statusCode,
    ).toBe(303);
    // Twice: refused with a clear message, nothing changed.
    await ilse.get(`/dossiers/${di}/samen`);
    expect(
      (await ilse.post(`/dossiers/${di}/samen/voorstellen/${voorstel}`, { keuze: 'nee' })).statusCode,
    ).toBe(409);
    expect(ilse.lastHtml).toContain('Je hebt dit voorstel al beantwoord.');
    // "It happened" before everyone said yes: refused.
    expect((await ilse.post(`/dossiers/${di}/samen/voorstellen/${voorstel}/gebeurd`, {})).statusCode).toBe(
      409,
    );
    await ilse.get(`/dossiers/${di}/samen`);
    expect(ilse.lastHtml).not.toContain('06 34343434');

    await bram.get(`/dossiers/${db}/samen`);
    expect(
      (await bram.post(`/dossiers/${db}/samen/voorstellen/${voorstel}`, { keuze: 'ja' })).statusCode,
    ).toBe(303);
    await ilse.get(`/dossiers/${di}/samen`);
    expect(ilse.lastHtml).toContain('06 34343434');
    expect(ilse.lastHtml).toContain('Iedereen zei ja');

    // Help confirmed by both sides: her own picture, plain lists.
    expect((await ilse.post(`/dossiers/${di}/samen/voorstellen/${voorstel}/gebeurd`, {})).statusCode).toBe(
      303,
    );
    await bram.get(`/dossiers/${db}/samen`);
    expect((await bram.post(`/dossiers/${db}/samen/voorstellen/${voorstel}/gebeurd`, {})).statusCode).toBe(
      303,
    );
    await ilse.get(`/dossiers/${di}/samen`);
    const beeld = ilse.lastHtml.slice(ilse.lastHtml.indexOf('id="samen-beeld"'));
    expect(beeld).toContain('Nederlands oefenen');
    expect(beeld).toContain('Boodschappen doen');

    // Busy in an accepted proposal: not proposed again.
    expect(await ronde()).toContain('voorstellen=0');
  });

  it('a neighbour sees nothing of another’s part; the coordinator sees no record', async () => {
    const cor = await client('cor@example.test');
    expect((await cor.get(`/dossiers/${dossiers.ilse}/samen`)).statusCode).toBe(403);
    expect(cor.lastHtml).not.toContain('Ilse');
    const [voorstel] = await voorstelVan(dossiers.ilse as string);
    await cor.get(`/dossiers/${dossiers.cor}/samen`);
    expect(
      (await cor.post(`/dossiers/${dossiers.ilse}/samen/voorstellen/${voorstel}`, { keuze: 'nee' }))
        .statusCode,
    ).toBe(403);
    // Cor in his own record answering a proposal he is not in: not found, nothing written.
    expect(
      (await cor.post(`/dossiers/${dossiers.cor}/samen/voorstellen/${voorstel}`, { keuze: 'nee' }))
        .statusCode,
    ).toBe(404);
    const coordinator = await client('co@example.test');
    expect((await coordinator.get(`/dossiers/${dossiers.ilse}/samen`)).statusCode).toBe(403);
  });

  it('a decline frees people for the next round; a report blocks them for good; a pause keeps someone out', async () => {
    const dirk = await client('dirk@example.test');
    let eva = await client('eva@example.test');
    const dd = dossiers.dirk as string;
    const de = dossiers.eva as string;
    expect((await deel(dirk, dd, { voornaam: 'Dirk', aanbod: 'tuin', vraag: 'computer' })).statusCode).toBe(
      303,
    );
    expect((await deel(eva, de, { voornaam: 'Eva', aanbod: 'computer', vraag: 'tuin' })).statusCode).toBe(
      303,
    );
    await ronde();
    const [eerste] = await voorstelVan(dd);
    expect(eerste).toBeDefined();
    await dirk.get(`/dossiers/${dd}/samen`);
    expect(
      (await dirk.post(`/dossiers/${dd}/samen/voorstellen/${eerste}`, { keuze: 'nee' })).statusCode,
    ).toBe(303);
    // After another's "no": closed, with a clear message; nothing written.
    await eva.get(`/dossiers/${de}/samen`);
    expect((await eva.post(`/dossiers/${de}/samen/voorstellen/${eerste}`, { keuze: 'ja' })).statusCode).toBe(
      409,
    );
    expect(eva.lastHtml).toContain('Dit voorstel gaat niet door');
    const antwoord = await t.database.db
      .selectFrom('samen_lid')
      .select('antwoord')
      .where('voorstel_id', '=', eerste as string)
      .where('dossier_id', '=', de)
      .executeTakeFirstOrThrow();
    expect(antwoord.antwoord).toBe('open');

    // Freed: proposed again in the next round — this time the daily job's (a durable job).
    await later(1);
    const [tweede] = await voorstelVan(dd);
    expect(tweede).not.toBe(eerste);

    // An expired proposal cannot be accepted.
    await later(15);
    eva = await client('eva@example.test');
    await eva.get(`/dossiers/${de}/samen`);
    expect((await eva.post(`/dossiers/${de}/samen/voorstellen/${tweede}`, { keuze: 'ja' })).statusCode).toBe(
      409,
    );
    expect(eva.lastHtml).toContain('Dit voorstel is verlopen.');

    // Expired frees them: the day's round proposed them a third time (Eva ends it with a report).
    const [derde] = await voorstelVan(de);
    expect(derde).not.toBe(tweede);
    await eva.get(`/dossiers/${de}/samen`);
    expect(eva.lastHtml).toContain('Dirk uit Binnenstad');
    const plekDirk = await t.database.db
      .selectFrom('samen_lid')
      .select('volgorde')
      .where('voorstel_id', '=', derde as string)
      .where('dossier_id', '=', dd)
      .executeTakeFirstOrThrow();
    expect(
      (
        await eva.post(`/dossiers/${de}/samen/voorstellen/${derde}/veilig`, {
          lid: String(plekDirk.volgorde),
          reden: 'onveilig',
        })
      ).statusCode,
    ).toBe(303);
    expect(await telling('samen_blokkade')).toBe(1);
    await later(15);
    expect(await ronde()).toContain('voorstellen=0');
    expect((await voorstelVan(de))[0]).toBe(derde);

    // The coordinator sees the report (first name and reason) and pauses Dirk.
    const coordinator = await client('co@example.test');
    await coordinator.get('/samen/coordinatie');
    expect(coordinator.lastHtml).toMatch(/Dirk uit Binnenstad: Ik voelde me niet veilig/);
    const melding = await t.database.db.selectFrom('samen_melding').select('id').executeTakeFirstOrThrow();
    expect(
      (await coordinator.post(`/samen/coordinatie/meldingen/${melding.id}`, { pauzeer: 'ja' })).statusCode,
    ).toBe(303);
    const dirkRij = await t.database.db
      .selectFrom('samen_deelnemer')
      .select('gepauzeerd_op')
      .where('dossier_id', '=', dd)
      .executeTakeFirstOrThrow();
    expect(dirkRij.gepauzeerd_op).not.toBeNull();
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select('grondslag')
      .where('dossier_id', '=', dd)
      .where('grondslag', '=', 'samen-coordinatie')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    // Paused: out of the round altogether (Eva, Dirk and the busy pair are not counted).
    const uit = await ronde();
    expect(uit).toContain('deelnemers=1');
  });

  it('the coordinator records identity and VOG checks (once, bad input 400); a round already running is said', async () => {
    const dirk = dossiers.dirk as string;
    const controle = async () =>
      t.database.db
        .selectFrom('samen_deelnemer')
        .select(['identiteit_gecontroleerd_op as id', 'vog_gecontroleerd_op as vog'])
        .where('dossier_id', '=', dirk)
        .executeTakeFirstOrThrow();
    const pro = await client('pro@example.test');
    expect((await pro.get('/samen/coordinatie/controle')).statusCode).toBe(403);
    const coordinator = await client('co@example.test');
    expect((await coordinator.get('/samen/coordinatie/controle')).statusCode).toBe(200);
    expect(coordinator.lastHtml).toContain('Dirk uit Binnenstad');
    expect(coordinator.lastHtml).toContain('Ik zag het identiteitsbewijs van Dirk');
    expect(coordinator.lastHtml).not.toContain('06 ');
    // A kind of check that does not exist: 400, nothing written.
    expect(
      (await coordinator.post(`/samen/coordinatie/controle/${dirk}`, { soort: 'paspoort' })).statusCode,
    ).toBe(400);
    expect(await controle()).toEqual({ id: null, vog: null });
    await coordinator.get('/samen/coordinatie/controle');
    const r = await coordinator.post(`/samen/coordinatie/controle/${dirk}`, { soort: 'identiteit' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/samen/coordinatie/controle?melding=identiteit');
    const na = await controle();
    expect(na.id).not.toBeNull();
    expect(na.vog).toBeNull();
    await coordinator.get('/samen/coordinatie/controle?melding=identiteit');
    expect(coordinator.lastHtml).toContain('De controle van de identiteit is vastgelegd.');
    expect(coordinator.lastHtml).not.toContain('Ik zag het identiteitsbewijs van Dirk');
    expect(coordinator.lastHtml).toContain('Ik zag de VOG van Dirk');
    // Twice (a stale page): 409, the first date stays.
    expect(
      (await coordinator.post(`/samen/coordinatie/controle/${dirk}`, { soort: 'identiteit' })).statusCode,
    ).toBe(409);
    expect((await controle()).id).toEqual(na.id);
    expect((await coordinator.post(`/samen/coordinatie/controle/${dirk}`, { soort: 'vog' })).statusCode).toBe(
      303,
    );
    expect((await controle()).vog).not.toBeNull();
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select('grondslag')
      .where('dossier_id', '=', dirk)
      .where('grondslag', '=', 'samen-coordinatie')
      .where('actie', '=', 'update')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);

    // Another round holds the lock (the daily job, another instance): told so, nothing written.
    await t.database.db
      .insertInto('samen_ronde_slot')
      .values({
        gemeente_id: gemeenteId,
        houder: 'andere-ronde',
        tot: new Date(t.clock.now().getTime() + 60_000),
      })
      .execute();
    const voorstellen = await telling('samen_voorstel');
    await coordinator.get('/samen/coordinatie');
    const bezig = await coordinator.post('/samen/coordinatie/ronde', {});
    expect(bezig.headers.location).toBe('/samen/coordinatie?melding=bezig');
    await coordinator.get('/samen/coordinatie?melding=bezig');
    expect(coordinator.lastHtml).toContain('Er zoekt al een ronde buren bij elkaar.');
    expect(await telling('samen_voorstel')).toBe(voorstellen);
    await t.database.db.deleteFrom('samen_ronde_slot').execute();
  });

  it('a part of life with nobody on her netwerkkaart becomes a tip for her request, for her eyes only', async () => {
    // Someone new here, so no earlier test's request changes which tips remain.
    const fien = await createAccountWithPassword(t.database.db, {
      gemeenteId,
      naam: 'fien',
      email: 'fien@example.test',
      rol: 'inwoner',
      password: PASSWORD,
    });
    const d = await dossierVanInwoner(t.database.db, gemeenteId, fien.id);
    await createNetwerkPersoon(t.database.db, {
      gemeenteId,
      dossierId: d,
      op: t.clock.now(),
      persoon: {
        naam: 'Zus',
        naamZichtbaar: true,
        relatie: 'familie',
        cirkel: 'dichtbij',
        contact: 'wekelijks',
        dichtbij: true,
        krijgt: [],
        geeft: [],
        helptBij: ['financien', 'sociale-contacten'],
        eigenProblemen: false,
        zwaarBelast: false,
        lieverNiet: false,
        lieverNietReden: null,
        kostEnergie: false,
        notitie: '',
        accountId: null,
      },
    });
    const pagina = await (await client('fien@example.test')).get(`/dossiers/${d}/samen`);
    expect(pagina.statusCode).toBe(200);
    const tips = [...pagina.body.matchAll(/Tip: op je netwerkkaart[^<]*/g)].map((m) => m[0]);
    // Her sister helps with money and with family and friends: the tips are the next two parts of life.
    expect(tips).toEqual([
      'Tip: op je netwerkkaart staat niemand die je helpt bij Huishouden. Buren kunnen je misschien helpen met: Boodschappen doen, Klusjes in huis, Koken of samen eten.',
      'Tip: op je netwerkkaart staat niemand die je helpt bij Wonen. Buren kunnen je misschien helpen met: Klusjes in huis, Tuin bijhouden.',
    ]);
    // Nothing of her map reaches another resident (the page is hers alone).
    const dirk = await client('dirk@example.test');
    expect((await dirk.get(`/dossiers/${d}/samen`)).statusCode).toBeGreaterThanOrEqual(403);
  });

  it('her own levensgebieden say money is not going well: a tip she takes with one button, gone once she asks', async () => {
    const gijs = await createAccountWithPassword(t.database.db, {
      gemeenteId,
      naam: 'gijs',
      email: 'gijs@example.test',
      rol: 'inwoner',
      password: PASSWORD,
    });
    const d = await dossierVanInwoner(t.database.db, gemeenteId, gijs.id);
    // An older round said money went fine; her latest says it does not go at all.
    await createBeoordeling(t.database.db, {
      gemeenteId,
      dossierId: d,
      auteurId: gijs.id,
      perspectief: 'eigen',
      afgerondAt: new Date(t.clock.now().getTime() - 60 * DAG_MS),
      antwoorden: { financien: 5, wonen: 4 },
    });
    await createBeoordeling(t.database.db, {
      gemeenteId,
      dossierId: d,
      auteurId: gijs.id,
      perspectief: 'eigen',
      afgerondAt: new Date(t.clock.now().getTime() - DAG_MS),
      antwoorden: { financien: 1 },
    });
    const c = await client('gijs@example.test');
    const pagina = await c.get(`/dossiers/${d}/samen`);
    expect(pagina.statusCode).toBe(200);
    const tips = [...pagina.body.matchAll(/Tip: je zei[^<]*/g)].map((m) => m[0]);
    expect(tips).toEqual([
      'Tip: je zei dat het niet goed gaat met Geld en rekeningen. Buren kunnen je misschien helpen met: Helpen met post en papieren.',
    ]);
    // The button is a GET back to her page: the skill ticked in her request, nothing saved.
    expect(pagina.body).toContain('name="tip" value="administratie"');
    const genomen = await c.get(`/dossiers/${d}/samen?tip=administratie&tip=onbekend`);
    expect(genomen.statusCode).toBe(200);
    expect(genomen.body).toMatch(/name="vraag" value="administratie"[^>]*checked/);
    expect(genomen.body).not.toContain('value="onbekend"');
    expect(
      await t.database.db
        .selectFrom('samen_deelnemer')
        .select('dossier_id')
        .where('dossier_id', '=', d)
        .execute(),
    ).toEqual([]);
    // She asks for it and saves: the tip is gone.
    expect(
      (
        await deel(c, d, {
          voornaam: 'Gijs',
          aanbod: 'koken',
          vraag: 'administratie',
          vraagFrequentie: 'eenmalig',
          vraagVorm: 'een-op-een',
        })
      ).statusCode,
    ).toBe(303);
    const daarna = await c.get(`/dossiers/${d}/samen`);
    expect(daarna.body).not.toContain('Tip: je zei');
    // Never computed for anyone else: another resident does not get past the door.
    const dirk = await client('dirk@example.test');
    expect((await dirk.get(`/dossiers/${d}/samen`)).statusCode).toBeGreaterThanOrEqual(403);
  });

  it('her choice puts the neighbours she exchanged confirmed help with on her netwerkkaart, for her eyes only', async () => {
    const db = t.database.db;
    const maak = async (naam: string, rol: 'inwoner' | 'professional' = 'inwoner') => {
      const a = await createAccountWithPassword(db, {
        gemeenteId,
        naam,
        email: `${naam}@example.test`,
        rol,
        password: PASSWORD,
        ...(rol === 'professional'
          ? { organisatieId: (await createOrganisatie(db, gemeenteId, 'Wijkteam')).id }
          : {}),
      });
      return { id: a.id, d: rol === 'inwoner' ? await dossierVanInwoner(db, gemeenteId, a.id) : '' };
    };
    const [hanna, ivo, jet, pro] = [
      await maak('hanna'),
      await maak('ivo'),
      await maak('jet'),
      await maak('wijkpro', 'professional'),
    ];
    const op = new Date(t.clock.now().getTime() - 20 * DAG_MS);
    const wens = (vaardigheden: string[]) => ({
      vaardigheden,
      toelichting: '',
      frequentie: 'eenmalig' as const,
      vorm: 'een-op-een' as const,
    });
    for (const [wie, voornaam, aanbod, vraag] of [
      [hanna, 'Hanna', 'taalles', 'klusjes'],
      [ivo, 'Ivo', 'klusjes', 'taalles'],
      [jet, 'Jet', 'tuin', 'koken'],
    ] as const)
      await createSamenDeelnemer(db, {
        gemeenteId,
        dossierId: wie.d,
        op,
        profiel: {
          voornaam,
          wijk: 'Binnenstad',
          postcode: '3511',
          lat: 52.0907,
          lon: 5.1214,
          maxKm: 3,
          dagdelen: 3,
          geboortejaar: 1970,
          geslacht: null,
          alleenVrouwen: false,
          contact: { telefoon: '06 12345678' },
          aanbod: wens([aanbod]),
          vraag: wens([vraag]),
        },
      });
    // Hanna and Ivo: both said it happened, both ways. Hanna and Jet: only Hanna said so — not on her map.
    const gebeurd = new Date(t.clock.now().getTime() - 5 * DAG_MS);
    const verloopt = new Date(op.getTime() + 14 * DAG_MS);
    await createSamenVoorstel(db, {
      gemeenteId,
      id: '5a3e0000-0000-4000-8000-0000000000a1',
      soort: 'paar',
      op,
      verlooptOp: verloopt,
      leden: [
        { dossierId: hanna.d, antwoord: 'ja', geeft: [{ naar: ivo.d, vaardigheid: 'taalles' }], gebeurd },
        { dossierId: ivo.d, antwoord: 'ja', geeft: [{ naar: hanna.d, vaardigheid: 'klusjes' }], gebeurd },
      ],
    });
    await createSamenVoorstel(db, {
      gemeenteId,
      id: '5a3e0000-0000-4000-8000-0000000000a2',
      soort: 'eenrichting',
      op,
      verlooptOp: verloopt,
      leden: [
        { dossierId: jet.d, antwoord: 'ja', geeft: [] },
        { dossierId: hanna.d, antwoord: 'ja', geeft: [{ naar: jet.d, vaardigheid: 'taalles' }], gebeurd },
      ],
    });
    // A professional with a grant on her netwerkkaart, not on her Samen part.
    await createToegang(db, {
      gemeenteId,
      dossierId: hanna.d,
      granteeAccountId: pro.id,
      createdBy: hanna.id,
      eindigtOp: null,
      niveaus: { netwerk: 'lezen' },
    });
    const kaart = async (c: BrowserClient) => {
      const r = await c.get(`/dossiers/${hanna.d}/netwerk`);
      expect(r.statusCode).toBe(200);
      return r.body;
    };
    const h = await client('hanna@example.test');
    // Off unless she turns it on.
    expect(await kaart(h)).not.toContain('Via Samen');
    await h.get(`/dossiers/${hanna.d}/samen`);
    expect(h.lastHtml).toContain('Buren van Samen op je netwerkkaart');
    expect(h.lastHtml).toMatch(/name="keuze"[^>]*value="nee"[^>]*checked/);
    expect((await h.post(`/dossiers/${hanna.d}/samen/netwerkkaart`, { keuze: 'misschien' })).statusCode).toBe(
      400,
    );
    await h.get(`/dossiers/${hanna.d}/samen`);
    const aan = await h.post(`/dossiers/${hanna.d}/samen/netwerkkaart`, { keuze: 'ja' });
    expect(aan.statusCode).toBe(303);
    expect(aan.headers.location).toBe(`/dossiers/${hanna.d}/samen?melding=netwerkkaart`);
    const html = await kaart(h);
    // In the list (the picture's text alternative) and in the picture, as its own group.
    expect(html).toContain('Via Samen (1)');
    expect(html).toContain('Jij hielp met: Nederlands oefenen');
    expect(html).toContain('Hielp jou met: Klusjes in huis');
    expect(html).toMatch(
      /<g class="redzaam-ecomap__verbinding" data-id="samen-samen-1"[^>]*data-groep="samen"/,
    );
    expect(html).toContain('Ivo');
    expect(zonderToeval(html)).not.toContain('Jet');
    // Her download says what she chose.
    expect((await h.get(`/dossiers/${hanna.d}/gegevens.json`)).body).toMatch(/"opNetwerkkaart":\s*true/);
    // The professional may read her map, not her Samen part: no Samen people for him.
    const p = await client('wijkpro@example.test');
    const voorPro = await kaart(p);
    expect(voorPro).not.toContain('Via Samen');
    expect(zonderToeval(voorPro)).not.toContain('Ivo');
    // Off again: gone.
    await h.get(`/dossiers/${hanna.d}/samen`);
    expect((await h.post(`/dossiers/${hanna.d}/samen/netwerkkaart`, { keuze: 'nee' })).statusCode).toBe(303);
    expect(await kaart(h)).not.toContain('Via Samen');
    // Another resident cannot set it for her.
    const dirk = await client('dirk@example.test');
    await dirk.get('/mijn-samen');
    expect(
      (await dirk.post(`/dossiers/${hanna.d}/samen/netwerkkaart`, { keuze: 'ja' })).statusCode,
    ).toBeGreaterThanOrEqual(403);
  });

  it('her part is in her download and gone when her record is erased', async () => {
    const eva = await client('eva@example.test');
    const de = dossiers.eva as string;
    const json = await eva.get(`/dossiers/${de}/gegevens.json`);
    expect(json.statusCode).toBe(200);
    const data = JSON.parse(json.body) as { secties: Record<string, unknown> } | Record<string, unknown>;
    expect(JSON.stringify(data)).toContain('"doetMee":true');
    expect(JSON.stringify(data)).toContain('Eva');
    await eva.get(`/dossiers/${de}/gegevens`);
    expect(
      (await eva.post(`/dossiers/${de}/gegevens/wissen`, { wachtwoord: PASSWORD, zeker: 'ja' })).statusCode,
    ).toBe(303);
    const rest = await t.database.db
      .selectFrom('samen_deelnemer')
      .select('dossier_id')
      .where('dossier_id', '=', de)
      .execute();
    expect(rest).toEqual([]);
  });
});
