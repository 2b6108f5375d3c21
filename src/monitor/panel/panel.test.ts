import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ENGINES } from '../../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente, createOrganisatie } from '../../demo/factories.js';
import { sleutelring } from '../../platform/crypto/sleutelring.js';
import { systeemAggregaat } from '../../regie/door/door.js';
import { bewaarInstelling, instelling } from '../queries.js';
import { DEMO_GEBIEDEN, DEMO_WIJK_TITEL, DEMO_WIJK_VRAGEN, demoWijk } from './demo-wijk.js';
import { nieuweCode, uitnodigen } from './panel.js';
import * as q from './queries.js';
import { SEED_000_VRAGEN, seed000 } from './seed-000.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * The panel against a real database: joining (bad input writes nothing), a peiling built and
 * sent, answered one question per screen with a one-time code (reused, expired, off the scale:
 * a clear message, nothing written), the panel worker's assisted entry, answers stored apart
 * from who gave them (the schema itself is inspected), and seed 000's report through SQL.
 */
describe.each(ENGINES)('monitor panel on %s', { timeout: 600_000 }, (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  const host = { host: 'pa.test' };
  const client = async (email?: string) => {
    const c = new BrowserClient(t.app, host);
    if (email) expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const tel = async (tabel: string) =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tabel)}`.execute(t.database.db))
      .rows[0]?.n ?? 0;
  /** Posts a form with repeated fields (tick boxes), with the CSRF token of the last page. */
  const postVelden = (c: BrowserClient, url: string, velden: [string, string][]) =>
    c.post(url, {}, { payload: new URLSearchParams([['_csrf', c.csrfToken() ?? ''], ...velden]).toString() });
  /** The one-time codes of the invitation mails, read once when they are queued (the outbox forgets a sent mail's text). */
  const answerLocation = (r: { statusCode: number; headers: Record<string, unknown> }) =>
    r.statusCode === 303 ? String(r.headers.location) : String(r.statusCode);
  const emailIndex = (email: string) =>
    sleutelring().panelEmailIndexen(gemeenteId, email)[0]?.index as string;
  let uitgenodigd: string[] = [];
  const codes = async () => uitgenodigd;
  const codesInOutbox = async () =>
    (
      await t.database.db
        .selectFrom('mail_outbox')
        .select('body')
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    ).flatMap((m) => [...m.body.matchAll(/\/peiling\/([A-Z0-9]{16})/g)].map((x) => x[1] as string));

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'pa' } });
    const db = t.database.db;
    gemeenteId = (await createGemeente(db, { code: 'pa', naam: 'Pa', hostnames: ['pa.test'] })).id;
    const organisatie = (await createOrganisatie(db, gemeenteId, 'Panelteam')).id;
    for (const [email, rol] of [
      ['ana@example.test', 'analist'],
      ['bea@example.test', 'beheerder'],
      ['piet@example.test', 'professional'],
      ['henk@example.test', 'panelmedewerker'],
      ['ines@example.test', 'inwoner'],
    ] as const)
      await createAccountWithPassword(db, {
        gemeenteId,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
        ...(rol === 'professional' ? { organisatieId: organisatie } : {}),
      });
  }, 600_000);
  afterAll(async () => t.close());

  it('lets anyone join the panel after saying what happens to the answers; bad input writes nothing', async () => {
    const c = await client();
    expect((await c.get('/panel/aanmelden')).statusCode).toBe(200);
    expect(c.lastHtml).toContain('We bewaren ze los van je naam');
    expect(c.lastHtml).toContain('Je kunt altijd stoppen');
    const fout = await c.post('/panel/aanmelden', { naam: 'Noor', email: 'geen-adres' });
    expect(fout.statusCode).toBe(400);
    expect(c.lastHtml).toContain('Vul een e-mailadres in');
    expect(c.lastHtml).toContain('Zet een vinkje');
    expect(await tel('panel_lid')).toBe(0);
    for (const [naam, email] of [
      ['Noor', 'noor@example.test'],
      ['Sem', 'sem@example.test'],
      ['Lotte', 'lotte@example.test'],
    ]) {
      await c.get('/panel/aanmelden');
      expect(
        (
          await c.post('/panel/aanmelden', {
            naam: naam as string,
            email: email as string,
            toestemming: 'ja',
          })
        ).statusCode,
      ).toBe(200);
    }
    expect(await tel('panel_lid')).toBe(3);
    // Every member gets a mail with her own link to leave.
    const mails = await t.database.db.selectFrom('mail_outbox').select('body').execute();
    expect(mails.filter((m) => /\/panel\/afmelden\/[A-Z0-9]{16}/.test(m.body))).toHaveLength(3);
    // Her name and address are stored encrypted (decision 053); the same address again, in other
    // capitals, is found by its blind index: the same answer, no second member, no mail.
    const rijen = await t.database.db.selectFrom('panel_lid').selectAll().execute();
    // Nothing but the version and base64url parts, so no "@" and no plain name. (Looking for the
    // names inside the value cannot work: a short name like "Sem" turned up by chance in random
    // base64 once.)
    const versleuteld = /^v1(\.[A-Za-z0-9_-]+){3}$/;
    for (const r of rijen) {
      expect(r.naam).toMatch(versleuteld);
      expect(r.email).toMatch(versleuteld);
    }
    await c.get('/panel/aanmelden');
    expect(
      (await c.post('/panel/aanmelden', { naam: 'Noor B', email: ' Noor@Example.TEST ', toestemming: 'ja' }))
        .statusCode,
    ).toBe(200);
    expect(c.lastHtml).toContain('Bedankt! Je doet nu mee.');
    expect(await tel('panel_lid')).toBe(3);
    expect(await tel('mail_outbox')).toBe(mails.length);
    expect(
      await q.meldAan(t.database.db, {
        gemeenteId,
        naam: 'Noor',
        email: 'NOOR@example.test',
        afmeldHash: 'x',
      }),
    ).toBe(false);
    expect(await tel('panel_lid')).toBe(3);
  });

  it('lets a member leave with the link from her mail; the link then no longer works', async () => {
    const mail = await t.database.db
      .selectFrom('mail_outbox')
      .select('body')
      .where('to_address', '=', 'lotte@example.test')
      .executeTakeFirstOrThrow();
    const link = /\/panel\/afmelden\/[A-Z0-9]{16}/.exec(mail.body)?.[0] as string;
    const c = await client();
    expect((await c.get(link)).statusCode).toBe(200);
    expect(c.lastHtml).toContain('Wil je stoppen met het panel, Lotte?');
    expect((await c.post(link, {})).statusCode).toBe(200);
    expect(c.lastHtml).toContain('Je doet niet meer mee.');
    expect(await tel('panel_lid')).toBe(2);
    expect((await c.get(link)).statusCode).toBe(410);
  });

  let peilingId: string;

  it('lets the beheerder build a peiling from the catalog and the bank and invite the members', async () => {
    const bea = await client('bea@example.test');
    expect((await bea.get('/panel/peilingen')).statusCode).toBe(200);
    expect(bea.lastHtml).toContain('Geld');
    const fout = await postVelden(bea, '/panel/peilingen', [
      ['titel', ''],
      ['sluitOp', '2020-01-01'],
      ['vragen', 'bestaat-niet'],
    ]);
    expect(fout.statusCode).toBe(400);
    expect(bea.lastHtml).toContain('Geef de peiling een naam.');
    expect(bea.lastHtml).toContain('Kies minstens één vraag.');
    expect(await tel('peiling')).toBe(0);
    await bea.get('/panel/peilingen');
    const goed = await postVelden(bea, '/panel/peilingen', [
      ['titel', 'Voorjaar'],
      ['sluitOp', '2099-12-31'],
      ['vragen', 'gebied:financien'],
      ['vragen', 'netwerk'],
      ['vragen', 'hulp'],
      ['vragen', 'toelichting'],
    ]);
    expect(goed.statusCode).toBe(303);
    const p = await t.database.db.selectFrom('peiling').selectAll().executeTakeFirstOrThrow();
    peilingId = p.id;
    expect(p.vragen).toEqual(['gebied:financien', 'netwerk', 'hulp', 'toelichting']);
    await bea.get('/panel/peilingen');
    expect((await bea.post(`/panel/peilingen/${peilingId}/uitnodigen`, {})).statusCode).toBe(303);
    uitgenodigd = await codesInOutbox();
    expect(uitgenodigd).toHaveLength(2);
    // Inviting again sends nobody a second code.
    await bea.get('/panel/peilingen');
    await bea.post(`/panel/peilingen/${peilingId}/uitnodigen`, {});
    expect(await tel('peiling_uitnodiging')).toBe(2);
  });

  it('takes answers one question per screen without JavaScript; off the scale or reused: a message, nothing written', async () => {
    const [code] = await codes();
    const url = `/peiling/${code}`;
    const c = await client();
    expect((await c.get(url)).statusCode).toBe(200);
    expect(c.lastHtml).toContain('Vraag 1 van 4');
    expect(c.lastHtml).toContain('Hoe goed red je je met: geld en rekeningen?');
    // An answer outside the scale: the same question again, with a message.
    const buiten = await c.post(url, { eerder: '{}', stap: '0', actie: 'volgende', a: '7' });
    expect(buiten.statusCode).toBe(400);
    expect(c.lastHtml).toContain('Dit antwoord past niet bij de vraag.');
    // A forged earlier answer is refused as a whole.
    expect(
      (
        await c.post(url, {
          eerder: '{"gebied:financien":{"waarden":["9"],"weetNiet":false}}',
          stap: '1',
          actie: 'volgende',
        })
      ).statusCode,
    ).toBe(400);
    await c.get(url);
    await c.post(url, { eerder: '{}', stap: '0', actie: 'volgende', a: '4' });
    expect(c.lastHtml).toContain('Vraag 2 van 4');
    const eerder = () =>
      (/name="eerder" value="([^"]*)"/.exec(c.lastHtml)?.[1] ?? '').replace(/&quot;/g, '"');
    await c.post(url, { eerder: eerder(), stap: '1', actie: 'volgende', a: 'te-weinig' });
    expect(c.lastHtml).toContain('Vraag 3 van 4');
    await postVelden(c, url, [
      ['eerder', eerder()],
      ['stap', '2'],
      ['actie', 'volgende'],
      ['a', 'buren'],
      ['a', 'vrienden'],
    ]);
    expect(c.lastHtml).toContain('Vraag 4 van 4');
    await c.post(url, {
      eerder: eerder(),
      stap: '3',
      actie: 'volgende',
      a: 'Mijn buurman Henk de Vries helpt, bel 06-12345678.',
    });
    expect(c.lastHtml).toContain('Dit waren alle vragen.');
    expect(await tel('peiling_inzending')).toBe(0);
    const verstuurd = await c.post(url, { eerder: eerder(), stap: '4', actie: 'versturen' });
    expect(verstuurd.statusCode).toBe(200);
    expect(c.lastHtml).toContain('Bedankt! Je antwoorden zijn verstuurd.');
    expect(await tel('peiling_inzending')).toBe(1);
    expect(await tel('peiling_antwoord')).toBe(3);
    expect(await tel('peiling_open_antwoord')).toBe(1);
    // The open answer is stored encrypted (decision 042): the raw row holds none of her words,
    // the review step reads them back, and a ciphertext moved to another row does not decrypt.
    const rauw = await t.database.db
      .selectFrom('peiling_open_antwoord')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(rauw.tekst.startsWith('v1.')).toBe(true);
    expect(rauw.meester_id).not.toBeNull();
    for (const woord of ['Henk', 'Vries', '12345678', 'buurman']) expect(rauw.tekst).not.toContain(woord);
    const leesOpen = () =>
      systeemAggregaat(
        t.database.db,
        { reden: 'panel-beoordeling', gemeenteId, now: new Date(), actor: null },
        (toegang) => q.teBeoordelen(toegang, peilingId),
      );
    const open = await leesOpen();
    expect(open.map((o) => o.tekst)).toEqual(['Mijn buurman Henk de Vries helpt, bel 06-12345678.']);
    const ander = { ...rauw, id: '00000000-0000-4000-8000-000000000000', beoordeeld: false };
    await t.database.db.insertInto('peiling_open_antwoord').values(ander).execute();
    await expect(leesOpen()).rejects.toThrow('does not decrypt');
    await t.database.db.deleteFrom('peiling_open_antwoord').where('id', '=', ander.id).execute();
    if (engine === 'postgres') {
      const { stdout } = await promisify(execFile)(
        'pg_dump',
        ['--schema', t.database.schema as string, process.env.TEST_DATABASE_URL as string],
        { maxBuffer: 256 * 1024 * 1024 },
      );
      expect(stdout).toContain('peiling_open_antwoord');
      expect(stdout).not.toContain('Henk de Vries');
      expect(stdout).not.toContain('06-12345678');
    }
    const hulp = await t.database.db
      .selectFrom('peiling_antwoord')
      .selectAll()
      .where('vraag', '=', 'hulp')
      .executeTakeFirstOrThrow();
    expect(hulp.waarden).toEqual(['vrienden', 'buren']);
    // Used once: the link says so, and a second send writes nothing.
    expect((await c.get(url)).statusCode).toBe(410);
    expect(c.lastHtml).toContain('Een link werkt maar één keer.');
    expect((await c.post(url, { eerder: '{}', stap: '4', actie: 'versturen' })).statusCode).toBe(410);
    expect(await tel('peiling_inzending')).toBe(1);
    // The panel knows only that she no longer has to answer.
    const u = await t.database.db
      .selectFrom('peiling_uitnodiging')
      .selectAll()
      .where('gebruikt', '=', true)
      .execute();
    expect(u).toHaveLength(1);
    expect(u[0]?.lid_id).toBeNull();
  });

  it('refuses an expired code and an unknown one with a clear message', async () => {
    const [, code] = await codes();
    await t.database.db
      .updateTable('peiling_uitnodiging')
      .set({ verloopt_op: new Date('2000-01-01T00:00:00Z') })
      .where('gebruikt', '=', false)
      .execute();
    const c = await client();
    expect((await c.get(`/peiling/${code}`)).statusCode).toBe(410);
    expect(c.lastHtml).toContain('de peiling is gesloten');
    expect((await c.get('/peiling/ABCDEFGHJKMNPQRS')).statusCode).toBe(404);
    expect(c.lastHtml).toContain('Deze link of code kennen we niet.');
    await t.database.db
      .updateTable('peiling_uitnodiging')
      .set({ verloopt_op: new Date('2099-12-31T00:00:00Z') })
      .where('gebruikt', '=', false)
      .execute();
  });

  it('lets a panel worker enter a paper interview, marked assisted; neither the analist nor a professional can (decision 051)', async () => {
    const ana = await client('ana@example.test');
    expect((await ana.get('/panel/invoer')).statusCode).toBe(403);
    const [, code] = await codes();
    const piet = await client('piet@example.test');
    expect((await piet.get('/panel/invoer')).statusCode).toBe(403);
    expect((await piet.get(`/panel/invoer/${code}`)).statusCode).toBe(403);
    const henk = await client('henk@example.test');
    // Nothing else opens to the panel worker: no report, no peilingen, no beheer.
    for (const pad of ['/panel/peilingen', '/monitor', '/beheer/accounts'])
      expect((await henk.get(pad)).statusCode, pad).toBe(403);
    expect((await henk.get('/panel/invoer')).statusCode).toBe(200);
    expect((await henk.post('/panel/invoer', { code: 'kort' })).statusCode).toBe(400);
    expect(henk.lastHtml).toContain('Vul de code van 16 tekens in');
    await henk.get('/panel/invoer');
    const door = await henk.post('/panel/invoer', {
      code: (code as string).toLowerCase().replace(/(.{4})/g, '$1-'),
    });
    expect(door.statusCode).toBe(303);
    const url = door.headers.location as string;
    expect(url).toBe(`/panel/invoer/${code}`);
    await henk.get(url);
    expect(henk.lastHtml).toContain('Je vult deze vragen in voor iemand anders');
    const eerder = () =>
      (/name="eerder" value="([^"]*)"/.exec(henk.lastHtml)?.[1] ?? '').replace(/&quot;/g, '"');
    await henk.post(url, { eerder: '{}', stap: '0', actie: 'volgende', a: 'weet-niet' });
    await henk.post(url, { eerder: eerder(), stap: '1', actie: 'volgende', a: 'genoeg-en-vraagt' });
    await henk.post(url, { eerder: eerder(), stap: '2', actie: 'volgende', wn: 'ja' });
    await henk.post(url, { eerder: eerder(), stap: '3', actie: 'volgende', a: '' });
    expect((await henk.post(url, { eerder: eerder(), stap: '4', actie: 'versturen' })).statusCode).toBe(200);
    const geholpen = await t.database.db.selectFrom('peiling_inzending').select('geholpen').execute();
    expect(geholpen.map((g) => g.geholpen).sort()).toEqual([false, true]);
    // After sending, the worker's own link shows nothing of it.
    expect((await henk.get(url)).statusCode).toBe(410);
    expect(henk.lastHtml).not.toContain('genoeg');
  });

  it('stores answers apart from who gave them: no column or key leads from an answer to a member', async () => {
    const { rows: kolommen } = await sql<{ tabel: string; kolom: string; soort: string }>`
      select table_name as tabel, column_name as kolom, data_type as soort from information_schema.columns
      where table_schema = current_schema()
        and table_name in ('peiling_inzending', 'peiling_antwoord', 'peiling_open_antwoord')`.execute(
      t.database.db,
    );
    expect(kolommen.length).toBeGreaterThan(8);
    for (const k of kolommen) {
      expect(k.kolom).not.toMatch(/lid|token|account|dossier|email|naam|gebruiker|sessie|ip/);
      // No moment finer than a day, which could be matched against the moment a code was used.
      expect(k.soort).not.toMatch(/timestamp|time/);
    }
    const { rows: sleutels } = await sql<{ tabel: string; naar: string }>`
      select tc.table_name as tabel, ccu.table_name as naar
      from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
        and tc.table_name in ('peiling_inzending', 'peiling_antwoord', 'peiling_open_antwoord')`.execute(
      t.database.db,
    );
    // Up only: to the peiling, the submission and the gemeente (whose data it is), never to a member.
    expect(new Set(sleutels.map((s) => s.naar))).toEqual(
      new Set(['gemeente', 'peiling', 'peiling_inzending']),
    );
    // And the invitation keeps no time of use and nothing of the answers.
    const { rows: uitnodiging } = await sql<{ kolom: string }>`
      select column_name as kolom from information_schema.columns
      where table_schema = current_schema() and table_name = 'peiling_uitnodiging'`.execute(t.database.db);
    expect(uitnodiging.map((k) => k.kolom).sort()).toEqual([
      'gebruikt',
      'gemeente_id',
      'lid_id',
      'peiling_id',
      'token_hash',
      'verloopt_op',
    ]);
    // Who was invited (decision 032): a member and a peiling, no code, no time.
    const { rows: uitgenodigd } = await sql<{ kolom: string }>`
      select column_name as kolom from information_schema.columns
      where table_schema = current_schema() and table_name = 'peiling_uitgenodigd'`.execute(t.database.db);
    expect(uitgenodigd.map((k) => k.kolom).sort()).toEqual(['gemeente_id', 'lid_id', 'peiling_id']);
  });

  it("gives the beheerder the members' page: names, a shortened address, a new code and removing one; never an answer", async () => {
    const db = t.database.db;
    const c = await client();
    await c.get('/panel/aanmelden');
    await c.post('/panel/aanmelden', { naam: 'Fenna', email: 'fenna@example.test', toestemming: 'ja' });
    const bea = await client('bea@example.test');
    const fennaId = (
      await db
        .selectFrom('panel_lid')
        .select('id')
        .where('email_index', '=', emailIndex('fenna@example.test'))
        .executeTakeFirstOrThrow()
    ).id;
    /** The one-time codes in the mails to Fenna. */
    const codesVanFenna = async () =>
      (
        await db
          .selectFrom('mail_outbox')
          .select('body')
          .where('to_address', '=', 'fenna@example.test')
          .execute()
      ).flatMap((m) => [...m.body.matchAll(/\/peiling\/([A-Z0-9]{16})/g)].map((x) => x[1] as string));
    // Inviting again after she joined (docs/decisions/032): a code for her alone. Noor and Sem
    // answered (their codes name no member any more), and get no second code.
    const mailsVoor = await tel('mail_outbox');
    await bea.get('/panel/peilingen');
    expect((await bea.post(`/panel/peilingen/${peilingId}/uitnodigen`, {})).statusCode).toBe(303);
    expect(await tel('mail_outbox')).toBe(mailsVoor + 1);
    expect(await codesVanFenna()).toHaveLength(1);
    const oud = (await codesVanFenna())[0] as string;
    expect(await tel('peiling_uitnodiging')).toBe(3);
    expect(
      (
        await db
          .selectFrom('peiling_uitgenodigd')
          .select('lid_id')
          .where('peiling_id', '=', peilingId)
          .execute()
      ).length,
    ).toBe(3);
    // And once more: nobody.
    await bea.get('/panel/peilingen');
    await bea.post(`/panel/peilingen/${peilingId}/uitnodigen`, {});
    expect(await tel('mail_outbox')).toBe(mailsVoor + 1);
    expect((await bea.get('/beheer/panel')).statusCode).toBe(200);
    expect(bea.lastHtml).toContain('Het panel heeft 3 leden.');
    expect(bea.lastHtml).toContain('Fenna');
    const zonderAfbreken = bea.lastHtml.replace(/<wbr\s*\/?>/g, '');
    expect(zonderAfbreken).toContain('f•••@example.test');
    expect(zonderAfbreken).not.toContain('fenna@example.test');
    expect(bea.lastHtml).toContain('Voorjaar');
    expect(bea.lastHtml).toContain('Haar antwoorden blijven bewaard, zonder naam.');
    // Nobody else: not the analist, the panel worker, a professional or a resident.
    for (const email of ['ana@example.test', 'henk@example.test', 'piet@example.test', 'ines@example.test'])
      expect((await (await client(email)).get('/beheer/panel')).statusCode, email).toBe(403);
    const fenna = { id: fennaId };
    const voor = {
      leden: await tel('panel_lid'),
      uitnodigingen: await tel('peiling_uitnodiging'),
      inzendingen: await tel('peiling_inzending'),
      mails: await tel('mail_outbox'),
    };
    const zo = async () => ({
      leden: await tel('panel_lid'),
      uitnodigingen: await tel('peiling_uitnodiging'),
      inzendingen: await tel('peiling_inzending'),
      mails: await tel('mail_outbox'),
    });
    // An id that matches no member, or no id at all: a 404 that says so, nothing written.
    await bea.get('/beheer/panel');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'geen-id'])
      for (const actie of ['verwijderen', 'code']) {
        expect((await bea.post(`/beheer/panel/leden/${id}/${actie}`, {})).statusCode).toBe(404);
        expect(bea.lastHtml).toContain('Dit lid staat niet (meer) in het panel. Er is niets veranderd.');
      }
    expect(await zo()).toEqual(voor);
    // A new code: the old one no longer works, the new one does, one mail with a link.
    expect((await bea.post(`/beheer/panel/leden/${fenna.id}/code`, {})).statusCode).toBe(303);
    const nieuwe = (await codesVanFenna()).filter((x) => x !== oud);
    expect(nieuwe).toHaveLength(1);
    const nieuw = nieuwe[0] as string;
    expect(await zo()).toEqual({ ...voor, mails: voor.mails + 1 });
    expect((await c.get(`/peiling/${oud}`)).statusCode).toBe(404);
    expect((await c.get(`/peiling/${nieuw}`)).statusCode).toBe(200);
    // A member who answered everything gets the same answer, and no mail: the page tells nothing.
    const noor = await db
      .selectFrom('panel_lid')
      .select('id')
      .where('email_index', '=', emailIndex('noor@example.test'))
      .executeTakeFirstOrThrow();
    await bea.get('/beheer/panel');
    expect(answerLocation(await bea.post(`/beheer/panel/leden/${noor.id}/code`, {}))).toBe(
      '/beheer/panel?melding=code',
    );
    expect(await tel('mail_outbox')).toBe(voor.mails + 1);
    // Removing her: her membership and open code go, the answers stay; a second time is a 404.
    await bea.get('/beheer/panel');
    expect(answerLocation(await bea.post(`/beheer/panel/leden/${fenna.id}/verwijderen`, {}))).toBe(
      '/beheer/panel?melding=verwijderd',
    );
    await bea.get('/beheer/panel?melding=verwijderd');
    expect(bea.lastHtml).toContain('Het lid is uit het panel verwijderd.');
    expect(bea.lastHtml).not.toContain('Fenna');
    const na = {
      ...voor,
      leden: voor.leden - 1,
      uitnodigingen: voor.uitnodigingen - 1,
      mails: voor.mails + 1,
    };
    expect(await zo()).toEqual(na);
    expect((await c.get(`/peiling/${nieuw}`)).statusCode).toBe(404);
    expect((await bea.post(`/beheer/panel/leden/${fenna.id}/verwijderen`, {})).statusCode).toBe(404);
    expect(await zo()).toEqual(na);
    // Every look and change is in the trail, without a record.
    const spoor = await db
      .selectFrom('audit_event')
      .select(['actie', 'dossier_id'])
      .where('grondslag', '=', 'aggregaat:panel-leden')
      .execute();
    expect(spoor.length).toBeGreaterThan(5);
    expect(new Set(spoor.map((r) => r.actie))).toEqual(new Set(['read', 'update', 'delete']));
    expect(spoor.every((r) => r.dossier_id === null)).toBe(true);
  });

  it('shows the analist nothing while fewer than the minimum answered, and never an answer set', async () => {
    const ana = await client('ana@example.test');
    expect((await ana.get(`/panel/peilingen/${peilingId}`)).statusCode).toBe(200);
    expect(ana.lastHtml).toContain('Minder dan 10 mensen vulden de vragen in.');
    expect(ana.lastHtml).not.toContain('<table');
    expect((await ana.get(`/panel/peilingen/${peilingId}/rapport.csv`)).statusCode).toBe(400);
    expect((await ana.get(`/panel/peilingen/${peilingId}/rapport.pdf`)).statusCode).toBe(400);
    expect((await ana.get('/panel/peilingen')).statusCode).toBe(200);
    expect(ana.lastHtml).toContain('minder dan 10');
    const ines = await client('ines@example.test');
    expect((await ines.get(`/panel/peilingen/${peilingId}`)).statusCode).toBe(403);
  });

  it('gives nobody two codes when two invitations for the same peiling run at once', async () => {
    const db = t.database.db;
    const id = await q.maakPeiling(db, gemeenteId, {
      titel: 'Tegelijk',
      vragen: ['netwerk'],
      sluitOp: '2099-12-31',
    });
    const gemeente = await db
      .selectFrom('gemeente')
      .selectAll()
      .where('id', '=', gemeenteId)
      .executeTakeFirstOrThrow();
    const leden = await tel('panel_lid');
    expect(leden).toBeGreaterThanOrEqual(2);
    const invoer = {
      gemeente,
      peilingId: id,
      nu: new Date(),
      baseUrl: 'https://pa.test',
      locale: 'nl' as const,
    };
    const [a, b] = await Promise.all([uitnodigen(db, invoer), uitnodigen(db, invoer)]);
    expect((a ?? 0) + (b ?? 0)).toBe(leden);
    const codesPerLid = await db
      .selectFrom('peiling_uitnodiging')
      .select(['lid_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('peiling_id', '=', id)
      .groupBy('lid_id')
      .execute();
    expect(codesPerLid).toHaveLength(leden);
    expect(codesPerLid.every((r) => Number(r.n) === 1)).toBe(true);
  });

  it("reproduces seed 000's figures from the 125 fictional respondents through SQL", async () => {
    const db = t.database.db;
    const id = await q.maakPeiling(db, gemeenteId, {
      titel: 'Seed 000',
      vragen: [...SEED_000_VRAGEN],
      sluitOp: '2099-12-31',
    });
    for (const r of seed000()) await q.voegInzendingToe(db, id, { ...r, dag: '2026-11-01' });
    const ana = await client('ana@example.test');
    expect((await ana.get(`/panel/peilingen/${id}`)).statusCode).toBe(200);
    const html = ana.lastHtml;
    expect(html).toContain('125 mensen vulden de vragen in.');
    for (const stuk of [
      '71 (57%)', // men
      '54 (43%)', // women
      'Gemiddeld 49 jaar',
      '98 (78%)', // manage, whole life
      '27 (22%)',
      '78 (62%)', // money
      '100 (80%)', // daytime activities
      '96 (77%)', // family and friends
      '88 (70%)', // health
      '94 (75%)', // household
      '80 (64%)', // enough people and asks them
      '18 (14%)',
      '27 (22%)',
      '50 (40%)', // overestimated
      '31 (25%)', // never heard the word
    ])
      expect(html).toContain(stuk);
    const csv = await ana.get(`/panel/peilingen/${id}/rapport.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('"Ja, maar ik vraag ze niet om hulp",18,14,125');
    const pdf = await ana.get(`/panel/peilingen/${id}/rapport.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // Breakdowns (docs/decisions/049): the groups from the answers' own gender and age.
    expect((await ana.get(`/panel/peilingen/${id}/uitsplitsing?naar=geslacht`)).statusCode).toBe(200);
    const perGeslacht = ana.lastHtml;
    expect(perGeslacht).toContain('56 (79%)'); // men who manage
    expect(perGeslacht).toContain('42 (78%)'); // women who manage
    expect(perGeslacht).toContain('<svg');
    expect(perGeslacht).toContain('<table');
    // No page of it shows a count under the minimum (a dash instead).
    const getallen = (html: string) =>
      [...html.matchAll(/<td class="utrecht-table__cell">(\d+)/g)].map((m) => Number(m[1]));
    for (const naar of ['geslacht', 'leeftijd', 'geslacht-leeftijd']) {
      expect((await ana.get(`/panel/peilingen/${id}/uitsplitsing?naar=${naar}`)).statusCode).toBe(200);
      for (const n of getallen(ana.lastHtml)) expect(n).toBeGreaterThanOrEqual(10);
    }
    // Gender × age would show small groups: a message, no table; the CSV is refused.
    expect(ana.lastHtml).toContain('Deze verdeling tonen we niet');
    expect(ana.lastHtml).not.toContain('<table');
    expect((await ana.get(`/panel/peilingen/${id}/uitsplitsing.csv?naar=geslacht-leeftijd`)).statusCode).toBe(
      400,
    );
    const perGroepCsv = await ana.get(`/panel/peilingen/${id}/uitsplitsing.csv?naar=geslacht`);
    expect(perGroepCsv.statusCode).toBe(200);
    expect(perGroepCsv.body).toContain('Man,Redt zich (3 tot 5),56,79,71');
    // An area the panel does not ask; a breakdown that does not exist.
    expect((await ana.get(`/panel/peilingen/${id}/uitsplitsing?naar=gebied`)).statusCode).toBe(200);
    expect(ana.lastHtml).toContain('Deze peiling vraagt niet in welke wijk mensen wonen.');
    expect(ana.lastHtml).not.toContain('<table');
    expect((await ana.get(`/panel/peilingen/${id}/uitsplitsing?naar=naam`)).statusCode).toBe(400);
    expect(ana.lastHtml).toContain('Deze verdeling bestaat niet');
    expect((await ana.get(`/panel/peilingen/${id}/uitsplitsing.csv?naar=gebied`)).statusCode).toBe(400);
    // Not for a professional.
    const piet = await client('piet@example.test');
    expect((await piet.get(`/panel/peilingen/${id}/uitsplitsing?naar=geslacht`)).statusCode).toBe(403);
  });

  it("asks the area from the gemeente's own list (docs/decisions/057): none set, an area outside it, the breakdown by area", async () => {
    const db = t.database.db;
    // No areas yet: the builder says so, and a peiling with the area question is refused.
    const bea = await client('bea@example.test');
    await bea.get('/panel/peilingen');
    expect(bea.lastHtml).toContain('De gemeente heeft nog geen wijken ingesteld');
    expect(bea.lastHtml).not.toContain('value="wijk"');
    const peilingen = await tel('peiling');
    const zonder = await postVelden(bea, '/panel/peilingen', [
      ['titel', 'Wijken'],
      ['sluitOp', '2099-12-31'],
      ['vragen', 'woord'],
      ['vragen', 'wijk'],
    ]);
    expect(zonder.statusCode).toBe(400);
    expect(bea.lastHtml).toContain(
      'De vraag naar de wijk kan niet: de gemeente heeft geen wijken ingesteld.',
    );
    expect(await tel('peiling')).toBe(peilingen);

    // With the gemeente's areas the question is in the bank.
    const regels = await instelling(db, gemeenteId);
    expect(
      await bewaarInstelling(
        db,
        gemeenteId,
        { ...regels, gebieden: ['Noord', 'Zuid', ...DEMO_GEBIEDEN] },
        regels.versie,
        new Date(),
      ),
    ).toBe(true);
    await bea.get('/panel/peilingen');
    expect(bea.lastHtml).toContain('In welke wijk woon je?');
    expect(
      answerLocation(
        await postVelden(bea, '/panel/peilingen', [
          ['titel', 'Wijken'],
          ['sluitOp', '2099-12-31'],
          ['vragen', 'geslacht'],
          ['vragen', 'wijk'],
          ['vragen', 'woord'],
        ]),
      ),
    ).toBe('/panel/peilingen?melding=gemaakt');
    const p = await db
      .selectFrom('peiling')
      .selectAll()
      .where('titel', '=', 'Wijken')
      .executeTakeFirstOrThrow();
    expect(p.vragen).toEqual(['geslacht', 'wijk', 'woord']);
    const code = async () => {
      const c = nieuweCode();
      await q.maakUitnodiging(db, {
        tokenHash: c.hash,
        peilingId: p.id,
        lidId: null,
        verlooptOp: new Date('2099-12-31T23:59:59Z'),
      });
      return c.code;
    };
    const antwoorden = async () =>
      db
        .selectFrom('peiling_antwoord')
        .innerJoin('peiling_inzending', 'peiling_inzending.id', 'peiling_antwoord.inzending_id')
        .select(['vraag', 'waarden', 'weet_niet', 'geholpen'])
        .where('peiling_inzending.peiling_id', '=', p.id)
        .where('vraag', '=', 'wijk')
        .execute();

    // The member: one question per screen; an area outside the list is the same screen with a message.
    const url = `/peiling/${await code()}`;
    const c = await client();
    await c.get(url);
    const eerder = () =>
      (/name="eerder" value="([^"]*)"/.exec(c.lastHtml)?.[1] ?? '').replace(/&quot;/g, '"');
    await c.post(url, { eerder: '{}', stap: '0', actie: 'volgende', a: 'vrouw' });
    expect(c.lastHtml).toContain('Vraag 2 van 3');
    expect(c.lastHtml).toContain('In welke wijk woon je?');
    for (const optie of ['Noord', 'Zuid', 'Zeg ik liever niet', 'Weet ik niet'])
      expect(c.lastHtml).toContain(optie);
    const goed = eerder();
    const buiten = await c.post(url, { eerder: goed, stap: '1', actie: 'volgende', a: 'Atlantis' });
    expect(buiten.statusCode).toBe(400);
    expect(c.lastHtml).toContain('In welke wijk woon je?');
    expect(c.lastHtml).toContain('Dit antwoord past niet bij de vraag.');
    // A forged earlier area is refused as a whole.
    const vals = JSON.stringify({ ...JSON.parse(goed), wijk: { waarden: ['Atlantis'], weetNiet: false } });
    expect((await c.post(url, { eerder: vals, stap: '2', actie: 'versturen' })).statusCode).toBe(400);
    expect(await antwoorden()).toEqual([]);
    await c.post(url, { eerder: goed, stap: '1', actie: 'volgende', a: 'Noord' });
    expect(c.lastHtml).toContain('Vraag 3 van 3');
    await c.post(url, { eerder: eerder(), stap: '2', actie: 'volgende', a: 'ja' });
    expect((await c.post(url, { eerder: eerder(), stap: '3', actie: 'versturen' })).statusCode).toBe(200);

    // The panel worker's assisted entry: "weet ik niet" and "zeg ik liever niet" work the same way.
    const henk = await client('henk@example.test');
    for (const keuze of ['weet-niet', 'liever-niet']) {
      const hulp = `/panel/invoer/${await code()}`;
      await henk.get(hulp);
      const vorige = () =>
        (/name="eerder" value="([^"]*)"/.exec(henk.lastHtml)?.[1] ?? '').replace(/&quot;/g, '"');
      await henk.post(hulp, { eerder: '{}', stap: '0', actie: 'volgende', a: 'man' });
      expect(
        (await henk.post(hulp, { eerder: vorige(), stap: '1', actie: 'volgende', a: 'Atlantis' })).statusCode,
      ).toBe(400);
      await henk.post(hulp, { eerder: vorige(), stap: '1', actie: 'volgende', a: keuze });
      await henk.post(hulp, { eerder: vorige(), stap: '2', actie: 'volgende', a: 'nee' });
      expect((await henk.post(hulp, { eerder: vorige(), stap: '3', actie: 'versturen' })).statusCode).toBe(
        200,
      );
    }
    expect(
      (await antwoorden()).map((a) => `${a.waarden.join('')}|${a.weet_niet}|${a.geholpen}`).sort(),
    ).toEqual(['Noord|false|false', 'liever-niet|false|true', '|true|true'].sort());

    // The demo's area peiling through SQL: the breakdown by area from the answers' own area.
    const demo = await q.maakPeiling(db, gemeenteId, {
      titel: DEMO_WIJK_TITEL,
      vragen: [...DEMO_WIJK_VRAGEN],
      sluitOp: '2099-12-31',
    });
    for (const r of demoWijk()) await q.voegInzendingToe(db, demo, { ...r, dag: '2026-11-01' });
    const ana = await client('ana@example.test');
    // The report's sentence keeps an area's own name as the gemeente wrote it.
    expect((await ana.get(`/panel/peilingen/${demo}`)).statusCode).toBe(200);
    expect(ana.lastHtml).toMatch(/procent van de 190 mensen: Noord\./);
    expect(ana.lastHtml).not.toContain('mensen: noord.');
    expect((await ana.get(`/panel/peilingen/${demo}/uitsplitsing?naar=gebied`)).statusCode).toBe(200);
    expect(ana.lastHtml).toContain('<table');
    expect(ana.lastHtml).toContain('Centrum: 50 procent (50 van de 100 mensen).');
    const getallen = (html: string) =>
      [...html.matchAll(/<td class="utrecht-table__cell">(\d+)/g)].map((m) => Number(m[1]));
    expect(getallen(ana.lastHtml).length).toBeGreaterThan(0);
    for (const naar of ['gebied', 'gebied-geslacht', 'geslacht']) {
      expect((await ana.get(`/panel/peilingen/${demo}/uitsplitsing?naar=${naar}`)).statusCode, naar).toBe(
        200,
      );
      for (const n of getallen(ana.lastHtml)) expect(n, naar).toBeGreaterThanOrEqual(10);
    }
    const csv = await ana.get(`/panel/peilingen/${demo}/uitsplitsing.csv?naar=gebied`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Centrum,Ja,50,50,100');
    // Area × age is not offered (its tables are not protected): a 400 with a message.
    expect((await ana.get(`/panel/peilingen/${demo}/uitsplitsing?naar=gebied-leeftijd`)).statusCode).toBe(
      400,
    );
    expect(ana.lastHtml).toContain('Deze verdeling bestaat niet');
  });
});
