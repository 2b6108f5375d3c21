import { describe, expect, it } from 'vitest';
import { valideerFhir } from './validate.js';

describe('FHIR R4 validation against the vendored schema', () => {
  it('accepts a valid Questionnaire and names what is wrong in an invalid one', () => {
    const questionnaire = {
      resourceType: 'Questionnaire',
      status: 'active',
      item: [{ linkId: 'wonen', type: 'choice', text: 'Wonen' }],
    };
    expect(valideerFhir(questionnaire)).toEqual([]);
    expect(valideerFhir({ ...questionnaire, status: 'klaar' })).toEqual([
      expect.objectContaining({ pointer: '/status' }),
    ]);
    // The JSON Schema checks structure and codes (not every cardinality: linkId is not "required" there).
    expect(
      valideerFhir({
        resourceType: 'Questionnaire',
        status: 'active',
        item: [{ linkId: 'a', type: 'keuze' }],
      }),
    ).toEqual([expect.objectContaining({ pointer: '/item/0/type' })]);
  }, 600_000);

  it('points into the Bundle entry that is wrong, not at every resource type', () => {
    const problems = valideerFhir({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', id: 'a' } },
        { resource: { resourceType: 'QuestionnaireResponse', status: 'completed', onzin: 1 } },
      ],
    });
    expect(problems).toEqual([
      expect.objectContaining({ pointer: '/entry/1/resource', message: expect.stringContaining('onzin') }),
    ]);
  });

  it('refuses a document without a known resourceType', () => {
    expect(valideerFhir({ status: 'active' })).toEqual([
      expect.objectContaining({ pointer: '/resourceType' }),
    ]);
    expect(valideerFhir({ resourceType: 'Onzin' })).toEqual([
      expect.objectContaining({ pointer: '/resourceType' }),
    ]);
  });
});
