import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { mailText, startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { ontsleutelOpgeslagen } from '../../tests/support/versleuteling.js';
import {
  createAccountWithPassword,
  createGemeente,
  createGesprek,
  createNetwerkPersoon,
  createOrganisatie,
  createToegang,
} from '../demo/factories.js';
import { persoon } from '../netwerk/demo.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { Niveau } from '../regie/schema.js';
import { telOp, vandaag } from './rules.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * The netwerkberaad against a real database: she invites people from her map with her consent
 * per person (bad input refused, nothing written); an invited person answers by the link without
 * an account; during the network's private time the professional sees nothing of what the
 * network writes and may not write (the trail shows the start and the refusal); an outdated
 * version is a 409; her approval sends the agreements to Mijn plan (by the job) and queues the
 * follow-up after 4 weeks; the link is closed after; the export holds it all.
 */
describe.each(ENGINES)('netwerkberaad on %s', (engine) => {
  let t: TestApp;
  let dossierId: string;
  let gesprekId: string;
  let bramId: string;
  let henkId: string;
  let link = '';
  const host = { host: 'beraad.test' };

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const basis = () => `/dossiers/${dossierId}/gesprekken/${gesprekId}/netwerkberaad`;
  const formulier = (velden: [string, string][], csrf: string | undefined) =>
    new URLSearchParams([['_csrf', csrf ?? ''], ...velden]).toString();
  const beraad = () =>
    t.database.db
      .selectFrom('gesprek_beraad')
      .selectAll()
      .where('gesprek_id', '=', gesprekId)
      .executeTakeFirst();
  const genodigden = () =>
    t.database.db
      .selectFrom('gesprek_beraad_genodigde')
      .selectAll()
      .where('dossier_id', '=', dossierId)
      .execute();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'beraad' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'beraad', naam: 'Beraad', hostnames: ['beraad.test'] });
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
    await maak('vreemd@example.test', 'professional');
    const grants: [string, 'naaste' | 'professional', Partial<Record<string, Niveau>>][] = [
      ['kees@example.test', 'professional', { gesprekken: 'bewerken', plan: 'voorstellen' }],
      ['onno@example.test', 'naaste', { gesprekken: 'reageren' }],
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
    const op = t.clock.now();
    bramId = await createNetwerkPersoon(db, {
      gemeenteId: gemeente.id,
      dossierId,
      persoon: persoon({ naam: 'Broer Bram', relatie: 'broer-zus', cirkel: 'heel-dichtbij' }),
      op,
    });
    henkId = await createNetwerkPersoon(db, {
      gemeenteId: gemeente.id,
      dossierId,
      persoon: persoon({ naam: 'Buurman Henk', relatie: 'buur', cirkel: 'dichtbij' }),
      op,
    });
    gesprekId = await createGesprek(db, {
      gemeenteId: gemeente.id,
      dossierId,
      gemeldDoor: ilse.id,
      op,
      gemeldOp: telOp(vandaag(op), -10),
    });
  }, 600_000);
  afterAll(async () => t.close());

  it('refuses an empty agenda, a day before the melding and a person without an address; only she sets it up', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('Broer Bram');
    const dag = vandaag(t.clock.now());
    const proberen = (velden: [string, string][]) =>
      ilse.post(basis(), {}, { payload: formulier([['versie', '0'], ...velden], ilse.csrfToken()) });
    expect((await proberen([['datum', dag]])).statusCode).toBe(400);
    expect(ilse.lastHtml).toContain('Kies minstens één onderwerp voor de agenda.');
    await ilse.get(basis());
    expect(
      (
        await proberen([
          ['datum', telOp(dag, -30)],
          ['agenda', 'financien'],
        ])
      ).statusCode,
    ).toBe(400);
    expect(ilse.lastHtml).toContain('Deze dag ligt voor de melding.');
    await ilse.get(basis());
    expect(
      (
        await proberen([
          ['datum', dag],
          ['agenda', 'financien'],
          ['uitnodigen', bramId],
        ])
      ).statusCode,
    ).toBe(400);
    expect(ilse.lastHtml).toContain('Vul een e-mailadres in.');
    expect(await beraad()).toBeUndefined();
    expect(await genodigden()).toHaveLength(0);
    const kees = await client('kees@example.test');
    await kees.get(basis());
    expect(kees.lastHtml).not.toContain('Opslaan en uitnodigen');
    const r = await kees.post(
      basis(),
      {},
      {
        payload: formulier(
          [
            ['versie', '0'],
            ['datum', dag],
            ['agenda', 'financien'],
          ],
          kees.csrfToken(),
        ),
      },
    );
    expect(r.statusCode).toBe(403);
    expect(await beraad()).toBeUndefined();
  });

  it('invites only whom she ticks; the mail holds a link only; the person answers without an account', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(basis());
    const r = await ilse.post(
      basis(),
      {},
      {
        payload: formulier(
          [
            ['versie', '0'],
            ['datum', vandaag(t.clock.now())],
            ['agenda', 'financien'],
            ['agenda', 'wonen'],
            ['informatie', 'Er is hulp bij de administratie.'],
            ['uitnodigen', bramId],
            [`email_${bramId}`, 'bram@example.test'],
            [`email_${henkId}`, 'henk@example.test'],
          ],
          ilse.csrfToken(),
        ),
      },
    );
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`${basis()}?melding=ingericht`);
    const rij = await beraad();
    expect(rij?.inhoud.startsWith('v1.')).toBe(true);
    expect(rij?.inhoud).not.toContain('administratie');
    // Henk was not ticked: no consent, no invitation, no mail.
    expect((await genodigden()).map((g) => g.persoon_id)).toEqual([bramId]);
    const mails = (await t.readOutbox()).map(mailText).filter((m) => m.includes('/netwerkberaad/'));
    expect(mails).toHaveLength(1);
    expect(mails[0]).not.toContain('ilse');
    expect(mails[0]).not.toContain('administratie');
    link = /\/netwerkberaad\/[A-Za-z0-9_-]+/.exec(mails[0] ?? '')?.[0] as string;
    expect(link).toBeDefined();

    const bram = new BrowserClient(t.app, host);
    expect((await bram.get(link)).statusCode).toBe(200);
    expect(bram.lastHtml).toContain('Netwerkberaad van ilse');
    expect(bram.lastHtml).toContain('Hallo Broer Bram.');
    expect((await bram.post(link, { aanbod: 'Iets' })).statusCode).toBe(400);
    expect(bram.lastHtml).toContain('Iets');
    expect((await genodigden())[0]?.antwoord).toBeNull();
    expect((await bram.post(link, { antwoord: 'komt', aanbod: 'Ik doe de boodschappen.' })).statusCode).toBe(
      200,
    );
    const [g] = await genodigden();
    expect(g?.antwoord).toBe('komt');
    expect(g?.aanbod.startsWith('v1.')).toBe(true);
    expect(
      await ontsleutelOpgeslagen(
        t.database.db,
        dossierId,
        { tabel: 'gesprek_beraad_genodigde', kolom: 'aanbod', rijId: g?.id as string },
        g?.aanbod as string,
      ),
    ).toBe('Ik doe de boodschappen.');
    expect(
      (await new BrowserClient(t.app, host).get('/netwerkberaad/bestaat-niet-bestaat-niet-bestaat'))
        .statusCode,
    ).toBe(404);
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('Broer Bram: komt.');
    expect(ilse.lastHtml).toContain('Ik doe de boodschappen.');
  });

  it('hides what the network writes from the professional during its private time, and the trail shows it', async () => {
    const onno = await client('onno@example.test');
    await onno.get(basis());
    const begin = await onno.post(`${basis()}/eigen-tijd`, { aan: 'ja' });
    expect(begin.headers.location).toBe(`${basis()}?melding=eigen-tijd-begin`);
    const kees = await client('kees@example.test');
    expect((await kees.get(basis())).statusCode).toBe(200);
    expect(kees.lastHtml).toContain('data-status="eigen-tijd"');
    expect(kees.lastHtml).not.toContain('Ik doe de boodschappen.');
    expect(kees.lastHtml).not.toContain('Plan opslaan');
    const versie = String((await beraad())?.versie);
    const geweigerd = await kees.post(`${basis()}/plan`, {
      versie,
      doel_1: 'Stiekem',
      doel_gebied_1: 'wonen',
    });
    expect(geweigerd.statusCode).toBe(403);
    await onno.get(basis());
    const plan = await onno.post(`${basis()}/plan`, {
      versie,
      doel_1: 'Bram doet elke week de boodschappen.',
      doel_gebied_1: 'financien',
      doel_wie_1: 'Bram',
    });
    expect(plan.statusCode).toBe(303);
    await onno.get(basis());
    const oud = await onno.post(`${basis()}/plan`, { versie, doel_1: 'Oud', doel_gebied_1: 'wonen' });
    expect(oud.statusCode).toBe(409);
    expect(onno.lastHtml).toContain('Iemand anders heeft het plan net veranderd.');
    await onno.get(basis());
    expect((await onno.post(`${basis()}/eigen-tijd`, { aan: 'nee' })).headers.location).toBe(
      `${basis()}?melding=eigen-tijd-einde`,
    );
    await kees.get(basis());
    expect(kees.lastHtml).toContain('Bram doet elke week de boodschappen.');
    const spoor = await t.database.db
      .selectFrom('audit_event')
      .select(['item_id', 'uitkomst', 'grondslag'])
      .where('dossier_id', '=', dossierId)
      .where('item_id', 'like', '%beraad%')
      .execute();
    const items = spoor.map((s) => `${s.item_id} ${s.uitkomst} ${s.grondslag}`);
    expect(items.some((i) => i.endsWith(':beraad:eigen-tijd-begin allowed toegang'))).toBe(true);
    expect(items.some((i) => i.includes(':beraad:plan denied geweigerd:eigen-tijd'))).toBe(true);
    expect(items.some((i) => i.endsWith(':beraad:eigen-tijd-einde allowed toegang'))).toBe(true);
  });

  it('her decision: an outdated version refused; approval sends the agreements to her plan and queues the follow-up', async () => {
    const ilse = await client('ilse@example.test');
    const huidig = (await beraad())?.versie as number;
    await ilse.get(basis());
    const oud = await ilse.post(`${basis()}/besluit`, { nummer: String(huidig - 1), besluit: 'akkoord' });
    expect(oud.statusCode).toBe(409);
    expect((await beraad())?.besluit).toBeNull();
    const kees = await client('kees@example.test');
    await kees.get(basis());
    expect(
      (await kees.post(`${basis()}/besluit`, { nummer: String(huidig), besluit: 'akkoord' })).statusCode,
    ).toBe(403);
    await ilse.get(basis());
    const r = await ilse.post(`${basis()}/besluit`, { nummer: String(huidig), besluit: 'akkoord' });
    expect(r.headers.location).toBe(`${basis()}?melding=akkoord`);
    expect((await beraad())?.besluit).toBe('akkoord');
    await t.app.jobs.runDue();
    const voorstellen = await t.database.db
      .selectFrom('plan_voorstel')
      .select(['soort', 'status'])
      .where('dossier_id', '=', dossierId)
      .execute();
    expect(voorstellen).toEqual([{ soort: 'doel', status: 'open' }]);
    await ilse.get(`/dossiers/${dossierId}/plan`);
    expect(ilse.lastHtml).toContain('Bram doet elke week de boodschappen.');
    const vervolg = await t.database.db
      .selectFrom('job')
      .select(['run_at', 'status'])
      .where('name', '=', 'gesprekken.beraad-vervolg')
      .execute();
    expect(vervolg).toHaveLength(1);
    const dagen = (vervolg[0]?.run_at.getTime() ?? 0) - t.clock.now().getTime();
    expect(dagen).toBeGreaterThan(27 * 86_400_000);
    expect(dagen).toBeLessThan(29 * 86_400_000);
    // The plan is final: the link is closed and a second decision changes nothing.
    expect((await new BrowserClient(t.app, host).get(link)).statusCode).toBe(410);
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('data-status="akkoord"');
  });
});
