import type { FhirResource } from '../platform/fhir/types.js';
import { translator } from '../platform/i18n/i18n.js';
import type { FhirContext } from '../regie/secties.js';
import type { exporteerCrisiskaart } from './sectie.js';

/** Redzaam's own code for the category (no standard code for a Dutch crisis plan), with text. */
export const CATEGORIE_SYSTEEM = 'https://redzaam.nl/fhir/CodeSystem/careplan-categorie';
export const EXTENSIE_BASIS = 'https://redzaam.nl/fhir/StructureDefinition/';

/**
 * The crisisplan as one FHIR R4 CarePlan: `category` crisis plan, `status` active, `intent`
 * plan, `created` the date made, her parts as `note` (marked whether on the card), and each
 * practical agreement as an `activity` (its state: agreed = scheduled, asked = not-started,
 * declined = cancelled).
 */
export function crisiskaartNaarFhir(
  data: Awaited<ReturnType<typeof exporteerCrisiskaart>>,
  context: FhirContext,
): FhirResource[] {
  if (!data.kaart) return [];
  const t = translator('nl');
  const kaart = data.kaart;
  const notes = kaart.delen
    .filter((d) => d.tekst.trim() !== '')
    .map((d) => ({
      text: `${t(`crisiskaart.deel.${d.code}`)} (${t(d.opKaart ? 'crisiskaart.op-kaart' : 'crisiskaart.alleen-plan')}): ${d.tekst}`,
    }));
  const activities = data.afspraken.map((a) => ({
    detail: {
      status:
        a.status === 'afgesproken' ? 'scheduled' : a.status === 'gevraagd' ? 'not-started' : 'cancelled',
      description: `${t(`crisiskaart.taak.${a.taak}`)}: ${a.wie}${a.toelichting ? ` — ${a.toelichting}` : ''}`,
    },
  }));
  const resource: FhirResource = {
    resourceType: 'CarePlan',
    id: context.patientId,
    status: 'active',
    intent: 'plan',
    category: [
      {
        coding: [{ system: CATEGORIE_SYSTEEM, code: 'crisisplan', display: 'Crisisplan' }],
        text: 'Crisisplan',
      },
    ],
    title: kaart.naam || t('crisiskaart.standaardnaam'),
    subject: context.patient,
    created: kaart.gemaaktOp,
    period: { start: kaart.gecontroleerdOp },
    ...(notes.length > 0 ? { note: notes } : {}),
    ...(activities.length > 0 ? { activity: activities } : {}),
  } as unknown as FhirResource;
  return [resource];
}
