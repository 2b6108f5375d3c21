import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.js';
import { createGemeente } from '../../demo/factories.js';
import { importHsds } from '../import.js';
import { laadDemoSocialeKaart } from './demo.js';
import { TEST_DIENSTEN, TEST_POSTCODES } from './fixture.js';
import { dienstId, maakDienst } from './hsds-bouwer.js';
import { dienstDetail, slaPostcodesOp, spellingAlternatieven } from './queries.js';
import { afstandKm, leesZoekvraag, type Zoekvraag } from './rules.js';
import { zoek } from './zoeken.js';

/** A Tuesday, 10:30 in Amsterdam (summer time, UTC+2). */
const DINSDAG_1030 = new Date('2026-06-16T08:30:00Z');
/** The same Tuesday, 12:00 in Amsterdam. */
const DINSDAG_1200 = new Date('2026-06-16T10:00:00Z');
/** A Thursday, 20:00 in Amsterdam (winter time, UTC+1). */
const DONDERDAG_2000 = new Date('2026-12-17T19:00:00Z');

/** Fixture keys by HSDS id, so the tests read "wandelgroep" instead of a UUID. */
const sleutel = new Map(
  [...TEST_DIENSTEN.map((d) => d.id), 'schuldhulp-anderdorp', 'alleen-anderdorp'].map((key) => [
    dienstId(key),
    key,
  ]),
);
const key = (id: string) => sleutel.get(id) ?? id;

function vraag(params: Record<string, string>): Zoekvraag {
  const { vraag: v, fouten } = leesZoekvraag(params);
  expect(fouten).toEqual({});
  return v;
}

describe.each(ENGINES)('sociale kaart search on %s', (engine) => {
  let database: TestDatabase;
  let gemeente: string;
  let ander: string;

  async function ids(params: Record<string, string>, now = DINSDAG_1030): Promise<string[]> {
    const uitkomst = await zoek(database.db, gemeente, vraag(params), now);
    if (!uitkomst.ok) throw new Error(JSON.stringify(uitkomst.fouten));
    return uitkomst.treffers.map((t) => key(t.id));
  }

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    gemeente = (await createGemeente(database.db, { code: 'testwaard', naam: 'Testwaard' })).id;
    ander = (await createGemeente(database.db, { code: 'anderdorp', naam: 'Anderdorp' })).id;
    await slaPostcodesOp(database.db, TEST_POSTCODES, 'test');
    const report = await importHsds(database.db, gemeente, TEST_DIENSTEN.map(maakDienst));
    expect(report.rejected).toEqual([]);
    const anderReport = await importHsds(database.db, ander, [
      maakDienst({
        id: 'schuldhulp-anderdorp',
        naam: 'Schuldhulpverlening Anderdorp',
        beschrijving: 'Hulp bij schulden in Anderdorp.',
        organisatie: { id: 'org-anderdorp', naam: 'Gemeente Anderdorp' },
        levensgebieden: ['financien'],
        kenmerken: ['gratis', 'zonder-indicatie'],
        plek: { id: 'plek-anderdorp', adres: 'Markt 1', postcode: '0101 AA', plaats: 'Anderdorp' },
      }),
    ]);
    expect(anderReport.rejected).toEqual([]);
  }, 600_000);

  afterAll(async () => {
    await database?.dispose();
  });

  describe('relevance', () => {
    it.each([
      ['schuldhulpverleing', 'schuldhulp'],
      ['schuldhulpverlening', 'schuldhulp'],
      ['schulden', 'schuldhulp'],
      ['wandelgroep ouderen', 'wandelgroep'],
      ['wandelgroep oudren', 'wandelgroep'],
      ['wandelgroepen', 'wandelgroep'],
      ['wandlegroep', 'wandelgroep'],
      ['formulierenhlup', 'formulieren'],
      ['cafe', 'cafe-samen'],
      ['café', 'cafe-samen'],
      ['taalcafe', 'taalcafe'],
      ['repair cafe', 'repaircafe'],
      ['maaltijd aan huis', 'maaltijd'],
      ['vervoer ouderen', 'plusbus'],
      ['mantelzorgers', 'cafe-samen'],
    ])('"%s" finds %s in the top 3', async (q, expected) => {
      expect((await ids({ q })).slice(0, 3)).toContain(expected);
    });

    it('folds accents the same way in the query and the documents', async () => {
      expect(await ids({ q: 'cafe' })).toEqual(await ids({ q: 'café' }));
      expect(await ids({ q: 'CAFÉ' })).toEqual(await ids({ q: 'café' }));
    });

    it('corrects a typo towards a word of the sociale kaart and says so', async () => {
      const alternatieven = await spellingAlternatieven(database.db, gemeente, [
        'schuldhulpverleing',
        'wandelgroep',
      ]);
      expect(alternatieven.get('schuldhulpverleing')?.[0]).toBe('schuldhulpverlening');
      expect(alternatieven.get('wandelgroep')?.[0]).toBe('wandelgroep');
      const uitkomst = await zoek(database.db, gemeente, vraag({ q: 'schuldhulpverleing' }), DINSDAG_1030);
      expect(uitkomst.ok && uitkomst.verbeterd).toEqual(['schuldhulpverlening']);
    });

    it('falls back to any word when no service has them all', async () => {
      const uitkomst = await zoek(database.db, gemeente, vraag({ q: 'wandelgroep fietsen' }), DINSDAG_1030);
      expect(uitkomst.ok).toBe(true);
      if (!uitkomst.ok) return;
      expect(uitkomst.alleWoorden).toBe(false);
      expect(uitkomst.treffers.map((t) => key(t.id))).toEqual(
        expect.arrayContaining(['wandelgroep', 'repaircafe']),
      );
    });

    it('lists every active service, A to Z, without a query', async () => {
      const all = TEST_DIENSTEN.filter((d) => d.status !== 'inactive');
      const uitkomst = await zoek(database.db, gemeente, vraag({}), DINSDAG_1030);
      expect(uitkomst.ok && uitkomst.totaal).toBe(all.length);
      const second = await zoek(database.db, gemeente, vraag({ pagina: '2' }), DINSDAG_1030);
      const seen = [...(uitkomst.ok ? uitkomst.treffers : []), ...(second.ok ? second.treffers : [])];
      expect(seen.map((t) => key(t.id)).sort()).toEqual(all.map((d) => d.id).sort());
    });
  });

  describe('filters', () => {
    const active = TEST_DIENSTEN.filter((d) => d.status !== 'inactive');
    const expected = (keep: (d: (typeof TEST_DIENSTEN)[number]) => boolean) =>
      active
        .filter(keep)
        .map((d) => d.id)
        .sort();

    it('levensgebied', async () => {
      expect((await ids({ levensgebied: 'financien' })).sort()).toEqual(
        expected((d) => d.levensgebieden?.includes('financien') ?? false),
      );
      expect((await ids({ levensgebied: 'vervoer' })).sort()).toEqual(['plusbus']);
    });

    it('zonder indicatie, gratis, in een groep, and all three', async () => {
      expect((await ids({ 'zonder-indicatie': 'ja' })).sort()).toEqual(
        expected((d) => d.kenmerken?.includes('zonder-indicatie') ?? false),
      );
      expect((await ids({ gratis: 'ja' })).sort()).toEqual(
        expected((d) => d.kenmerken?.includes('gratis') ?? false),
      );
      expect((await ids({ groep: 'ja' })).sort()).toEqual(
        expected((d) => d.kenmerken?.includes('groep') ?? false),
      );
      expect((await ids({ 'zonder-indicatie': 'ja', gratis: 'ja', groep: 'ja' })).sort()).toEqual(
        ['taalcafe', 'wandelgroep'].sort(),
      );
    });

    it('a filter with a query keeps only what matches both', async () => {
      expect(await ids({ q: 'schulden', groep: 'ja' })).toEqual(['budgetcursus']);
    });

    it('distance: only services within the radius, nearest first when asked', async () => {
      const from = { lat: 52.9, lon: 3.5 };
      const uitkomst = await zoek(
        database.db,
        gemeente,
        vraag({ postcode: '0101 AA', afstand: '3', sorteer: 'afstand' }),
        DINSDAG_1030,
      );
      if (!uitkomst.ok) throw new Error('postcode not found');
      const within = active
        .filter((d) => d.plek)
        .filter((d) => {
          const pc = TEST_POSTCODES.find((p) => p.postcode === d.plek?.postcode.replace(' ', ''));
          return pc && afstandKm(from, { lat: pc.latitude, lon: pc.longitude }) <= 3;
        })
        .map((d) => d.id)
        .sort();
      expect(within.length).toBeGreaterThan(3);
      expect(uitkomst.totaal).toBe(within.length);
      const all = [...uitkomst.treffers];
      const next = await zoek(
        database.db,
        gemeente,
        vraag({ postcode: '0101 AA', afstand: '3', sorteer: 'afstand', pagina: '2' }),
        DINSDAG_1030,
      );
      if (next.ok) all.push(...next.treffers);
      expect(all.map((t) => key(t.id)).sort()).toEqual(within);
      const distances = all.map((t) => t.afstandKm ?? Number.NaN);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(Math.max(...distances)).toBeLessThanOrEqual(3);
      // Hardloopgroep (0109) is ~25 km away: outside 3 km, inside 30.
      expect(all.map((t) => key(t.id))).not.toContain('hardloopgroep');
      expect(await ids({ postcode: '0101AA', afstand: '30', q: 'hardlopen' })).toEqual(['hardloopgroep']);
    });

    it('distance to a PC4 when the PC6 is unknown, and an unknown postcode is a field error', async () => {
      const pc4 = await zoek(
        database.db,
        gemeente,
        vraag({ postcode: '0103 ZZ', sorteer: 'afstand' }),
        DINSDAG_1030,
      );
      expect(pc4.ok && pc4.treffers[0]?.afstandKm).toBeLessThan(0.1);
      const unknown = await zoek(database.db, gemeente, vraag({ postcode: '9999 ZZ' }), DINSDAG_1030);
      expect(unknown).toEqual({ ok: false, fouten: { postcode: 'socialeKaart.fout.postcode-onbekend' } });
    });

    it('nu open, at given moments in Amsterdam time', async () => {
      expect((await ids({ 'nu-open': 'ja' }, DINSDAG_1030)).sort()).toEqual(['buurthuis', 'wandelgroep']);
      expect((await ids({ 'nu-open': 'ja' }, DINSDAG_1200)).sort()).toEqual(['buurthuis']);
      expect((await ids({ 'nu-open': 'ja' }, DONDERDAG_2000)).sort()).toEqual(['taalcafe']);
      expect(await ids({ 'nu-open': 'ja' }, new Date('2026-06-14T10:00:00Z'))).toEqual([]); // Sunday
    });
  });

  describe('tenants and retired services', () => {
    it("never shows another gemeente's services", async () => {
      expect(await ids({ q: 'schuldhulpverlening anderdorp' })).not.toContain('schuldhulp-anderdorp');
      expect(await ids({ q: 'anderdorp' })).not.toContain('schuldhulp-anderdorp');
      const theirs = await zoek(database.db, ander, vraag({ q: 'schuldhulpverlening' }), DINSDAG_1030);
      expect(theirs.ok && theirs.treffers.map((t) => key(t.id))).toEqual(['schuldhulp-anderdorp']);
      expect(await dienstDetail(database.db, gemeente, dienstId('schuldhulp-anderdorp'))).toBeUndefined();
      // Anderdorp's words do not correct Testwaard's queries either.
      const alt = await spellingAlternatieven(database.db, gemeente, ['anderdorp']);
      expect(alt.get('anderdorp')).not.toContain('anderdorp');
      expect((await spellingAlternatieven(database.db, ander, ['anderdorp'])).get('anderdorp')).toContain(
        'anderdorp',
      );
    });

    it('retired services are not found, and a service that retires disappears', async () => {
      expect(await ids({ q: 'schuldenspreekuur' })).toEqual([]);
      expect(await dienstDetail(database.db, gemeente, dienstId('gestopt'))).toBeUndefined();
      const spec = TEST_DIENSTEN.find((d) => d.id === 'repaircafe');
      if (!spec) throw new Error('fixture');
      await importHsds(database.db, gemeente, [maakDienst({ ...spec, status: 'defunct' })]);
      expect(await ids({ q: 'repair' })).toEqual([]);
      await importHsds(database.db, gemeente, [maakDienst(spec)]);
      expect(await ids({ q: 'repair' })).toEqual(['repaircafe']);
    });

    it('a renamed service is found by its new name; its old words leave the lexicon', async () => {
      const spec = TEST_DIENSTEN.find((d) => d.id === 'plusbus');
      if (!spec) throw new Error('fixture');
      await importHsds(database.db, gemeente, [maakDienst({ ...spec, naam: 'Belbus Lindewaard' })]);
      expect(await ids({ q: 'belbus' })).toEqual(['plusbus']);
      expect(await ids({ q: 'plusbus' })).toEqual([]);
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from sociale_kaart_woord where gemeente_id = ${gemeente} and woord = 'plusbus'`.execute(
        database.db,
      );
      expect(rows[0]?.n).toBe(0);
      await importHsds(database.db, gemeente, [maakDienst(spec)]);
      expect(await ids({ q: 'plusbus' })).toEqual(['plusbus']);
    });
  });

  describe('detail', () => {
    it('has the address, opening hours, phone and levensgebieden', async () => {
      const dienst = await dienstDetail(database.db, gemeente, dienstId('schuldhulp'));
      expect(dienst?.plekken).toEqual([
        { naam: null, adres: 'Raadhuisplein 1', postcode: '0101 AA', plaats: 'Testwaard', vervoer: null },
      ]);
      expect(dienst?.telefoons.map((t) => t.nummer)).toEqual(['0123 456 789']);
      expect(dienst?.roosters.map((r) => r.byday)).toEqual(['MO,WE']);
      expect(dienst?.levensgebieden).toEqual(['financien']);
      expect(dienst?.kenmerken).toEqual(['gratis', 'individueel', 'zonder-indicatie']);
    });
  });
});

describe.each(ENGINES)('sociale kaart pages on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'testwaard' } });
    const gemeente = await createGemeente(t.database.db, { code: 'testwaard', naam: 'Testwaard' });
    const ander = await createGemeente(t.database.db, {
      code: 'anderdorp',
      naam: 'Anderdorp',
      hostnames: ['anderdorp.test'],
    });
    await slaPostcodesOp(t.database.db, TEST_POSTCODES, 'test');
    await importHsds(t.database.db, gemeente.id, TEST_DIENSTEN.map(maakDienst));
    await importHsds(t.database.db, ander.id, [
      maakDienst({
        id: 'alleen-anderdorp',
        naam: 'Taalmaatjes Anderdorp',
        beschrijving: 'Alleen in Anderdorp.',
        organisatie: { id: 'org-a', naam: 'Anderdorp' },
      }),
    ]);
  }, 600_000);
  afterAll(async () => {
    await t?.close();
  });

  it('searches without login and links each result to its page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/sociale-kaart?q=schuldhulpverleing' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(`href="/sociale-kaart/${dienstId('schuldhulp')}"`);
    expect(response.body).toContain('We zochten ook op: schuldhulpverlening.');
    const detail = await t.app.inject({ method: 'GET', url: `/sociale-kaart/${dienstId('schuldhulp')}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('Raadhuisplein 1');
    expect(detail.body).toContain('maandag en woensdag: van 9.00 tot 12.00 uur.');
    expect(detail.body).toContain('href="tel:0123456789"');
  });

  it.each([
    ['postcode=12', 'veld-postcode-fout', 'Vul een postcode in zoals 1234 AB of 1234.'],
    ['postcode=0101AA&afstand=-3', 'veld-afstand-fout', 'Vul een afstand in van meer dan 0'],
    ['afstand=5', 'veld-postcode-fout', 'Vul je postcode in.'],
    ['postcode=9999ZZ', 'veld-postcode-fout', 'We kennen deze postcode niet.'],
    ['levensgebied=geluk', 'veld-levensgebied-fout', 'Dit deel bestaat niet.'],
    ['sorteer=afstand', 'veld-postcode-fout', 'Vul je postcode in om dichtbij eerst te zien.'],
  ])('bad parameters (%s) give a 400 with the message next to the field', async (query, id, message) => {
    const response = await t.app.inject({ method: 'GET', url: `/sociale-kaart?${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(`id="${id}"`);
    expect(response.body).toContain(message);
  });

  it('odd parameters never give a 500', async () => {
    for (const query of [
      'q[]=a&q[]=b',
      `q=${'x'.repeat(5000)}`,
      'pagina=-1',
      'pagina=99999',
      'afstand=NaN&postcode=0101AA',
      'nu-open=&gratis=',
      'q=%27%22%3B--%20%26%7C%21',
      'q=%3A*%20%26%20!',
    ]) {
      const response = await t.app.inject({ method: 'GET', url: `/sociale-kaart?${query}` });
      expect(response.statusCode, query).toBeLessThan(500);
    }
  });

  it("shows neither retired services nor another gemeente's", async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: `/sociale-kaart/${dienstId('gestopt')}` })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `/sociale-kaart/${dienstId('alleen-anderdorp')}` }))
        .statusCode,
    ).toBe(404);
    const theirs = await t.app.inject({
      method: 'GET',
      url: `/sociale-kaart/${dienstId('alleen-anderdorp')}`,
      headers: { host: 'anderdorp.test' },
    });
    expect(theirs.statusCode).toBe(200);
    const search = await t.app.inject({ method: 'GET', url: '/sociale-kaart?q=taalmaatjes' });
    expect(search.body).not.toContain(dienstId('alleen-anderdorp'));
    expect(search.body).toContain('Niets gevonden');
  });
});

/**
 * Everyday questions on the demo gemeente's own sociale kaart (issue 18 item 4): a resident asks
 * "hulp bij schulden", not "schuldhulpverlening". Compounds are found by their parts, and words
 * that only ask for help ("hulp bij") do not outweigh the topic.
 */
describe.each(ENGINES)('everyday queries on the demo sociale kaart on %s', (engine) => {
  let database: TestDatabase;
  let gemeente: string;

  async function top3(q: string): Promise<string[]> {
    const uitkomst = await zoek(database.db, gemeente, vraag({ q }), DINSDAG_1030);
    if (!uitkomst.ok) throw new Error(JSON.stringify(uitkomst.fouten));
    return uitkomst.treffers.slice(0, 3).map((t) => t.naam);
  }

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    gemeente = (await createGemeente(database.db, { code: 'lindewaard', naam: 'Lindewaard' })).id;
    await laadDemoSocialeKaart(database.db, gemeente);
  }, 600_000);

  afterAll(async () => {
    await database?.dispose();
  });

  it.each([
    ['hulp bij schulden', 'Schuldhulpverlening'],
    ['hulp met schulden', 'Schuldhulpverlening'],
    ['ik zoek hulp bij mijn schulden', 'Schuldhulpverlening'],
    ['schuldenn', 'Schuldhulpverlening'],
    ['schuldn', 'Schuldhulpverlening'],
    ['schuld hulp', 'Schuldhulpverlening'],
    ['hulp bij eenzaamheid', 'Maatjesproject'],
    ['hulp met de computer', 'Digicafé: hulp met computer en telefoon'],
    ['hulp bij formulieren', 'Formulierenhulp'],
    ['mantelzorg', 'Mantelzorgcafé'],
    ['wandelen met ouderen', 'Wandelgroep voor ouderen'],
    ['vrijwilligers werk', 'Vrijwilligerswerk vinden'],
    ['eten hulp', 'Voedselhulp'],
  ])('"%s" finds %s in the top 3', async (q, naam) => {
    expect(await top3(q)).toContain(naam);
  });

  it('"hulp bij" alone does not put a service that only says "hulp bij" above the topic', async () => {
    const [eerste] = await top3('hulp bij schulden');
    expect(eerste).toBe('Schuldhulpverlening');
  });
});
