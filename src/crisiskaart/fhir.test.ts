import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valideerFhir } from '../platform/fhir/validate.js';
import { AFSPRAAK_STATUSSEN, TAKEN, VELDEN } from './codes.js';
import { crisiskaartNaarFhir } from './fhir.js';

const PATIENT = '0b7e3c55-8d9a-4b6f-a1c2-3d4e5f607182';
const context = {
  patient: { reference: `urn:uuid:${PATIENT}`, display: 'Ilse' },
  patientId: PATIENT,
  nu: new Date(),
};

describe('crisiskaart as FHIR R4', () => {
  it('gives one valid CarePlan (category crisis plan) with the parts as notes and agreements as activities', () => {
    const data = fc.record({
      kaart: fc.record({
        naam: fc.string({ maxLength: 20 }),
        gemaaktOp: fc.constant('2026-01-01T10:00:00.000Z'),
        gecontroleerdOp: fc.constant('2026-06-01T10:00:00.000Z'),
        delen: fc.tuple(
          ...VELDEN.map((code) =>
            fc.record({
              code: fc.constant(code),
              tekst: fc.string({ maxLength: 30 }),
              opKaart: fc.boolean(),
            }),
          ),
        ),
        waarschuwen: fc.constant([]),
      }),
      afspraken: fc.array(
        fc.record({
          taak: fc.constantFrom(...TAKEN),
          wie: fc.constantFrom('Bram', 'Tante Els'),
          toelichting: fc.string({ maxLength: 20 }),
          status: fc.constantFrom(...AFSPRAAK_STATUSSEN),
        }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(data, (d) => {
        const resources = crisiskaartNaarFhir(
          d as unknown as Parameters<typeof crisiskaartNaarFhir>[0],
          context,
        );
        expect(resources).toHaveLength(1);
        const plan = resources[0] as unknown as Record<string, unknown>;
        expect(valideerFhir(resources[0] as never)).toEqual([]);
        expect(plan.resourceType).toBe('CarePlan');
        expect(((plan.activity as unknown[]) ?? []).length).toBe(d.afspraken.length);
      }),
      { numRuns: 40 },
    );
  }, 600_000);
});
