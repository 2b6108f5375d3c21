import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valideerFhir } from '../platform/fhir/validate.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import { planNaarFhir } from './fhir.js';
import { AANLEIDINGEN, DOENERS, STATUSSEN } from './rules.js';

/** Paths of empty arrays in a JSON value (FHIR forbids them; the JSON Schema cannot see it). */
function legeLijsten(value: unknown, pad = ''): string[] {
  if (Array.isArray(value))
    return value.length === 0 ? [pad] : value.flatMap((v, i) => legeLijsten(v, `${pad}/${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => legeLijsten(v, `${pad}/${k}`));
  return [];
}

const PATIENT = '0b7e3c55-8d9a-4b6f-a1c2-3d4e5f607182';
const context = {
  patient: { reference: `urn:uuid:${PATIENT}`, display: 'Ilse' },
  patientId: PATIENT,
  nu: new Date(),
};
const tekst = fc.oneof(
  fc.constant(''),
  fc.constant('Buur\u00a0Henk'),
  fc.constant(' '),
  fc.string({ maxLength: 20, unit: 'grapheme' }),
);
const dag = fc.constantFrom(null, '2027-03-15', '2026-12-01');

const actie = fc.record({
  id: fc.uuid(),
  wat: tekst,
  doener: fc.constantFrom(...DOENERS),
  netwerkPersoon: fc.option(fc.record({ id: fc.uuid(), naam: fc.option(tekst, { nil: null }) }), {
    nil: null,
  }),
  doenerNaam: tekst,
  doenerAccountId: fc.constantFrom(null, 'acc-1'),
  wanneer: dag,
  status: fc.constantFrom(...STATUSSEN),
  statusWaarom: tekst,
  evaluatieOp: dag,
  aangemaakt: fc.constant('2026-08-01T10:00:00.000Z'),
  notities: fc.array(
    fc.record({ van: fc.option(tekst, { nil: null }), op: fc.constant('2026-08-02T10:00:00.000Z'), tekst }),
    { maxLength: 2 },
  ),
});
const doel = fc.record({
  id: fc.uuid(),
  doel: tekst,
  waarom: tekst,
  geluktAls: tekst,
  levensgebieden: fc.subarray([...STANDAARD_LEVENSGEBIEDEN]),
  aanleiding: fc.constantFrom(null, ...AANLEIDINGEN),
  evaluatieOp: dag,
  aangemaakt: fc.constant('2026-08-01T10:00:00.000Z'),
  acties: fc.array(actie, { maxLength: 3 }),
});
const lid = fc.record({
  accountId: fc.constantFrom('acc-1', 'acc-2'),
  naam: tekst,
  rol: fc.constantFrom('naaste', 'professional'),
  organisatie: fc.option(tekst, { nil: null }),
  vertegenwoordiger: fc.boolean(),
  niveau: fc.constant('lezen'),
});

describe('plan as FHIR R4', () => {
  it('gives a valid CarePlan, a Goal per goal and a CareTeam; network doers refer to their RelatedPerson', () => {
    fc.assert(
      fc.property(
        fc.array(doel, { maxLength: 3 }),
        fc.array(lid, { maxLength: 3 }),
        fc.constantFrom(null, 'acc-1'),
        (doelen, team, regievoerder) => {
          const data = { doelen, team, regievoerder, voorstellen: [] } as unknown as Parameters<
            typeof planNaarFhir
          >[0];
          const resources = planNaarFhir(data, PATIENT, context);
          if (doelen.length === 0) {
            expect(resources).toEqual([]);
            return;
          }
          expect(resources.map((r) => r.resourceType)).toEqual([
            'CarePlan',
            ...doelen.map(() => 'Goal'),
            'CareTeam',
          ]);
          for (const r of resources) {
            expect(valideerFhir(r)).toEqual([]);
            expect(legeLijsten(r)).toEqual([]);
          }
          const plan = resources[0];
          if (plan?.resourceType !== 'CarePlan') throw new Error('no CarePlan');
          const activiteiten = plan.activity ?? [];
          const alle = doelen.flatMap((d) => d.acties);
          expect(activiteiten).toHaveLength(alle.length);
          for (const [i, a] of alle.entries()) {
            const performer = activiteiten[i]?.detail?.performer?.[0];
            if (a.doener === 'netwerk' && a.netwerkPersoon)
              expect(performer).toEqual({ reference: `urn:uuid:${a.netwerkPersoon.id}` });
            if (a.doener === 'ikzelf') expect(performer).toEqual(context.patient);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 600_000);
});
