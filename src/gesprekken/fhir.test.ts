import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valideerFhir } from '../platform/fhir/validate.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import { BESLUIT_EXTENSIE, gesprekkenNaarFhir } from './fhir.js';
import type { exporteerGesprekken } from './sectie.js';

type Export = Awaited<ReturnType<typeof exporteerGesprekken>>;

const PATIENT = '0b7e3c55-8d9a-4b6f-a1c2-3d4e5f607182';
const context = {
  patient: { reference: `urn:uuid:${PATIENT}`, display: 'Ilse' },
  patientId: PATIENT,
  nu: new Date('2026-09-01T10:00:00Z'),
};
const tekst = fc.oneof(
  fc.constant(''),
  fc.constant('Buur\u00a0Henk <b>& co</b>'),
  fc.constant(' '),
  fc.string({ maxLength: 20, unit: 'grapheme' }),
);
const niet = (t: string) => (t.trim() === '' ? 'x' : t);
const code = fc.constantFrom(...STANDAARD_LEVENSGEBIEDEN);
const inhoud = fc.record({
  perGebied: fc.array(fc.record({ code, tekst }), { maxLength: 3 }),
  doelen: fc.array(fc.record({ tekst: tekst.map(niet), gebied: code }), { maxLength: 3 }),
  betrokkenen: tekst,
  regievoerder: tekst,
});
const versie = (nummer: number, besluit: 'akkoord' | 'oneens' | null) =>
  fc.record({
    id: fc.uuid(),
    versie: fc.constant(nummer),
    door: fc.record({
      accountId: fc.constant('acc-1'),
      naam: fc.option(tekst, { nil: null }),
      rol: fc.constantFrom('professional' as const, 'inwoner' as const),
    }),
    aangemaakt: fc.constant('2026-08-02T10:00:00.000Z'),
    inhoud,
    besluit: fc.constant(besluit),
    besloten: fc.constant(besluit ? '2026-08-03T10:00:00.000Z' : null),
    reactie: tekst,
    doelenVoorgesteld: fc.constant(null),
  });
const gesprek = fc.record({
  id: fc.uuid(),
  gemeldOp: fc.constant('2026-07-01'),
  persoonlijkPlanUiterlijk: fc.constant('2026-07-08'),
  onderzoekUiterlijk: fc.constant('2026-08-12'),
  persoonlijkPlanIngediendOp: fc.constantFrom(null, '2026-07-05'),
  aangemaakt: fc.constant('2026-07-01T10:00:00.000Z'),
  voorbereiding: fc.option(
    fc.record({
      gebieden: fc.uniqueArray(code, { maxLength: 3 }),
      perGebied: fc.dictionary(code, fc.record({ goed: tekst, wil: tekst })),
      nietVragen: tekst,
      geven: tekst,
      vragen: fc.constant([] as string[]),
    }),
    { nil: null },
  ),
  aantekeningen: fc.constant(null),
  netwerkberaad: fc.option(
    fc.record({
      id: fc.uuid(),
      datum: fc.constant('2026-07-10'),
      agenda: fc.uniqueArray(code, { maxLength: 3 }),
      informatie: tekst,
      afspraken: fc.array(fc.record({ tekst: tekst.map(niet), gebied: code, wie: tekst }), { maxLength: 3 }),
      genodigden: fc.constant([]),
      besluit: fc.constantFrom(null, 'akkoord' as const, 'oneens' as const),
      besloten: fc.constant('2026-07-11T10:00:00.000Z'),
      reactie: tekst,
      afsprakenVoorgesteld: fc.constant(null),
    }),
    { nil: null },
  ),
  verslag: fc.oneof(
    fc.constant([]),
    fc.tuple(versie(1, null)),
    fc.tuple(versie(1, null), versie(2, 'akkoord')),
    fc.tuple(versie(1, 'oneens')),
  ),
});

describe('gesprekken in FHIR', () => {
  it('gives valid Compositions: the final report only, her persoonlijk plan, and a decided netwerkberaad', {
    timeout: 600_000,
  }, () => {
    fc.assert(
      fc.property(fc.array(gesprek, { maxLength: 3 }), (gesprekken) => {
        const data = { gesprekken } as unknown as Export;
        const resources = gesprekkenNaarFhir(data, context);
        for (const r of resources) expect(valideerFhir(r)).toEqual([]);
        const verslagen = resources.filter((r) => r.type.coding?.[0]?.code === 'verslag-keukentafelgesprek');
        expect(verslagen).toHaveLength(gesprekken.filter((g) => g.verslag.some((v) => v.besluit)).length);
        for (const v of verslagen) {
          expect(v.status).toBe('final');
          const besluit = v.extension?.find((e) => e.url === BESLUIT_EXTENSIE)?.valueCode;
          expect(besluit === 'akkoord' ? v.attester?.[0]?.party : v.attester).toEqual(
            besluit === 'akkoord' ? context.patient : undefined,
          );
        }
        const plannen = resources.filter((r) => r.type.coding?.[0]?.code === 'persoonlijk-plan');
        expect(plannen).toHaveLength(gesprekken.filter((g) => g.voorbereiding).length);
        // The netwerkberaad's plan: a document only once she decided on it.
        const beraden = resources.filter((r) => r.type.coding?.[0]?.code === 'plan-netwerkberaad');
        expect(beraden).toHaveLength(gesprekken.filter((g) => g.netwerkberaad?.besluit).length);
      }),
      { numRuns: 60 },
    );
  });

  it('escapes her words in the narrative (no markup of hers becomes XHTML)', () => {
    const [plan] = gesprekkenNaarFhir(
      {
        gesprekken: [
          {
            id: '7d0c5a52-1c1e-4c5f-9d8e-0b1a2c3d4e5f',
            gemeldOp: '2026-07-01',
            persoonlijkPlanUiterlijk: '2026-07-08',
            onderzoekUiterlijk: '2026-08-12',
            persoonlijkPlanIngediendOp: null,
            aangemaakt: '2026-07-01T10:00:00.000Z',
            voorbereiding: {
              gebieden: [],
              perGebied: {},
              nietVragen: '<script>x</script>',
              geven: '',
              vragen: [],
            },
            aantekeningen: null,
            verslag: [],
          },
        ],
      } as unknown as Export,
      context,
    );
    expect(plan?.status).toBe('preliminary');
    expect(plan?.section?.[0]?.text?.div).toContain('&lt;script&gt;');
    expect(plan?.section?.[0]?.text?.div).not.toContain('<script>');
  });
});
