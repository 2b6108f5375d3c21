import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gesorteerdeMetingen,
  HISTORIE,
  historieGeometrie,
  isDatum,
  slotFracties,
} from './historie-geometrie.js';
import { isWaarde } from './schaal.js';
import { alleGetallen, historieInvoerArb, padGetallen } from './test-arbitraries.js';
import type { Punt } from './types.js';

const RUNS = { numRuns: 300 };
const schaal = { min: 1, max: 5, stappen: [1, 2, 3, 4, 5].map((waarde) => ({ waarde, label: `${waarde}` })) };

describe('history geometry (property based)', () => {
  it('never yields NaN or Infinity, in numbers or in path strings', () => {
    fc.assert(
      fc.property(historieInvoerArb, ({ reeksen, schaal }) => {
        const g = historieGeometrie(reeksen, schaal);
        for (const { pad, waarde } of alleGetallen(g)) expect(Number.isFinite(waarde), pad).toBe(true);
        for (const reeks of g.reeksen) {
          for (const d of [
            ...reeks.paden,
            ...reeks.punten.map((p) => p.marker),
            ...reeks.overgeslagen.map((o) => o.marker),
          ]) {
            expect(d).not.toMatch(/NaN|Infinity|undefined|e[-+]/i);
            for (const getal of padGetallen(d)) expect(Number.isFinite(getal)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives every measurement with a real date a point or a skipped mark; skipped is never at the height of min', () => {
    fc.assert(
      fc.property(historieInvoerArb, ({ reeksen, schaal }) => {
        const g = historieGeometrie(reeksen, schaal);
        const yMin = g.plot.onder;
        reeksen.forEach((reeks, r) => {
          const geo = g.reeksen[r];
          if (!geo) throw new Error('series missing');
          const metingen = gesorteerdeMetingen(reeks);
          expect(metingen.every((m) => isDatum(m.datum))).toBe(true);
          expect(geo.punten).toHaveLength(metingen.filter((m) => isWaarde(m.waarde)).length);
          expect(geo.overgeslagen).toHaveLength(metingen.filter((m) => !isWaarde(m.waarde)).length);
          for (const p of geo.punten) {
            expect(p.punt.y).toBeGreaterThanOrEqual(g.plot.boven);
            expect(p.punt.y).toBeLessThanOrEqual(yMin);
          }
          for (const o of geo.overgeslagen) {
            // In the band under the x-axis, clear of the line of min by more than a marker.
            expect(o.punt.y - HISTORIE.marker).toBeGreaterThan(yMin + HISTORIE.marker);
            expect(g.band?.y).toBe(o.punt.y);
          }
          // The line breaks at a skipped answer: its vertices are answered points only.
          const hoekpunten = geo.paden.reduce((som, d) => som + (d.match(/[ML]/g)?.length ?? 0), 0);
          expect(hoekpunten).toBeLessThanOrEqual(geo.punten.length);
        });
      }),
      RUNS,
    );
  });

  it('keeps every point, mark and date label inside the viewBox; slots ordered by date, apart', () => {
    fc.assert(
      fc.property(historieInvoerArb, ({ reeksen, schaal }) => {
        const g = historieGeometrie(reeksen, schaal);
        const { breedte, hoogte } = g.viewBox;
        const binnen = (p: Punt, marge: number) =>
          p.x - marge >= 0 && p.x + marge <= breedte && p.y - marge >= 0 && p.y + marge <= hoogte;
        for (const reeks of g.reeksen) {
          for (const p of reeks.punten) expect(binnen(p.punt, HISTORIE.marker)).toBe(true);
          for (const o of reeks.overgeslagen) expect(binnen(o.punt, HISTORIE.marker)).toBe(true);
        }
        for (const label of g.datumLabels) expect(binnen(label, 0)).toBe(true);
        for (const label of g.datumLabels) {
          expect(label.x - HISTORIE.datumBreedte / 2).toBeGreaterThanOrEqual(-0.1);
          expect(label.x + HISTORIE.datumBreedte / 2).toBeLessThanOrEqual(breedte + 0.1);
        }
        for (let i = 1; i < g.slots.length; i++) {
          const a = g.slots[i - 1] as { tijd: number; x: number };
          const b = g.slots[i] as { tijd: number; x: number };
          expect(b.tijd).toBeGreaterThanOrEqual(a.tijd);
          expect(b.x).toBeGreaterThan(a.x);
        }
        if (g.slots.length > 0) expect(g.datumLabels.length).toBeGreaterThanOrEqual(1);
        for (let i = 1; i < g.datumLabels.length; i++) {
          const a = g.datumLabels[i - 1] as { x: number };
          const b = g.datumLabels[i] as { x: number };
          expect(b.x - a.x).toBeGreaterThanOrEqual(HISTORIE.datumBreedte - 0.2);
        }
      }),
      RUNS,
    );
  });

  it('spreads slots strictly increasing over [0, 1] for any times, equal ones included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (stappen) => {
        const tijden = stappen.map((_, i) => stappen.slice(0, i + 1).reduce((a, b) => a + b, 0) * 86_400_000);
        const f = slotFracties(tijden);
        expect(f).toHaveLength(tijden.length);
        for (const x of f) expect(x >= 0 && x <= 1).toBe(true);
        for (let i = 1; i < f.length; i++) expect(f[i] as number).toBeGreaterThan(f[i - 1] as number);
      }),
    );
  });
});

describe('history geometry (examples)', () => {
  it('draws one measurement as one point in the middle, with its date', () => {
    const g = historieGeometrie(
      [{ naam: 'Ik', soort: 'ik', metingen: [{ datum: new Date('2026-11-22'), waarde: 3 }] }],
      schaal,
    );
    expect(g.slots).toHaveLength(1);
    const midden =
      (HISTORIE.links + HISTORIE.binnenMarge + HISTORIE.breedte - HISTORIE.rechts - HISTORIE.binnenMarge) / 2;
    expect(g.reeksen[0]?.punten[0]?.punt.x).toBeCloseTo(midden, 0);
    expect(g.reeksen[0]?.paden).toEqual([]);
    expect(g.datumLabels).toHaveLength(1);
    expect(g.band).toBeUndefined();
  });

  it('puts measurements on the same date side by side, in equal steps', () => {
    const dag = new Date('2026-11-22T10:00:00Z');
    const g = historieGeometrie(
      [
        {
          naam: 'Ik',
          soort: 'ik',
          metingen: [
            { datum: dag, waarde: 1 },
            { datum: dag, waarde: 2 },
            { datum: dag, waarde: 3 },
          ],
        },
      ],
      schaal,
    );
    const xs = g.reeksen[0]?.punten.map((p) => p.punt.x) ?? [];
    expect(xs).toHaveLength(3);
    expect((xs[1] as number) - (xs[0] as number)).toBeCloseTo((xs[2] as number) - (xs[1] as number), 0);
    expect(g.reeksen[0]?.paden).toHaveLength(1);
  });

  it('lines up "me" and "them" on the same date, and breaks the line at a skipped answer', () => {
    const g = historieGeometrie(
      [
        {
          naam: 'Ik',
          soort: 'ik',
          metingen: [
            { datum: new Date('2026-01-01'), waarde: 2 },
            { datum: new Date('2026-03-01'), waarde: 3 },
            { datum: new Date('2026-06-01'), waarde: null },
            { datum: new Date('2026-09-01'), waarde: 4 },
            { datum: new Date('2026-12-01'), waarde: 5 },
          ],
        },
        { naam: 'Begeleider', soort: 'ander', metingen: [{ datum: new Date('2026-09-01'), waarde: 2 }] },
      ],
      schaal,
    );
    expect(g.slots).toHaveLength(5);
    expect(g.reeksen[0]?.paden).toHaveLength(2);
    expect(g.reeksen[0]?.overgeslagen).toHaveLength(1);
    expect(g.reeksen[1]?.punten[0]?.punt.x).toBe(g.reeksen[0]?.punten[2]?.punt.x);
    expect(g.reeksen[0]?.punten[0]?.punt.y).toBe(g.plot.onder - HISTORIE.plotHoogte / 4);
    expect(g.band?.y).toBeGreaterThan(g.plot.onder);
  });

  it('leaves out measurements without a real date', () => {
    const g = historieGeometrie(
      [{ naam: 'Ik', soort: 'ik', metingen: [{ datum: new Date(Number.NaN), waarde: 3 }] }],
      schaal,
    );
    expect(g.slots).toEqual([]);
    expect(g.reeksen[0]?.punten).toEqual([]);
  });
});
