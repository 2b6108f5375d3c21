import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { mailText, startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente, createToegang } from '../demo/factories.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import { seedDemoWaakvlam } from './demo.js';

const PASSWORD = 'een lange zin als wachtwoord';
const MELDING_ONDERWERP = 'Subject: Er staat een bericht voor je klaar';

/**
 * The check-in in the app, for the resident who is logged in: the same questions and rules as
 * the e-mailed link (a wrong form writes nothing; let-op signals raise the phase and the chosen
 * person is told once); it uses up the mailed check-in that is still open, so that link then says
 * it was answered; a naaste cannot answer for her.
 */
describe.each(ENGINES)('the waakvlam check-in in the app on %s', (engine) => {
  let t: TestApp;
  let dossierId: string;
  const host = { host: 'ca.test' };
  const basis = () => `/dossiers/${dossierId}/waakvlam`;
  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const tel = async (tabel: 'waakvlam_checkin' | 'waakvlam_overgang', alleenBeantwoord = false) =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(tabel)} where dossier_id = ${dossierId}${
        alleenBeantwoord ? sql` and beantwoord_op is not null` : sql``
      }`.execute(t.database.db)
    ).rows[0]?.n ?? 0;
  const stand = () =>
    t.database.db
      .selectFrom('waakvlam_plan')
      .select(['fase', 'intensiteit'])
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'ca' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'ca', naam: 'Ca', hostnames: ['ca.test'] });
    const maak = (naam: string, email: string, rol: 'inwoner' | 'naaste') =>
      createAccountWithPassword(db, { gemeenteId: gemeente.id, naam, email, rol, password: PASSWORD });
    const ilse = await maak('Ilse', 'ilse@example.test', 'inwoner');
    const bram = await maak('Bram', 'bram@example.test', 'naaste');
    dossierId = await dossierVanInwoner(db, gemeente.id, ilse.id);
    await createToegang(db, {
      gemeenteId: gemeente.id,
      dossierId,
      granteeAccountId: bram.id,
      createdBy: ilse.id,
      eindigtOp: null,
      niveaus: { waakvlam: 'bewerken' },
    });
    // Eight weeks of check-ins, good now; the next mailed one is due a week from now.
    await seedDemoWaakvlam(db, { gemeenteId: gemeente.id, inwonerId: ilse.id, naasteId: bram.id });
  }, 600_000);

  afterAll(async () => t?.close());

  it('is offered on her waakvlam page and asks her plan’s questions, without JavaScript', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain(`href="${basis()}/checkin"`);
    const vragen = await ilse.get(`${basis()}/checkin`);
    expect(vragen.statusCode).toBe(200);
    expect(vragen.body).toContain('Hoe gaat het in het algemeen?');
    expect(vragen.body).toContain('Ik slaap slecht');
    expect(vragen.body).toContain(`action="${basis()}/checkin"`);
    expect(vragen.body).not.toContain('<script');
  });

  it('a naaste, even with bewerken, cannot answer for her', async () => {
    const bram = await client('bram@example.test');
    expect((await bram.get(`${basis()}/checkin`)).statusCode).toBe(403);
    // He sees the page, not the offer.
    await bram.get(basis());
    expect(bram.lastHtml).not.toContain(`${basis()}/checkin`);
  });

  it('a missing answer is shown next to the field and writes nothing', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/checkin`);
    const voor = [await tel('waakvlam_checkin'), await tel('waakvlam_overgang')];
    const r = await ilse.post(`${basis()}/checkin`, { algemeen: 'goed' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Kies hoe het gaat.');
    expect(r.body).toContain('utrecht-form-field-error-message');
    expect([await tel('waakvlam_checkin'), await tel('waakvlam_overgang')]).toEqual(voor);
  });

  it('let-op signals raise the phase and tell Bram once; the thank-you leads back', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/checkin`);
    const beantwoord = await tel('waakvlam_checkin', true);
    const r = await ilse.post(`${basis()}/checkin`, {
      algemeen: 'wisselend',
      'gebied-financien': 'goed',
      'gebied-psychische-gezondheid': 'wisselend',
      signaal: 'let-op-0',
    });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('De mensen die je koos krijgen een bericht.');
    expect(r.body).toContain(`href="${basis()}"`);
    expect(await tel('waakvlam_checkin', true)).toBe(beantwoord + 1);
    expect(await stand()).toEqual({ fase: 'let-op', intensiteit: 2 });
    await t.app.jobs.runDue();
    const meldingen = (await t.readOutbox()).map(mailText).filter((m) => m.includes(MELDING_ONDERWERP));
    expect(meldingen).toHaveLength(1);
    expect(meldingen[0]).toContain('To: bram@example.test');
    expect(meldingen[0]).not.toContain('slaap');
    // Answered again the same day, still let op: no second message.
    await ilse.get(`${basis()}/checkin`);
    await ilse.post(`${basis()}/checkin`, {
      algemeen: 'wisselend',
      'gebied-financien': 'goed',
      'gebied-psychische-gezondheid': 'wisselend',
      signaal: 'let-op-1',
    });
    await t.app.jobs.runDue();
    expect((await t.readOutbox()).map(mailText).filter((m) => m.includes(MELDING_ONDERWERP))).toHaveLength(1);
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('Je laatste antwoord was op');
  });

  it('answers the mailed check-in that is still open, so its link then says it was answered', async () => {
    // The next mailed check-in: the clock past its date, the job sends it.
    const plan = await t.database.db
      .selectFrom('waakvlam_plan')
      .select('volgende_checkin_op')
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();
    t.clock.advance(plan.volgende_checkin_op.getTime() - t.clock.now().getTime() + 60_000);
    await t.app.jobs.runDue();
    const link = /\/waakvlam\/checkin\/[0-9a-f-]{36}\/[A-Za-z0-9_-]+/.exec(
      (await t.readOutbox())
        .map(mailText)
        .filter((m) => m.includes('Een paar korte vragen'))
        .at(-1) ?? '',
    )?.[0];
    expect(link).toBeDefined();
    const voor = await tel('waakvlam_checkin');
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/checkin`);
    const goed = { algemeen: 'goed', 'gebied-financien': 'goed', 'gebied-psychische-gezondheid': 'goed' };
    expect((await ilse.post(`${basis()}/checkin`, goed)).statusCode).toBe(200);
    // No new check-in: the open one was answered.
    expect(await tel('waakvlam_checkin')).toBe(voor);
    const anoniem = new BrowserClient(t.app, host);
    const oud = await anoniem.get(link as string);
    expect(oud.statusCode).toBe(410);
    expect(oud.body).toContain('Je hebt deze vragen al beantwoord.');
  });
});
