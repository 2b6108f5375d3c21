import { fhirTekst, naamUuid } from '../platform/fhir/bundle.js';
import type {
  CarePlan,
  Extension,
  FhirResource,
  Questionnaire,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '../platform/fhir/types.js';
import { translator } from '../platform/i18n/i18n.js';
import { levensgebiedNaam, STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import type { FhirContext } from '../regie/secties.js';
import { DELEN } from './forms.js';
import { FASEN, OORDELEN } from './rules.js';
import type { exporteerWaakvlam } from './sectie.js';

/**
 * The waakvlam in FHIR R4. The signaleringsplan is a **CarePlan** (category "signaleringsplan",
 * a crisis plan), one activity per phase and part (how it shows; what she, her network and
 * professionals do), the phase as an extension. Every answered check-in is a
 * **QuestionnaireResponse** of the one check-in **Questionnaire** (included once). Codes in
 * Redzaam's own systems, documented in README.md. Pure: from the section's export.
 */

export const BASIS = 'https://redzaam.nl/fhir';
export const SYSTEMEN = {
  categorie: `${BASIS}/CodeSystem/careplan-categorie`,
  fase: `${BASIS}/CodeSystem/waakvlam-fase`,
  deel: `${BASIS}/CodeSystem/waakvlam-deel`,
  oordeel: `${BASIS}/CodeSystem/waakvlam-oordeel`,
} as const;
export const EXTENSIES = {
  fase: `${BASIS}/StructureDefinition/waakvlam-fase`,
  intensiteit: `${BASIS}/StructureDefinition/waakvlam-intensiteit`,
} as const;
export const QUESTIONNAIRE_URL = `${BASIS}/Questionnaire/waakvlam-checkin`;
export const QUESTIONNAIRE_VERSIE = '1';
const INTENSITEIT_CODE = { 1: 'licht', 2: 'meer', 3: 'veel' } as const;

type Export = Awaited<ReturnType<typeof exporteerWaakvlam>>;

export function checkinVragenlijst(): Questionnaire {
  const t = translator('nl');
  const keuze = OORDELEN.map((o) => ({
    valueCoding: { system: SYSTEMEN.oordeel, code: o, display: t(`waakvlam.oordeel.${o}`) },
  }));
  return {
    resourceType: 'Questionnaire',
    id: naamUuid(`waakvlam-checkin:${QUESTIONNAIRE_VERSIE}`),
    url: QUESTIONNAIRE_URL,
    version: QUESTIONNAIRE_VERSIE,
    name: 'RedzaamWaakvlamCheckin',
    title: t('waakvlam.checkin.titel'),
    status: 'active',
    language: 'nl',
    item: [
      {
        linkId: 'algemeen',
        text: t('waakvlam.checkin.algemeen'),
        type: 'choice',
        required: true,
        answerOption: keuze,
      },
      ...STANDAARD_LEVENSGEBIEDEN.map((code) => ({
        linkId: `gebied.${code}`,
        text: t('waakvlam.checkin.gebied', { gebied: levensgebiedNaam(code, undefined, t) }),
        type: 'choice' as const,
        answerOption: keuze,
      })),
      { linkId: 'signalen.let-op', text: t('waakvlam.checkin.signalen'), type: 'string', repeats: true },
      { linkId: 'signalen.crisis', text: t('waakvlam.checkin.signalen'), type: 'string', repeats: true },
      {
        linkId: 'fase',
        text: t('waakvlam.nu.kop'),
        type: 'choice',
        answerOption: FASEN.map((f) => ({
          valueCoding: { system: SYSTEMEN.fase, code: f, display: t(`waakvlam.fase.${f}`) },
        })),
      },
    ],
  };
}

function plan(data: NonNullable<Export['plan']>, context: FhirContext, dossierSleutel: string): CarePlan {
  const t = translator('nl');
  const activiteiten: NonNullable<CarePlan['activity']> = [];
  for (const fase of FASEN)
    for (const deel of DELEN) {
      const tekst = fhirTekst(data.fasen[fase][deel]);
      if (!tekst) continue;
      activiteiten.push({
        detail: {
          extension: [{ url: EXTENSIES.fase, valueCode: fase }],
          code: { coding: [{ system: SYSTEMEN.deel, code: deel }], text: t(`waakvlam.deel.${deel}`) },
          status: fase === data.fase ? 'in-progress' : 'not-started',
          description: tekst,
        },
      });
    }
  const extensies: Extension[] = [
    { url: EXTENSIES.fase, valueCode: data.fase },
    { url: EXTENSIES.intensiteit, valueCode: INTENSITEIT_CODE[data.intensiteit as 1 | 2 | 3] },
  ];
  return {
    resourceType: 'CarePlan',
    id: naamUuid(`waakvlam-plan:${dossierSleutel}`),
    extension: extensies,
    status: 'active',
    intent: 'plan',
    category: [
      {
        coding: [
          { system: SYSTEMEN.categorie, code: 'signaleringsplan', display: 'Signaleringsplan (crisisplan)' },
        ],
        text: t('waakvlam.plan.titel'),
      },
    ],
    title: t('waakvlam.plan.titel'),
    subject: context.patient,
    created: data.aangemaakt,
    ...(activiteiten.length > 0 ? { activity: activiteiten } : {}),
  };
}

function antwoord(c: Export['checkins'][number], context: FhirContext): QuestionnaireResponse | null {
  if (!c.beantwoord || !c.antwoorden || !c.fase) return null;
  const t = translator('nl');
  const coding = (system: string, code: string, display: string) => ({
    valueCoding: { system, code, display },
  });
  const items: QuestionnaireResponseItem[] = [];
  for (const [gebied, oordeel] of Object.entries(c.antwoorden.gebieden))
    items.push({
      linkId: gebied === 'algemeen' ? 'algemeen' : `gebied.${gebied}`,
      answer: [coding(SYSTEMEN.oordeel, oordeel, t(`waakvlam.oordeel.${oordeel}`))],
    });
  for (const fase of ['let-op', 'crisis'] as const) {
    const signalen = c.antwoorden.signalen[fase].flatMap((s) => {
      const tekst = fhirTekst(s);
      return tekst ? [{ valueString: tekst }] : [];
    });
    if (signalen.length > 0) items.push({ linkId: `signalen.${fase}`, answer: signalen });
  }
  items.push({ linkId: 'fase', answer: [coding(SYSTEMEN.fase, c.fase, t(`waakvlam.fase.${c.fase}`))] });
  return {
    resourceType: 'QuestionnaireResponse',
    id: c.id,
    questionnaire: `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSIE}`,
    status: 'completed',
    subject: context.patient,
    authored: c.beantwoord,
    author: context.patient,
    item: items,
  };
}

export function waakvlamNaarFhir(data: Export, context: FhirContext): FhirResource[] {
  const uit: FhirResource[] = [];
  if (data.plan) uit.push(plan(data.plan, context, context.patientId));
  const antwoorden = data.checkins.flatMap((c) => {
    const r = antwoord(c, context);
    return r ? [r] : [];
  });
  if (antwoorden.length > 0) uit.push(checkinVragenlijst(), ...antwoorden);
  return uit;
}
