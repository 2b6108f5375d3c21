import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
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
import { appendAudit, auditRegel } from '../regie/audit/audit.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { Niveau } from '../regie/schema.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * Mijn plan against a real database: goals and actions by the resident (stored encrypted),
 * bad input and stale versions (nothing written, both versions shown), proposals accepted,
 * declined, decided twice, stale, or made after the grant was revoked, direct changes with
 * `bewerken`, progress notes, who changed what, and the coordination warning.
 */
describe.each(ENGINES)('plan on %s', (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  let ilseId: string;
  let dossierId: string;
  let bramOpKaart: string;
  let vreemdeOpKaart: string;
  const toegangen = new Map<string, string>();
  const host = { host: 'plan.test' };

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const tel = async (tabel: 'plan_doel' | 'plan_actie' | 'plan_voorstel' | 'plan_notitie') =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(tabel)} where dossier_id = ${dossierId}`.execute(
        t.database.db,
      )
    ).rows[0]?.n ?? 0;
  const alles = async () => ({
    doelen: await tel('plan_doel'),
    acties: await tel('plan_actie'),
    voorstellen: await tel('plan_voorstel'),
    notities: await tel('plan_notitie'),
  });
  const basis = () => `/dossiers/${dossierId}/plan`;
  const doelForm = (extra: Record<string, string> = {}) => ({
    versie: '0',
    tekst: 'Ik wil weer overzicht over mijn geld.',
    levensgebieden: 'financien',
    waarom: 'Dan slaap ik beter.',
    gelukt_als: 'Ik open elke week de post.',
    aanleiding: 'regie-spiegel',
    evaluatie_op: '2027-03-15',
    ...extra,
  });
  const actieForm = (extra: Record<string, string> = {}) => ({
    versie: '0',
    wat: 'Samen de post openen.',
    doener: 'ikzelf',
    status: 'nog-niet',
    ...extra,
  });
  const eersteDoel = async () =>
    await t.database.db
      .selectFrom('plan_doel')
      .select(['id', 'versie'])
      .where('dossier_id', '=', dossierId)
      .orderBy('created_at')
      .executeTakeFirstOrThrow();
  const acties = () =>
    t.database.db
      .selectFrom('plan_actie')
      .select(['id', 'versie', 'status', 'doener', 'netwerk_persoon_id'])
      .where('dossier_id', '=', dossierId)
      .orderBy('created_at')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'plan' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'plan', naam: 'Plan', hostnames: ['plan.test'] });
    gemeenteId = gemeente.id;
    const orgs: { id: string }[] = [];
    for (const naam of ['Buurtteam', 'Schuldhulp', 'Wmo-loket', 'GGZ'])
      orgs.push(await createOrganisatie(db, gemeente.id, naam));
    const maak = (email: string, rol: 'inwoner' | 'naaste' | 'professional', org = 0) =>
      createAccountWithPassword(db, {
        gemeenteId: gemeente.id,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
        ...(rol === 'professional' ? { organisatieId: orgs[org]?.id as string } : {}),
      });
    const ilse = await maak('ilse@example.test', 'inwoner');
    ilseId = ilse.id;
    const ander = await maak('ander@example.test', 'inwoner');
    dossierId = await dossierVanInwoner(db, gemeente.id, ilse.id);
    const anderDossier = await dossierVanInwoner(db, gemeente.id, ander.id);
    bramOpKaart = await createNetwerkPersoon(db, {
      gemeenteId,
      dossierId,
      persoon: persoon({ naam: 'Bram', relatie: 'broer-zus', cirkel: 'heel-dichtbij' }),
      op: new Date(),
    });
    vreemdeOpKaart = await createNetwerkPersoon(db, {
      gemeenteId,
      dossierId: anderDossier,
      persoon: persoon({ naam: 'Vreemde', relatie: 'buur', cirkel: 'dichtbij' }),
      op: new Date(),
    });
    const grants: [string, 'naaste' | 'professional', Niveau, number][] = [
      ['yara@example.test', 'professional', 'voorstellen', 0],
      ['bram@example.test', 'naaste', 'reageren', 0],
      ['lezer@example.test', 'naaste', 'lezen', 0],
      ['kees@example.test', 'professional', 'bewerken', 1],
    ];
    for (const [email, rol, niveau, org] of grants) {
      const account = await maak(email, rol, org);
      toegangen.set(
        email,
        await createToegang(db, {
          gemeenteId: gemeente.id,
          dossierId,
          granteeAccountId: account.id,
          createdBy: ilse.id,
          eindigtOp: null,
          niveaus: { plan: niveau },
        }),
      );
    }
  }, 600_000);
  afterAll(async () => t.close());

  it('lets the resident write a goal and an action; her words are stored encrypted', async () => {
    const ilse = await client('ilse@example.test');
    expect((await ilse.get(basis())).statusCode).toBe(200);
    expect(ilse.lastHtml).toContain('Je hebt nog geen doelen.');
    await ilse.get(`${basis()}/doelen/nieuw`);
    const r = await ilse.post(`${basis()}/doelen/nieuw`, doelForm());
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`${basis()}?melding=bewaard`);
    const doel = await eersteDoel();
    await ilse.get(`${basis()}/doelen/${doel.id}/acties/nieuw`);
    expect(ilse.lastHtml).toContain('Ik doe het zelf');
    // The doers in the seeds' order: zelf → netwerk → vrijwilliger → professional.
    const volgorde = [
      'value="ikzelf"',
      'value="netwerk"',
      'value="vrijwilliger"',
      'value="professional"',
    ].map((v) => ilse.lastHtml.indexOf(v));
    expect([...volgorde].sort((a, b) => a - b)).toEqual(volgorde);
    expect(
      (
        await ilse.post(
          `${basis()}/doelen/${doel.id}/acties/nieuw`,
          actieForm({ doener: 'netwerk', netwerk_persoon_id: bramOpKaart, wanneer: '2027-01-10' }),
        )
      ).statusCode,
    ).toBe(303);
    const rij = await t.database.db
      .selectFrom('plan_doel')
      .select(['tekst', 'waarom'])
      .where('id', '=', doel.id)
      .executeTakeFirstOrThrow();
    expect(rij.tekst.startsWith('v1.')).toBe(true);
    expect(rij.waarom).not.toContain('slaap');
    expect(
      await ontsleutelOpgeslagen(
        t.database.db,
        dossierId,
        { tabel: 'plan_doel', kolom: 'tekst', rijId: doel.id },
        rij.tekst,
      ),
    ).toBe('Ik wil weer overzicht over mijn geld.');
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('Ik wil weer overzicht over mijn geld.');
    expect(ilse.lastHtml).toContain('Bram (uit het netwerk)');
    expect(ilse.lastHtml).toContain('Dit doel komt uit &quot;Zo ziet iedereen het&quot; bij Hoe het gaat.');
    // Who changed what, in the log's sentences.
    expect(ilse.lastHtml).toMatch(/Jij .*je plan/);
  });

  it('keeps showing who changed what after many views: reads do not push the changes out', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/doelen/nieuw`);
    expect(
      (await ilse.post(`${basis()}/doelen/nieuw`, doelForm({ tekst: 'Elke week wandelen.' }))).statusCode,
    ).toBe(303);
    // Then 600 views of her plan by Bram: more than the 500 entries the page shows.
    const bram = await t.database.db
      .selectFrom('account')
      .select(['id', 'rol'])
      .where('email', '=', 'bram@example.test')
      .executeTakeFirstOrThrow();
    await t.database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 600; i++)
        await appendAudit(
          trx,
          auditRegel(
            { accountId: bram.id, rol: bram.rol, organisatieId: null },
            {
              gemeenteId,
              occurredAt: new Date(),
              dossierId,
              sectie: 'plan',
              actie: 'read',
              uitkomst: 'allowed',
              grondslag: 'toegang',
              toegangId: toegangen.get('bram@example.test') as string,
            },
          ),
        );
    });
    expect((await ilse.get(basis())).statusCode).toBe(200);
    const wijzigingen = /<section aria-labelledby="wijzigingen">([\s\S]*?)<\/section>/.exec(
      ilse.lastHtml,
    )?.[1];
    expect(wijzigingen).toBeDefined();
    expect(wijzigingen).toMatch(/<li[^>]*>[^<]*Jij /);
  });

  it('refuses bad input next to the field and writes nothing', async () => {
    const ilse = await client('ilse@example.test');
    const doel = await eersteDoel();
    const voor = await alles();
    await ilse.get(`${basis()}/doelen/nieuw`);
    let r = await ilse.post(`${basis()}/doelen/nieuw`, doelForm({ evaluatie_op: '2027-02-30' }));
    expect(r.statusCode).toBe(400);
    expect(ilse.lastHtml).toContain('Dit is geen bestaande datum.');
    expect(ilse.lastHtml).toContain('Ik wil weer overzicht over mijn geld.');
    r = await ilse.post(`${basis()}/doelen/nieuw`, doelForm({ levensgebieden: 'maan' }));
    expect(r.statusCode).toBe(400);
    r = await ilse.post(`${basis()}/doelen/nieuw`, doelForm({ tekst: '   ' }));
    expect(r.statusCode).toBe(400);
    expect(ilse.lastHtml).toContain('Schrijf op wat je wilt bereiken.');
    await ilse.get(`${basis()}/doelen/${doel.id}/acties/nieuw`);
    // Someone on another resident's map, and an id that is on nobody's.
    for (const id of [vreemdeOpKaart, randomUUID()]) {
      r = await ilse.post(
        `${basis()}/doelen/${doel.id}/acties/nieuw`,
        actieForm({ doener: 'netwerk', netwerk_persoon_id: id }),
      );
      expect(r.statusCode).toBe(400);
      expect(ilse.lastHtml).toContain('Deze persoon staat niet (meer) in het netwerk.');
    }
    r = await ilse.post(`${basis()}/doelen/${doel.id}/acties/nieuw`, actieForm({ status: 'gestopt' }));
    expect(r.statusCode).toBe(400);
    expect(ilse.lastHtml).toContain('Schrijf op waarom de actie gestopt is.');
    r = await ilse.post(`${basis()}/doelen/${doel.id}/acties/nieuw`, actieForm({ wanneer: '31-12-2027' }));
    expect(r.statusCode).toBe(400);
    expect(await alles()).toEqual(voor);
  });

  it('a stale version is a 409 with both versions side by side and the input kept; nothing is overwritten', async () => {
    const ilse = await client('ilse@example.test');
    const kees = await client('kees@example.test');
    const doel = await eersteDoel();
    await ilse.get(`${basis()}/doelen/${doel.id}`);
    await kees.get(`${basis()}/doelen/${doel.id}`);
    // Kees (bewerken) changes it directly first.
    expect(
      (
        await kees.post(
          `${basis()}/doelen/${doel.id}`,
          doelForm({ versie: String(doel.versie), tekst: 'Schulden op een rij.' }),
        )
      ).statusCode,
    ).toBe(303);
    const r = await ilse.post(
      `${basis()}/doelen/${doel.id}`,
      doelForm({ versie: String(doel.versie), tekst: 'Mijn eigen nieuwe woorden.' }),
    );
    expect(r.statusCode).toBe(409);
    expect(ilse.lastHtml).toContain('Iemand anders heeft dit net veranderd.');
    expect(ilse.lastHtml).toContain('Schulden op een rij.');
    expect(ilse.lastHtml).toContain('value="Mijn eigen nieuwe woorden."');
    expect(ilse.lastHtml).toContain(`name="versie" value="${doel.versie + 1}"`);
    const nu = await eersteDoel();
    expect(nu.versie).toBe(doel.versie + 1);
    // Saving again now overwrites knowingly.
    expect(
      (
        await ilse.post(
          `${basis()}/doelen/${doel.id}`,
          doelForm({ versie: String(nu.versie), tekst: 'Mijn eigen nieuwe woorden.' }),
        )
      ).statusCode,
    ).toBe(303);
  });

  it('a proposal waits for the resident; she accepts it once, a second time is a clear 409 and writes nothing', async () => {
    const yara = await client('yara@example.test');
    const doel = await eersteDoel();
    await yara.get(`${basis()}/doelen/${doel.id}/acties/nieuw`);
    expect(yara.lastHtml).toContain('Je stuurt dit als voorstel.');
    const voor = await alles();
    const r = await yara.post(
      `${basis()}/doelen/${doel.id}/acties/nieuw`,
      actieForm({ wat: 'Aanvraag bijzondere bijstand.', doener: 'professional', doener_naam: 'Buurtteam' }),
    );
    expect(r.headers.location).toBe(`${basis()}?melding=voorgesteld`);
    expect(await alles()).toEqual({ ...voor, voorstellen: voor.voorstellen + 1 });
    // Yara cannot decide it herself.
    const voorstel = await t.database.db
      .selectFrom('plan_voorstel')
      .select('id')
      .where('dossier_id', '=', dossierId)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    await yara.get(basis());
    expect(yara.lastHtml).toContain('Dit voorstel wacht op een besluit van ilse.');
    expect(
      (await yara.post(`${basis()}/voorstellen/${voorstel.id}`, { besluit: 'aanvaarden' })).statusCode,
    ).toBe(403);
    const ilse = await client('ilse@example.test');
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('yara stelt een nieuwe actie voor');
    expect(ilse.lastHtml).toContain('Aanvraag bijzondere bijstand.');
    const ok = await ilse.post(`${basis()}/voorstellen/${voorstel.id}`, { besluit: 'aanvaarden' });
    expect(ok.headers.location).toBe(`${basis()}?melding=aanvaard`);
    expect(await tel('plan_actie')).toBe(voor.acties + 1);
    await ilse.get(basis());
    const nogEens = await ilse.post(`${basis()}/voorstellen/${voorstel.id}`, { besluit: 'aanvaarden' });
    expect(nogEens.statusCode).toBe(409);
    expect(ilse.lastHtml).toContain('Over dit voorstel is al besloten.');
    expect(await tel('plan_actie')).toBe(voor.acties + 1);
    // Both see the same plan.
    await yara.get(basis());
    expect(yara.lastHtml).toContain('Aanvraag bijzondere bijstand.');
  });

  it('a proposal against an action that changed since cannot be accepted; declining works', async () => {
    const yara = await client('yara@example.test');
    const ilse = await client('ilse@example.test');
    const [actie] = await acties();
    if (!actie) throw new Error('no action');
    await yara.get(`${basis()}/acties/${actie.id}`);
    expect(
      (
        await yara.post(
          `${basis()}/acties/${actie.id}`,
          actieForm({
            versie: String(actie.versie),
            status: 'bezig',
            doener: 'netwerk',
            netwerk_persoon_id: bramOpKaart,
          }),
        )
      ).statusCode,
    ).toBe(303);
    const voorstel = await t.database.db
      .selectFrom('plan_voorstel')
      .select('id')
      .where('dossier_id', '=', dossierId)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    await ilse.get(`${basis()}/acties/${actie.id}`);
    expect(
      (
        await ilse.post(
          `${basis()}/acties/${actie.id}`,
          actieForm({
            versie: String(actie.versie),
            status: 'gelukt',
            doener: 'netwerk',
            netwerk_persoon_id: bramOpKaart,
          }),
        )
      ).statusCode,
    ).toBe(303);
    await ilse.get(basis());
    const r = await ilse.post(`${basis()}/voorstellen/${voorstel.id}`, { besluit: 'aanvaarden' });
    expect(r.statusCode).toBe(409);
    expect(ilse.lastHtml).toContain('het doel of de actie is veranderd sinds het voorstel');
    expect((await acties())[0]?.status).toBe('gelukt');
    expect(
      (await ilse.post(`${basis()}/voorstellen/${voorstel.id}`, { besluit: 'afwijzen' })).headers.location,
    ).toBe(`${basis()}?melding=afgewezen`);
  });

  it('notes need `reageren`; a reader cannot propose or write notes', async () => {
    const [actie] = await acties();
    if (!actie) throw new Error('no action');
    const bram = await client('bram@example.test');
    await bram.get(basis());
    expect(
      (await bram.post(`${basis()}/acties/${actie.id}/notities`, { tekst: 'Ging goed vandaag.' })).statusCode,
    ).toBe(303);
    const lezer = await client('lezer@example.test');
    await lezer.get(basis());
    expect(lezer.lastHtml).toContain('Ging goed vandaag.');
    const voor = await alles();
    expect(
      (await lezer.post(`${basis()}/acties/${actie.id}/notities`, { tekst: 'Ook iets.' })).statusCode,
    ).toBe(403);
    expect((await lezer.get(`${basis()}/doelen/nieuw`)).statusCode).toBe(403);
    expect(await alles()).toEqual(voor);
  });

  it('a proposal after the grant was revoked is refused and writes nothing', async () => {
    const yara = await client('yara@example.test');
    const doel = await eersteDoel();
    await yara.get(`${basis()}/doelen/${doel.id}/acties/nieuw`);
    const ilse = await client('ilse@example.test');
    await ilse.get(`/dossiers/${dossierId}/toegang`);
    expect(
      (await ilse.post(`/dossiers/${dossierId}/toegang/${toegangen.get('yara@example.test')}/intrekken`, {}))
        .statusCode,
    ).toBe(303);
    const voor = await alles();
    const r = await yara.post(`${basis()}/doelen/${doel.id}/acties/nieuw`, actieForm({ wat: 'Te laat.' }));
    expect(r.statusCode).toBe(403);
    expect(await alles()).toEqual(voor);
  });

  it('warns the resident (not a naaste) when more professionals work on the plan than the threshold, or two organisations on one domain', async () => {
    const db = t.database.db;
    for (const [i, email] of ['p2@example.test', 'p3@example.test', 'p4@example.test'].entries()) {
      const account = await createAccountWithPassword(db, {
        gemeenteId,
        naam: email.split('@')[0] as string,
        email,
        rol: 'professional',
        password: PASSWORD,
        organisatieId: (
          await db
            .selectFrom('organisatie')
            .select('id')
            .where('gemeente_id', '=', gemeenteId)
            .orderBy('naam')
            .offset(i)
            .executeTakeFirstOrThrow()
        ).id,
      });
      await createToegang(db, {
        gemeenteId,
        dossierId,
        granteeAccountId: account.id,
        createdBy: ilseId,
        eindigtOp: null,
        niveaus: { plan: 'lezen' },
      });
    }
    const ilse = await client('ilse@example.test');
    await ilse.get(basis());
    // kees + p2, p3, p4 (yara's grant was revoked): four, above the default three.
    expect(ilse.lastHtml).toContain('Er werken nu 4 hulpverleners aan dit plan.');
    const lezer = await client('lezer@example.test');
    await lezer.get(basis());
    expect(lezer.lastHtml).not.toContain('hulpverleners aan dit plan');
    // Two organisations on one domain: Kees's action and one of the Buurtteam (typed).
    const doel = await eersteDoel();
    const kees = await db
      .selectFrom('account')
      .select('id')
      .where('email', '=', 'kees@example.test')
      .executeTakeFirstOrThrow();
    await ilse.get(`${basis()}/doelen/${doel.id}/acties/nieuw`);
    expect(
      (
        await ilse.post(
          `${basis()}/doelen/${doel.id}/acties/nieuw`,
          actieForm({ wat: 'Budgetplan.', doener: 'professional', doener_account_id: kees.id }),
        )
      ).statusCode,
    ).toBe(303);
    await ilse.get(basis());
    expect(ilse.lastHtml).toMatch(
      /Bij Geld en rekeningen helpen meer organisaties tegelijk: Buurtteam, Schuldhulp\./,
    );
    // She chooses a regievoerder; the regievoerder sees the warning too.
    const versie =
      /action="[^"]*\/plan\/regievoerder"[\s\S]*?name="versie" value="(\d+)"/.exec(ilse.lastHtml)?.[1] ?? '';
    expect((await ilse.post(`${basis()}/regievoerder`, { account_id: kees.id, versie })).statusCode).toBe(
      303,
    );
    const k = await client('kees@example.test');
    await k.get(basis());
    expect(k.lastHtml).toContain('Er werken nu 4 hulpverleners aan dit plan.');
    expect(k.lastHtml).toContain('kees houdt het overzicht over alle hulp.');
  });
});
