import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente, createNetwerkPersoon } from '../demo/factories.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import { RELATIE_CODES } from './codes.js';
import { persoon } from './demo.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * The beheerder's wording of the relationships (/beheer/netwerk/relaties): a rename shows on the
 * resident's map and form, a hidden code is not offered to new people but kept by who has it,
 * a stale form is a 409 with the input kept, bad input is refused next to the field.
 */
describe.each(ENGINES)('netwerk relaties on %s', (engine) => {
  let t: TestApp;
  let dossierId: string;
  let kennisId: string;
  const host = { host: 'rel.test' };

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  /** The whole form as the page shows it, with changes. */
  const formVan = (html: string, extra: Record<string, string> = {}) => {
    const form: Record<string, string> = {};
    for (const code of RELATIE_CODES) {
      form[`versie-${code}`] = new RegExp(`name="versie-${code}" value="(\\d+)"`).exec(html)?.[1] ?? '';
      form[`naam-${code}`] = new RegExp(`name="naam-${code}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? '';
      form[`naam_en-${code}`] =
        new RegExp(`name="naam_en-${code}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? '';
      if (new RegExp(`name="verborgen-${code}" value="ja" checked`).test(html))
        form[`verborgen-${code}`] = 'ja';
    }
    return { ...form, ...extra };
  };
  const rijen = () => t.database.db.selectFrom('netwerk_relatie').selectAll().orderBy('code').execute();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'rel' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'rel', naam: 'Rel', hostnames: ['rel.test'] });
    const maak = (email: string, rol: 'inwoner' | 'beheerder') =>
      createAccountWithPassword(db, {
        gemeenteId: gemeente.id,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
      });
    const ilse = await maak('ilse@example.test', 'inwoner');
    await maak('beheerder@example.test', 'beheerder');
    dossierId = await dossierVanInwoner(db, gemeente.id, ilse.id);
    const op = new Date();
    await createNetwerkPersoon(db, {
      gemeenteId: gemeente.id,
      dossierId,
      persoon: persoon({ naam: 'Henk', relatie: 'buur', cirkel: 'dichtbij' }),
      op,
    });
    kennisId = await createNetwerkPersoon(db, {
      gemeenteId: gemeente.id,
      dossierId,
      persoon: persoon({ naam: 'Karin', relatie: 'kennis', cirkel: 'verder-weg' }),
      op,
    });
  }, 600_000);
  afterAll(async () => t.close());

  it('is for the beheerder only', async () => {
    const anoniem = new BrowserClient(t.app, host);
    expect((await anoniem.get('/beheer/netwerk/relaties')).statusCode).toBe(401);
    const ilse = await client('ilse@example.test');
    expect((await ilse.get('/beheer/netwerk/relaties')).statusCode).toBe(403);
    expect((await ilse.post('/beheer/netwerk/relaties', { 'versie-buur': '0' })).statusCode).toBe(403);
    const beheerder = await client('beheerder@example.test');
    expect((await beheerder.get('/beheer/netwerk/relaties')).statusCode).toBe(200);
    expect(beheerder.lastHtml).toContain('Standaard: Buur');
    expect(beheerder.lastHtml).toContain('href="/beheer/netwerk/relaties"');
  });

  it('refuses bad input next to the field and writes nothing', async () => {
    const beheerder = await client('beheerder@example.test');
    await beheerder.get('/beheer/netwerk/relaties');
    const html = beheerder.lastHtml;
    let r = await beheerder.post(
      '/beheer/netwerk/relaties',
      formVan(html, { 'naam-buur': 'x'.repeat(61), 'naam-vriend': 'Maatje' }),
    );
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Gebruik maximaal 60 tekens');
    expect(r.body).toContain('href="#veld-naam-buur"');
    expect(r.body).toContain('value="Maatje"');
    r = await beheerder.post('/beheer/netwerk/relaties', formVan(html, { 'naam-buur': 'Bu\u0007ur' }));
    expect(r.statusCode).toBe(400);
    r = await beheerder.post('/beheer/netwerk/relaties', formVan(html, { 'versie-buur': 'x' }));
    expect(r.statusCode).toBe(400);
    expect(await rijen()).toEqual([]);
  });

  it('renames and hides; the resident sees the new name and is not offered the hidden code for someone new', async () => {
    const beheerder = await client('beheerder@example.test');
    await beheerder.get('/beheer/netwerk/relaties');
    const r = await beheerder.post(
      '/beheer/netwerk/relaties',
      formVan(beheerder.lastHtml, {
        'naam-buur': '  Buurtgenoot ',
        'naam_en-buur': 'Fellow neighbour',
        'verborgen-kennis': 'ja',
      }),
    );
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/beheer/netwerk/relaties?melding=opgeslagen');
    expect(await rijen()).toMatchObject([
      { code: 'buur', naam: 'Buurtgenoot', naam_en: 'Fellow neighbour', verborgen: false, versie: 1 },
      { code: 'kennis', naam: null, naam_en: null, verborgen: true, versie: 1 },
    ]);

    const ilse = await client('ilse@example.test');
    const basis = `/dossiers/${dossierId}/netwerk`;
    await ilse.get(basis);
    expect(ilse.lastHtml).toContain('Wie: Buurtgenoot');
    expect(ilse.lastHtml).not.toContain('Wie: Buur<');
    // Karin keeps her hidden code and shows it.
    expect(ilse.lastHtml).toContain('Wie: Kennis');

    await ilse.get(`${basis}/nieuw`);
    expect(ilse.lastHtml).toContain('>Buurtgenoot</option>');
    expect(ilse.lastHtml).not.toContain('value="kennis"');
    const nieuw = await ilse.post(`${basis}/nieuw`, {
      versie: '0',
      naam: 'Nieuwe kennis',
      relatie: 'kennis',
      cirkel: 'dichtbij',
      contact: 'wekelijks',
      dichtbij: 'ja',
    });
    expect(nieuw.statusCode).toBe(400);
    expect(nieuw.body).toContain('Deze keuze kan niet meer. Kies iets anders.');

    await ilse.get(`${basis}/personen/${kennisId}`);
    expect(ilse.lastHtml).toMatch(/value="kennis"[^>]*selected|selected[^>]*value="kennis"/);

    // English: the own English name.
    await ilse.get(basis);
    await ilse.post('/taal', { taal: 'en', terug: basis });
    await ilse.get(basis);
    expect(ilse.lastHtml).toContain('<html lang="en"');
    expect(ilse.lastHtml).toContain('Who: Fellow neighbour');

    // The download and FHIR carry the gemeente's (Dutch) name as the relationship's text.
    const json = JSON.parse((await ilse.get(`/dossiers/${dossierId}/gegevens.json`)).body) as {
      secties: { netwerk: { personen: { naam: string; relatieTekst: string }[] } };
    };
    expect(json.secties.netwerk.personen.find((p) => p.naam === 'Henk')?.relatieTekst).toBe('Buurtgenoot');
    const fhir = await ilse.get(`/dossiers/${dossierId}/gegevens.fhir.json`);
    expect(fhir.statusCode).toBe(200);
    const relaties = (
      JSON.parse(fhir.body) as {
        entry: {
          resource: { resourceType: string; relationship?: { text?: string; coding?: { code: string }[] }[] };
        }[];
      }
    ).entry
      .filter((e) => e.resource.resourceType === 'RelatedPerson')
      .map((e) => e.resource.relationship?.[0]);
    expect(relaties).toContainEqual(
      expect.objectContaining({ text: 'Buurtgenoot', coding: [expect.objectContaining({ code: 'NBOR' })] }),
    );
  });

  it('answers a stale form with 409, keeps the input and writes nothing', async () => {
    const beheerder = await client('beheerder@example.test');
    await beheerder.get('/beheer/netwerk/relaties');
    const oud = beheerder.lastHtml;
    expect(
      (
        await beheerder.post(
          '/beheer/netwerk/relaties',
          formVan(oud, { 'naam-buur': 'Buurman of buurvrouw' }),
        )
      ).statusCode,
    ).toBe(303);
    const voor = await rijen();
    await beheerder.get('/beheer/netwerk/relaties');
    const r = await beheerder.post('/beheer/netwerk/relaties', {
      ...formVan(oud, { 'naam-buur': 'Naaste buur', 'naam-vriend': 'Vriendin of vriend' }),
      _csrf: beheerder.csrfToken() ?? '',
    });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('Iemand anders heeft de relaties net gewijzigd.');
    expect(r.body).toContain('value="Naaste buur"');
    expect(r.body).toContain('value="Vriendin of vriend"');
    expect(await rijen()).toEqual(voor);
  });
});
