import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genereerBuurt } from './buurt.js';
import { bouwGraaf } from './graaf.js';
import { gulzigeBasis, match } from './matcher.js';
import { type Deelnemer, gewichtVan, type Uitkomst } from './types.js';

// An oracle written apart from the matcher: the hard constraints of docs/decisions/029, checked
// pair by pair with the sociale kaart's haversine.
function km(a: Deelnemer, b: Deelnemer): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function magHelpen(a: Deelnemer, b: Deelnemer, vaardigheid?: string): boolean {
  return (
    a.id !== b.id &&
    !a.gepauzeerd &&
    !b.gepauzeerd &&
    b.rol === 'bewoner' &&
    (vaardigheid === undefined
      ? a.biedt.some((v) => b.vraagt.includes(v))
      : a.biedt.includes(vaardigheid) && b.vraagt.includes(vaardigheid)) &&
    (a.beschikbaar & b.beschikbaar) !== 0 &&
    (!a.alleenVrouwen || b.geslacht === 'v') &&
    (!b.alleenVrouwen || a.geslacht === 'v') &&
    !(a.geblokkeerd ?? []).includes(b.id) &&
    !(b.geblokkeerd ?? []).includes(a.id) &&
    km(a, b) <= a.maxKm
  );
}

const SKILLS = ['boodschappen', 'computerhulp', 'klusjes', 'taalles', 'tuin'];

/** Small neighbourhoods with every constraint in play, ids unique. */
const buurt: fc.Arbitrary<Deelnemer[]> = fc
  .array(
    fc.record({
      rol: fc.constantFrom('bewoner', 'bewoner', 'bewoner', 'vrijwilliger') as fc.Arbitrary<Deelnemer['rol']>,
      vraagt: fc.subarray(SKILLS, { maxLength: 2 }),
      biedt: fc.subarray(SKILLS, { maxLength: 3 }),
      lat: fc.double({ min: 52.0, max: 52.04, noNaN: true }),
      lon: fc.double({ min: 5.1, max: 5.16, noNaN: true }),
      maxKm: fc.constantFrom(0, 0.5, 1, 2, 3, 5),
      beschikbaar: fc.integer({ min: 0, max: 15 }),
      geslacht: fc.constantFrom('v', 'm', 'x', undefined) as fc.Arbitrary<Deelnemer['geslacht']>,
      alleenVrouwen: fc.boolean(),
      gepauzeerd: fc.integer({ min: 0, max: 7 }).map((x) => x === 0),
      blokkeert: fc.array(fc.nat(30), { maxLength: 2 }),
    }),
    { maxLength: 30 },
  )
  .map((rijen) =>
    rijen.map(({ blokkeert, ...rest }, i) => ({
      ...rest,
      id: `d${i}`,
      geblokkeerd: blokkeert.filter((j) => j < rijen.length).map((j) => `d${j}`),
    })),
  );

/** Generated neighbourhoods as the benchmark uses them, at test size. */
const grotereBuurt = fc
  .record({ n: fc.integer({ min: 20, max: 300 }), seed: fc.nat() })
  .map(({ n, seed }) => genereerBuurt(n, seed));

function controleer(deelnemers: Deelnemer[], uitkomst: Uitkomst): void {
  const per = new Map(deelnemers.map((d) => [d.id, d]));
  const gezien = new Set<string>();
  let doel = 0;
  for (const m of uitkomst.matches) {
    for (const id of m.leden) {
      // No person in two matches at once.
      expect(gezien.has(id)).toBe(false);
      gezien.add(id);
    }
    expect(new Set(m.leden).size).toBe(m.leden.length);
    const verwacht =
      m.soort === 'eenrichting'
        ? [[m.leden[0], m.leden[1]]]
        : m.leden.map((id, i) => [id, m.leden[(i + 1) % m.leden.length]]);
    expect(m.hulp.map((h) => [h.van, h.naar])).toEqual(verwacht);
    expect(m.leden.length).toBe(m.soort === 'kring' ? 3 : 2);
    if (m.soort === 'eenrichting') expect(per.get(m.leden[0] as string)?.rol).toBe('vrijwilliger');
    else for (const id of m.leden) expect(per.get(id)?.rol).toBe('bewoner');
    // Every exchange respects skills, preferences, availability, distance, blocks and pauses.
    for (const h of m.hulp)
      expect(magHelpen(per.get(h.van) as Deelnemer, per.get(h.naar) as Deelnemer, h.vaardigheid)).toBe(true);
    doel += gewichtVan(m.soort);
  }
  expect(uitkomst.doel).toBe(doel);
  expect(uitkomst.geholpen).toBe(uitkomst.matches.reduce((s, m) => s + m.hulp.length, 0));
}

describe('compatibility graph', () => {
  it('has exactly the edges the constraints allow (checked against every pair)', () => {
    fc.assert(
      fc.property(buurt, (deelnemers) => {
        const graaf = bouwGraaf(deelnemers);
        const randen = new Set<string>();
        for (let i = 0; i < graaf.mensen.length; i++)
          for (let k = graaf.start[i] as number; k < (graaf.start[i + 1] as number); k++)
            randen.add(`${graaf.mensen[i]?.id}>${graaf.mensen[graaf.uit[k] as number]?.id}`);
        const verwacht = new Set<string>();
        for (const a of deelnemers)
          for (const b of deelnemers) if (magHelpen(a, b)) verwacht.add(`${a.id}>${b.id}`);
        expect([...randen].sort()).toEqual([...verwacht].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same edges in a generated neighbourhood as a check of every pair', () => {
    const deelnemers = genereerBuurt(400, 7);
    const graaf = bouwGraaf(deelnemers);
    let verwacht = 0;
    for (const a of deelnemers) for (const b of deelnemers) if (magHelpen(a, b)) verwacht++;
    expect(graaf.uit.length).toBe(verwacht);
    expect(verwacht).toBeGreaterThan(400);
  });
});

describe('matcher', () => {
  it('puts no one in two matches and every exchange respects the constraints', () => {
    fc.assert(
      fc.property(fc.oneof(buurt, grotereBuurt), (deelnemers) => controleer(deelnemers, match(deelnemers))),
      { numRuns: 200 },
    );
  });

  it('gives the same matches for the same input, in any order', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(buurt, grotereBuurt)
          .chain((d) => fc.tuple(fc.constant(d), fc.shuffledSubarray(d, { minLength: d.length }))),
        ([deelnemers, geschud]) => {
          expect(match(geschud)).toEqual(match(deelnemers));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never falls below the greedy baseline', () => {
    fc.assert(
      fc.property(fc.oneof(buurt, grotereBuurt), (deelnemers) => {
        expect(match(deelnemers).doel).toBeGreaterThanOrEqual(gulzigeBasis(deelnemers).doel);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves no exchange among people it left unmatched (the result is maximal)', () => {
    fc.assert(
      fc.property(buurt, (deelnemers) => {
        const uitkomst = match(deelnemers);
        const bezet = new Set(uitkomst.matches.flatMap((m) => m.leden));
        const vrij = deelnemers.filter((d) => !bezet.has(d.id));
        for (const a of vrij)
          for (const b of vrij) {
            if (!magHelpen(a, b)) continue;
            expect(a.rol === 'vrijwilliger').toBe(false);
            expect(magHelpen(b, a)).toBe(false);
            for (const c of vrij) expect(magHelpen(b, c) && magHelpen(c, a)).toBe(false);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('prefers a circle of three over a one-way match when both meet the same people', () => {
    const basis = { lat: 52.02, lon: 5.12, maxKm: 2, beschikbaar: 1 } as const;
    const deelnemers: Deelnemer[] = [
      { ...basis, id: 'anna', rol: 'bewoner', vraagt: ['taalles'], biedt: ['boodschappen'] },
      { ...basis, id: 'bram', rol: 'bewoner', vraagt: ['boodschappen'], biedt: ['klusjes'] },
      { ...basis, id: 'cato', rol: 'bewoner', vraagt: ['klusjes'], biedt: ['taalles'] },
      { ...basis, id: 'vera', rol: 'vrijwilliger', vraagt: [], biedt: ['taalles'] },
    ];
    const uitkomst = match(deelnemers);
    expect(uitkomst.matches).toEqual([
      {
        soort: 'kring',
        leden: ['anna', 'bram', 'cato'],
        hulp: [
          { van: 'anna', naar: 'bram', vaardigheid: 'boodschappen' },
          { van: 'bram', naar: 'cato', vaardigheid: 'klusjes' },
          { van: 'cato', naar: 'anna', vaardigheid: 'taalles' },
        ],
      },
    ]);
    expect(uitkomst.geholpen).toBe(3);
  });

  it('never proposes a paused or blocked person, nor someone out of reach', () => {
    const basis = { lat: 52.02, lon: 5.12, maxKm: 2, beschikbaar: 1 } as const;
    const anna: Deelnemer = { ...basis, id: 'anna', rol: 'bewoner', vraagt: ['tuin'], biedt: ['koken'] };
    const bram: Deelnemer = { ...basis, id: 'bram', rol: 'bewoner', vraagt: ['koken'], biedt: ['tuin'] };
    expect(match([anna, bram]).matches).toHaveLength(1);
    expect(match([anna, { ...bram, gepauzeerd: true }]).matches).toEqual([]);
    expect(match([{ ...anna, geblokkeerd: ['bram'] }, bram]).matches).toEqual([]);
    // 0.03° of latitude is about 3.3 km: out of reach of a 2 km helper.
    expect(match([anna, { ...bram, lat: 52.05 }]).matches).toEqual([]);
    expect(match([anna, { ...bram, beschikbaar: 2 }]).matches).toEqual([]);
    expect(
      match([
        { ...anna, alleenVrouwen: true, geslacht: 'v' },
        { ...bram, geslacht: 'm' },
      ]).matches,
    ).toEqual([]);
  });
});
