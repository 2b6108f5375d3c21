import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aaneengeslotenReeksen,
  overgeslagenAfstand,
  RADAR,
  radarGeometrie,
  radarStraal,
  viewBoxTekst,
  wrapLabel,
} from './radar-geometrie.js';
import { isWaarde, veiligeSchaal } from './schaal.js';
import { alleGetallen, padGetallen, radarInvoerArb } from './test-arbitraries.js';
import type { Punt } from './types.js';

const afstand = (p: Punt) => Math.hypot(p.x, p.y);
const RUNS = { numRuns: 300 };

describe('radar geometry (property based)', () => {
  it('never yields NaN or Infinity, in numbers or in path strings', () => {
    fc.assert(
      fc.property(radarInvoerArb, ({ assen, reeksen, schaal }) => {
        const g = radarGeometrie(assen, reeksen, schaal);
        for (const { pad, waarde } of alleGetallen(g)) expect(Number.isFinite(waarde), pad).toBe(true);
        const paden = [
          viewBoxTekst(g.viewBox),
          ...g.ringen.map((r) => r.pad),
          ...g.reeksen.flatMap((r) => [
            ...r.paden,
            ...r.punten.map((p) => p.marker),
            ...r.overgeslagen.map((o) => o.marker),
          ]),
        ];
        for (const d of paden) {
          expect(d).not.toMatch(/NaN|Infinity|undefined|e[-+]/i);
          for (const getal of padGetallen(d)) expect(Number.isFinite(getal)).toBe(true);
        }
        expect(g.viewBox.breedte).toBeGreaterThan(0);
        expect(g.viewBox.hoogte).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('keeps every axis, in order, with one label each, and one point or skipped mark per axis per series', () => {
    fc.assert(
      fc.property(radarInvoerArb, ({ assen, reeksen, schaal }) => {
        const g = radarGeometrie(assen, reeksen, schaal);
        expect(g.assen.map((a) => a.code)).toEqual(assen.map((a) => a.code));
        expect(g.reeksen).toHaveLength(reeksen.length);
        for (const reeks of g.reeksen) {
          const codes = [...reeks.punten.map((p) => p.as), ...reeks.overgeslagen.map((o) => o.as)].sort();
          expect(codes).toEqual(assen.map((a) => a.code).sort());
        }
      }),
      RUNS,
    );
  });

  it('draws a skipped or non-numeric answer as skipped (inside the hole), never as a point on the ring of min', () => {
    fc.assert(
      fc.property(radarInvoerArb, ({ assen, reeksen, schaal }) => {
        const g = radarGeometrie(assen, reeksen, schaal);
        reeksen.forEach((reeks, r) => {
          const geo = g.reeksen[r];
          if (!geo) throw new Error('series missing');
          assen.forEach((as) => {
            const waarde = reeks.waarden[as.code];
            const punt = geo.punten.find((p) => p.as === as.code);
            const overgeslagen = geo.overgeslagen.find((o) => o.as === as.code);
            if (isWaarde(waarde)) {
              expect(overgeslagen).toBeUndefined();
              const d = afstand((punt as { punt: Punt }).punt);
              // On or between the rings of min and max (0.15 leeway for rounding to one decimal).
              expect(d).toBeGreaterThanOrEqual(g.minStraal - 0.15);
              expect(d).toBeLessThanOrEqual(g.maxStraal + 0.15);
            } else {
              expect(punt).toBeUndefined();
              const d = afstand((overgeslagen as { punt: Punt }).punt);
              // Its whole marker stays clear of the ring of min: nobody reads it as "min" or as 0.
              expect(d + RADAR.marker).toBeLessThan(g.minStraal);
            }
          });
        });
      }),
      RUNS,
    );
  });

  it('breaks the line at a skipped answer and closes it only when every axis is answered', () => {
    fc.assert(
      fc.property(radarInvoerArb, ({ assen, reeksen, schaal }) => {
        const g = radarGeometrie(assen, reeksen, schaal);
        for (const reeks of g.reeksen) {
          expect(reeks.gesloten).toBe(assen.length >= 3 && reeks.overgeslagen.length === 0);
          const hoekpunten = reeks.paden.reduce((som, d) => som + (d.match(/[ML]/g)?.length ?? 0), 0);
          // Each answered axis is a vertex of at most one path; a skipped one of none.
          expect(hoekpunten).toBeLessThanOrEqual(reeks.punten.length);
          for (const d of reeks.paden) expect(d.endsWith('Z')).toBe(reeks.gesloten);
        }
      }),
      RUNS,
    );
  });

  it('keeps every point and label inside the viewBox, and labels off the plot', () => {
    fc.assert(
      fc.property(radarInvoerArb, ({ assen, reeksen, schaal }) => {
        const g = radarGeometrie(assen, reeksen, schaal);
        const { x, y, breedte, hoogte } = g.viewBox;
        const binnen = (p: Punt, marge = 0) =>
          p.x - marge >= x - 0.1 &&
          p.x + marge <= x + breedte + 0.1 &&
          p.y - marge >= y - 0.1 &&
          p.y + marge <= y + hoogte + 0.1;
        for (const reeks of g.reeksen) {
          for (const p of reeks.punten) expect(binnen(p.punt, RADAR.marker)).toBe(true);
          for (const o of reeks.overgeslagen) expect(binnen(o.punt, RADAR.marker)).toBe(true);
        }
        for (const as of g.assen) {
          const v = as.vak;
          expect(binnen({ x: v.x, y: v.y })).toBe(true);
          expect(binnen({ x: v.x + v.breedte, y: v.y + v.hoogte })).toBe(true);
          // The nearest point of the label's box to the centre lies outside the outer ring.
          const nx = Math.max(v.x, Math.min(0, v.x + v.breedte));
          const ny = Math.max(v.y, Math.min(0, v.y + v.hoogte));
          expect(Math.hypot(nx, ny)).toBeGreaterThanOrEqual(RADAR.straal);
        }
      }),
      RUNS,
    );
  });
});

describe('radar labels with many axes', () => {
  it('never overlap each other, and stay off the plot, for up to 24 axes', () => {
    const woord = fc.constantFrom(
      'Geld',
      'en',
      'schulden',
      'Lichamelijke',
      'gezondheid',
      'Wonen',
      'Zorgen',
      'voor',
      'jezelf',
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }).chain((n) =>
          fc.array(
            fc.array(woord, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
            { minLength: n, maxLength: n },
          ),
        ),
        (labels) => {
          const g = radarGeometrie(
            labels.map((label, i) => ({ code: `c${i}`, label })),
            [],
            { min: 1, max: 5, stappen: [] },
          );
          const vakken = g.assen.map((a) => a.vak);
          for (let i = 0; i < vakken.length; i++) {
            for (let j = i + 1; j < vakken.length; j++) {
              const a = vakken[i] as (typeof vakken)[number];
              const b = vakken[j] as (typeof vakken)[number];
              const overlap =
                a.x < b.x + b.breedte - 0.2 &&
                b.x < a.x + a.breedte - 0.2 &&
                a.y < b.y + b.hoogte - 0.2 &&
                b.y < a.y + a.hoogte - 0.2;
              expect(overlap, `${labels[i]} / ${labels[j]}`).toBe(false);
            }
          }
          for (const v of vakken) {
            const nx = Math.max(v.x, Math.min(0, v.x + v.breedte));
            const ny = Math.max(v.y, Math.min(0, v.y + v.hoogte));
            expect(Math.hypot(nx, ny)).toBeGreaterThanOrEqual(RADAR.straal);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('radar geometry (examples)', () => {
  const schaal = {
    min: 1,
    max: 5,
    stappen: [1, 2, 3, 4, 5].map((waarde) => ({ waarde, label: `${waarde}` })),
  };

  it('puts min on the inner ring and max on the outer ring; the first axis points up', () => {
    const g = radarGeometrie(
      [
        { code: 'a', label: 'A' },
        { code: 'b', label: 'B' },
        { code: 'c', label: 'C' },
      ],
      [{ naam: 'Ik', soort: 'ik', waarden: { a: 5, b: 1, c: 3 } }],
      schaal,
    );
    const [a, b, c] = g.reeksen[0]?.punten ?? [];
    expect(a?.punt).toEqual({ x: 0, y: -RADAR.straal });
    expect(afstand(b?.punt as Punt)).toBeCloseTo(RADAR.binnenStraal, 0);
    expect(afstand(c?.punt as Punt)).toBeCloseTo((RADAR.binnenStraal + RADAR.straal) / 2, 0);
    expect(g.ringen.map((r) => r.straal)).toEqual([16, 32, 48, 64, 80]);
    expect(g.reeksen[0]?.paden).toHaveLength(1);
    expect(g.reeksen[0]?.gesloten).toBe(true);
  });

  it('renders one and two axes sensibly: markers on circles, no line or polygon', () => {
    const een = radarGeometrie(
      [{ code: 'a', label: 'A' }],
      [{ naam: 'Ik', soort: 'ik', waarden: { a: 4 } }],
      schaal,
    );
    expect(een.reeksen[0]?.punten).toHaveLength(1);
    expect(een.reeksen[0]?.paden).toEqual([]);
    expect(een.ringen[0]?.pad).toContain('a');
    const twee = radarGeometrie(
      [
        { code: 'a', label: 'A' },
        { code: 'b', label: 'B' },
      ],
      [{ naam: 'Ik', soort: 'ik', waarden: { a: 4, b: 2 } }],
      schaal,
    );
    expect(twee.reeksen[0]?.punten).toHaveLength(2);
    expect(twee.reeksen[0]?.paden).toEqual([]);
    expect(twee.assen[1]?.eind).toEqual({ x: 0, y: RADAR.straal });
  });

  it('splits the line into runs around skipped answers, wrapping past the last axis', () => {
    expect(aaneengeslotenReeksen([true, true, false, true], true)).toEqual([[3, 0, 1]]);
    expect(aaneengeslotenReeksen([true, false, true, false, true], true)).toEqual([[2], [4, 0]]);
    expect(aaneengeslotenReeksen([true, true], false)).toEqual([[0, 1]]);
    expect(aaneengeslotenReeksen([false, false], true)).toEqual([]);
  });

  it('treats a missing code, NaN and Infinity as skipped', () => {
    const g = radarGeometrie(
      [
        { code: 'a', label: 'A' },
        { code: 'b', label: 'B' },
        { code: 'c', label: 'C' },
        { code: 'd', label: 'D' },
      ],
      [{ naam: 'Ik', soort: 'ik', waarden: { a: Number.NaN, b: Number.POSITIVE_INFINITY, c: 3 } }],
      schaal,
    );
    expect(g.reeksen[0]?.overgeslagen.map((o) => o.as)).toEqual(['a', 'b', 'd']);
    expect(g.reeksen[0]?.punten.map((p) => p.as)).toEqual(['c']);
  });

  it('places the skipped marks of different series apart, all inside the hole', () => {
    const afstanden = [0, 1, 2].map(overgeslagenAfstand);
    expect(new Set(afstanden).size).toBe(3);
    for (const d of afstanden) expect(d).toBeLessThan(RADAR.binnenStraal);
  });

  it('handles a scale without width (min = max): every answer on the one ring', () => {
    const s = veiligeSchaal({ min: 3, max: 3, stappen: [] });
    expect(radarStraal(s, 3)).toBe(RADAR.straal);
    expect(s.stap).toBe(1);
  });

  it('wraps long labels at spaces and keeps long words whole', () => {
    expect(wrapLabel('Lichamelijke gezondheid')).toEqual(['Lichamelijke', 'gezondheid']);
    expect(wrapLabel('Werk en dagbesteding')).toEqual(['Werk en', 'dagbesteding']);
    expect(wrapLabel('')).toEqual(['']);
  });
});
