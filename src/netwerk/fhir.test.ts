import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valideerFhir } from '../platform/fhir/validate.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import { CONTACTEN, LIEVER_NIET_REDENEN, RELATIES, STEUN } from './codes.js';
import { EXTENSIE_BASIS, EXTENSIES, netwerkNaarFhir, ROLE_CODE_SYSTEM } from './fhir.js';
import { BALANSEN, CIRKELS, VLAGGEN } from './kaart/types.js';

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

const persoon = fc.record({
  id: fc.uuid(),
  // Pasted names bring non-breaking spaces and blanks, which FHIR strings do not allow as such.
  naam: fc.oneof(
    fc.constant('Buur\u00a0Henk'),
    fc.constant(' '),
    fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
  ),
  naamZichtbaarVoorAnderen: fc.boolean(),
  relatie: fc.constantFrom(...RELATIES.map((r) => r.code)),
  relatieTekst: fc.constantFrom('Buur', 'Broer of zus', 'Kennis'),
  cirkel: fc.constantFrom(...CIRKELS),
  contact: fc.constantFrom(...CONTACTEN),
  woontDichtbij: fc.boolean(),
  ikKrijg: fc.subarray([...STEUN]),
  ikGeef: fc.subarray([...STEUN]),
  helptBij: fc.subarray([...STANDAARD_LEVENSGEBIEDEN]),
  balans: fc.constantFrom(...BALANSEN),
  draagkracht: fc.subarray([...VLAGGEN]),
  lieverNietReden: fc.constantFrom(null, ...LIEVER_NIET_REDENEN),
  notitie: fc.string({ maxLength: 20 }).map((s) => `notitie-${s}`),
  gekoppeldAccount: fc.constantFrom(null, 'a'),
  aangemaakt: fc.constant('2026-08-01T10:00:00.000Z'),
});

describe('netwerk as FHIR R4', () => {
  it('gives a valid RelatedPerson per person, with a RoleCode where one fits and the rest as extensions', () => {
    fc.assert(
      fc.property(fc.uniqueArray(persoon, { selector: (p) => p.id, maxLength: 6 }), (personen) => {
        const data = { personen } as unknown as Parameters<typeof netwerkNaarFhir>[0];
        const resources = netwerkNaarFhir(data, context);
        expect(resources).toHaveLength(personen.length);
        for (const [i, r] of resources.entries()) {
          const p = personen[i] as (typeof personen)[number];
          expect(valideerFhir(r)).toEqual([]);
          expect(legeLijsten(r)).toEqual([]);
          expect(r.patient).toEqual(context.patient);
          const roleCode = RELATIES.find((x) => x.code === p.relatie)?.roleCode;
          const coding = r.relationship?.[0]?.coding?.[0];
          if (roleCode) expect(coding).toMatchObject({ system: ROLE_CODE_SYSTEM, code: roleCode });
          else expect(coding).toBeUndefined();
          expect(r.relationship?.[0]?.text).toBe(p.relatieTekst);
          const urls = (r.extension ?? []).map((e) => e.url);
          for (const url of urls) expect(url.startsWith(EXTENSIE_BASIS)).toBe(true);
          expect(urls.filter((u) => u === EXTENSIES.steun)).toHaveLength(p.ikKrijg.length + p.ikGeef.length);
          expect(urls.filter((u) => u === EXTENSIES.draagkracht)).toHaveLength(p.draagkracht.length);
          // Her notes stay in the JSON download: RelatedPerson has no place for them.
          expect(JSON.stringify(r)).not.toContain('notitie-');
        }
      }),
      { numRuns: 60 },
    );
  }, 600_000);
});
