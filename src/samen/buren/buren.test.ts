import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../../tests/support/browser-client.js';
import { mailText, startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ENGINES } from '../../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente, createOrganisatie } from '../../demo/factories.js';
import { dossierVanInwoner } from '../../regie/door/door.js';
import { zetCoordinator } from '../queries.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * Neighbours and volunteers without a resident's record (decision 048), end to end over HTTP on
 * both engines: the public sign-up (bad input next to the field, under 18 refused, nothing
 * written; the same answer for a known address), the coordinator's approval (account, light
 * record, mail; twice → 409, nothing written) and refusal (details emptied, audited), the
 * invitation; then the volunteer sets her password, fills in her offer (no request kept), is
 * left out of a round until identity and VOG are checked and then matched one way with a
 * resident; the door opens only her Samen part and nothing of anyone else's record.
 */
describe.each(ENGINES)('samen: neighbours without a record on %s', { timeout: 600_000 }, (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  const host = { host: 'sb.test' };
  let corDossier = '';
  let mailsGezien = 0;
  const client = async (email: string, wachtwoord = PASSWORD) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, wachtwoord)).statusCode).toBe(303);
    return c;
  };
  const telling = async (tabel: string) =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tabel)}`.execute(t.database.db))
      .rows[0]?.n ?? 0;
  const nieuweMails = async () => {
    const alle = await t.readOutbox();
    const vers = alle.slice(mailsGezien);
    mailsGezien = alle.length;
    return vers.map(mailText);
  };
  const aanmelden = async (velden: Record<string, string>) => {
    const c = new BrowserClient(t.app, host);
    await c.get('/samen/aanmelden');
    return { c, r: await c.post('/samen/aanmelden', velden) };
  };
  const deel = async (c: BrowserClient, dossierId: string, velden: Record<string, string | string[]>) => {
    await c.get(`/dossiers/${dossierId}/samen`);
    const body = new URLSearchParams({ _csrf: c.csrfToken() ?? '' });
    const alles: Record<string, string | string[]> = {
      versie: '0',
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
  const aanmeldingIds = async () =>
    (
      await t.database.db
        .selectFrom('samen_aanmelding')
        .select(['id', 'besluit'])
        .orderBy('aangemeld_op')
        .orderBy('id')
        .execute()
    ).map((r) => r.id);

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'sb' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'sb', naam: 'Sb', hostnames: ['sb.test'] });
    gemeenteId = gemeente.id;
    await sql`insert into postcode (postcode, latitude, longitude, bron) values
      ('3511', 52.0907, 5.1214, 'test'), ('3512', 52.0907, 5.1360, 'test')
      on conflict (postcode) do nothing`.execute(db);
    const cor = await createAccountWithPassword(db, {
      gemeenteId,
      naam: 'Cor',
      email: 'cor@example.test',
      rol: 'inwoner',
      password: PASSWORD,
    });
    corDossier = await dossierVanInwoner(db, gemeenteId, cor.id);
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
    await nieuweMails();
  }, 600_000);
  afterAll(async () => t.close());

  it('refuses a sign-up with missing or bad fields, under 18 or an unknown postcode, next to the field; nothing is written', async () => {
    const open = await new BrowserClient(t.app, host).get('/samen/aanmelden');
    expect(open.statusCode).toBe(200);
    const leeg = await aanmelden({});
    expect(leeg.r.statusCode).toBe(400);
    for (const tekst of [
      'Vul je voornaam in.',
      'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
      'Vul de 4 cijfers van je postcode in, zoals 1234.',
      'Vul je geboortejaar in met 4 cijfers, zoals 1980.',
      'Kies wat je wilt doen.',
    ])
      expect(leeg.c.lastHtml).toContain(tekst);
    const jaar = new Date(t.clock.now()).getUTCFullYear();
    const jong = await aanmelden({
      voornaam: 'Kim',
      email: 'kim@example.test',
      postcode: '3511',
      geboortejaar: String(jaar - 17),
      soort: 'vrijwilliger',
    });
    expect(jong.r.statusCode).toBe(400);
    expect(jong.c.lastHtml).toContain('Je moet 18 jaar of ouder zijn om mee te doen.');
    // Her input stays in the form.
    expect(jong.c.lastHtml).toContain('value="kim@example.test"');
    const onbekend = await aanmelden({
      voornaam: 'Kim',
      email: 'kim@example.test',
      postcode: '9999',
      geboortejaar: '1980',
      soort: 'vrijwilliger',
    });
    expect(onbekend.r.statusCode).toBe(400);
    expect(onbekend.c.lastHtml).toContain('Deze postcode kennen we niet.');
    expect(await telling('samen_aanmelding')).toBe(0);
  });

  it('stores a sign-up encrypted and answers the same for a known address; only the coordinator sees the list', async () => {
    const vera = await aanmelden({
      voornaam: 'Vera',
      email: 'Vera@Example.test',
      postcode: '3511 AB',
      geboortejaar: '1980',
      soort: 'vrijwilliger',
    });
    const bekend = await aanmelden({
      voornaam: 'Cor',
      email: 'cor@example.test',
      postcode: '3512',
      geboortejaar: '1960',
      soort: 'buurtbewoner',
    });
    expect(vera.r.statusCode).toBe(200);
    expect(bekend.r.statusCode).toBe(200);
    const zonderToken = (html: string) => html.replace(/value="[^"]*"/g, '').replace(/nonce="[^"]*"/g, '');
    expect(zonderToken(vera.r.body)).toBe(zonderToken(bekend.r.body));
    expect(vera.r.body).toContain('We hebben je aanmelding.');
    const rijen = await t.database.db.selectFrom('samen_aanmelding').selectAll().execute();
    expect(rijen).toHaveLength(2);
    for (const r of rijen) {
      expect(r.gegevens).toMatch(/^v1\./);
      expect(r.gegevens).not.toContain('Vera');
    }
    // No mail and no account before a decision.
    expect(await nieuweMails()).toHaveLength(0);
    expect(
      await t.database.db.selectFrom('account').where('email', '=', 'vera@example.test').execute(),
    ).toHaveLength(0);

    expect((await new BrowserClient(t.app, host).get('/samen/coordinatie/aanmeldingen')).statusCode).toBe(
      401,
    );
    expect((await (await client('pro@example.test')).get('/samen/coordinatie/aanmeldingen')).statusCode).toBe(
      403,
    );
    expect((await (await client('cor@example.test')).get('/samen/coordinatie/aanmeldingen')).statusCode).toBe(
      403,
    );
    const co = await client('co@example.test');
    const lijst = await co.get('/samen/coordinatie/aanmeldingen');
    expect(lijst.statusCode).toBe(200);
    expect(lijst.body).toContain('Vera, postcode 3511');
    expect(lijst.body).toContain('Cor, postcode 3512');
  });

  it('approves once (account, light record, mail; twice → 409, nothing written), refuses with the details emptied', async () => {
    const [veraId, corId] = (await aanmeldingIds()) as [string, string];
    const co = await client('co@example.test');
    await co.get('/samen/coordinatie/aanmeldingen');
    // Not a coordinator: refused, nothing written.
    const pro = await client('pro@example.test');
    await pro.get('/mijn-overzicht');
    expect((await pro.post(`/samen/coordinatie/aanmeldingen/${veraId}`, { keuze: 'ja' })).statusCode).toBe(
      403,
    );
    expect(
      (await co.post(`/samen/coordinatie/aanmeldingen/${veraId}`, { keuze: 'misschien' })).statusCode,
    ).toBe(400);
    const ja = await co.post(`/samen/coordinatie/aanmeldingen/${veraId}`, { keuze: 'ja' });
    expect(ja.statusCode).toBe(303);
    expect(ja.headers.location).toBe('/samen/coordinatie/aanmeldingen?melding=goedgekeurd');
    const account = await t.database.db
      .selectFrom('account')
      .select(['id', 'rol', 'naam'])
      .where('email', '=', 'vera@example.test')
      .executeTakeFirstOrThrow();
    expect(account).toMatchObject({ rol: 'buur', naam: 'Vera' });
    const buur = await t.database.db.selectFrom('samen_buur').selectAll().executeTakeFirstOrThrow();
    expect(buur.soort).toBe('vrijwilliger');
    const rij = await t.database.db
      .selectFrom('samen_aanmelding')
      .selectAll()
      .where('id', '=', veraId)
      .executeTakeFirstOrThrow();
    expect(rij).toMatchObject({ besluit: 'goedgekeurd', gegevens: null });
    // Audited in her own record, as the coordinator.
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select(['grondslag', 'item_id', 'dossier_id'])
      .where('dossier_id', '=', buur.dossier_id)
      .execute();
    expect(audit).toContainEqual(
      expect.objectContaining({ grondslag: 'samen-coordinatie', item_id: `aanmelding:${veraId}` }),
    );
    const mails = await nieuweMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('vera@example.test');

    const accounts = await telling('account');
    await co.get('/samen/coordinatie/aanmeldingen');
    const nogEens = await co.post(`/samen/coordinatie/aanmeldingen/${veraId}`, { keuze: 'ja' });
    expect(nogEens.statusCode).toBe(409);
    expect(nogEens.body).toContain('Over deze aanmelding is al besloten.');
    // An address with an account already: 409, nothing written, the sign-up still waits.
    const bestaand = await co.post(`/samen/coordinatie/aanmeldingen/${corId}`, { keuze: 'ja' });
    expect(bestaand.statusCode).toBe(409);
    expect(bestaand.body).toContain('Dit e-mailadres heeft al een account.');
    expect(await telling('account')).toBe(accounts);
    expect(await telling('samen_buur')).toBe(1);
    expect(await nieuweMails()).toHaveLength(0);
    const unknown = await co.post('/samen/coordinatie/aanmeldingen/00000000-0000-4000-8000-000000000000', {
      keuze: 'ja',
    });
    expect(unknown.statusCode).toBe(404);

    const nee = await co.post(`/samen/coordinatie/aanmeldingen/${corId}`, { keuze: 'nee' });
    expect(nee.statusCode).toBe(303);
    expect(
      await t.database.db
        .selectFrom('samen_aanmelding')
        .selectAll()
        .where('id', '=', corId)
        .executeTakeFirstOrThrow(),
    ).toMatchObject({ besluit: 'geweigerd', gegevens: null, meester_id: null });
    const weigering = await t.database.db
      .selectFrom('audit_event')
      .select(['grondslag', 'dossier_id'])
      .where('item_id', '=', `aanmelding:${corId}`)
      .execute();
    expect(weigering).toEqual([{ grondslag: 'samen-coordinatie:geweigerd', dossier_id: null }]);
    // She hears it, without a reason; the mail holds her first name and nothing else of hers.
    const [bericht, ...rest] = await nieuweMails();
    expect(rest).toHaveLength(0);
    expect(bericht).toContain('Je aanmelding voor Samen');
    expect(bericht).toContain('Dat kan nu helaas niet. We hebben je gegevens gewist.');
    expect(bericht).toContain('To: cor@example.test');
    expect(bericht).toContain('Hallo Cor,');
    // The body only: the headers hold a random Message-ID that may contain any four digits.
    const tekst = (bericht ?? '')
      .split(/\r?\n\r?\n/)
      .slice(1)
      .join('\n');
    expect(tekst).toContain('Hallo Cor,');
    expect(tekst).not.toContain('3512');
    expect(tekst).not.toContain('1960');
    await co.get('/samen/coordinatie/aanmeldingen');
    expect((await co.post(`/samen/coordinatie/aanmeldingen/${corId}`, { keuze: 'nee' })).statusCode).toBe(
      409,
    );
  });

  it('the volunteer sets her password, sees only Samen, gives only, and is matched one way once identity and VOG are checked', async () => {
    // Her link from the approval mail.
    const alle = (await t.readOutbox()).map(mailText);
    const token = /\/wachtwoord-instellen\/([A-Za-z0-9_-]{43})/.exec(
      alle.find((m) => m.includes('vera@example.test')) ?? '',
    )?.[1] as string;
    const b = new BrowserClient(t.app, host);
    await b.get(`/wachtwoord-instellen/${token}`);
    expect(
      (await b.post(`/wachtwoord-instellen/${token}`, { wachtwoord: PASSWORD, herhaal: PASSWORD }))
        .statusCode,
    ).toBe(303);
    const vera = await client('vera@example.test');
    const mijn = await vera.get('/mijn-samen');
    expect(mijn.statusCode).toBe(303);
    const eigen = /\/dossiers\/([0-9a-f-]{36})\/samen/.exec(String(mijn.headers.location))?.[1] as string;
    const pagina = await vera.get(`/dossiers/${eigen}/samen`);
    expect(pagina.statusCode).toBe(200);
    expect(pagina.body).toContain('Je doet mee als vrijwilliger');
    expect(pagina.body).not.toContain('Waar wil je hulp bij?');
    // The menu: Samen, not a resident's life domains.
    expect(pagina.body).toContain('href="/mijn-samen"');
    expect(pagina.body).not.toContain('href="/mijn-levensgebieden"');

    // Her offer; a request she might send anyway is not kept.
    const bewaard = await deel(vera, eigen, { voornaam: 'Vera', aanbod: 'boodschappen', vraag: 'taalles' });
    expect(bewaard.statusCode).toBe(303);
    const wensen = await t.database.db
      .selectFrom('samen_wens')
      .select('soort')
      .where('dossier_id', '=', eigen)
      .execute();
    expect(wensen).toEqual([{ soort: 'aanbod' }]);

    // The door: her Samen part and her record as a whole, nothing else of hers, nothing of anyone else's.
    expect((await vera.get(`/dossiers/${eigen}/levensgebieden`)).statusCode).toBe(403);
    expect((await vera.get(`/dossiers/${eigen}/plan`)).statusCode).toBe(403);
    expect((await vera.get(`/dossiers/${eigen}/gegevens`)).statusCode).toBe(200);
    expect((await vera.get(`/dossiers/${corDossier}/samen`)).statusCode).toBe(403);
    expect((await vera.get(`/dossiers/${corDossier}`)).statusCode).toBe(403);
    expect((await vera.get('/mijn-gegevens')).statusCode).toBe(403);
    expect((await vera.get('/samen/coordinatie')).statusCode).toBe(403);

    const cor = await client('cor@example.test');
    expect(
      (
        await deel(cor, corDossier, {
          voornaam: 'Cor',
          postcode: '3512',
          aanbod: 'taalles',
          vraag: 'boodschappen',
        })
      ).statusCode,
    ).toBe(303);
    const co = await client('co@example.test');
    const ronde = async () => {
      await co.get('/samen/coordinatie');
      return String((await co.post('/samen/coordinatie/ronde', {})).headers.location);
    };
    // No VOG yet: a volunteer is left out.
    expect(await ronde()).toContain('voorstellen=0');
    await co.get('/samen/coordinatie/controle');
    expect((await co.post(`/samen/coordinatie/controle/${eigen}`, { soort: 'identiteit' })).statusCode).toBe(
      303,
    );
    await co.get('/samen/coordinatie/controle');
    expect((await co.post(`/samen/coordinatie/controle/${eigen}`, { soort: 'vog' })).statusCode).toBe(303);
    expect(await ronde()).toContain('voorstellen=1');
    const voorstel = await t.database.db
      .selectFrom('samen_voorstel')
      .innerJoin('samen_hulp', 'samen_hulp.voorstel_id', 'samen_voorstel.id')
      .select([
        'samen_voorstel.soort',
        'samen_hulp.van_dossier_id',
        'samen_hulp.naar_dossier_id',
        'samen_hulp.vaardigheid',
      ])
      .execute();
    expect(voorstel).toEqual([
      {
        soort: 'eenrichting',
        van_dossier_id: eigen,
        naar_dossier_id: corDossier,
        vaardigheid: 'boodschappen',
      },
    ]);
    // She sees Cor's first name in her proposal, and her part is in her download.
    const metVoorstel = await vera.get(`/dossiers/${eigen}/samen`);
    expect(metVoorstel.body).toContain('Cor');
    const download = await vera.get(`/dossiers/${eigen}/gegevens.json`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toMatch(/"soort": "vrijwilliger"/);
  });

  it('the coordinator invites a neighbour: bad input next to the field, then an account that shows only Samen', async () => {
    const co = await client('co@example.test');
    await co.get('/samen/coordinatie/aanmeldingen');
    const fout = await co.post('/samen/coordinatie/uitnodigen', {
      voornaam: 'Noor',
      email: 'geen-adres',
      soort: '',
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('Vul een e-mailadres in, zoals naam@voorbeeld.nl.');
    expect(fout.body).toContain('Kies wat je wilt doen.');
    const bestaat = await co.post('/samen/coordinatie/uitnodigen', {
      voornaam: 'Cor',
      email: 'cor@example.test',
      soort: 'buurtbewoner',
    });
    expect(bestaat.statusCode).toBe(400);
    expect(bestaat.body).toContain('Dit e-mailadres heeft al een account.');
    const ok = await co.post('/samen/coordinatie/uitnodigen', {
      voornaam: 'Noor',
      email: 'noor@example.test',
      soort: 'buurtbewoner',
    });
    expect(ok.statusCode).toBe(303);
    const noor = await t.database.db
      .selectFrom('account')
      .innerJoin('dossier', 'dossier.inwoner_account_id', 'account.id')
      .innerJoin('samen_buur', 'samen_buur.dossier_id', 'dossier.id')
      .select(['account.rol', 'samen_buur.soort'])
      .where('account.email', '=', 'noor@example.test')
      .executeTakeFirstOrThrow();
    expect(noor).toEqual({ rol: 'buur', soort: 'buurtbewoner' });
  });
  it('counts complete sign-ups per address: over the limit → 429 with the input kept, nothing written', async () => {
    const voor = await telling('samen_aanmelding');
    // Two complete sign-ups were sent above; eight more reach the limit of ten an hour.
    for (let i = 0; i < 8; i++)
      expect(
        (
          await aanmelden({
            voornaam: `Buur${i}`,
            email: `buur${i}@example.test`,
            postcode: '3511',
            geboortejaar: '1975',
            soort: 'buurtbewoner',
          })
        ).r.statusCode,
      ).toBe(200);
    const teVeel = await aanmelden({
      voornaam: 'Laat',
      email: 'laat@example.test',
      postcode: '3511',
      geboortejaar: '1975',
      soort: 'buurtbewoner',
    });
    expect(teVeel.r.statusCode).toBe(429);
    expect(teVeel.c.lastHtml).toContain('Probeer het over een uur nog eens.');
    expect(teVeel.c.lastHtml).toContain('value="laat@example.test"');
    expect(await telling('samen_aanmelding')).toBe(voor + 8);
  });
});
