import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ENGINES } from '../../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente } from '../../demo/factories.js';
import { dossierVanInwoner } from '../../regie/door/door.js';
import { VAARDIGHEDEN } from '../vaardigheden.js';

const PASSWORD = 'een lange zin als wachtwoord';
const PAD = '/beheer/samen/vaardigheden';

/**
 * The gemeente's skill list for Samen (/beheer/samen/vaardigheden): for the beheerder only; a
 * rename shows on the resident's Samen page in both languages, a hidden skill is not offered for
 * a new offer (and refused when sent anyway) but kept by whoever has it, an added skill can be
 * chosen; bad input and a stale form write nothing.
 */
describe.each(ENGINES)('samen skill list on %s', { timeout: 600_000 }, (engine) => {
  let t: TestApp;
  const host = { host: 'vl.test' };
  const dossiers: Record<string, string> = {};

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  /** The whole list form as the page shows it, with changes. */
  const formVan = (html: string, extra: Record<string, string> = {}) => {
    const form: Record<string, string> = {};
    const codes = [...html.matchAll(/name="versie-([a-z0-9-]+)"/g)].map((m) => m[1] as string);
    for (const code of codes) {
      form[`versie-${code}`] = new RegExp(`name="versie-${code}" value="(\\d+)"`).exec(html)?.[1] ?? '';
      form[`naam-${code}`] = new RegExp(`name="naam-${code}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? '';
      form[`naam_en-${code}`] =
        new RegExp(`name="naam_en-${code}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? '';
      if (new RegExp(`name="verborgen-${code}" value="ja" checked`).test(html))
        form[`verborgen-${code}`] = 'ja';
    }
    return { ...form, ...extra };
  };
  const rijen = () =>
    t.database.db
      .selectFrom('samen_vaardigheid')
      .select(['code', 'naam', 'naam_en', 'verborgen', 'eigen', 'versie'])
      .orderBy('code')
      .execute();
  /** Posts her part in Samen; arrays become repeated fields, as a browser sends check boxes. */
  const deel = async (c: BrowserClient, dossierId: string, velden: Record<string, string | string[]>) => {
    await c.get(`/dossiers/${dossierId}/samen`);
    const versie = /name="versie" value="(\d+)"/.exec(c.lastHtml)?.[1] ?? '0';
    const body = new URLSearchParams({ _csrf: c.csrfToken() ?? '' });
    const alles: Record<string, string | string[]> = {
      versie,
      voornaam: 'X',
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
  const wensen = async (dossierId: string) =>
    (
      await t.database.db
        .selectFrom('samen_wens')
        .select(['soort', 'vaardigheden'])
        .where('dossier_id', '=', dossierId)
        .orderBy('soort')
        .execute()
    ).map((w) => `${w.soort}:${w.vaardigheden.join(',')}`);

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'vl' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'vl', naam: 'Vl', hostnames: ['vl.test'] });
    await sql`insert into postcode (postcode, latitude, longitude, bron) values
      ('3511', 52.0907, 5.1214, 'test') on conflict (postcode) do nothing`.execute(db);
    for (const naam of ['ilse', 'bram']) {
      const a = await createAccountWithPassword(db, {
        gemeenteId: gemeente.id,
        naam,
        email: `${naam}@example.test`,
        rol: 'inwoner',
        password: PASSWORD,
      });
      dossiers[naam] = await dossierVanInwoner(db, gemeente.id, a.id);
    }
    await createAccountWithPassword(db, {
      gemeenteId: gemeente.id,
      naam: 'Beheerder',
      email: 'beheerder@example.test',
      rol: 'beheerder',
      password: PASSWORD,
    });
  }, 600_000);
  afterAll(async () => t?.close());

  it('is for the beheerder only', async () => {
    const anoniem = new BrowserClient(t.app, host);
    expect((await anoniem.get(PAD)).statusCode).toBe(401);
    const ilse = await client('ilse@example.test');
    expect((await ilse.get(PAD)).statusCode).toBe(403);
    expect((await ilse.post(PAD, { 'versie-tuin': '0', 'verborgen-tuin': 'ja' })).statusCode).toBe(403);
    expect((await ilse.post(`${PAD}/nieuw`, { nieuw_naam: 'Iets' })).statusCode).toBe(403);
    const beheerder = await client('beheerder@example.test');
    expect((await beheerder.get(PAD)).statusCode).toBe(200);
    expect(beheerder.lastHtml).toContain('Standaard: Tuin bijhouden');
    expect(beheerder.lastHtml).toContain(`href="${PAD}"`);
    expect([...beheerder.lastHtml.matchAll(/name="versie-/g)]).toHaveLength(VAARDIGHEDEN.length);
    expect(await rijen()).toEqual([]);
  });

  it('refuses bad input next to the field and writes nothing', async () => {
    const beheerder = await client('beheerder@example.test');
    await beheerder.get(PAD);
    const html = beheerder.lastHtml;
    let r = await beheerder.post(
      PAD,
      formVan(html, { 'naam-tuin': 'x'.repeat(61), 'naam-koken': 'Samen eten' }),
    );
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Gebruik maximaal 60 tekens');
    expect(r.body).toContain('href="#veld-naam-tuin"');
    expect(r.body).toContain('value="Samen eten"');
    // A control character is refused by the platform's input checks before the form is read.
    r = await beheerder.post(PAD, formVan(html, { 'naam-tuin': 'Tu\u0007in' }));
    expect(r.statusCode).toBe(400);
    r = await beheerder.post(PAD, formVan(html, { 'versie-tuin': '-1' }));
    expect(r.statusCode).toBe(400);
    r = await beheerder.post(`${PAD}/nieuw`, { nieuw_naam: '   ' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Vul een naam in.');
    // A name the list has (the default text, regardless of case) is refused next to the field.
    r = await beheerder.post(`${PAD}/nieuw`, { nieuw_naam: 'tuin BIJHOUDEN' });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('Deze vaardigheid staat al in de lijst.');
    expect(r.body).toContain('href="#veld-nieuw_naam"');
    expect(await rijen()).toEqual([]);
  });

  it('renames, hides and adds; the resident is offered the new list and keeps a hidden skill she has', async () => {
    // Ilse offers gardening before it is hidden.
    const ilse = await client('ilse@example.test');
    expect((await deel(ilse, dossiers.ilse as string, { aanbod: ['tuin', 'koken'] })).statusCode).toBe(303);

    const beheerder = await client('beheerder@example.test');
    await beheerder.get(PAD);
    let r = await beheerder.post(
      PAD,
      formVan(beheerder.lastHtml, {
        'naam-koken': '  Samen eten ',
        'naam_en-koken': 'Eating together',
        'verborgen-tuin': 'ja',
      }),
    );
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`${PAD}?melding=opgeslagen`);
    r = await beheerder.post(`${PAD}/nieuw`, { nieuw_naam: 'Samen naar de markt', nieuw_naam_en: '' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`${PAD}?melding=toegevoegd`);
    expect(await rijen()).toEqual([
      {
        code: 'eigen-samen-naar-de-markt',
        naam: 'Samen naar de markt',
        naam_en: null,
        verborgen: false,
        eigen: true,
        versie: 1,
      },
      {
        code: 'koken',
        naam: 'Samen eten',
        naam_en: 'Eating together',
        verborgen: false,
        eigen: false,
        versie: 1,
      },
      { code: 'tuin', naam: null, naam_en: null, verborgen: true, eigen: false, versie: 1 },
    ]);
    await beheerder.get(PAD);
    expect(beheerder.lastHtml).toContain('Eigen vaardigheid: Samen naar de markt');
    // The added skill's Dutch name is required in the list form too.
    r = await beheerder.post(PAD, formVan(beheerder.lastHtml, { 'naam-eigen-samen-naar-de-markt': '' }));
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Vul een naam in.');

    // Bram, new: the renamed and the added skill are offered, the hidden one is not (and refused).
    const bram = await client('bram@example.test');
    await bram.get(`/dossiers/${dossiers.bram}/samen`);
    expect(bram.lastHtml).toContain('Samen eten');
    expect(bram.lastHtml).toContain('value="eigen-samen-naar-de-markt"');
    expect(bram.lastHtml).not.toContain('value="tuin"');
    r = await deel(bram, dossiers.bram as string, { aanbod: ['tuin'] });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Kies uit de lijst.');
    r = await deel(bram, dossiers.bram as string, { aanbod: ['koken'], vraag: ['tuin'] });
    expect(r.statusCode).toBe(400);
    expect(await wensen(dossiers.bram as string)).toEqual([]);
    r = await deel(bram, dossiers.bram as string, {
      aanbod: ['eigen-samen-naar-de-markt'],
      vraag: ['koken'],
    });
    expect(r.statusCode).toBe(303);
    expect(await wensen(dossiers.bram as string)).toEqual([
      'aanbod:eigen-samen-naar-de-markt',
      'vraag:koken',
    ]);
    // His download in plain words names them as his page does, not by code.
    await bram.get(`/dossiers/${dossiers.bram}/gegevens/alles`);
    expect(bram.lastHtml).toContain('Hier wil je bij helpen: samen naar de markt');
    expect(bram.lastHtml).toContain('Hier wil je hulp bij: samen eten');
    expect(bram.lastHtml).not.toContain('eigen-samen-naar-de-markt');

    // Ilse keeps her hidden skill: still shown, checked, and saving again works.
    await ilse.get(`/dossiers/${dossiers.ilse}/samen`);
    expect(ilse.lastHtml).toMatch(/value="tuin"\s+checked/);
    expect((await deel(ilse, dossiers.ilse as string, { aanbod: ['tuin', 'koken'] })).statusCode).toBe(303);
    expect(await wensen(dossiers.ilse as string)).toEqual(['aanbod:tuin,koken']);

    // English: the own English name; an added skill without one shows its Dutch name.
    await bram.post('/taal', { taal: 'en', terug: `/dossiers/${dossiers.bram}/samen` });
    await bram.get(`/dossiers/${dossiers.bram}/samen`);
    expect(bram.lastHtml).toContain('<html lang="en"');
    expect(bram.lastHtml).toContain('Eating together');
    expect(bram.lastHtml).toContain('Samen naar de markt');
  });

  it('answers a stale form with 409, keeps the input and writes nothing', async () => {
    const beheerder = await client('beheerder@example.test');
    await beheerder.get(PAD);
    const oud = beheerder.lastHtml;
    expect((await beheerder.post(PAD, formVan(oud, { 'naam-vervoer': 'Brengen en halen' }))).statusCode).toBe(
      303,
    );
    const voor = await rijen();
    await beheerder.get(PAD);
    const r = await beheerder.post(PAD, {
      ...formVan(oud, { 'naam-vervoer': 'Rijden', 'naam-wandelen': 'Een stukje lopen' }),
      _csrf: beheerder.csrfToken() ?? '',
    });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('Iemand anders heeft de vaardigheden net gewijzigd.');
    expect(r.body).toContain('value="Rijden"');
    expect(r.body).toContain('value="Een stukje lopen"');
    expect(await rijen()).toEqual(voor);
  });
});
