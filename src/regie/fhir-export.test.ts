import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed.js';
import type { Bundle, Questionnaire } from '../platform/fhir/types.js';
import { valideerFhir } from '../platform/fhir/validate.js';

/**
 * The resident's download in FHIR R4: the demo resident's record, with every section that can
 * speak FHIR, must validate against HL7's JSON Schema — inside the JSON download and on its own.
 */
describe.each(ENGINES)('FHIR export on %s', (engine) => {
  let t: TestApp;
  let inwoner: BrowserClient;
  let dossierId: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'demo' } });
    await seedDemo(t.database.db);
    inwoner = new BrowserClient(t.app);
    await inwoner.login('inwoner@lindewaard.example', DEMO_PASSWORD);
    const mijn = await inwoner.get('/mijn-gegevens');
    dossierId = /\/dossiers\/([0-9a-f-]{36})/.exec(mijn.headers.location as string)?.[1] as string;
    expect(dossierId).toBeDefined();
  }, 600_000);
  afterAll(() => t?.close());

  it('puts a valid FHIR Bundle in the JSON download, with the resident as Patient', async () => {
    const data = (await inwoner.get(`/dossiers/${dossierId}/gegevens.json`)).json() as { fhir: Bundle };
    expect(valideerFhir(data.fhir)).toEqual([]);
    expect(data.fhir.type).toBe('collection');
    const patient = data.fhir.entry?.find((e) => e.resource.resourceType === 'Patient');
    expect(patient?.resource).toMatchObject({
      id: dossierId,
      telecom: [{ value: 'inwoner@lindewaard.example' }],
    });
  }, 600_000);

  it('has each questionnaire once and every assessment and round as a QuestionnaireResponse about her', async () => {
    const bundle = (await inwoner.get(`/dossiers/${dossierId}/gegevens.fhir.json`)).json() as Bundle;
    const resources = (bundle.entry ?? []).map((e) => e.resource);
    const questionnaires = new Map<string, Questionnaire>(
      resources.flatMap((r) =>
        r.resourceType === 'Questionnaire' ? [[`${r.url}|${r.version}`, r] as const] : [],
      ),
    );
    const responses = resources.filter((r) => r.resourceType === 'QuestionnaireResponse');
    const perVragenlijst = new Map<string, number>();
    for (const response of responses) {
      const questionnaire = questionnaires.get(response.questionnaire ?? '');
      expect(questionnaire, `the Questionnaire of ${response.id} is in the Bundle`).toBeDefined();
      expect(response.subject?.reference).toBe(`urn:uuid:${dossierId}`);
      const linkIds = new Set(questionnaire?.item?.map((i) => i.linkId));
      for (const item of response.item ?? []) expect(linkIds).toContain(item.linkId);
      const naam = questionnaire?.name ?? '';
      perVragenlijst.set(naam, (perVragenlijst.get(naam) ?? 0) + 1);
    }
    // The demo: two levensgebieden assessments of her own and one view of her professional;
    // eigen regie twice by her and once by the professional; positieve gezondheid once; eight
    // weekly waakvlam check-ins.
    expect(Object.fromEntries(perVragenlijst)).toEqual({
      RedzaamLevensgebieden: 3,
      RedzaamEigenRegie: 3,
      RedzaamPositieveGezondheid: 1,
      RedzaamWaakvlamCheckin: 8,
    });
    expect(questionnaires.size).toBe(4);
  });

  it('serves the same Bundle on its own as application/fhir+json', async () => {
    const response = await inwoner.get(`/dossiers/${dossierId}/gegevens.fhir.json`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    expect(response.headers['content-disposition']).toContain('attachment');
    const bundle = response.json() as Bundle;
    expect(valideerFhir(bundle)).toEqual([]);
    expect(bundle.entry?.[0]?.fullUrl).toBe(`urn:uuid:${dossierId}`);
  });
});
