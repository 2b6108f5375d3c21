import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import {
  createAccountWithPassword,
  createGemeente,
  createPlanActie,
  createPlanDoel,
  createToegang,
} from '../demo/factories.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { Niveau } from '../regie/schema.js';
import { actie, doel } from './demo.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * The plan's JSON API (api.ts): every goal and action carries its version as an ETag; a change
 * needs If-Match (428 without, nothing written), a stale version is a 412 with the stored item
 * (nothing written), bad input a 400 per field (nothing written), `voorstellen` makes a
 * proposal (202), `lezen` cannot change (403).
 */
describe.each(ENGINES)('plan API on %s', (engine) => {
  let t: TestApp;
  let dossierId: string;
  let doelId: string;
  let actieId: string;
  const grantees = new Map<string, string>();
  const host = { host: 'plan-api.test' };

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const api = (rest = '') => `/api/dossiers/${dossierId}/plan${rest}`;
  const lees = (c: BrowserClient, rest = '') => c.get(api(rest), { headers: { accept: 'application/json' } });
  const zet = (
    c: BrowserClient,
    rest: string,
    body: unknown,
    headers: Record<string, string> = {},
    method: 'PUT' | 'POST' = 'PUT',
  ) =>
    c.post(
      api(rest),
      {},
      {
        method,
        payload: JSON.stringify(body),
        headers: { accept: 'application/json', 'content-type': 'application/json', ...headers },
      },
    );
  const rij = async (tabel: 'plan_doel' | 'plan_actie', id: string) =>
    (
      await sql<{
        versie: number;
        updated_at: Date;
      }>`select versie, updated_at from ${sql.table(tabel)} where id = ${id}`.execute(t.database.db)
    ).rows[0];
  const maak = (c: BrowserClient, rest: string, body: unknown) => zet(c, rest, body, {}, 'POST');
  /** Every row of the record's plan, as a fingerprint: nothing half-written after a refusal. */
  const alles = async () => {
    const tel = async (tabel: 'plan_doel' | 'plan_actie') =>
      (
        await sql<{
          n: number;
          v: number;
        }>`select count(*)::int as n, coalesce(sum(versie), 0)::int as v from ${sql.table(tabel)} where dossier_id = ${dossierId}`.execute(
          t.database.db,
        )
      ).rows[0];
    const open = await sql<{
      n: number;
    }>`select count(*)::int as n from plan_voorstel where dossier_id = ${dossierId} and status = 'open'`.execute(
      t.database.db,
    );
    return {
      doelen: await tel('plan_doel'),
      acties: await tel('plan_actie'),
      notities: (
        await sql<{
          n: number;
        }>`select count(*)::int as n from plan_notitie where dossier_id = ${dossierId}`.execute(t.database.db)
      ).rows[0]?.n,
      open: open.rows[0]?.n,
    };
  };
  const voorstellen = async () =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from plan_voorstel where dossier_id = ${dossierId}`.execute(t.database.db)
    ).rows[0]?.n;
  const goal = {
    tekst: 'Ik wil mijn post elke week openen.',
    levensgebieden: ['financien'],
    waarom: 'Dan weet ik waar ik sta.',
    gelukt_als: '',
    aanleiding: '',
    evaluatie_op: '2027-04-01',
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'planapi' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, {
      code: 'planapi',
      naam: 'Plan API',
      hostnames: ['plan-api.test'],
    });
    const maak = (email: string, rol: 'inwoner' | 'naaste') =>
      createAccountWithPassword(db, {
        gemeenteId: gemeente.id,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
      });
    const ilse = await maak('ilse@example.test', 'inwoner');
    dossierId = await dossierVanInwoner(db, gemeente.id, ilse.id);
    const op = new Date();
    doelId = await createPlanDoel(db, {
      gemeenteId: gemeente.id,
      dossierId,
      doel: doel({ tekst: 'Mijn geld op orde', levensgebieden: ['financien'] }),
      op,
    });
    actieId = await createPlanActie(db, {
      gemeenteId: gemeente.id,
      dossierId,
      doelId,
      actie: actie({ wat: 'De post openen' }),
      op,
    });
    for (const [email, niveau] of [
      ['lezer@example.test', 'lezen'],
      ['voorsteller@example.test', 'voorstellen'],
      ['reageerder@example.test', 'reageren'],
      ['ingetrokken@example.test', 'voorstellen'],
    ] as [string, Niveau][]) {
      const account = await maak(email, 'naaste');
      grantees.set(email, account.id);
      await createToegang(db, {
        gemeenteId: gemeente.id,
        dossierId,
        granteeAccountId: account.id,
        createdBy: ilse.id,
        eindigtOp: null,
        niveaus: { plan: niveau },
      });
    }
  }, 600_000);
  afterAll(async () => t.close());

  it('reads the plan, a goal and an action as JSON with the version as a strong ETag', async () => {
    const lezer = await client('lezer@example.test');
    const plan = await lees(lezer);
    expect(plan.statusCode).toBe(200);
    expect(plan.headers['content-type']).toMatch(/^application\/json/);
    expect(plan.headers['cache-control']).toBe('no-store');
    const body = plan.json() as {
      doelen: { id: string; etag: string; acties: { id: string; wat: string }[] }[];
    };
    expect(body.doelen.map((d) => [d.id, d.etag, d.acties.map((a) => a.wat)])).toEqual([
      [doelId, '"1"', ['De post openen']],
    ]);
    const g = await lees(lezer, `/doelen/${doelId}`);
    expect(g.statusCode).toBe(200);
    expect(g.headers.etag).toBe('"1"');
    expect(g.json()).toMatchObject({ id: doelId, versie: 1, tekst: 'Mijn geld op orde', acties: [actieId] });
    const a = await lees(lezer, `/acties/${actieId}`);
    expect(a.headers.etag).toBe('"1"');
    expect(a.json()).toMatchObject({ id: actieId, doel_id: doelId, wat: 'De post openen', doener: 'ikzelf' });
    expect((await lees(lezer, '/doelen/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    // Not logged in: a JSON 401, not the login page.
    const anoniem = await t.app.inject({ method: 'GET', url: api(), headers: host });
    expect(anoniem.statusCode).toBe(401);
    expect(anoniem.json()).toMatchObject({ error: 'UNAUTHENTICATED' });
  });

  it('changes a goal with If-Match; without it 428, with a stale one 412 with the stored goal; nothing written', async () => {
    const ilse = await client('ilse@example.test');
    const voor = await rij('plan_doel', doelId);
    const zonder = await zet(ilse, `/doelen/${doelId}`, goal);
    expect(zonder.statusCode).toBe(428);
    expect(zonder.json()).toMatchObject({
      error: 'PRECONDITION_REQUIRED',
      message: expect.stringContaining('If-Match'),
    });
    expect((await zet(ilse, `/doelen/${doelId}`, goal, { 'if-match': '*' })).statusCode).toBe(428);
    expect((await zet(ilse, `/doelen/${doelId}`, goal, { 'if-match': 'W/"1"' })).statusCode).toBe(400);
    expect(await rij('plan_doel', doelId)).toEqual(voor);

    const ok = await zet(ilse, `/doelen/${doelId}`, goal, { 'if-match': '"1"' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toEqual({ id: doelId, versie: 2 });
    expect((await lees(ilse, `/doelen/${doelId}`)).json()).toMatchObject({
      versie: 2,
      tekst: goal.tekst,
      levensgebieden: ['financien'],
      evaluatie_op: '2027-04-01',
    });

    // The same change again against version 1, as a second writer who read before: 412, kept out.
    const na = await rij('plan_doel', doelId);
    const oud = await zet(
      ilse,
      `/doelen/${doelId}`,
      { ...goal, tekst: 'Iets anders' },
      { 'if-match': '"1"' },
    );
    expect(oud.statusCode).toBe(412);
    expect(oud.headers.etag).toBe('"2"');
    expect(oud.json()).toMatchObject({
      error: 'PRECONDITION_FAILED',
      huidig: { id: doelId, versie: 2, tekst: goal.tekst },
    });
    // A version from the future is just as stale.
    expect((await zet(ilse, `/doelen/${doelId}`, goal, { 'if-match': '"99"' })).statusCode).toBe(412);
    expect(await rij('plan_doel', doelId)).toEqual(na);
  });

  it('refuses bad input per field and anything but JSON, writing nothing', async () => {
    const ilse = await client('ilse@example.test');
    const voor = await rij('plan_actie', actieId);
    const datum = await zet(
      ilse,
      `/acties/${actieId}`,
      { wat: 'De post openen', doener: 'ikzelf', wanneer: '2027-02-30' },
      { 'if-match': '"1"' },
    );
    expect(datum.statusCode).toBe(400);
    expect(datum.json()).toMatchObject({
      error: 'BAD_REQUEST',
      velden: { wanneer: expect.stringContaining('datum') },
    });
    const netwerk = await zet(
      ilse,
      `/acties/${actieId}`,
      { wat: 'Bellen', doener: 'netwerk', netwerk_persoon_id: '00000000-0000-4000-8000-000000000000' },
      { 'if-match': '"1"' },
    );
    expect(netwerk.statusCode).toBe(400);
    expect(Object.keys((netwerk.json() as { velden: object }).velden)).toEqual(['netwerk_persoon_id']);
    // A nested object is no field: the platform's one schema layer refuses it before any handler.
    expect(
      (await zet(ilse, `/acties/${actieId}`, { wat: { x: 1 }, doener: 'ikzelf' }, { 'if-match': '"1"' }))
        .statusCode,
    ).toBe(400);
    const form = await ilse.post(
      api(`/acties/${actieId}`),
      { wat: 'Formulier', doener: 'ikzelf' },
      { method: 'PUT', headers: { accept: 'application/json', 'if-match': '"1"' } },
    );
    expect(form.statusCode).toBe(415);
    expect(await rij('plan_actie', actieId)).toEqual(voor);

    const ok = await zet(
      ilse,
      `/acties/${actieId}`,
      { wat: 'De post openen', doener: 'ikzelf', status: 'bezig' },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect((await lees(ilse, `/acties/${actieId}`)).json()).toMatchObject({ status: 'bezig', versie: 2 });
  });

  it('makes a proposal for `voorstellen` (202, the goal unchanged) and refuses `lezen` (403)', async () => {
    const voor = await rij('plan_doel', doelId);
    const aantal = await voorstellen();
    const voorsteller = await client('voorsteller@example.test');
    const r = await zet(
      voorsteller,
      `/doelen/${doelId}`,
      { ...goal, tekst: 'Voorstel' },
      { 'if-match': '"2"' },
    );
    expect(r.statusCode).toBe(202);
    expect(await voorstellen()).toBe((aantal ?? 0) + 1);
    const lezer = await client('lezer@example.test');
    const geweigerd = await zet(lezer, `/doelen/${doelId}`, goal, { 'if-match': '"2"' });
    expect(geweigerd.statusCode).toBe(403);
    expect(geweigerd.json()).toMatchObject({ error: 'FORBIDDEN' });
    expect(await voorstellen()).toBe((aantal ?? 0) + 1);
    expect(await rij('plan_doel', doelId)).toEqual(voor);
  });
  it('adds a goal and an action: 201 with Location and ETag; bad input a 400 per field, nothing written', async () => {
    const ilse = await client('ilse@example.test');
    const voor = await alles();
    // No life area, an impossible day: both named, nothing written.
    const slecht = await maak(ilse, '/doelen', { tekst: 'Nieuw doel', evaluatie_op: '2027-02-30' });
    expect(slecht.statusCode).toBe(400);
    expect(Object.keys((slecht.json() as { velden: object }).velden).sort()).toEqual([
      'evaluatie_op',
      'levensgebieden',
    ]);
    const form = await ilse.post(
      api('/doelen'),
      { tekst: 'Formulier', levensgebieden: 'wonen' },
      { headers: { accept: 'application/json' } },
    );
    expect(form.statusCode).toBe(415);
    expect(await alles()).toEqual(voor);

    // A version sent along is ignored: something new is made against version 0.
    const nieuw = await maak(ilse, '/doelen', { ...goal, tekst: 'Een nieuw doel', versie: '7' });
    expect(nieuw.statusCode).toBe(201);
    expect(nieuw.headers.etag).toBe('"1"');
    const { id: nieuwId } = nieuw.json() as { id: string };
    expect(nieuw.headers.location).toBe(api(`/doelen/${nieuwId}`));
    expect((await lees(ilse, `/doelen/${nieuwId}`)).json()).toMatchObject({
      id: nieuwId,
      versie: 1,
      tekst: 'Een nieuw doel',
      acties: [],
    });

    const naDoel = await alles();
    const netwerk = await maak(ilse, `/doelen/${nieuwId}/acties`, {
      wat: 'Bellen',
      doener: 'netwerk',
      netwerk_persoon_id: '00000000-0000-4000-8000-000000000000',
    });
    expect(netwerk.statusCode).toBe(400);
    expect(Object.keys((netwerk.json() as { velden: object }).velden)).toEqual(['netwerk_persoon_id']);
    const datum = await maak(ilse, `/doelen/${nieuwId}/acties`, {
      wat: 'Bellen',
      doener: 'ikzelf',
      wanneer: '2027-02-30',
    });
    expect(datum.statusCode).toBe(400);
    expect(datum.json()).toMatchObject({ velden: { wanneer: expect.stringContaining('datum') } });
    const geenDoel = await maak(ilse, '/doelen/00000000-0000-4000-8000-000000000000/acties', {
      wat: 'Bellen',
      doener: 'ikzelf',
    });
    expect(geenDoel.statusCode).toBe(404);
    expect(await alles()).toEqual(naDoel);

    const actieNieuw = await maak(ilse, `/doelen/${nieuwId}/acties`, {
      wat: 'De buurvrouw bellen',
      doener: 'ikzelf',
      wanneer: '2027-03-01',
    });
    expect(actieNieuw.statusCode).toBe(201);
    expect(actieNieuw.headers.etag).toBe('"1"');
    const { id: nieuweActie } = actieNieuw.json() as { id: string };
    expect(actieNieuw.headers.location).toBe(api(`/acties/${nieuweActie}`));
    expect((await lees(ilse, actieNieuw.headers.location?.slice(api().length))).json()).toMatchObject({
      doel_id: nieuwId,
      wat: 'De buurvrouw bellen',
      wanneer: '2027-03-01',
    });
  });

  it('adds a progress note for `reageren` (201); an empty one is a 400, `lezen` a 403; nothing written', async () => {
    const voor = await alles();
    const reageerder = await client('reageerder@example.test');
    const leeg = await maak(reageerder, `/acties/${actieId}/notities`, { tekst: '  ' });
    expect(leeg.statusCode).toBe(400);
    expect(Object.keys((leeg.json() as { velden: object }).velden)).toEqual(['tekst']);
    const lezer = await client('lezer@example.test');
    expect((await maak(lezer, `/acties/${actieId}/notities`, { tekst: 'Gaat goed' })).statusCode).toBe(403);
    expect(
      (await maak(reageerder, '/acties/00000000-0000-4000-8000-000000000000/notities', { tekst: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(await alles()).toEqual(voor);
    const ok = await maak(reageerder, `/acties/${actieId}/notities`, { tekst: 'De post is open.' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ id: expect.any(String), actie_id: actieId });
    expect((await alles()).notities).toBe((voor.notities ?? 0) + 1);
    // `reageren` cannot add a goal, not even as a proposal.
    expect((await maak(reageerder, '/doelen', goal)).statusCode).toBe(403);
  });

  it('proposes a new goal (202), decides it once (200, then 409), refuses other answers (400); nothing half-written', async () => {
    const voorsteller = await client('voorsteller@example.test');
    const ilse = await client('ilse@example.test');
    const voor = await alles();
    const voorstel = await maak(voorsteller, '/doelen', { ...goal, tekst: 'Samen naar de markt' });
    expect(voorstel.statusCode).toBe(202);
    const { voorstel_id: voorstelId } = voorstel.json() as { voorstel_id: string };
    expect((await alles()).doelen).toEqual(voor.doelen);
    // She sees it among the open proposals of the plan; the proposer sees her own.
    const open = (await lees(ilse)).json() as { voorstellen: { id: string; soort: string }[] };
    expect(open.voorstellen).toContainEqual(expect.objectContaining({ id: voorstelId, soort: 'doel' }));
    // Only she decides: the proposer cannot.
    expect(
      (await maak(voorsteller, `/voorstellen/${voorstelId}`, { besluit: 'aanvaarden' })).statusCode,
    ).toBe(403);
    const slecht = await maak(ilse, `/voorstellen/${voorstelId}`, { besluit: 'misschien' });
    expect(slecht.statusCode).toBe(400);
    expect(Object.keys((slecht.json() as { velden: object }).velden)).toEqual(['besluit']);
    const naVoorstel = await alles();

    // Two answers at the same moment: exactly one wins, the other hears "al besloten".
    const antwoorden = await Promise.all([
      maak(ilse, `/voorstellen/${voorstelId}`, { besluit: 'aanvaarden' }),
      maak(ilse, `/voorstellen/${voorstelId}`, { besluit: 'aanvaarden' }),
    ]);
    expect(antwoorden.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const ja = antwoorden.find((r) => r.statusCode === 200);
    expect(ja?.json()).toEqual({ id: voorstelId, status: 'aanvaard' });
    const nee = antwoorden.find((r) => r.statusCode === 409);
    expect(nee?.json()).toMatchObject({ error: 'CONFLICT', reden: 'besloten' });
    const naBesluit = await alles();
    expect(naBesluit.doelen?.n).toBe((naVoorstel.doelen?.n ?? 0) + 1);
    expect(naBesluit.open).toBe((naVoorstel.open ?? 0) - 1);
    // Accepting again later: 409, nothing written.
    const weer = await maak(ilse, `/voorstellen/${voorstelId}`, { besluit: 'afwijzen' });
    expect(weer.statusCode).toBe(409);
    expect(weer.json()).toMatchObject({ reden: 'besloten', message: expect.stringContaining('al besloten') });
    expect(await alles()).toEqual(naBesluit);
  });

  it('refuses a proposal after the grant was revoked (403), nothing written', async () => {
    const laat = await client('ingetrokken@example.test');
    expect((await lees(laat)).statusCode).toBe(200);
    const voor = await alles();
    await sql`update toegang set ingetrokken_op = now() where grantee_account_id = ${grantees.get('ingetrokken@example.test')}`.execute(
      t.database.db,
    );
    expect((await maak(laat, '/doelen', goal)).statusCode).toBe(403);
    expect(
      (await maak(laat, `/doelen/${doelId}/acties`, { wat: 'Bellen', doener: 'ikzelf' })).statusCode,
    ).toBe(403);
    expect((await lees(laat)).statusCode).toBe(403);
    expect(await alles()).toEqual(voor);
  });
});
