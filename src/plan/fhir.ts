import { fhirTekst, fullUrl, naamUuid } from '../platform/fhir/bundle.js';
import type { CarePlan, CarePlanActivity, CareTeam, Goal, Reference } from '../platform/fhir/types.js';
import type { FhirContext } from '../regie/secties.js';
import type { exporteerPlan } from './sectie.js';

/**
 * Mijn plan in FHIR R4: one CarePlan (intent `plan`) with an activity per action, a Goal per
 * goal and one CareTeam of everyone on the plan. An action done by someone on the network map
 * refers to that person's RelatedPerson (the netwerk section puts it in the same Bundle, by the
 * same id); the resident herself is the Patient. Pure: the data comes from the section's
 * export, so both downloads agree.
 */

export const LEVENSGEBIED_SYSTEEM = 'https://redzaam.nl/fhir/CodeSystem/levensgebied';
export const EXTENSIE_BASIS = 'https://redzaam.nl/fhir/StructureDefinition/plan-';
export const EXTENSIES = {
  evaluatie: `${EXTENSIE_BASIS}evaluatie`,
  aanleiding: `${EXTENSIE_BASIS}aanleiding`,
  doener: `${EXTENSIE_BASIS}doener`,
} as const;

type Export = Awaited<ReturnType<typeof exporteerPlan>>;
type Actie = Export['doelen'][number]['acties'][number];

const STATUS: Record<string, NonNullable<CarePlanActivity['detail']>['status']> = {
  'nog-niet': 'not-started',
  bezig: 'in-progress',
  gelukt: 'completed',
  gestopt: 'stopped',
};

function uitvoerder(a: Actie, context: FhirContext, team: Export['team']): Reference | undefined {
  switch (a.doener) {
    case 'ikzelf':
      return context.patient;
    case 'netwerk':
      return a.netwerkPersoon ? { reference: fullUrl(a.netwerkPersoon.id) } : undefined;
    default: {
      const lid = a.doenerAccountId ? team.find((t) => t.accountId === a.doenerAccountId) : undefined;
      const naam = fhirTekst(
        lid ? (lid.organisatie ? `${lid.naam} (${lid.organisatie})` : lid.naam) : a.doenerNaam,
      );
      return naam ? { display: naam } : undefined;
    }
  }
}

export function planNaarFhir(
  data: Export,
  dossierId: string,
  context: FhirContext,
): (CarePlan | Goal | CareTeam)[] {
  if (data.doelen.length === 0) return [];
  const teamId = naamUuid(`plan-careteam:${dossierId}`);
  const doelen: Goal[] = data.doelen.map((d) => {
    const waarom = fhirTekst(d.waarom);
    const gelukt = fhirTekst(d.geluktAls);
    const notities = [
      waarom ? { text: `Waarom: ${waarom}` } : undefined,
      gelukt ? { text: `Gelukt als: ${gelukt}` } : undefined,
    ].filter((n): n is { text: string } => n !== undefined);
    const extensies = [
      ...(d.evaluatieOp ? [{ url: EXTENSIES.evaluatie, valueDate: d.evaluatieOp }] : []),
      ...(d.aanleiding ? [{ url: EXTENSIES.aanleiding, valueCode: d.aanleiding }] : []),
    ];
    return {
      resourceType: 'Goal',
      id: d.id,
      ...(extensies.length > 0 ? { extension: extensies } : {}),
      lifecycleStatus: 'active',
      ...(d.levensgebieden.length > 0
        ? { category: d.levensgebieden.map((code) => ({ coding: [{ system: LEVENSGEBIED_SYSTEEM, code }] })) }
        : {}),
      description: { text: fhirTekst(d.doel) ?? '?' },
      subject: context.patient,
      startDate: d.aangemaakt.slice(0, 10),
      ...(notities.length > 0 ? { note: notities } : {}),
    };
  });
  const activiteiten: CarePlanActivity[] = data.doelen.flatMap((d) =>
    d.acties.map((a): CarePlanActivity => {
      const wie = uitvoerder(a, context, data.team);
      const voortgang = a.notities
        .map((n) => ({ text: fhirTekst(n.tekst), time: n.op, authorString: fhirTekst(n.van ?? undefined) }))
        .filter((n) => n.text !== undefined)
        .map((n) => ({
          text: n.text as string,
          time: n.time,
          ...(n.authorString ? { authorString: n.authorString } : {}),
        }));
      const waarom = fhirTekst(a.statusWaarom);
      return {
        ...(voortgang.length > 0 ? { progress: voortgang } : {}),
        detail: {
          extension: [
            { url: EXTENSIES.doener, valueCode: a.doener },
            ...(a.evaluatieOp ? [{ url: EXTENSIES.evaluatie, valueDate: a.evaluatieOp }] : []),
          ],
          status: STATUS[a.status] ?? 'not-started',
          ...(waarom ? { statusReason: { text: waarom } } : {}),
          goal: [{ reference: fullUrl(d.id) }],
          description: fhirTekst(a.wat) ?? '?',
          ...(a.wanneer ? { scheduledPeriod: { start: a.wanneer } } : {}),
          ...(wie ? { performer: [wie] } : {}),
        },
      };
    }),
  );
  const netwerkLeden = new Map<string, string>();
  for (const d of data.doelen)
    for (const a of d.acties)
      if (a.netwerkPersoon) netwerkLeden.set(a.netwerkPersoon.id, a.netwerkPersoon.id);
  const team: CareTeam = {
    resourceType: 'CareTeam',
    id: teamId,
    status: 'active',
    subject: context.patient,
    participant: [
      { role: [{ text: 'inwoner' }], member: context.patient },
      ...[...netwerkLeden.keys()].map((id) => ({
        role: [{ text: 'netwerk' }],
        member: { reference: fullUrl(id) },
      })),
      ...data.team.map((lid) => ({
        role: [
          {
            text:
              lid.accountId === data.regievoerder
                ? 'regievoerder'
                : lid.vertegenwoordiger
                  ? 'wettelijk vertegenwoordiger'
                  : lid.rol === 'professional'
                    ? 'professional'
                    : 'naaste',
          },
        ],
        member: {
          display: fhirTekst(lid.organisatie ? `${lid.naam} (${lid.organisatie})` : lid.naam) ?? '?',
        },
      })),
    ],
  };
  const plan: CarePlan = {
    resourceType: 'CarePlan',
    id: naamUuid(`plan-careplan:${dossierId}`),
    status: 'active',
    intent: 'plan',
    title: 'Mijn plan',
    subject: context.patient,
    careTeam: [{ reference: fullUrl(teamId) }],
    goal: doelen.map((g) => ({ reference: fullUrl(g.id as string) })),
    ...(activiteiten.length > 0 ? { activity: activiteiten } : {}),
  };
  return [plan, ...doelen, team];
}
