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
  const host = { host: 'plan-api.test' };

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const api = (rest = '') => `/api/dossiers/${dossierId}/plan${rest}`;
  const lees = (c: BrowserClient, rest = '') => c.get(api(rest), { headers: { accept: 'application/json' } });
  const zet = (c: BrowserClient, rest: string, body: unknown, headers: Record<string, string> = {}) =>
    c.post(
      api(rest),
      {},
      {
        method: 'PUT',
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
    ] as [string, Niveau][]) {
      const account = await maak(email, 'naaste');
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
});
