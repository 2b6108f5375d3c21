import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../../tests/support/browser-client.js';
import { mailText, startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ENGINES } from '../../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente, createOrganisatie } from '../../demo/factories.js';
import { dateInputValue } from '../../platform/dates.js';
import type { Rol } from '../../platform/db/schema.js';
import { HttpError } from '../../platform/http/errors.js';
import { translator } from '../../platform/i18n/i18n.js';
import { exportHsds } from '../export.js';
import { importHsds } from '../import.js';
import { validateHsds } from '../validate.js';
import { kenmerkTermId, levensgebiedTermId } from '../zoeken/vocabulaire.js';
import { slaDienstOp } from './onderhoud.js';
import { parseDienstForm } from './rules.js';
import { redzaamTermen } from './termen.js';

const PASSWORD = 'een lange zin als wachtwoord';
const ORG = '0b7c8a62-2b1e-4c55-8d0e-4f2a9c1d7e01';
const BESTAAND = '0b7c8a62-2b1e-4c55-8d0e-4f2a9c1d7e02';

/** A complete, valid add form; tests change one thing at a time. */
function formulier(extra: Record<string, string> = {}): Record<string, string> {
  return {
    naam: 'Samen koken in de Linde',
    omschrijving: 'Elke week samen koken en eten met buren.',
    organisatie: 'nieuw',
    organisatie_naam: 'Buurthuis de Linde',
    organisatie_omschrijving: 'Buurthuis in Lindewaard-Oost.',
    email: 'Info@Buurthuis-Linde.example',
    website: 'www.buurthuis-linde.example',
    telefoon: '0123 456 789',
    adres: 'Lindeplein 4',
    postcode: '1234ab',
    plaats: 'Lindewaard',
    provincie: 'Gelderland',
    kosten: '3 euro per maaltijd',
    voor_wie: 'Iedereen uit de buurt',
    'dag-0': 'MO',
    'open-0': '09:00',
    'sluit-0': '12:00',
    'dag-1': 'WE',
    'open-1': '13.30',
    'sluit-1': '17:00',
    ...extra,
  };
}

function postForm(
  browser: BrowserClient,
  url: string,
  form: Record<string, string>,
  multi: Record<string, string[]> = {},
) {
  const params = new URLSearchParams({ _csrf: browser.csrfToken() ?? '', ...form });
  for (const [name, values] of Object.entries(multi)) for (const value of values) params.append(name, value);
  // BrowserClient.post takes one value per field; check boxes repeat a name.
  return (browser as unknown as { send(o: unknown): ReturnType<BrowserClient['post']> }).send({
    method: 'POST',
    url,
    payload: params.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe.each(ENGINES)('keeping the sociale kaart up to date on %s', (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  let andereId: string;

  const beheerder = async (host = 'linde.test') => {
    const browser = new BrowserClient(t.app, { host });
    await browser.login(host === 'linde.test' ? 'beheerder@example.test' : 'beheerder@ander.test', PASSWORD);
    return browser;
  };
  const services = () =>
    t.database.db.selectFrom('service').selectAll().where('gemeente_id', '=', gemeenteId).execute();
  const service = (id: string) =>
    t.database.db
      .selectFrom('service')
      .selectAll()
      .where('gemeente_id', '=', gemeenteId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const idVan = async (naam: string) =>
    (
      await t.database.db
        .selectFrom('service')
        .select('id')
        .where('gemeente_id', '=', gemeenteId)
        .where('name', '=', naam)
        .executeTakeFirstOrThrow()
    ).id;

  /** Adds an entry through the form and returns its id. */
  const voegToe = async (
    browser: BrowserClient,
    form: Record<string, string>,
    multi: Record<string, string[]> = {},
  ) => {
    await browser.get('/beheer/sociale-kaart/nieuw');
    const response = await postForm(browser, '/beheer/sociale-kaart/nieuw', form, multi);
    expect(response.statusCode, response.body.slice(0, 2000)).toBe(303);
    return idVan(form.naam as string);
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    const gemeente = await createGemeente(t.database.db, {
      code: 'linde',
      naam: 'Lindewaard',
      hostnames: ['linde.test'],
    });
    const andere = await createGemeente(t.database.db, {
      code: 'ander',
      naam: 'Anderstad',
      hostnames: ['ander.test'],
    });
    gemeenteId = gemeente.id;
    andereId = andere.id;
    const team = await createOrganisatie(t.database.db, gemeenteId, 'Buurtteam');
    for (const rol of ['inwoner', 'naaste', 'professional', 'beheerder', 'analist'] as Rol[]) {
      await createAccountWithPassword(t.database.db, {
        gemeenteId,
        naam: `Demo ${rol}`,
        email: `${rol}@example.test`,
        rol,
        password: PASSWORD,
        ...(rol === 'professional' ? { organisatieId: team.id } : {}),
      });
    }
    await createAccountWithPassword(t.database.db, {
      gemeenteId: andereId,
      naam: 'Andere beheerder',
      email: 'beheerder@ander.test',
      rol: 'beheerder',
      password: PASSWORD,
    });
    // An entry as an import brings it: fields the form does not show must survive an edit.
    const report = await importHsds(t.database.db, gemeenteId, {
      id: BESTAAND,
      name: 'Formulierenhulp',
      alternate_name: 'Hulp bij formulieren',
      application_process: 'Loop binnen op dinsdag.',
      status: 'active',
      email: 'formulieren@bieb.example',
      assured_date: '2020-01-15',
      last_modified: '2020-01-15T10:00:00.000Z',
      organization: {
        id: ORG,
        name: 'Bibliotheek Lindewaard',
        description: 'De bibliotheek.',
        email: 'bieb@bieb.example',
      },
      phones: [{ id: '0b7c8a62-2b1e-4c55-8d0e-4f2a9c1d7e03', number: '0123 111 222' }],
      schedules: [
        {
          id: '0b7c8a62-2b1e-4c55-8d0e-4f2a9c1d7e04',
          freq: 'WEEKLY',
          byday: 'TU',
          opens_at: '10:00',
          closes_at: '12:00',
        },
        {
          id: '0b7c8a62-2b1e-4c55-8d0e-4f2a9c1d7e05',
          freq: 'MONTHLY',
          bymonthday: '1',
          description: 'Eerste van de maand',
        },
      ],
    });
    expect(report.rejected).toEqual([]);
  });
  afterAll(async () => t?.close());

  it.each(['inwoner', 'naaste', 'professional', 'analist'])(
    'refuses the pages and the writes to a %s',
    async (rol) => {
      const browser = new BrowserClient(t.app, { host: 'linde.test' });
      await browser.login(`${rol}@example.test`, PASSWORD);
      for (const url of [
        '/beheer/sociale-kaart',
        '/beheer/sociale-kaart/nieuw',
        `/beheer/sociale-kaart/${BESTAAND}`,
      ]) {
        expect((await browser.get(url)).statusCode, url).toBe(403);
      }
      await browser.get('/mijn-overzicht');
      const before = (await services()).length;
      expect(
        (await browser.post('/beheer/sociale-kaart/nieuw', formulier({ naam: `Van ${rol}` }))).statusCode,
      ).toBe(403);
      expect(
        (await browser.post(`/beheer/sociale-kaart/${BESTAAND}/status`, { status: 'inactive' })).statusCode,
      ).toBe(403);
      expect((await browser.post(`/beheer/sociale-kaart/${BESTAAND}/gecontroleerd`, {})).statusCode).toBe(
        403,
      );
      expect((await services()).length).toBe(before);
      expect((await service(BESTAAND)).status).toBe('active');
    },
  );

  it('asks an anonymous visitor to log in', async () => {
    const page = await new BrowserClient(t.app, { host: 'linde.test' }).get('/beheer/sociale-kaart');
    expect(page.statusCode).toBe(401);
  });

  it("does not let another gemeente's beheerder see or change an entry", async () => {
    const ander = await beheerder('ander.test');
    const lijst = await ander.get('/beheer/sociale-kaart');
    expect(lijst.statusCode).toBe(200);
    expect(lijst.body).not.toContain('Formulierenhulp');
    expect((await ander.get(`/beheer/sociale-kaart/${BESTAAND}`)).statusCode).toBe(404);
    for (const [url, form] of [
      [
        `/beheer/sociale-kaart/${BESTAAND}`,
        formulier({ naam: 'Overgenomen', versie: '2020-01-15T10:00:00.000Z' }),
      ],
      [`/beheer/sociale-kaart/${BESTAAND}/status`, { status: 'inactive' }],
      [`/beheer/sociale-kaart/${BESTAAND}/gecontroleerd`, {}],
      [`/beheer/sociale-kaart/${BESTAAND}/controle-mail`, {}],
    ] as const) {
      expect((await ander.post(url, form)).statusCode, url).toBe(404);
    }
    const stored = await service(BESTAAND);
    expect([stored.name, stored.status, stored.assured_date]).toEqual([
      'Formulierenhulp',
      'active',
      '2020-01-15',
    ]);
    expect(await t.database.db.selectFrom('sociale_kaart_controle_link').selectAll().execute()).toEqual([]);
  });

  it('adds an entry with a new organisation, address, opening hours and vocabulary, as valid HSDS', async () => {
    const browser = await beheerder();
    const id = await voegToe(browser, formulier(), {
      levensgebieden: ['sociale-contacten', 'huishouden'],
      kenmerken: ['gratis'],
    });
    const stored = await service(id);
    expect(stored).toMatchObject({
      name: 'Samen koken in de Linde',
      status: 'active',
      email: 'info@buurthuis-linde.example',
      url: 'https://www.buurthuis-linde.example/',
      fees_description: '3 euro per maaltijd',
      eligibility_description: 'Iedereen uit de buurt',
      assured_date: dateInputValue(t.clock.now()),
      assurer_email: 'beheerder@example.test',
    });
    expect(stored.last_modified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const schedules = await t.database.db
      .selectFrom('schedule')
      .select(['byday', 'opens_at', 'closes_at', 'freq'])
      .where('gemeente_id', '=', gemeenteId)
      .where('service_id', '=', id)
      .orderBy('byday')
      .execute();
    expect(schedules).toEqual([
      { byday: 'MO', opens_at: '09:00', closes_at: '12:00', freq: 'WEEKLY' },
      { byday: 'WE', opens_at: '13:30', closes_at: '17:00', freq: 'WEEKLY' },
    ]);
    const attributes = await t.database.db
      .selectFrom('attribute')
      .select('taxonomy_term_id')
      .where('gemeente_id', '=', gemeenteId)
      .where('link_id', '=', id)
      .execute();
    expect(attributes.map((a) => a.taxonomy_term_id).sort()).toEqual(
      [
        levensgebiedTermId('sociale-contacten'),
        levensgebiedTermId('huishouden'),
        kenmerkTermId('gratis'),
      ].sort(),
    );
    // The export of the whole sociale kaart still passes the official schema.
    const exported = await exportHsds(t.database.db, gemeenteId);
    const nieuw = exported.contents.find((s) => s.id === id);
    expect(nieuw?.organization?.name).toBe('Buurthuis de Linde');
    expect(nieuw?.service_at_locations?.[0]?.location?.addresses?.[0]).toMatchObject({
      address_1: 'Lindeplein 4',
      postal_code: '1234 AB',
      city: 'Lindewaard',
      country: 'NL',
    });
    for (const record of exported.contents) expect(validateHsds('service', record)).toEqual([]);

    const lijst = await browser.get('/beheer/sociale-kaart?melding=toegevoegd');
    expect(lijst.body).toContain('De dienst staat op de sociale kaart.');
    expect(lijst.body).toMatch(/Samen koken in de Linde[\s\S]*?Buurthuis de Linde[\s\S]*?Actief/);
  });

  it.each([
    [{ naam: '' }, 'naam', 'Vul dit veld in.'],
    [{ email: 'geen adres' }, 'email', 'Vul een geldig e-mailadres in'],
    [
      { 'open-0': '14:00', 'sluit-0': '10:00' },
      'sluit-0',
      'De tijd van sluiten moet later zijn dan de tijd van openen.',
    ],
    [{ 'open-1': '25:00' }, 'open-1', 'Vul een tijd in zoals 09:00.'],
    [{ 'dag-0': '' }, 'dag-0', 'Vul dit veld in.'],
    [{ website: 'niet zomaar iets' }, 'website', 'Vul een geldig webadres in'],
    [{ website: 'javascript:alert(1)' }, 'website', 'Vul een geldig webadres in'],
    [{ postcode: '12345' }, 'postcode', 'Vul een postcode in zoals 1234 AB.'],
    [{ plaats: '' }, 'plaats', 'Een adres heeft straat, postcode, plaats en provincie.'],
    [{ organisatie_naam: '' }, 'organisatie_naam', 'Vul de naam van de nieuwe organisatie in.'],
    [{ organisatie: '' }, 'organisatie', 'Kies een organisatie'],
    [
      { organisatie: '0b7c8a62-2b1e-4c55-8d0e-4f2a9c1d7eff' },
      'organisatie',
      'Kies een van de mogelijkheden.',
    ],
    [{ telefoon: 'bel maar' }, 'telefoon', 'Vul een geldig telefoonnummer in'],
    [{ naam: 'x'.repeat(201) }, 'naam', 'Gebruik maximaal 200 tekens.'],
  ])('refuses %j next to the field and writes nothing', async (change, veld, melding) => {
    const browser = await beheerder();
    await browser.get('/beheer/sociale-kaart/nieuw');
    const before = await services();
    const organizations = await t.database.db.selectFrom('organization').select('id').execute();
    const response = await browser.post('/beheer/sociale-kaart/nieuw', formulier(change));
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(
      new RegExp(`id="veld-${veld}-fout">[^<]*${melding.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    expect(response.body).toContain(`aria-describedby="veld-${veld}`);
    // What was typed stays in the form.
    expect(response.body).toContain('value="Lindeplein 4"');
    expect(await services()).toEqual(before);
    expect(await t.database.db.selectFrom('organization').select('id').execute()).toEqual(organizations);
  });

  it('refuses a vocabulary code that does not exist', async () => {
    const browser = await beheerder();
    await browser.get('/beheer/sociale-kaart/nieuw');
    const response = await postForm(browser, '/beheer/sociale-kaart/nieuw', formulier({ naam: 'Onbekend' }), {
      levensgebieden: ['bestaat-niet'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="veld-levensgebieden-fout"');
    expect((await services()).some((s) => s.name === 'Onbekend')).toBe(false);
  });

  it('edits an imported entry: form fields change, rows it dropped go, everything else stays', async () => {
    const browser = await beheerder();
    const form = await browser.get(`/beheer/sociale-kaart/${BESTAAND}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="Formulierenhulp"');
    expect(form.body).toContain('value="0123 111 222"');
    expect(form.body).toMatch(/<option value="TU" selected/);
    const versie = /name="versie" value="([^"]*)"/.exec(form.body)?.[1];
    expect(versie).toBe('2020-01-15T10:00:00.000Z');
    const saved = await postForm(
      browser,
      `/beheer/sociale-kaart/${BESTAAND}`,
      {
        versie: versie as string,
        naam: 'Hulp bij formulieren',
        omschrijving: 'Samen je post en formulieren invullen.',
        organisatie: ORG,
        email: 'formulieren@bieb.example',
        telefoon: '',
        'dag-0': 'TH',
        'open-0': '10:00',
        'sluit-0': '12:00',
      },
      { levensgebieden: ['financien'] },
    );
    expect(saved.statusCode, saved.body.slice(0, 3000)).toBe(303);
    const stored = await service(BESTAAND);
    expect(stored).toMatchObject({
      name: 'Hulp bij formulieren',
      alternate_name: 'Hulp bij formulieren',
      application_process: 'Loop binnen op dinsdag.',
      assured_date: dateInputValue(t.clock.now()),
      organization_id: ORG,
    });
    expect(stored.last_modified).not.toBe(versie);
    const phones = await t.database.db
      .selectFrom('phone')
      .select('id')
      .where('service_id', '=', BESTAAND)
      .execute();
    expect(phones).toEqual([]);
    const schedules = await t.database.db
      .selectFrom('schedule')
      .select(['freq', 'byday', 'bymonthday'])
      .where('service_id', '=', BESTAAND)
      .orderBy('freq')
      .execute();
    expect(schedules).toEqual([
      { freq: 'MONTHLY', byday: null, bymonthday: '1' },
      { freq: 'WEEKLY', byday: 'TH', bymonthday: null },
    ]);
    // The organisation's own fields were not touched by choosing it.
    const org = await t.database.db
      .selectFrom('organization')
      .selectAll()
      .where('id', '=', ORG)
      .executeTakeFirstOrThrow();
    expect(org).toMatchObject({ name: 'Bibliotheek Lindewaard', email: 'bieb@bieb.example' });

    // Unticking the levensgebied removes its attribute.
    const again = await browser.get(`/beheer/sociale-kaart/${BESTAAND}`);
    expect(again.body).toMatch(/value="financien" checked/);
    const v2 = /name="versie" value="([^"]*)"/.exec(again.body)?.[1] as string;
    const cleared = await browser.post(`/beheer/sociale-kaart/${BESTAAND}`, {
      versie: v2,
      naam: 'Hulp bij formulieren',
      organisatie: ORG,
    });
    expect(cleared.statusCode).toBe(303);
    const attributes = await t.database.db
      .selectFrom('attribute')
      .select('id')
      .where('link_id', '=', BESTAAND)
      .execute();
    expect(attributes).toEqual([]);
  });

  it('answers 409 when someone saved in between, keeps what was typed and overwrites nothing', async () => {
    const eerste = await beheerder();
    const tweede = await beheerder();
    const id = await voegToe(eerste, formulier({ naam: 'Taalcafé', organisatie: ORG }));
    const a = await eerste.get(`/beheer/sociale-kaart/${id}`);
    const b = await tweede.get(`/beheer/sociale-kaart/${id}`);
    const versie = /name="versie" value="([^"]*)"/.exec(a.body)?.[1] as string;
    expect(/name="versie" value="([^"]*)"/.exec(b.body)?.[1]).toBe(versie);
    t.clock.advance(1000);
    expect(
      (
        await eerste.post(
          `/beheer/sociale-kaart/${id}`,
          formulier({ naam: 'Taalcafé Oost', organisatie: ORG, versie }),
        )
      ).statusCode,
    ).toBe(303);
    t.clock.advance(1000);
    const conflict = await tweede.post(
      `/beheer/sociale-kaart/${id}`,
      formulier({ naam: 'Taalcafé West', organisatie: ORG, versie }),
    );
    expect(conflict.statusCode).toBe(409);
    expect(conflict.body).toContain('Iemand anders heeft deze dienst veranderd terwijl jij bezig was.');
    expect(conflict.body).toContain('value="Taalcafé West"');
    expect(conflict.body).toContain('Zo staat de dienst er nu');
    expect((await service(id)).name).toBe('Taalcafé Oost');
    // Saving again from the conflict page is a deliberate choice: it carries the new version.
    const nieuweVersie = /name="versie" value="([^"]*)"/.exec(conflict.body)?.[1] as string;
    expect(nieuweVersie).toBe((await service(id)).last_modified);
    t.clock.advance(1000);
    expect(
      (
        await tweede.post(
          `/beheer/sociale-kaart/${id}`,
          formulier({ naam: 'Taalcafé West', organisatie: ORG, versie: nieuweVersie }),
        )
      ).statusCode,
    ).toBe(303);
    expect((await service(id)).name).toBe('Taalcafé West');
  });

  it('lets exactly one of 20 simultaneous saves in the same millisecond win; the others get 409, none lost', async () => {
    const browser = await beheerder();
    const id = await voegToe(browser, formulier({ naam: 'Wijkfeest', organisatie: ORG }));
    const versie = (await service(id)).last_modified as string;
    const termen = await redzaamTermen(t.database.db, gemeenteId);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, async (_, i) => {
        const form = parseDienstForm(
          formulier({ naam: `Wijkfeest ${i}`, organisatie: ORG }),
          { levensgebieden: [], kenmerken: [] },
          { levensgebieden: [], kenmerken: [] },
          7,
          translator('nl'),
        );
        if (!form.ok) throw new Error('form');
        // All at the very moment of the version they start from: the clock does not help.
        return slaDienstOp(t.database.db, new Date(Date.parse(versie)), {
          gemeenteId,
          serviceId: id,
          versie,
          form: form.data,
          beheerderEmail: 'beheerder@example.test',
          termen,
        });
      }),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const conflicts = results.filter(
      (r) => r.status === 'rejected' && r.reason instanceof HttpError && r.reason.code === 'CONFLICT',
    );
    expect(won).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    const winner = (won[0] as PromiseFulfilledResult<{ ok: boolean }>).value;
    expect(winner.ok).toBe(true);
    expect((await service(id)).name).toMatch(/^Wijkfeest \d+$/);
    const schedules = await t.database.db
      .selectFrom('schedule')
      .select('id')
      .where('service_id', '=', id)
      .execute();
    expect(schedules).toHaveLength(2);
  });

  it('ignores unknown notices and return targets instead of failing', async () => {
    const browser = await beheerder();
    for (const url of [
      '/beheer/sociale-kaart?melding=toString',
      `/beheer/sociale-kaart/${BESTAAND}?melding=constructor`,
    ]) {
      expect((await browser.get(url)).statusCode, url).toBe(200);
    }
    const response = await browser.post(`/beheer/sociale-kaart/${BESTAAND}/gecontroleerd`, {
      terug: 'constructor',
    });
    expect(response.headers.location).toBe('/beheer/sociale-kaart?melding=gecontroleerd');
    const elsewhere = await browser.post(`/beheer/sociale-kaart/${BESTAAND}/gecontroleerd`, {
      terug: 'https://evil.example',
    });
    expect(elsewhere.headers.location).toBe('/beheer/sociale-kaart?melding=gecontroleerd');
  });

  it('retires an entry without deleting it, and brings it back', async () => {
    const browser = await beheerder();
    const id = await voegToe(browser, formulier({ naam: 'Klusbus', organisatie: ORG }));
    await browser.get(`/beheer/sociale-kaart/${id}`);
    const stopped = await browser.post(`/beheer/sociale-kaart/${id}/status`, { status: 'inactive' });
    expect(stopped.statusCode).toBe(303);
    expect((await service(id)).status).toBe('inactive');
    // The public search follows at once (its index is refreshed by the import).
    const publiek = new BrowserClient(t.app, { host: 'linde.test' });
    expect((await publiek.get(`/sociale-kaart/${id}`)).statusCode).toBe(404);
    const page = await browser.get(`/beheer/sociale-kaart/${id}`);
    expect(page.body).toContain('Status: Gestopt.');
    expect((await browser.get('/beheer/sociale-kaart')).body).toMatch(/Klusbus[\s\S]*?Gestopt/);
    expect(
      (await browser.post(`/beheer/sociale-kaart/${id}/status`, { status: 'verwijderd' })).statusCode,
    ).toBe(400);
    expect((await browser.post(`/beheer/sociale-kaart/${id}/status`, { status: 'active' })).statusCode).toBe(
      303,
    );
    expect((await service(id)).status).toBe('active');
    const zichtbaar = await publiek.get(`/sociale-kaart/${id}`);
    expect(zichtbaar.statusCode).toBe(200);
    expect(zichtbaar.body).toContain('Klusbus');
    expect(
      validateHsds(
        'service',
        (await exportHsds(t.database.db, gemeenteId)).contents.find((s) => s.id === id),
      ),
    ).toEqual([]);
  });

  it('lists entries not checked within the set period; marking one checked takes it off', async () => {
    const browser = await beheerder();
    const id = await voegToe(browser, formulier({ naam: 'Rijbewijskeuring', organisatie: ORG }));
    await t.database.db
      .updateTable('service')
      .set({ assured_date: '2021-05-01' })
      .where('id', '=', id)
      .execute();
    const stale = await browser.get('/beheer/sociale-kaart?verouderd');
    expect(stale.body).toContain('Niet gecontroleerd in de laatste 12 maanden');
    expect(stale.body).toContain('Rijbewijskeuring');
    expect(stale.body).not.toContain('Samen koken in de Linde');
    const checked = await browser.post(`/beheer/sociale-kaart/${id}/gecontroleerd`, { terug: 'verouderd' });
    expect(checked.headers.location).toBe('/beheer/sociale-kaart?verouderd&melding=gecontroleerd');
    const stored = await service(id);
    expect(stored.assured_date).toBe(dateInputValue(t.clock.now()));
    expect(stored.assurer_email).toBe('beheerder@example.test');
    expect((await browser.get('/beheer/sociale-kaart?verouderd')).body).not.toContain('Rijbewijskeuring');

    // A retired entry needs no check.
    await t.database.db
      .updateTable('service')
      .set({ assured_date: '2021-05-01', status: 'inactive' })
      .where('id', '=', id)
      .execute();
    expect((await browser.get('/beheer/sociale-kaart?verouderd')).body).not.toContain('Rijbewijskeuring');
  });

  it('keeps the period per gemeente: a settings form with errors next to the field', async () => {
    const browser = await beheerder();
    expect((await browser.get('/beheer/sociale-kaart/instellingen')).body).toContain('value="12"');
    for (const waarde of ['0', '61', 'twaalf', '1.5', '']) {
      const response = await browser.post('/beheer/sociale-kaart/instellingen', { controle_maanden: waarde });
      expect(response.statusCode, waarde).toBe(400);
      expect(response.body).toContain(
        'id="veld-controle_maanden-fout">Vul een heel getal in van 1 tot en met 60.',
      );
    }
    const id = await idVan('Samen koken in de Linde');
    const tienMaanden = new Date(t.clock.now().getTime() - 300 * 24 * 3600_000);
    await t.database.db
      .updateTable('service')
      .set({ assured_date: dateInputValue(tienMaanden) })
      .where('id', '=', id)
      .execute();
    expect((await browser.get('/beheer/sociale-kaart?verouderd')).body).not.toContain(
      'Samen koken in de Linde',
    );
    expect(
      (await browser.post('/beheer/sociale-kaart/instellingen', { controle_maanden: '6' })).statusCode,
    ).toBe(303);
    const stale = await browser.get('/beheer/sociale-kaart?verouderd');
    expect(stale.body).toContain('Niet gecontroleerd in de laatste 6 maanden');
    expect(stale.body).toContain('Samen koken in de Linde');
    // The other gemeente keeps its own default.
    const ander = await beheerder('ander.test');
    expect((await ander.get('/beheer/sociale-kaart/instellingen')).body).toContain('value="12"');
    await browser.post('/beheer/sociale-kaart/instellingen', { controle_maanden: '12' });
  });

  it('confirmation by e-mailed link: one use, "klopt" sets the check, the mail holds no more than needed', async () => {
    const browser = await beheerder();
    const id = await voegToe(
      browser,
      formulier({ naam: 'Maatjesproject', organisatie: ORG, email: 'maatjes@welzijn.example' }),
    );
    await t.database.db
      .updateTable('service')
      .set({ assured_date: '2022-02-02' })
      .where('id', '=', id)
      .execute();
    await browser.get('/beheer/sociale-kaart?verouderd');
    const sent = await browser.post(`/beheer/sociale-kaart/${id}/controle-mail`, { terug: 'verouderd' });
    expect(sent.headers.location).toBe('/beheer/sociale-kaart?verouderd&melding=mail-verstuurd');
    const mails = (await t.readOutbox())
      .map(mailText)
      .filter((m) => /^To: maatjes@welzijn\.example/m.test(m));
    expect(mails).toHaveLength(1);
    const mail = mails[0] as string;
    expect(mail).toContain('Subject: Kloppen de gegevens van Maatjesproject nog?');
    const token = /https:\/\/linde\.test\/sociale-kaart\/bevestigen\/([A-Za-z0-9_-]{43})\s/.exec(
      mail,
    )?.[1] as string;
    expect(token).toBeDefined();
    expect(mail).toContain('De link werkt 30 dagen en maar één keer.');
    // No details of the entry in the mail: they are behind the link.
    for (const detail of ['0123 456 789', 'Lindeplein', 'Elke week samen koken', 'beheerder@example.test']) {
      expect(mail).not.toContain(detail);
    }
    // Stored as a hash only.
    const links = await t.database.db
      .selectFrom('sociale_kaart_controle_link')
      .selectAll()
      .where('service_id', '=', id)
      .execute();
    expect(links.map((l) => l.id)).toEqual([createHash('sha256').update(token).digest('hex')]);

    const organisatie = new BrowserClient(t.app, { host: 'linde.test' });
    const page = await organisatie.get(`/sociale-kaart/bevestigen/${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Kloppen de gegevens van Maatjesproject nog?');
    expect(page.body).toContain('Lindeplein 4, 1234 AB Lindewaard');
    expect(page.body).toContain('maandag 09:00 tot 12:00');
    // The link of one gemeente does not work on another's host.
    expect(
      (await new BrowserClient(t.app, { host: 'ander.test' }).get(`/sociale-kaart/bevestigen/${token}`))
        .statusCode,
    ).toBe(410);

    const leeg = await organisatie.post(`/sociale-kaart/bevestigen/${token}`, {});
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('id="veld-keuze-fout"');
    const zonderTekst = await organisatie.post(`/sociale-kaart/bevestigen/${token}`, {
      keuze: 'veranderd',
      toelichting: ' ',
    });
    expect(zonderTekst.statusCode).toBe(400);
    expect(zonderTekst.body).toContain('id="veld-toelichting-fout">Schrijf op wat er veranderd is.');
    expect((await service(id)).assured_date).toBe('2022-02-02');

    t.clock.advance(1000);
    const klopt = await organisatie.post(`/sociale-kaart/bevestigen/${token}`, { keuze: 'klopt' });
    expect(klopt.statusCode).toBe(200);
    expect(klopt.body).toContain('We hebben opgeslagen dat de gegevens kloppen.');
    const stored = await service(id);
    expect(stored.assured_date).toBe(dateInputValue(t.clock.now()));
    expect(stored.assurer_email).toBe('maatjes@welzijn.example');

    const nogmaals = await organisatie.get(`/sociale-kaart/bevestigen/${token}`);
    expect(nogmaals.statusCode).toBe(410);
    expect(nogmaals.body).toContain('Deze link werkt niet meer');
    expect(
      (await organisatie.post(`/sociale-kaart/bevestigen/${token}`, { keuze: 'klopt' })).statusCode,
    ).toBe(410);
    expect((await organisatie.get(`/sociale-kaart/bevestigen/${'A'.repeat(43)}`)).statusCode).toBe(410);
    expect((await organisatie.get('/sociale-kaart/bevestigen/kort')).statusCode).toBe(410);
  });

  it('"er is iets veranderd" leaves a note on the list; an expired or replaced link does not work', async () => {
    const browser = await beheerder();
    const id = await idVan('Maatjesproject');
    const stuur = async () => {
      await browser.get('/beheer/sociale-kaart');
      await browser.post(`/beheer/sociale-kaart/${id}/controle-mail`, {});
      const mails = (await t.readOutbox())
        .map(mailText)
        .filter((m) => /^To: maatjes@welzijn\.example/m.test(m));
      return /\/sociale-kaart\/bevestigen\/([A-Za-z0-9_-]{43})\s/.exec(mails.at(-1) as string)?.[1] as string;
    };
    const oud = await stuur();
    const nieuw = await stuur();
    const organisatie = new BrowserClient(t.app, { host: 'linde.test' });
    expect((await organisatie.get(`/sociale-kaart/bevestigen/${oud}`)).statusCode).toBe(410);
    await organisatie.get(`/sociale-kaart/bevestigen/${nieuw}`);
    const assured = (await service(id)).assured_date;
    const veranderd = await organisatie.post(`/sociale-kaart/bevestigen/${nieuw}`, {
      keuze: 'veranderd',
      toelichting: 'We zitten sinds maart op de Kerkstraat 8.',
    });
    expect(veranderd.statusCode).toBe(200);
    expect(veranderd.body).toContain('De gemeente leest je bericht');
    expect((await service(id)).assured_date).toBe(assured);
    const lijst = await browser.get('/beheer/sociale-kaart');
    expect(lijst.body).toContain('We zitten sinds maart op de Kerkstraat 8.');
    expect(lijst.body).toContain('Meldingen van organisaties (1)');
    const melding = await t.database.db
      .selectFrom('sociale_kaart_melding')
      .select('id')
      .executeTakeFirstOrThrow();
    expect(
      (await browser.post(`/beheer/sociale-kaart/${id}/meldingen/${melding.id}/afgehandeld`, {})).statusCode,
    ).toBe(303);
    expect((await browser.get('/beheer/sociale-kaart')).body).not.toContain('Kerkstraat 8');
    expect(
      (await browser.post(`/beheer/sociale-kaart/${id}/meldingen/${melding.id}/afgehandeld`, {})).statusCode,
    ).toBe(404);

    const laat = await stuur();
    t.clock.advance(31 * 24 * 3600_000);
    try {
      const verlopen = await organisatie.get(`/sociale-kaart/bevestigen/${laat}`);
      expect(verlopen.statusCode).toBe(410);
      expect(verlopen.body).toContain('De link is al gebruikt of is te oud.');
    } finally {
      t.clock.advance(-31 * 24 * 3600_000);
    }
  });

  it('sends no mail for an entry without any e-mail address', async () => {
    const browser = await beheerder();
    const id = await voegToe(
      browser,
      formulier({ naam: 'Zonder adres', email: '', organisatie_naam: 'Stichting Stil' }),
    );
    const before = (await t.readOutbox()).length;
    const response = await browser.post(`/beheer/sociale-kaart/${id}/controle-mail`, {});
    expect(response.headers.location).toBe('/beheer/sociale-kaart?melding=geen-email');
    expect((await browser.get(response.headers.location as string)).body).toContain('Er is geen e-mailadres');
    expect((await t.readOutbox()).length).toBe(before);
  });

  it('answers every odd form with a 4xx page, never a 5xx, and writes nothing then (fuzz)', async () => {
    const browser = await beheerder();
    await browser.get('/beheer/sociale-kaart/nieuw');
    const csrf = browser.csrfToken() as string;
    const velden = [
      'naam',
      'email',
      'website',
      'telefoon',
      'postcode',
      'open-0',
      'sluit-0',
      'dag-0',
      'organisatie',
      'rijen',
    ];
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...velden), fc.string({ maxLength: 40 })),
        async (extra) => {
          tried++;
          const before = (await services()).length;
          const response = await browser.post('/beheer/sociale-kaart/nieuw', {
            ...formulier({ naam: `Fuzz ${tried}` }),
            ...extra,
            _csrf: csrf,
          });
          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode !== 303) expect((await services()).length).toBe(before);
        },
      ),
      { numRuns: 40 },
    );
    expect(tried).toBe(40);
  });
});
