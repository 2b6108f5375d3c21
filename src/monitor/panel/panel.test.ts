import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ENGINES } from '../../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente, createOrganisatie } from '../../demo/factories.js';
import { systeemAggregaat } from '../../regie/door/door.js';
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

  it('lets a panel worker enter a paper interview, marked assisted; the analist cannot', async () => {
    const ana = await client('ana@example.test');
    expect((await ana.get('/panel/invoer')).statusCode).toBe(403);
    const [, code] = await codes();
    const piet = await client('piet@example.test');
    expect((await piet.get('/panel/invoer')).statusCode).toBe(200);
    expect((await piet.post('/panel/invoer', { code: 'kort' })).statusCode).toBe(400);
    expect(piet.lastHtml).toContain('Vul de code van 16 tekens in');
    await piet.get('/panel/invoer');
    const door = await piet.post('/panel/invoer', {
      code: (code as string).toLowerCase().replace(/(.{4})/g, '$1-'),
    });
    expect(door.statusCode).toBe(303);
    const url = door.headers.location as string;
    expect(url).toBe(`/panel/invoer/${code}`);
    await piet.get(url);
    expect(piet.lastHtml).toContain('Je vult deze vragen in voor iemand anders');
    const eerder = () =>
      (/name="eerder" value="([^"]*)"/.exec(piet.lastHtml)?.[1] ?? '').replace(/&quot;/g, '"');
    await piet.post(url, { eerder: '{}', stap: '0', actie: 'volgende', a: 'weet-niet' });
    await piet.post(url, { eerder: eerder(), stap: '1', actie: 'volgende', a: 'genoeg-en-vraagt' });
    await piet.post(url, { eerder: eerder(), stap: '2', actie: 'volgende', wn: 'ja' });
    await piet.post(url, { eerder: eerder(), stap: '3', actie: 'volgende', a: '' });
    expect((await piet.post(url, { eerder: eerder(), stap: '4', actie: 'versturen' })).statusCode).toBe(200);
    const geholpen = await t.database.db.selectFrom('peiling_inzending').select('geholpen').execute();
    expect(geholpen.map((g) => g.geholpen).sort()).toEqual([false, true]);
    // After sending, the worker's own link shows nothing of it.
    expect((await piet.get(url)).statusCode).toBe(410);
    expect(piet.lastHtml).not.toContain('genoeg');
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
  });
});
