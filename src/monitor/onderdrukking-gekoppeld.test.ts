import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lpAanvaller } from './aanvaller.js';
import { monitorAanvaller } from './aanvaller-snel.js';
import { binnencellen, type Dimensie, type Kubus, type Regels, TOTAAL } from './onderdrukking.js';
import { beveiligGekoppeld, type Familie, type GekoppeldePublicatie } from './onderdrukking-gekoppeld.js';

/**
 * Suppression over the cubes of one peiling (docs/decisions/049), checked against the people
 * themselves: random respondents each give a group (g, a) and an answer to two questions; the
 * attacker is then asked afresh over the whole joint cube (q1 × q2 × g × a), which knows
 * nothing of the "same people" equalities but is built from the people, so it is the truth.
 */

const dim = (code: string, n: number): Dimensie => ({
  code,
  waarden: Array.from({ length: n }, (_, i) => `${code}${i}`),
});

type Mens = { g: number; a: number; q: [number, number] };

const TABELLEN = [['waarde'], ['waarde', 'g'], ['waarde', 'a'], ['waarde', 'g', 'a']];

function families(mensen: Mens[], G: number, A: number, V: [number, number]): Familie[] {
  return V.map((v, f) => {
    const tellingen = new Float64Array(v * G * A);
    for (const m of mensen) {
      const i = (m.q[f] as number) * G * A + m.g * A + m.a;
      tellingen[i] = (tellingen[i] ?? 0) + 1;
    }
    const kubus: Kubus = { dimensies: [dim('waarde', v), dim('g', G), dim('a', A)], tellingen };
    return { kubus, tabellen: TABELLEN };
  });
}

/** The joint cube of the people, and a cell of cube f as a cell of it. */
function gezamenlijk(mensen: Mens[], G: number, A: number, V: [number, number]) {
  const kubus: Kubus = {
    dimensies: [dim('q0', V[0]), dim('q1', V[1]), dim('g', G), dim('a', A)],
    tellingen: new Float64Array(V[0] * V[1] * G * A),
  };
  const t = kubus.tellingen as Float64Array;
  for (const m of mensen) {
    const i = ((m.q[0] * V[1] + m.q[1]) * G + m.g) * A + m.a;
    t[i] = (t[i] ?? 0) + 1;
  }
  const naar = (f: number, s: readonly number[]) => {
    const [w, g, a] = s as [number, number, number];
    return binnencellen(kubus, f === 0 ? [w, TOTAAL, g, a] : [TOTAAL, w, g, a]);
  };
  return { kubus, naar };
}

async function aanvalGezamenlijk(
  mensen: Mens[],
  G: number,
  A: number,
  V: [number, number],
  pub: GekoppeldePublicatie,
) {
  const { kubus, naar } = gezamenlijk(mensen, G, A, V);
  const cellen = [...pub.cellen.values()];
  const onderdrukt = cellen.filter((c) => c.onderdrukt !== null);
  const intervallen = await lpAanvaller({
    aantalBinnencellen: kubus.tellingen.length,
    gepubliceerd: cellen
      .filter((c) => c.onderdrukt === null)
      .map((c) => ({ binnen: naar(c.familie, c.sleutel), waarde: c.waarde })),
    gevraagd: onderdrukt.map((c) => naar(c.familie, c.sleutel)),
  });
  return onderdrukt.map((cel, i) => ({ cel, interval: intervallen[i] as { laag: number; hoog: number } }));
}

const mensenArb = (G: number, A: number, V: [number, number]) =>
  fc.array(
    fc.record({
      g: fc.integer({ min: 0, max: G - 1 }),
      a: fc.integer({ min: 0, max: A - 1 }),
      q: fc.tuple(fc.integer({ min: 0, max: V[0] - 1 }), fc.integer({ min: 0, max: V[1] - 1 })),
    }),
    { minLength: 10, maxLength: 90 },
  );

describe('suppression over the cubes of one peiling', () => {
  const regels: Regels = { minimum: 5, marge: 4 };

  it('the "same people" LP gives the intervals of the joint cube', async () => {
    // 2 × 2 groups, two yes/no questions: small enough to compare every interval.
    const mensen: Mens[] = [];
    const patroon = [3, 9, 14, 6, 2, 11, 7, 5, 12, 4, 8, 1, 10, 6, 3, 9];
    patroon.forEach((n, k) => {
      for (let i = 0; i < n; i++)
        mensen.push({ g: k & 1, a: (k >> 1) & 1, q: [(k >> 2) & 1, (k >> 3) & 1] as [number, number] });
    });
    const fam = families(mensen, 2, 2, [2, 2]);
    const pub = await beveiligGekoppeld(fam, { minimum: 12, marge: 4 }, lpAanvaller);
    const echt = await aanvalGezamenlijk(mensen, 2, 2, [2, 2], pub);
    expect(pub.intervallen.size).toBeGreaterThan(0);
    for (const { interval } of echt) expect(interval.hoog - interval.laag).toBeGreaterThanOrEqual(4 - 1e-6);
    for (const [code, interval] of pub.intervallen) {
      const cel = pub.cellen.get(code);
      const gevonden = echt.find((e) => e.cel === cel);
      expect(gevonden?.interval.laag).toBeCloseTo(interval.laag, 5);
      expect(gevonden?.interval.hoog).toBeCloseTo(interval.hoog, 5);
    }
  });

  it('publishes no cell under the minimum and no suppressed cell narrower than the margin, over all cubes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .tuple(
            fc.integer({ min: 2, max: 3 }),
            fc.integer({ min: 1, max: 2 }),
            fc.integer({ min: 2, max: 3 }),
          )
          .chain(([G, A, V0]) =>
            mensenArb(G, A, [V0, 2]).map((mensen) => ({ G, A, V: [V0, 2] as [number, number], mensen })),
          ),
        async ({ G, A, V, mensen }) => {
          const pub = await beveiligGekoppeld(families(mensen, G, A, V), regels, monitorAanvaller);
          for (const c of pub.cellen.values())
            if (c.onderdrukt === null) expect(c.waarde).toBeGreaterThanOrEqual(regels.minimum);
          for (const { interval } of await aanvalGezamenlijk(mensen, G, A, V, pub))
            expect(interval.hoog - interval.laag).toBeGreaterThanOrEqual(regels.marge - 1e-6);
        },
      ),
      { numRuns: 25, seed: 49 },
    );
  });

  it('keeps fixed cells published and still protects the rest (property)', async () => {
    await fc.assert(
      fc.asyncProperty(mensenArb(2, 2, [3, 2]), async (mensen) => {
        const fam = families(mensen, 2, 2, [3, 2]);
        // Fixed: a question's own distribution where none of its values is under the minimum
        // (a report per question publishes it whole), with the total.
        const vast = new Set<string>();
        fam.forEach((f, fi) => {
          const n = (f.kubus.dimensies[0]?.waarden ?? []).map(
            (_, w) => mensen.filter((m) => m.q[fi] === w).length,
          );
          if (n.every((x) => x >= regels.minimum)) {
            for (let w = 0; w < n.length; w++) vast.add(`${fi}|${w},-1,-1`);
            vast.add('*|-1,-1,-1');
          }
        });
        const pub = await beveiligGekoppeld(fam, regels, monitorAanvaller, { vast });
        for (const code of vast) expect(pub.cellen.get(code)?.onderdrukt).toBeNull();
        for (const [code, c] of pub.cellen)
          if (c.onderdrukt === null && !vast.has(code))
            expect(c.waarde).toBeGreaterThanOrEqual(regels.minimum);
        if (pub.alleenVast) return;
        for (const { interval } of await aanvalGezamenlijk(mensen, 2, 2, [3, 2], pub))
          expect(interval.hoog - interval.laag).toBeGreaterThanOrEqual(regels.marge - 1e-6);
      }),
      { numRuns: 20, seed: 490 },
    );
  });

  it('refuses cubes that count other groups', async () => {
    const a = families([{ g: 0, a: 0, q: [0, 0] }], 2, 2, [2, 2]);
    const b = families([{ g: 0, a: 0, q: [0, 0] }], 3, 2, [2, 2]);
    await expect(
      beveiligGekoppeld([a[0] as Familie, b[1] as Familie], regels, lpAanvaller),
    ).rejects.toThrow();
  });
});
