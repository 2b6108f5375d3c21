import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { mailText, startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import {
  createAccountWithPassword,
  createGemeente,
  createNetwerkPersoon,
  createNoodtoegang,
  createOrganisatie,
  createToegang,
} from '../demo/factories.js';
import { persoon } from '../netwerk/demo.js';
import { dossierVanInwoner } from '../regie/door/door.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * The crisiskaart against a real database: the editor (empty card refused, stale form 409 with
 * the input kept, text encrypted), a grantee's proposal, practical agreements (someone not on
 * the map refused; the one-time link answered once, a second click clear and writing nothing),
 * emergency access: the card only, the longer plan closed; and a link past its 14 days.
 */
describe.each(ENGINES)('crisiskaart on %s', (engine) => {
  let t: TestApp;
  let dossierId: string;
  let bramPersoonId: string;
  let anderPersoonId: string;
  const host = { host: 'ck.test' };
  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const basis = () => `/dossiers/${dossierId}/crisiskaart`;
  const tel = async (tabel: 'crisiskaart_afspraak' | 'crisiskaart_voorstel') =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tabel)}`.execute(t.database.db))
      .rows[0]?.n ?? 0;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'ck' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'ck', naam: 'Ck', hostnames: ['ck.test'] });
    const team = await createOrganisatie(db, gemeente.id, 'Buurtteam');
    const maak = (email: string, rol: 'inwoner' | 'naaste' | 'professional') =>
      createAccountWithPassword(db, {
        gemeenteId: gemeente.id,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
        ...(rol === 'professional' ? { organisatieId: team.id } : {}),
      });
    const ilse = await maak('ilse@example.test', 'inwoner');
    const ander = await maak('ander@example.test', 'inwoner');
    const bram = await maak('bram@example.test', 'naaste');
    const prof = await maak('prof@example.test', 'professional');
    dossierId = await dossierVanInwoner(db, gemeente.id, ilse.id);
    const anderDossier = await dossierVanInwoner(db, gemeente.id, ander.id);
    await createToegang(db, {
      gemeenteId: gemeente.id,
      dossierId,
      granteeAccountId: bram.id,
      createdBy: ilse.id,
      doel: 'Broer',
      eindigtOp: null,
      niveaus: { crisiskaart: 'voorstellen' },
    });
    bramPersoonId = await createNetwerkPersoon(db, {
      gemeenteId: gemeente.id,
      dossierId,
      persoon: persoon({ naam: 'Bram', relatie: 'broer-zus', cirkel: 'heel-dichtbij', accountId: bram.id }),
      op: new Date(),
    });
    await createNetwerkPersoon(db, {
      gemeenteId: gemeente.id,
      dossierId,
      persoon: persoon({ naam: 'Buurman Henk', relatie: 'buur', cirkel: 'dichtbij' }),
      op: new Date(),
    });
    anderPersoonId = await createNetwerkPersoon(db, {
      gemeenteId: gemeente.id,
      dossierId: anderDossier,
      persoon: persoon({ naam: 'Iemand anders', relatie: 'buur', cirkel: 'dichtbij' }),
      op: new Date(),
    });
    await createNoodtoegang(db, {
      gemeenteId: gemeente.id,
      dossierId,
      professionalId: prof.id,
      reden: 'Test',
      geopendOp: new Date(),
    });
  }, 600_000);

  afterAll(async () => t?.close());

  it('refuses an empty card, saves her text encrypted, and answers a stale form with 409 and her input kept', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/bewerken`);
    const leeg = await ilse.post(`${basis()}/bewerken`, { versie: '0' });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('Een leeg kaartje kan niet');
    const bewaard = await ilse.post(`${basis()}/bewerken`, {
      versie: '0',
      naam: 'Mijn rustkaart',
      'tekst-signalen': 'Ik neem de telefoon niet op.',
      'kaart-signalen': 'ja',
      'tekst-opnameWel': 'Dicht bij huis.',
      waarschuw: bramPersoonId,
    });
    expect(bewaard.statusCode).toBe(303);
    const rij = await t.database.db.selectFrom('crisiskaart').selectAll().executeTakeFirstOrThrow();
    expect(rij.inhoud.startsWith('v1.')).toBe(true);
    expect(rij.inhoud).not.toContain('telefoon');
    const kaart = await ilse.get(basis());
    expect(kaart.body).toContain('Mijn rustkaart');
    expect(kaart.body).toContain('Ik neem de telefoon niet op.');
    // Not ticked for the card: only in the longer plan.
    expect(kaart.body).not.toContain('Dicht bij huis.');
    expect((await ilse.get(`${basis()}/plan`)).body).toContain('Dicht bij huis.');
    await ilse.get(`${basis()}/bewerken`);
    const oud = await ilse.post(`${basis()}/bewerken`, { versie: '0', 'tekst-helpt': 'Mijn nieuwe tekst' });
    expect(oud.statusCode).toBe(409);
    expect(oud.body).toContain('Mijn nieuwe tekst');
    // Someone of another map cannot be a contact to warn.
    await ilse.get(`${basis()}/bewerken`);
    const vreemd = await ilse.post(`${basis()}/bewerken`, {
      versie: '1',
      'tekst-helpt': 'x',
      waarschuw: anderPersoonId,
    });
    expect(vreemd.statusCode).toBe(400);
  });

  it('a grantee with voorstellen proposes; she accepts', async () => {
    const bram = await client('bram@example.test');
    await bram.get(`${basis()}/bewerken`);
    const voor = await bram.post(`${basis()}/bewerken`, {
      versie: '1',
      'tekst-helpt': 'Thee',
      'kaart-helpt': 'ja',
    });
    expect(voor.headers.location).toBe(`${basis()}?melding=voorgesteld`);
    expect(await tel('crisiskaart_voorstel')).toBe(1);
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/voorstellen`);
    const vid = /voorstellen\/([0-9a-f-]{36})/.exec(ilse.lastHtml)?.[1] as string;
    const besluit = await ilse.post(`${basis()}/voorstellen/${vid}`, { besluit: 'aanvaarden' });
    expect(besluit.headers.location).toBe(`${basis()}?melding=aanvaard`);
    expect((await ilse.get(basis())).body).toContain('Thee');
    // Her own name stays: a proposal never changes it.
    expect(ilse.lastHtml).toContain('Mijn rustkaart');
  });

  it('an agreement is real only when confirmed; the link works once; someone not on her map is refused', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/plan`);
    const voor = await tel('crisiskaart_afspraak');
    const vreemd = await ilse.post(`${basis()}/afspraken`, {
      persoon: anderPersoonId,
      taak: 'post',
      email: 'x@example.test',
    });
    expect(vreemd.statusCode).toBe(400);
    expect(vreemd.body).toContain('staat niet op de netwerkkaart');
    expect(await tel('crisiskaart_afspraak')).toBe(voor);
    await ilse.get(`${basis()}/plan`);
    const henk = /<option value="([0-9a-f-]{36})"[^>]*>Buurman Henk/.exec(ilse.lastHtml)?.[1] as string;
    const gevraagd = await ilse.post(`${basis()}/afspraken`, {
      persoon: henk,
      taak: 'planten',
      email: 'henk@example.test',
    });
    expect(gevraagd.statusCode).toBe(303);
    const mail = (await t.readOutbox())
      .map(mailText)
      .find((m) => m.includes('/crisiskaart/afspraak/')) as string;
    expect(mail).toBeDefined();
    expect(mail).not.toContain('planten');
    const link = /\/crisiskaart\/afspraak\/[A-Za-z0-9_-]+/.exec(mail)?.[0] as string;
    // On the card only once confirmed.
    expect((await ilse.get(basis())).body).not.toContain('Buurman Henk');
    const henkClient = new BrowserClient(t.app, host);
    expect((await henkClient.get(link)).statusCode).toBe(200);
    expect((await henkClient.post(link, { antwoord: 'ja' })).statusCode).toBe(200);
    expect((await ilse.get(basis())).body).toContain('Buurman Henk');
    // Clicked twice: a clear message, nothing written.
    const rijVoor = await t.database.db
      .selectFrom('crisiskaart_afspraak')
      .selectAll()
      .where('persoon_id', '=', henk)
      .execute();
    const tweede = await henkClient.post(link, { antwoord: 'nee' });
    expect(tweede.statusCode).toBe(410);
    expect(tweede.body).toContain('al beantwoord');
    expect((await henkClient.get(link)).statusCode).toBe(410);
    const rijNa = await t.database.db
      .selectFrom('crisiskaart_afspraak')
      .selectAll()
      .where('persoon_id', '=', henk)
      .execute();
    expect(rijNa).toEqual(rijVoor);
  });

  it('under emergency access a professional sees the card only; the plan and the editor stay closed', async () => {
    const prof = await client('prof@example.test');
    const kaart = await prof.get(basis());
    expect(kaart.statusCode).toBe(200);
    // Her card after Bram's accepted proposal: what helps, and the confirmed agreement.
    expect(kaart.body).toContain('Thee');
    expect(kaart.body).toContain('Planten: Buurman Henk');
    expect(kaart.body).not.toContain('Dicht bij huis.');
    expect(kaart.body).not.toContain(`${basis()}/plan`);
    expect((await prof.get(`${basis()}/plan`)).statusCode).toBe(403);
    expect((await prof.get(`${basis()}/bewerken`)).statusCode).toBe(403);
    const trail = await t.database.db
      .selectFrom('audit_event')
      .select(['actie', 'uitkomst', 'item_id'])
      .where('dossier_id', '=', dossierId)
      .where('noodtoegang', '=', true)
      .execute();
    expect(trail.some((r) => r.uitkomst === 'allowed' && r.actie === 'emergency')).toBe(true);
  });

  // Last in this file: it moves the app's clock past the link's 14 days.
  it('a confirmation link past its 14 days gives a clear page, changes nothing and leaves the request waiting', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/plan`);
    const henk = /<option value="([0-9a-f-]{36})"[^>]*>Buurman Henk/.exec(ilse.lastHtml)?.[1] as string;
    const voorMails = (await t.readOutbox()).length;
    expect(
      (await ilse.post(`${basis()}/afspraken`, { persoon: henk, taak: 'post', email: 'henk@example.test' }))
        .statusCode,
    ).toBe(303);
    const mails = (await t.readOutbox()).slice(voorMails).map(mailText);
    const link = /\/crisiskaart\/afspraak\/[A-Za-z0-9_-]+/.exec(
      mails.find((m) => m.includes('/crisiskaart/afspraak/')) ?? '',
    )?.[0] as string;
    expect(link).toBeDefined();
    const rij = () =>
      t.database.db
        .selectFrom('crisiskaart_afspraak')
        .selectAll()
        .where('persoon_id', '=', henk)
        .where('taak', '=', 'post')
        .executeTakeFirstOrThrow();
    const voor = await rij();
    expect(voor.status).toBe('gevraagd');
    const laatsteSeq = async () =>
      (await t.database.db.selectFrom('audit_event').select('seq').orderBy('seq', 'desc').executeTakeFirst())
        ?.seq ?? 0;

    t.clock.advance(14 * 24 * 3_600_000 + 60_000);
    const henkClient = new BrowserClient(t.app, host);
    const seqVoor = await laatsteSeq();
    const bekeken = await henkClient.get(link);
    expect(bekeken.statusCode).toBe(410);
    expect(bekeken.body).toContain('Deze link is verlopen');
    expect(bekeken.body).toContain('Deze link is te oud. Vraag om een nieuwe.');
    // No form to answer with: the page only says what to do.
    expect(bekeken.body).not.toContain('name="antwoord"');
    const mailsVoor = (await t.readOutbox()).length;
    const seqNaLezen = await laatsteSeq();
    // Answered anyway (a form kept open for two weeks): the same clear page, nothing written.
    const antwoord = await henkClient.post(link, { antwoord: 'ja' });
    expect(antwoord.statusCode).toBe(410);
    expect(antwoord.body).toContain('Deze link is te oud. Vraag om een nieuwe.');
    expect(await rij()).toEqual(voor);
    await t.app.jobs.runDue();
    expect((await t.readOutbox()).length).toBe(mailsVoor);
    // The audit trail: looking at the expired link read only whether it still works (the system
    // path `afspraak-link`, origin link, on her record); the refused answer wrote no entry.
    const sporen = await t.database.db
      .selectFrom('audit_event')
      .select(['seq', 'actie', 'uitkomst', 'item_id', 'grondslag', 'origin', 'dossier_id'])
      .where('seq', '>', seqVoor)
      .orderBy('seq')
      .execute();
    expect(sporen.filter((r) => r.seq <= seqNaLezen).map(({ seq: _, ...r }) => r)).toEqual([
      {
        actie: 'read',
        uitkomst: 'allowed',
        item_id: `afspraak:${voor.id}`,
        grondslag: 'afspraak-link',
        origin: 'link',
        dossier_id: dossierId,
      },
    ]);
    expect(sporen.filter((r) => r.seq > seqNaLezen)).toEqual([]);
    // She (logged in again: two weeks on, her session has ended) still sees the request as
    // waiting, and Henk is not on the card for the post.
    const ilseLater = await client('ilse@example.test');
    expect((await ilseLater.get(`${basis()}/plan`)).body).toMatch(/1 wacht op antwoord/);
    expect((await ilseLater.get(basis())).body).not.toContain('Post: Buurman Henk');
  });
});
