import fc from 'fast-check';
import type { As, HistorieReeks, Reeks, Schaal } from './types.js';

/**
 * Random inputs for the property tests of the chart geometry: any number of axes, values that
 * are numbers, null, NaN or ±Infinity, scales with min = max or min > max, dates that coincide
 * or are invalid. Only used by tests.
 */
const labelTekst = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', 'K', '-'), maxLength: 40 });

export const schaalArb: fc.Arbitrary<Schaal> = fc
  .record({
    min: fc.oneof(fc.integer({ min: -10, max: 10 }), fc.double({ noNaN: false }), fc.constant(0)),
    max: fc.oneof(fc.integer({ min: -10, max: 20 }), fc.double({ noNaN: false })),
    stappen: fc.array(
      fc.record({ waarde: fc.oneof(fc.integer({ min: -10, max: 20 }), fc.double()), label: labelTekst }),
      { maxLength: 12 },
    ),
  })
  .map((s) => s);

/** The usual 1–5 scale with a random scale now and then. */
export const schaalOfStandaardArb: fc.Arbitrary<Schaal> = fc.oneof(
  fc.constant<Schaal>({
    min: 1,
    max: 5,
    stappen: [1, 2, 3, 4, 5].map((waarde) => ({ waarde, label: `stap ${waarde}` })),
  }),
  fc.constant<Schaal>({ min: 3, max: 3, stappen: [{ waarde: 3, label: 'drie' }] }),
  schaalArb,
);

export const waardeArb: fc.Arbitrary<number | null> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -2, max: 12 }) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
);

export const radarInvoerArb: fc.Arbitrary<{ assen: As[]; reeksen: Reeks[]; schaal: Schaal }> = fc
  .integer({ min: 0, max: 16 })
  .chain((n) =>
    fc.record({
      assen: fc.tuple(
        ...Array.from({ length: n }, (_, i) => labelTekst.map((label) => ({ code: `as-${i}`, label }))),
      ),
      reeksen: fc.array(
        fc.record({
          naam: labelTekst,
          soort: fc.constantFrom('ik' as const, 'ander' as const, 'eerder' as const),
          waarden: fc
            .tuple(...Array.from({ length: n }, () => waardeArb))
            .map((waarden) => Object.fromEntries(waarden.map((w, i) => [`as-${i}`, w]))),
        }),
        { maxLength: 6 },
      ),
      schaal: schaalOfStandaardArb,
    }),
  ) as fc.Arbitrary<{ assen: As[]; reeksen: Reeks[]; schaal: Schaal }>;

const dagen = [
  new Date('2026-01-01T00:00:00Z'),
  new Date('2026-01-01T00:00:00Z'),
  new Date('2026-02-15T10:00:00Z'),
  new Date('2026-11-22T23:00:00Z'),
  new Date('2027-06-30T12:00:00Z'),
  new Date(Number.NaN),
];

export const datumArb: fc.Arbitrary<Date> = fc.oneof(
  fc.constantFrom(...dagen),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
);

export const historieInvoerArb: fc.Arbitrary<{ reeksen: HistorieReeks[]; schaal: Schaal }> = fc.record({
  reeksen: fc.array(
    fc.record({
      naam: labelTekst,
      soort: fc.constantFrom('ik' as const, 'ander' as const, 'eerder' as const),
      metingen: fc.array(
        fc.record({ datum: datumArb, waarde: waardeArb, naam: fc.option(labelTekst, { nil: undefined }) }),
        { maxLength: 10 },
      ),
    }),
    { maxLength: 5 },
  ),
  schaal: schaalOfStandaardArb,
}) as fc.Arbitrary<{ reeksen: HistorieReeks[]; schaal: Schaal }>;

/** Every number in a value (deep), and every number written in its strings (path data, viewBox). */
export function alleGetallen(value: unknown, pad = '$'): { pad: string; waarde: number | string }[] {
  const uit: { pad: string; waarde: number | string }[] = [];
  const loop = (v: unknown, p: string) => {
    if (typeof v === 'number') uit.push({ pad: p, waarde: v });
    else if (v instanceof Date) return;
    else if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) loop(x, `${p}[${i}]`);
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) loop(x, `${p}.${k}`);
  };
  loop(value, pad);
  return uit;
}

/** The coordinates in an SVG path made of M/L/H/V/Z/a commands (absolute except `a`), as points. */
export function padGetallen(d: string): number[] {
  return [...d.matchAll(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi)].map((m) => Number(m[0]));
}
