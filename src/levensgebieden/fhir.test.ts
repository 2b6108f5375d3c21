import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valideerFhir } from '../platform/fhir/validate.js';
import { translator } from '../platform/i18n/i18n.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import { catalogusUrl, levensgebiedenNaarFhir } from './fhir.js';

/** Paths of empty arrays in a JSON value. */
function legeLijsten(value: unknown, pad = ''): string[] {
  if (Array.isArray(value))
    return value.length === 0 ? [pad] : value.flatMap((v, i) => legeLijsten(v, `${pad}/${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => legeLijsten(v, `${pad}/${k}`));
  return [];
}

const GEMEENTE = '5a0c1a47-3d51-4c8e-9d35-0a8f1c2b3d4e';
const PATIENT = '0b7e3c55-8d9a-4b6f-a1c2-3d4e5f607182';
const context = {
  patient: { reference: `urn:uuid:${PATIENT}`, display: 'Ilse' },
  patientId: PATIENT,
  nu: new Date(),
};
const t = translator('nl');

const catalogus = (versie: number) => ({
  versie,
  levensgebieden: STANDAARD_LEVENSGEBIEDEN.map((code, i) => ({
    code,
    naam: `Gebied ${code}`,
    uitleg: 'Uitleg',
    volgorde: i + 1,
    verborgen: false,
  })),
});

const antwoord = fc.record({
  levensgebied: fc.constantFrom(...STANDAARD_LEVENSGEBIEDEN),
  score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  weetIkNiet: fc.boolean(),
  wieHelpt: fc.subarray(['ikzelf', 'netwerk', 'vrijwilliger', 'professional']),
  // Pasted text brings non-breaking and thin spaces, which FHIR strings do not allow as such.
  doel: fc.oneof(
    fc.constant(''),
    fc.constant('Geen\u00a0schulden meer'),
    fc.constant('\u2009'),
    fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
  ),
  belang: fc.constantFrom(null, 'niet', 'beetje', 'erg'),
  watGoedGaat: fc.oneof(fc.constant(''), fc.string({ maxLength: 40, unit: 'grapheme' })),
  waarIkTrotsOpBen: fc.oneof(fc.constant(''), fc.string({ maxLength: 40, unit: 'grapheme' })),
});

const beoordeling = fc.record({
  id: fc.uuid(),
  catalogusVersie: fc.constantFrom(1, 2),
  perspectief: fc.constantFrom('eigen', 'ander'),
  status: fc.constantFrom('concept', 'afgerond'),
  auteur: fc.record({
    accountId: fc.uuid(),
    naam: fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }),
  }),
  aangemaakt: fc.constant('2026-08-01T10:00:00.000Z'),
  bijgewerkt: fc.constant('2026-08-02T10:00:00.000Z'),
  afgerond: fc.constantFrom(null, '2026-08-03T10:00:00.000Z'),
  antwoorden: fc.uniqueArray(antwoord, { selector: (a) => a.levensgebied, maxLength: 9 }),
});

describe('levensgebieden as FHIR R4', () => {
  it('gives valid Questionnaires and QuestionnaireResponses for any assessments, skipped answers left out', () => {
    fc.assert(
      fc.property(fc.array(beoordeling, { maxLength: 4 }), (beoordelingen) => {
        const data = {
          instelling: { anderenZienMijnAntwoordenEerst: false },
          catalogi: [catalogus(1), catalogus(2)],
          beoordelingen,
        } as Parameters<typeof levensgebiedenNaarFhir>[0];
        const resources = levensgebiedenNaarFhir(data, GEMEENTE, context, t);
        for (const resource of resources) {
          expect(valideerFhir(resource)).toEqual([]);
          // JSON Schema cannot see it, FHIR forbids it: no empty arrays anywhere.
          expect(legeLijsten(resource)).toEqual([]);
        }
        const responses = resources.filter((r) => r.resourceType === 'QuestionnaireResponse');
        expect(responses).toHaveLength(beoordelingen.length);
        for (const [i, response] of responses.entries()) {
          const b = beoordelingen[i] as (typeof beoordelingen)[number];
          expect(response.questionnaire).toBe(`${catalogusUrl(GEMEENTE)}|${b.catalogusVersie}`);
          expect(response.status).toBe(b.status === 'afgerond' ? 'completed' : 'in-progress');
          const scores = (response.item ?? []).flatMap((g) =>
            (g.item ?? []).filter((i) => i.linkId.endsWith('.score')),
          );
          // A skipped score is absent, never a zero.
          expect(scores).toHaveLength(b.antwoorden.filter((a) => a.score !== null).length);
          for (const s of scores) expect(Number(s.answer?.[0]?.valueCoding?.code)).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  }, 600_000);

  it('names the resident as author of her own view, and someone else only by name', () => {
    const [eigen, ander] = levensgebiedenNaarFhir(
      {
        instelling: { anderenZienMijnAntwoordenEerst: false },
        catalogi: [],
        beoordelingen: [
          {
            id: '3f1e2d3c-4b5a-4697-8899-aabbccddeeff',
            catalogusVersie: 1,
            perspectief: 'eigen',
            status: 'afgerond',
            auteur: { accountId: 'x', naam: 'Ilse' },
            aangemaakt: '2026-08-01T10:00:00.000Z',
            bijgewerkt: '2026-08-01T10:00:00.000Z',
            afgerond: '2026-08-01T10:00:00.000Z',
            antwoorden: [],
          },
          {
            id: '4f1e2d3c-4b5a-4697-8899-aabbccddeeff',
            catalogusVersie: 1,
            perspectief: 'ander',
            status: 'afgerond',
            auteur: { accountId: 'y', naam: 'Yara' },
            aangemaakt: '2026-08-01T10:00:00.000Z',
            bijgewerkt: '2026-08-01T10:00:00.000Z',
            afgerond: '2026-08-01T10:00:00.000Z',
            antwoorden: [],
          },
        ],
      } as Parameters<typeof levensgebiedenNaarFhir>[0],
      GEMEENTE,
      context,
      t,
    );
    expect(eigen).toMatchObject({ author: context.patient, subject: context.patient });
    expect(ander).toMatchObject({ author: { display: 'Yara' }, subject: context.patient });
    expect(JSON.stringify(ander)).not.toContain('"y"');
  });
});
