import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { mailText, startTestApp, type TestApp, testClock } from '../../tests/support/test-app.js';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente, createToegang } from '../demo/factories.js';
import type { FhirResource } from '../platform/fhir/types.js';
import { valideerFhir } from '../platform/fhir/validate.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import { QUESTIONNAIRE_URL } from './fhir.js';
import type { exporteerWaakvlam } from './sectie.js';

const PASSWORD = 'een lange zin als wachtwoord';
const MELDING_ONDERWERP = 'Er staat een bericht voor je klaar';

/**
 * The waakvlam against a real database: the plan (bad input, stale form), a check-in mailed by
 * the job and answered from its link without a session, the phase rising to "let op" and the
 * chosen person told exactly once across a real restart of the app, links reused, expired or
 * for another record (nothing written), who sees what, scaling down, export, FHIR and erasure.
 */
describe.each(ENGINES)('waakvlam on %s', (engine) => {
  let database: TestDatabase;
  let t: TestApp;
  const clock = testClock();
  let gemeenteId: string;
  let dossierId: string;
  let anderDossierId: string;
  let bramId: string;
  let lezerId: string;
  const host = { host: 'wv.test' };
  const basis = () => `/dossiers/${dossierId}/waakvlam`;

  const start = async () => startTestApp(engine, { database, clock, env: { DEFAULT_GEMEENTE: 'wv' } });
  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const tel = async (
    tabel: 'waakvlam_checkin' | 'waakvlam_overgang' | 'waakvlam_plan',
    dossier = dossierId,
  ) =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(tabel)} where dossier_id = ${dossier}`.execute(
        database.db,
      )
    ).rows[0]?.n ?? 0;
  const beantwoord = async () =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from waakvlam_checkin where dossier_id = ${dossierId} and beantwoord_op is not null`.execute(
        database.db,
      )
    ).rows[0]?.n ?? 0;
  /** The notifications among an instance's sent mail (the outbox keeps no address after sending). */
  const meldingenIn = (emls: string[]) =>
    emls.map(mailText).filter((m) => m.includes(`Subject: ${MELDING_ONDERWERP}`));
  const stand = () =>
    database.db
      .selectFrom('waakvlam_plan')
      .select(['fase', 'intensiteit', 'versie'])
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();

  /** Moves the clock past the next check-in, lets the job send it, and returns the link's path. */
  async function volgendeLink(): Promise<string> {
    const voor = (await t.readOutbox()).length;
    const plan = await database.db
      .selectFrom('waakvlam_plan')
      .select('volgende_checkin_op')
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();
    const verschil = plan.volgende_checkin_op.getTime() - clock.now().getTime();
    if (verschil > 0) clock.advance(verschil + 60_000);
    // The repeating job runs on the app's clock: due now that the clock moved.
    await t.app.jobs.runDue();
    const mails = (await t.readOutbox()).map(mailText);
    expect(mails.length).toBeGreaterThan(voor);
    const pad = /\/waakvlam\/checkin\/[0-9a-f-]{36}\/[A-Za-z0-9_-]+/.exec(mails.at(-1) ?? '')?.[0];
    expect(pad).toBeDefined();
    return pad as string;
  }

  const planForm = (extra: Record<string, string | string[]> = {}) => ({
    versie: '0',
    'goed-signalen': 'Ik slaap goed',
    'goed-zelf': 'Elke dag wandelen',
    'let-op-signalen': 'Ik slaap slecht\nIk zeg afspraken af',
    'let-op-zelf': 'Ik bel Bram',
    'let-op-netwerk': 'Bram komt langs en kookt een keer',
    'let-op-professionals': 'Yara belt binnen twee dagen',
    'crisis-signalen': 'Ik kom mijn bed niet meer uit',
    'crisis-netwerk': 'Bram belt de huisarts',
    gebieden: ['financien', 'wonen'],
    interval_dagen: '7',
    stilte_dagen: '21',
    afschaal_na: '2',
    gekozen: [bramId, lezerId],
    alleen_fase: lezerId,
    ...extra,
  });
  const postPlan = (c: BrowserClient, form: Record<string, string | string[]>) => {
    const body = new URLSearchParams({ _csrf: c.csrfToken() ?? '' });
    for (const [k, v] of Object.entries(form)) for (const w of ([] as string[]).concat(v)) body.append(k, w);
    return c.post(`${basis()}/plan`, {}, { payload: body.toString() });
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    t = await start();
    const db = database.db;
    const gemeente = await createGemeente(db, { code: 'wv', naam: 'Wv', hostnames: ['wv.test'] });
    gemeenteId = gemeente.id;
    const maak = (email: string, rol: 'inwoner' | 'naaste') =>
      createAccountWithPassword(db, {
        gemeenteId,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
      });
    const ilse = await maak('ilse@example.test', 'inwoner');
    const ander = await maak('ander@example.test', 'inwoner');
    dossierId = await dossierVanInwoner(db, gemeenteId, ilse.id);
    anderDossierId = await dossierVanInwoner(db, gemeenteId, ander.id);
    for (const email of ['bram@example.test', 'lezer@example.test', 'buiten@example.test']) {
      const account = await maak(email, 'naaste');
      if (email.startsWith('bram')) bramId = account.id;
      if (email.startsWith('lezer')) lezerId = account.id;
      await createToegang(db, {
        gemeenteId,
        dossierId,
        granteeAccountId: account.id,
        createdBy: ilse.id,
        eindigtOp: null,
        // buiten may read the network, not the waakvlam: not someone she can choose.
        niveaus: email.startsWith('buiten') ? { netwerk: 'lezen' } : { waakvlam: 'lezen' },
      });
    }
  }, 600_000);
  afterAll(async () => {
    await t.close();
    await database.dispose();
  });

  it('refuses a plan without let-op signals, an unknown choice or someone who cannot read it; writes nothing', async () => {
    const ilse = await client('ilse@example.test');
    expect((await ilse.get(basis())).statusCode).toBe(200);
    expect(ilse.lastHtml).toContain('Maak je signaleringsplan');
    await ilse.get(`${basis()}/plan`);
    const buiten = await database.db
      .selectFrom('account')
      .select('id')
      .where('email', '=', 'buiten@example.test')
      .executeTakeFirstOrThrow();
    const gevallen: [Record<string, string | string[]>, string][] = [
      [planForm({ 'let-op-signalen': '  ' }), 'Schrijf op hoe je merkt dat het minder gaat.'],
      [planForm({ interval_dagen: '5' }), 'Kies een van de mogelijkheden.'],
      [planForm({ gekozen: buiten.id }), 'Kies een van de mogelijkheden.'],
      [planForm({ 'zelf-signalen': 'x', 'let-op-zelf': 'a'.repeat(1001) }), 'Dit is te lang.'],
    ];
    for (const [form, melding] of gevallen) {
      const r = await postPlan(ilse, form);
      expect(r.statusCode, melding).toBe(400);
      expect(r.body).toContain(melding);
      expect(r.body).toContain('utrecht-form-field-error-message');
    }
    expect(await tel('waakvlam_plan')).toBe(0);
  });

  it('saves the plan encrypted, starts in goed, and answers a stale form with 409 keeping the input', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/plan`);
    const r = await postPlan(ilse, planForm());
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`${basis()}?melding=bewaard`);
    const rij = await database.db
      .selectFrom('waakvlam_plan')
      .select(['fasen', 'fase', 'intensiteit', 'versie'])
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();
    expect(rij.fasen.startsWith('v1.')).toBe(true);
    expect(rij.fasen).not.toContain('Bram');
    expect([rij.fase, rij.intensiteit, rij.versie]).toEqual(['goed', 1, 1]);
    expect(await tel('waakvlam_overgang')).toBe(1);
    // A form from before that save (version 0) is stale.
    const oud = await postPlan(ilse, planForm({ 'goed-zelf': 'Mijn nieuwe tekst' }));
    expect(oud.statusCode).toBe(409);
    expect(oud.body).toContain('Mijn nieuwe tekst');
    expect(oud.body).toContain('name="versie" value="1"');
    expect((await stand()).versie).toBe(1);
  });

  it('mails a single-use link; answered without a session with a let-op signal, the phase rises and the chosen person is told exactly once across a restart', async () => {
    const pad = await volgendeLink();
    const mail = (await t.readOutbox()).map(mailText).at(-1) ?? '';
    expect(mail).toContain('ilse@example.test');
    expect(mail).not.toContain('slaap');
    // No session: a fresh client that never logged in.
    const anoniem = new BrowserClient(t.app, host);
    const vragen = await anoniem.get(pad);
    expect(vragen.statusCode).toBe(200);
    expect(anoniem.lastHtml).toContain('Hoe gaat het in het algemeen?');
    expect(anoniem.lastHtml).toContain('Ik slaap slecht');
    expect(anoniem.lastHtml).not.toContain('<script');
    // A missing answer: 400 next to the field, nothing written.
    const fout = await anoniem.post(pad, { algemeen: 'goed', 'gebied-financien': 'goed' });
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('Kies hoe het gaat.');
    expect(await beantwoord()).toBe(0);
    // The instance stops working its queue (about to go down): the answer commits, the job waits.
    await t.app.jobs.stop();
    const r = await anoniem.post(pad, {
      algemeen: 'wisselend',
      'gebied-financien': 'goed',
      'gebied-wonen': 'goed',
      signaal: 'let-op-0',
    });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('De mensen die je koos krijgen een bericht.');
    expect((await stand()).fase).toBe('let-op');
    const voorHerstart = meldingenIn(await t.readOutbox());
    expect(voorHerstart).toHaveLength(0);
    // A real restart: the app closes and a new one is built on the same database.
    await t.close();
    t = await start();
    const naHerstart = meldingenIn(await t.readOutbox());
    await t.app.jobs.runDue();
    expect(meldingenIn(await t.readOutbox())).toEqual(naHerstart);
    // Another restart and another round: nothing more.
    await t.close();
    t = await start();
    await t.app.jobs.runDue();
    const daarna = meldingenIn(await t.readOutbox());
    const alle = [...voorHerstart, ...naHerstart, ...daarna];
    expect(alle.filter((m) => m.includes('To: bram@example.test'))).toHaveLength(1);
    expect(alle.filter((m) => m.includes('To: lezer@example.test'))).toHaveLength(1);
    expect(alle).toHaveLength(2);
    for (const m of alle) {
      // No health content: only a link to the page behind login.
      expect(m).toContain(`/dossiers/${dossierId}/waakvlam`);
      for (const woord of ['slaap', 'Let op', 'let op', 'crisis', 'waakvlam van'])
        expect(m).not.toContain(woord);
    }
    const onverstuurd = await database.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('sent_at', 'is', null)
      .execute();
    expect(onverstuurd).toHaveLength(0);
  }, 600_000);

  it('the notification links to a page behind login with the agreed actions; a phase-only person sees only the phase', async () => {
    const anoniem = new BrowserClient(t.app, host);
    expect((await anoniem.get(basis())).statusCode).toBe(401);
    const bram = await client('bram@example.test');
    expect((await bram.get(basis())).statusCode).toBe(200);
    expect(bram.lastHtml).toContain('Let op');
    expect(bram.lastHtml).toContain('Bram komt langs en kookt een keer');
    // Never her check-in answers.
    expect(bram.lastHtml).not.toContain('Je laatste antwoord');
    const lezer = await client('lezer@example.test');
    expect((await lezer.get(basis())).statusCode).toBe(200);
    expect(lezer.lastHtml).toContain('Let op');
    expect(lezer.lastHtml).not.toContain('Bram komt langs');
    expect(lezer.lastHtml).not.toContain('Hoe het ging');
    const ilse = await client('ilse@example.test');
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('Je laatste antwoord was op');
    expect(ilse.lastHtml).toContain('waakvlam-historie-tabel');
  });

  it('a link reused, expired or for another record gets a clear message and writes nothing', async () => {
    const oud = /\/waakvlam\/checkin\/[0-9a-f-]{36}\/([A-Za-z0-9_-]+)/;
    const eerste = await database.db
      .selectFrom('waakvlam_checkin')
      .select('id')
      .where('dossier_id', '=', dossierId)
      .where('beantwoord_op', 'is not', null)
      .execute();
    expect(eerste).toHaveLength(1);
    const pad = await volgendeLink();
    const token = oud.exec(pad)?.[1] as string;
    const anoniem = new BrowserClient(t.app, host);
    const voor = { beantwoord: await beantwoord(), overgangen: await tel('waakvlam_overgang') };
    // For another record: 404 with its message.
    const ander = `/waakvlam/checkin/${anderDossierId}/${token}`;
    expect((await anoniem.get(ander)).statusCode).toBe(404);
    expect(anoniem.lastHtml).toContain('Deze link hoort niet bij deze vragen.');
    await anoniem.get(pad);
    expect((await anoniem.post(ander, { algemeen: 'goed' })).statusCode).toBe(404);
    // A made-up token.
    expect((await anoniem.get(`/waakvlam/checkin/${dossierId}/${'x'.repeat(43)}`)).statusCode).toBe(404);
    expect(anoniem.lastHtml).toContain('Deze link werkt niet.');
    expect({ beantwoord: await beantwoord(), overgangen: await tel('waakvlam_overgang') }).toEqual(voor);
    // Expired: 48 hours later.
    clock.advance(49 * 3_600_000);
    await anoniem.get('/inloggen');
    const verlopen = await anoniem.post(pad, {
      algemeen: 'goed',
      'gebied-financien': 'goed',
      'gebied-wonen': 'goed',
    });
    expect(verlopen.statusCode).toBe(410);
    expect(verlopen.body).toContain('Deze link is verlopen.');
    expect({ beantwoord: await beantwoord(), overgangen: await tel('waakvlam_overgang') }).toEqual(voor);
    // Used: a new link answered once, then again.
    const nieuw = await volgendeLink();
    await anoniem.get(nieuw);
    const goed = { algemeen: 'goed', 'gebied-financien': 'goed', 'gebied-wonen': 'goed' };
    expect((await anoniem.post(nieuw, goed)).statusCode).toBe(200);
    expect((await stand()).fase).toBe('goed');
    const na = { beantwoord: await beantwoord(), overgangen: await tel('waakvlam_overgang') };
    const weer = await anoniem.post(nieuw, goed);
    expect(weer.statusCode).toBe(410);
    expect(weer.body).toContain('Je hebt deze vragen al beantwoord.');
    expect({ beantwoord: await beantwoord(), overgangen: await tel('waakvlam_overgang') }).toEqual(na);
    // Going back down tells nobody.
    await t.app.jobs.runDue();
    expect(meldingenIn(await t.readOutbox())).toHaveLength(0);
  }, 600_000);

  it('offers to scale down after a good stretch; she decides', async () => {
    const eerst = await client('ilse@example.test');
    await eerst.get(basis());
    expect(eerst.lastHtml).not.toContain('Ja, minder steun');
    const anoniem = new BrowserClient(t.app, host);
    const pad = await volgendeLink();
    await anoniem.get(pad);
    await anoniem.post(pad, { algemeen: 'goed', 'gebied-financien': 'goed', 'gebied-wonen': 'goed' });
    const ilse = await client('ilse@example.test');
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('Ja, minder steun');
    expect((await stand()).intensiteit).toBe(2);
    const stale = await ilse.post(`${basis()}/afschalen`, { intensiteit: '3' });
    expect(stale.statusCode).toBe(409);
    const r = await ilse.post(`${basis()}/afschalen`, { intensiteit: '2' });
    expect(r.statusCode).toBe(303);
    expect((await stand()).intensiteit).toBe(1);
  });

  it('exports decrypted in the download, gives valid FHIR (CarePlan, Questionnaire, QuestionnaireResponse) and erases everything', async () => {
    const ilse = await client('ilse@example.test');
    const r = await ilse.get(`/dossiers/${dossierId}/gegevens.json`);
    expect(r.statusCode).toBe(200);
    const data = JSON.parse(r.body) as {
      secties: { waakvlam: Awaited<ReturnType<typeof exporteerWaakvlam>> };
    };
    const wv = data.secties.waakvlam;
    expect(wv.plan?.fasen['let-op'].netwerk).toBe('Bram komt langs en kookt een keer');
    expect(wv.checkins.filter((c) => c.beantwoord)).toHaveLength(3);
    expect(wv.checkins.find((c) => c.fase === 'let-op')?.antwoorden?.signalen['let-op']).toEqual([
      'Ik slaap slecht',
    ]);
    const f = await ilse.get(`/dossiers/${dossierId}/gegevens.fhir.json`);
    expect(f.statusCode).toBe(200);
    const bundel = JSON.parse(f.body) as { entry: { resource: FhirResource }[] };
    const eigen = bundel.entry
      .map((e) => e.resource)
      .filter(
        (r) =>
          r.resourceType === 'CarePlan' ||
          (r.resourceType === 'Questionnaire' && r.url === QUESTIONNAIRE_URL) ||
          (r.resourceType === 'QuestionnaireResponse' && r.questionnaire?.startsWith(QUESTIONNAIRE_URL)),
      );
    const soorten = eigen.map((r) => r.resourceType);
    expect(soorten.filter((s) => s === 'CarePlan')).toHaveLength(1);
    expect(soorten.filter((s) => s === 'Questionnaire')).toHaveLength(1);
    expect(soorten.filter((s) => s === 'QuestionnaireResponse')).toHaveLength(3);
    for (const res of eigen) expect(valideerFhir(res)).toEqual([]);
    const plan = eigen.find((r) => r.resourceType === 'CarePlan');
    expect(JSON.stringify(plan)).toContain('Bram komt langs en kookt een keer');
    await ilse.get(`/dossiers/${dossierId}/gegevens`);
    const wis = await ilse.post(`/dossiers/${dossierId}/gegevens/wissen`, {
      wachtwoord: PASSWORD,
      zeker: 'ja',
    });
    expect(wis.statusCode).toBe(303);
    expect([
      await tel('waakvlam_plan'),
      await tel('waakvlam_checkin'),
      await tel('waakvlam_overgang'),
    ]).toEqual([0, 0, 0]);
  }, 600_000);
});
