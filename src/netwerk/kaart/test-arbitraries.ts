import fc from 'fast-check';
import { BALANSEN, CIRKELS, type KaartPersoon, VLAGGEN } from './types.js';

/**
 * Random people for the property tests of the ecomap: any label (long, unicode, empty, all
 * capitals), any circle, support (also negative, fractional or NaN), balance and flags. Only
 * used by tests.
 */
const labelArb = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('W', 'M', 'm', 'w', ' ', '@'), maxLength: 50 }),
  fc.constantFrom('Broer', 'Moeder', 'Buurvrouw Els', 'Buurtteam Lindewaard (maatschappelijk werker)', ''),
);

const persoonZonderId = fc.record({
  label: labelArb,
  relatie: fc.constantFrom('Broer of zus', 'Ouder', 'Buur', 'Vriend', 'Professional'),
  cirkel: fc.constantFrom(...CIRKELS),
  steun: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: -3, max: 20 }), fc.constant(Number.NaN)),
  balans: fc.constantFrom(...BALANSEN),
  vlaggen: fc.subarray([...VLAGGEN]),
});

/** One person with the given id. */
export const persoonArb = (id: string): fc.Arbitrary<KaartPersoon> =>
  persoonZonderId.map((p) => ({ ...p, id }));

/** `min` to `max` people with distinct ids. */
export const personenArb = (max = 40, min = 0): fc.Arbitrary<KaartPersoon[]> =>
  fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: min, maxLength: max })
    .chain((ids) => fc.tuple(...ids.map((id) => persoonArb(id))))
    .map((lijst) => [...lijst]);

/** 0 to `max` people who are all in the same circle (the most crowded case). */
export const volleCirkelArb = (max = 40): fc.Arbitrary<KaartPersoon[]> =>
  fc
    .tuple(personenArb(max), fc.constantFrom(...CIRKELS))
    .map(([lijst, cirkel]) => lijst.map((p) => ({ ...p, cirkel })));
