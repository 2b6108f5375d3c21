import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lpAanvaller } from './aanvaller.js';
import {
  aantalBinnencellen,
  beveilig,
  binnencellen,
  type Cel,
  celCode,
  cellenVan,
  celNummering,
  type Dimensie,
  goedkoopsteHyperkubus,
  hyperkubussen,
  type Kubus,
  type Publicatie,
  type Regels,
  type TabelVorm,
  TOTAAL,
  teruggehouden,
  waardeVan,
} from './onderdrukking.js';

/** The attacker's view of a publication, asked afresh: the interval of every suppressed cell. */
async function aanval(kubus: Kubus, publicatie: Publicatie) {
  const cellen = [...publicatie.cellen.values()];
  const onderdrukt = cellen.filter((c) => c.onderdrukt !== null);
  const intervallen = await lpAanvaller({
    aantalBinnencellen: aantalBinnencellen(kubus.dimensies),
    gepubliceerd: cellen
      .filter((c) => c.onderdrukt === null)
      .map((c) => ({ binnen: binnencellen(kubus, c.sleutel), waarde: c.waarde })),
    gevraagd: onderdrukt.map((c) => binnencellen(kubus, c.sleutel)),
  });
  return onderdrukt.map((cel, i) => ({ cel, interval: intervallen[i] as { laag: number; hoog: number } }));
}

const dim = (code: string, n: number): Dimensie => ({
  code,
  waarden: Array.from({ length: n }, (_, i) => `${code}${i}`),
});

describe('the attacker check (HiGHS)', () => {
  it('recovers a lone suppressed cell of a 2×2 table from its margins', async () => {
    // Table u × a: 3 | 20 / 15 | 30, with all margins published but the 3.
    const kubus: Kubus = { dimensies: [dim('u', 2), dim('a', 2)], tellingen: [3, 20, 15, 30] };
    const cel = binnencellen(kubus, [0, 0]);
    const gepubliceerd = (
      [
        [[0, 1], 20],
        [[1, 0], 15],
        [[1, 1], 30],
        [[0, TOTAAL], 23],
        [[TOTAAL, 0], 18],
        [[TOTAAL, TOTAAL], 68],
      ] as const
    ).map(([s, waarde]) => ({ binnen: binnencellen(kubus, s), waarde }));
    const [interval] = await lpAanvaller({ aantalBinnencellen: 4, gepubliceerd, gevraagd: [cel] });
    expect(interval?.laag).toBeCloseTo(3);
    expect(interval?.hoog).toBeCloseTo(3);
  });

  it('gives the hypercube interval when four corners are suppressed', async () => {
    const kubus: Kubus = { dimensies: [dim('u', 2), dim('a', 2)], tellingen: [3, 20, 15, 30] };
    const gepubliceerd = (
      [
        [[0, TOTAAL], 23],
        [[1, TOTAAL], 45],
        [[TOTAAL, 0], 18],
        [[TOTAAL, 1], 50],
        [[TOTAAL, TOTAAL], 68],
      ] as const
    ).map(([s, waarde]) => ({ binnen: binnencellen(kubus, s), waarde }));
    const [interval] = await lpAanvaller({
      aantalBinnencellen: 4,
      gepubliceerd,
      gevraagd: [binnencellen(kubus, [0, 0])],
    });
    // x can move between 0 and min(23, 18): the other corners follow.
    expect(interval?.laag).toBeCloseTo(0);
    expect(interval?.hoog).toBeCloseTo(18);
  });
});

describe('suppression (primary + hypercubes, checked by the attacker)', () => {
  it('suppresses the small cell and a hypercube through it, and nothing else', async () => {
    const kubus: Kubus = {
      dimensies: [dim('u', 3), dim('a', 3)],
      tellingen: [4, 40, 50, 30, 35, 60, 45, 55, 70],
    };
    const pub = await beveilig(kubus, [['u', 'a']], { minimum: 10, marge: 10 }, lpAanvaller);
    const onderdrukt = [...pub.cellen.values()].filter((c) => c.onderdrukt);
    expect(onderdrukt.filter((c) => c.onderdrukt === 'primair').map((c) => c.sleutel)).toEqual([[0, 0]]);
    // The cheapest 2×2 hypercube through (0,0): with (1,0)=30 and (0,1)=40, (1,1)=35.
    expect(onderdrukt.map((c) => c.sleutel.join(',')).sort()).toEqual(['0,0', '0,1', '1,0', '1,1']);
    for (const { interval } of await aanval(kubus, pub))
      expect(interval.hoog - interval.laag).toBeGreaterThanOrEqual(10);
    expect(teruggehouden(pub, 2)).toBe(false);
  });

  it('withholds everything when the whole group is under the minimum', async () => {
    const kubus: Kubus = { dimensies: [dim('u', 2), dim('a', 2)], tellingen: [1, 2, 3, 2] };
    const pub = await beveilig(kubus, [['u', 'a']], { minimum: 10, marge: 10 }, lpAanvaller);
    expect(teruggehouden(pub, 2)).toBe(true);
    expect([...pub.cellen.values()].every((c) => c.onderdrukt !== null)).toBe(true);
  });

  it('publishes everything when no cell is small, without asking the attacker', async () => {
    const kubus: Kubus = { dimensies: [dim('u', 2), dim('a', 2)], tellingen: [11, 12, 13, 14] };
    let gevraagd = 0;
    const pub = await beveilig(kubus, [['u', 'a']], { minimum: 10, marge: 10 }, async (v) => {
      gevraagd++;
      return lpAanvaller(v);
    });
    expect(gevraagd).toBe(0);
    expect([...pub.cellen.values()].every((c) => c.onderdrukt === null)).toBe(true);
  });

  // Random linked tables of one variable (u) by two breakdowns (a, b) and their crossing.
  const tabelFamilies: TabelVorm[][] = [
    [['u', 'a']],
    [
      ['u', 'a'],
      ['u', 'b'],
    ],
    [['u', 'a', 'b']],
    [['u'], ['u', 'a'], ['u', 'b'], ['u', 'a', 'b']],
  ];
  const geval = fc
    .record({
      u: fc.integer({ min: 2, max: 3 }),
      a: fc.integer({ min: 2, max: 4 }),
      b: fc.integer({ min: 2, max: 3 }),
      familie: fc.integer({ min: 0, max: tabelFamilies.length - 1 }),
      minimum: fc.integer({ min: 2, max: 10 }),
      margeDeel: fc.double({ min: 0.1, max: 1, noNaN: true }),
    })
    .chain((p) =>
      fc.record({
        p: fc.constant(p),
        // Mostly small counts, so that many cells fall under the minimum.
        tellingen: fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 60 })), {
          minLength: p.u * p.a * p.b,
          maxLength: p.u * p.a * p.b,
        }),
      }),
    );

  it('never publishes a cell under the minimum, and no suppressed cell is narrower than the margin', async () => {
    await fc.assert(
      fc.asyncProperty(geval, async ({ p, tellingen }) => {
        const kubus: Kubus = { dimensies: [dim('u', p.u), dim('a', p.a), dim('b', p.b)], tellingen };
        const regels: Regels = {
          minimum: p.minimum,
          marge: Math.max(1, Math.round(p.minimum * p.margeDeel)),
        };
        const pub = await beveilig(kubus, tabelFamilies[p.familie] as TabelVorm[], regels, lpAanvaller);
        for (const cel of pub.cellen.values()) {
          // A published cell is never under the minimum and always the true count.
          if (cel.onderdrukt === null) expect(cel.waarde).toBeGreaterThanOrEqual(regels.minimum);
          else if (cel.waarde < regels.minimum) expect(cel.onderdrukt).toBe('primair');
        }
        for (const { interval } of await aanval(kubus, pub))
          expect(interval.hoog - interval.laag).toBeGreaterThanOrEqual(regels.marge - 1e-6);
      }),
      { numRuns: 60 },
    );
  }, 600_000);
});

describe('the repair (docs/decisions/056)', () => {
  it('chooses the same hypercube as the list of every hypercube would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 64, maxLength: 64 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 1, max: 30 }),
        (maten, getallen, verborgen, marge) => {
          const dimensies = maten.map((n, d) => dim(`d${d}`, n));
          const kubus: Kubus = {
            dimensies,
            tellingen: Array.from(
              { length: maten.reduce((a, b) => a * b, 1) },
              (_, i) => getallen[i % 64] as number,
            ),
          };
          const cellen = new Map<string, Cel>();
          const nummering = celNummering(kubus);
          cellenVan(kubus, [dimensies.map((d) => d.code)]).forEach((sleutel, i) => {
            const cel: Cel = {
              sleutel,
              waarde: waardeVan(kubus, sleutel),
              onderdrukt: verborgen[i % verborgen.length] ? 'primair' : null,
            };
            cellen.set(celCode(sleutel), cel);
            nummering.zet(cel);
          });
          const waardeOf = (code: string) => cellen.get(code)?.waarde ?? Number.POSITIVE_INFINITY;
          for (const cel of cellen.values()) {
            // The reference: every hypercube, filtered and sorted as the repair did before.
            const kandidaten = hyperkubussen(kubus, cel.sleutel, waardeOf)
              .map((h) => {
                const nieuw = h.hoeken.filter((s) => cellen.get(celCode(s))?.onderdrukt === null);
                return { ...h, nieuw, kosten: nieuw.reduce((som, s) => som + waardeOf(celCode(s)), 0) };
              })
              .filter((h) => h.nieuw.length > 0);
            const genoeg = kandidaten.filter((h) => h.breedte >= marge);
            const verwacht = (genoeg.length > 0 ? genoeg : kandidaten).sort(
              (a, b) => a.kosten - b.kosten || b.breedte - a.breedte,
            )[0];
            const gekozen = goedkoopsteHyperkubus(kubus, cel.sleutel, nummering, marge);
            expect(gekozen?.map((c) => celCode(c.sleutel))).toEqual(verwacht?.nieuw.map(celCode));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
