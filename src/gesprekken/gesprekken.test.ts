import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { mailText, startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { ontsleutelOpgeslagen } from '../../tests/support/versleuteling.js';
import {
  createAccountWithPassword,
  createGemeente,
  createNetwerkPersoon,
  createOrganisatie,
  createToegang,
} from '../demo/factories.js';
import { persoon } from '../netwerk/demo.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { Niveau } from '../regie/schema.js';
import { zetTermijnen } from './queries.js';
import { telOp, vandaag } from './rules.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * The keukentafelgesprek against a real database: a melding with its legal deadlines (and the
 * gemeente's own), bad dates refused with nothing written, the reminder job mailing only a
 * link, the preparation stored encrypted, a stale preparation answered 409 with the input kept,
 * the persoonlijk plan as a page and a PDF, and the narrow access of a client supporter.
 */
describe.each(ENGINES)('gesprekken on %s', (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  let dossierId: string;
  const host = { host: 'gesprek.test' };

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const aantal = async () =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from gesprek where dossier_id = ${dossierId}`.execute(t.database.db)
    ).rows[0]?.n ?? 0;
  const basis = () => `/dossiers/${dossierId}/gesprekken`;
  const formulier = (velden: [string, string][], csrf: string | undefined) =>
    new URLSearchParams([['_csrf', csrf ?? ''], ...velden]).toString();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'gesprek' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, {
      code: 'gesprek',
      naam: 'Gesprek',
      hostnames: ['gesprek.test'],
    });
    gemeenteId = gemeente.id;
    const org = await createOrganisatie(db, gemeente.id, 'Wmo-loket');
    const maak = (email: string, rol: 'inwoner' | 'naaste' | 'professional') =>
      createAccountWithPassword(db, {
        gemeenteId: gemeente.id,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
        ...(rol === 'professional' ? { organisatieId: org.id } : {}),
      });
    const ilse = await maak('ilse@example.test', 'inwoner');
    dossierId = await dossierVanInwoner(db, gemeente.id, ilse.id);
    await createNetwerkPersoon(db, {
      gemeenteId,
      dossierId,
      persoon: persoon({ naam: 'Bram', relatie: 'broer-zus', cirkel: 'heel-dichtbij' }),
      op: new Date(),
    });
    await maak('vreemd@example.test', 'professional');
    const grants: [string, 'naaste' | 'professional', Partial<Record<string, Niveau>>][] = [
      ['kees@example.test', 'professional', { gesprekken: 'bewerken', netwerk: 'lezen' }],
      ['onno@example.test', 'naaste', { gesprekken: 'reageren' }],
      ['lezer@example.test', 'naaste', { gesprekken: 'lezen' }],
    ];
    for (const [email, rol, niveaus] of grants) {
      const account = await maak(email, rol);
      await createToegang(db, {
        gemeenteId: gemeente.id,
        dossierId,
        granteeAccountId: account.id,
        createdBy: ilse.id,
        eindigtOp: null,
        niveaus,
      });
    }
  }, 600_000);
  afterAll(async () => t.close());

  it('refuses a deadline before the melding, a day to come and a wrong date, writing nothing', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(basis());
    const dag = vandaag(t.clock.now());
    for (const [velden, fout] of [
      [{ gemeld_op: dag, onderzoek_uiterlijk: telOp(dag, -1) }, 'Deze datum ligt voor de melding.'],
      [{ gemeld_op: dag, onderzoek_uiterlijk: telOp(dag, 3) }, 'Het onderzoek kan niet klaar zijn'],
      [{ gemeld_op: telOp(dag, 1) }, 'Deze dag is nog niet geweest.'],
      [{ gemeld_op: '2026-02-31' }, 'Vul een echte datum in'],
    ] as const) {
      const r = await ilse.post(basis(), velden);
      expect(r.statusCode).toBe(400);
      expect(ilse.lastHtml).toContain(fout);
      // The input is kept next to the error.
      expect(ilse.lastHtml).toContain(`value="${velden.gemeld_op}"`);
    }
    expect(await aantal()).toBe(0);
    const jobs = await t.database.db
      .selectFrom('job')
      .select('id')
      .where('name', '=', 'gesprekken.termijnherinnering')
      .execute();
    expect(jobs).toHaveLength(0);
  });

  it('records her melding with the legal deadlines, shown to both sides, and queues two reminders', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(basis());
    const gemeldOp = telOp(vandaag(t.clock.now()), -3);
    const r = await ilse.post(basis(), { gemeld_op: gemeldOp });
    expect(r.statusCode).toBe(303);
    const rij = await t.database.db
      .selectFrom('gesprek')
      .selectAll()
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();
    expect(r.headers.location).toBe(`${basis()}/${rij.id}?melding=gemeld`);
    expect(rij.plan_uiterlijk).toBe(telOp(gemeldOp, 7));
    expect(rij.onderzoek_uiterlijk).toBe(telOp(gemeldOp, 42));
    await ilse.get(String(r.headers.location));
    expect(ilse.lastHtml).toContain('Je hulpvraag is gemeld.');
    expect(ilse.lastHtml).toMatch(/data-termijn="plan" data-stand="open"/);
    expect(ilse.lastHtml).toContain('nog 4 dagen');
    expect(ilse.lastHtml).toContain('Het gesprek voorbereiden');
    const kees = await client('kees@example.test');
    expect((await kees.get(`${basis()}/${rij.id}`)).statusCode).toBe(200);
    expect(kees.lastHtml).toContain('nog 4 dagen');
    const jobs = await t.database.db
      .selectFrom('job')
      .select(['run_at', 'payload'])
      .where('name', '=', 'gesprekken.termijnherinnering')
      .orderBy('run_at')
      .execute();
    expect(jobs.map((j) => new Date(j.run_at).toISOString())).toEqual([
      `${telOp(gemeldOp, 5)}T08:00:00.000Z`,
      `${telOp(gemeldOp, 40)}T08:00:00.000Z`,
    ]);
    // Ids only in a job's payload.
    expect(JSON.stringify(jobs.map((j) => j.payload))).not.toContain('ilse');
  });

  it('uses the gemeente’s own deadlines when it set them', async () => {
    expect(
      await zetTermijnen(t.database.db, {
        gemeenteId,
        termijnen: { planDagen: 10, onderzoekDagen: 56, herinnerDagen: 3 },
        gezien: 0,
        nu: new Date(),
      }),
    ).toBe(true);
    const kees = await client('kees@example.test');
    await kees.get(basis());
    expect(kees.lastHtml).toContain('Binnen 10 dagen');
    const dag = vandaag(t.clock.now());
    expect((await kees.post(basis(), { gemeld_op: dag })).statusCode).toBe(303);
    const rij = await t.database.db
      .selectFrom('gesprek')
      .select(['plan_uiterlijk', 'onderzoek_uiterlijk', 'id'])
      .where('gemeld_op', '=', dag)
      .executeTakeFirstOrThrow();
    expect(rij).toMatchObject({ plan_uiterlijk: telOp(dag, 10), onderzoek_uiterlijk: telOp(dag, 56) });
    await t.database.db.deleteFrom('gesprek').where('id', '=', rij.id).execute();
    await t.database.db.deleteFrom('gesprek_instelling').where('gemeente_id', '=', gemeenteId).execute();
  });

  it('lets only the resident and `bewerken` record a melding; others get 403 and nothing is written', async () => {
    const voor = await aantal();
    for (const email of ['onno@example.test', 'lezer@example.test', 'vreemd@example.test']) {
      const c = await client(email);
      await c.get('/mijn-overzicht');
      const r = await c.post(basis(), { gemeld_op: vandaag(t.clock.now()) });
      expect(r.statusCode).toBe(403);
    }
    expect(await aantal()).toBe(voor);
    const vreemd = await client('vreemd@example.test');
    expect((await vreemd.get(basis())).statusCode).toBe(403);
  });

  it('stores her preparation encrypted, shows it as the persoonlijk plan and its PDF', async () => {
    const g = await t.database.db
      .selectFrom('gesprek')
      .select(['id', 'versie'])
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/${g.id}/voorbereiding`);
    expect(ilse.lastHtml).toContain('Op je netwerkkaart staat 1 persoon.');
    const r = await ilse.post(
      `${basis()}/${g.id}/voorbereiding`,
      {},
      {
        payload: formulier(
          [
            ['versie', String(g.versie)],
            ['gebieden', 'financien'],
            ['gebieden', 'wonen'],
            ['goed_financien', 'Ik betaal de huur altijd op tijd.'],
            ['wil_financien', 'Ik wil de post weer openen.'],
            ['niet_vragen', 'Mijn zus, zij heeft het al druk.'],
            ['geven', 'Ik kan goed koken voor de buren.'],
            ['vragen', 'kracht-trots'],
            ['vragen', 'schaamte-moeilijk'],
          ],
          ilse.csrfToken(),
        ),
      },
    );
    expect(r.statusCode).toBe(303);
    const rij = await t.database.db
      .selectFrom('gesprek')
      .select(['voorbereiding', 'versie'])
      .where('id', '=', g.id)
      .executeTakeFirstOrThrow();
    expect(rij.voorbereiding.startsWith('v1.')).toBe(true);
    expect(rij.voorbereiding).not.toContain('huur');
    const klaar = await ontsleutelOpgeslagen(
      t.database.db,
      dossierId,
      { tabel: 'gesprek', kolom: 'voorbereiding', rijId: g.id },
      rij.voorbereiding,
    );
    expect(JSON.parse(klaar)).toMatchObject({
      gebieden: ['financien', 'wonen'],
      vragen: ['kracht-trots', 'schaamte-moeilijk'],
    });
    await ilse.get(`${basis()}/${g.id}/persoonlijk-plan`);
    for (const tekst of [
      'Persoonlijk plan van ilse',
      'Wat goed gaat: Ik betaal de huur altijd op tijd.',
      'Wat ik wil: Ik wil de post weer openen.',
      'Ik kan goed koken voor de buren.',
      'Waar ben ik trots op?',
      'Wat vind ik moeilijk om te vragen?',
    ])
      expect(ilse.lastHtml).toContain(tekst);
    const pdf = await ilse.get(`${basis()}/${g.id}/persoonlijk-plan.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // A stale version: 409, the stored preparation shown, her new input kept, nothing written.
    await ilse.get(`${basis()}/${g.id}/voorbereiding`);
    const oud = await ilse.post(
      `${basis()}/${g.id}/voorbereiding`,
      {},
      {
        payload: formulier(
          [
            ['versie', String(g.versie)],
            ['geven', 'Boodschappen doen voor een ander.'],
          ],
          ilse.csrfToken(),
        ),
      },
    );
    expect(oud.statusCode).toBe(409);
    expect(ilse.lastHtml).toContain('Iemand anders heeft de voorbereiding net veranderd.');
    expect(ilse.lastHtml).toContain('Boodschappen doen voor een ander.');
    expect(ilse.lastHtml).toContain('Ik kan goed koken voor de buren.');
    const na = await t.database.db
      .selectFrom('gesprek')
      .select('voorbereiding')
      .where('id', '=', g.id)
      .executeTakeFirstOrThrow();
    expect(na.voorbereiding).toBe(rij.voorbereiding);

    // An unknown domain: 400 next to the field, nothing written.
    await ilse.get(`${basis()}/${g.id}/voorbereiding`);
    const fout = await ilse.post(
      `${basis()}/${g.id}/voorbereiding`,
      {},
      {
        payload: formulier(
          [
            ['versie', String(rij.versie)],
            ['gebieden', 'maan'],
          ],
          ilse.csrfToken(),
        ),
      },
    );
    expect(fout.statusCode).toBe(400);
    expect(ilse.lastHtml).toContain('Kies een van de mogelijkheden.');
  });

  it('lets a supporter with `reageren` on gesprekken only prepare with her, without seeing her network', async () => {
    const g = await t.database.db
      .selectFrom('gesprek')
      .select(['id', 'versie'])
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();
    const onno = await client('onno@example.test');
    expect((await onno.get(`${basis()}/${g.id}/voorbereiding`)).statusCode).toBe(200);
    expect(onno.lastHtml).toContain('Je netwerkkaart is niet met jou gedeeld.');
    expect(onno.lastHtml).not.toContain('Bram');
    const r = await onno.post(
      `${basis()}/${g.id}/voorbereiding`,
      {},
      {
        payload: formulier(
          [
            ['versie', String(g.versie)],
            ['gebieden', 'financien'],
          ],
          onno.csrfToken(),
        ),
      },
    );
    expect(r.statusCode).toBe(303);
    // Handing in is for the resident or `bewerken`.
    await onno.get(`${basis()}/${g.id}`);
    expect((await onno.post(`${basis()}/${g.id}/persoonlijk-plan/ingediend`, {})).statusCode).toBe(403);
    const lezer = await client('lezer@example.test');
    await lezer.get(`${basis()}/${g.id}`);
    expect(
      (await lezer.post(`${basis()}/${g.id}/voorbereiding`, { versie: String(g.versie + 1) })).statusCode,
    ).toBe(403);
  });

  it('reminds the professional by mail with a link only, logged as the named system path', async () => {
    const g = await t.database.db
      .selectFrom('gesprek')
      .select(['id', 'plan_uiterlijk'])
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();
    const voor = (await t.readOutbox()).length;
    // Past the plan's reminder moment: one mail to Kees (the one professional on gesprekken).
    const tot = (dag: string) => Date.parse(`${dag}T09:00:00Z`) - t.clock.now().getTime();
    t.clock.advance(tot(telOp(g.plan_uiterlijk, -1)));
    await t.app.jobs.runDue();
    const mails = (await t.readOutbox()).slice(voor).map(mailText);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('To: kees@example.test');
    expect(mails[0]).toContain(`/dossiers/${dossierId}/gesprekken/${g.id}`);
    expect(mails[0]).not.toContain('ilse');
    expect(mails[0]).not.toContain('huur');
    const spoor = await t.database.db
      .selectFrom('audit_event')
      .select(['grondslag'])
      .where('dossier_id', '=', dossierId)
      .where('grondslag', '=', 'termijnherinnering')
      .execute();
    expect(spoor.length).toBeGreaterThanOrEqual(1);
  });

  it('marks the plan handed in once; the deadline then reads as done', async () => {
    const g = await t.database.db
      .selectFrom('gesprek')
      .select(['id'])
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();
    const kees = await client('kees@example.test');
    await kees.get(`${basis()}/${g.id}`);
    const r = await kees.post(`${basis()}/${g.id}/persoonlijk-plan/ingediend`, {});
    expect(r.headers.location).toBe(`${basis()}/${g.id}?melding=ingediend`);
    await kees.get(String(r.headers.location));
    expect(kees.lastHtml).toMatch(/data-termijn="plan" data-stand="gedaan"/);
    const nogEens = await kees.post(`${basis()}/${g.id}/persoonlijk-plan/ingediend`, {});
    expect(nogEens.headers.location).toBe(`${basis()}/${g.id}?melding=al-ingediend`);
  });
});
