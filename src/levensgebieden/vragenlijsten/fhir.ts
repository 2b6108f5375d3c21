import { fhirTekst, naamUuid } from '../../platform/fhir/bundle.js';
import type {
  FhirResource,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '../../platform/fhir/types.js';
import { type Translate, translator } from '../../platform/i18n/i18n.js';
import type { Toegang } from '../../regie/door/door.js';
import type { FhirContext } from '../../regie/secties.js';
import { exporteerVragenlijsten } from './invullen.js';
import {
  PG_DIMENSIES,
  pgTitel,
  pgVraag,
  REGIE_GROEPEN,
  regieGroepTitel,
  regieItemStelling,
  regieItemTitel,
  regieSchaalLabel,
  SCHAAL,
  VERSIE,
  type Vragenlijst,
} from './items.js';

/**
 * The questionnaires (eigen regie, positieve gezondheid) in FHIR R4: each item set version a
 * Questionnaire, each round a QuestionnaireResponse. Per item a group (linkId = the item code)
 * with the score, "weet ik niet" or "hier wil ik over praten", and the note; a skipped item is
 * left out. Pure, from the section's export.
 */

type Export = Awaited<ReturnType<typeof exporteerVragenlijsten>>;
type Ronde = Export['eigen-regie'][number];

/** The same items everywhere, so one canonical url per questionnaire. */
export function vragenlijstUrl(vragenlijst: Vragenlijst): string {
  return `urn:uuid:${naamUuid(`vragenlijst:${vragenlijst}`)}`;
}

function itemGroep(code: string, text: string, vragenlijst: Vragenlijst, t: Translate): QuestionnaireItem {
  const { min, max } = SCHAAL[vragenlijst];
  const score: QuestionnaireItem =
    vragenlijst === 'eigen-regie'
      ? {
          linkId: `${code}.score`,
          text,
          type: 'choice',
          answerOption: Array.from({ length: max - min + 1 }, (_, i) => ({
            valueCoding: { code: String(min + i), display: t(regieSchaalLabel(min + i)) },
          })),
        }
      : { linkId: `${code}.score`, text, type: 'integer' };
  const extra: QuestionnaireItem =
    vragenlijst === 'eigen-regie'
      ? { linkId: `${code}.weet-niet`, text: t('vragenlijst.weet-niet'), type: 'boolean' }
      : { linkId: `${code}.praten`, text: t('vragenlijst.pg.praten.kort'), type: 'boolean' };
  return {
    linkId: code,
    text: t(vragenlijst === 'eigen-regie' ? regieItemTitel(code) : pgTitel(code)),
    type: 'group',
    item: [
      score,
      extra,
      { linkId: `${code}.toelichting`, text: t('vragenlijst.toelichting.kop'), type: 'text' },
    ],
  };
}

function vragenlijstResource(vragenlijst: Vragenlijst, t: Translate): Questionnaire {
  const items: QuestionnaireItem[] =
    vragenlijst === 'eigen-regie'
      ? REGIE_GROEPEN.map((groep) => ({
          linkId: groep.code,
          text: t(regieGroepTitel(groep.code)),
          type: 'group',
          item: groep.items.map((code) =>
            itemGroep(code, t(regieItemStelling(code, 'inwoner')), vragenlijst, t),
          ),
        }))
      : PG_DIMENSIES.map((code) => itemGroep(code, t(pgVraag(code)), vragenlijst, t));
  return {
    resourceType: 'Questionnaire',
    id: naamUuid(`vragenlijst:${vragenlijst}:${VERSIE[vragenlijst]}`),
    url: vragenlijstUrl(vragenlijst),
    version: VERSIE[vragenlijst],
    name: vragenlijst === 'eigen-regie' ? 'RedzaamEigenRegie' : 'RedzaamPositieveGezondheid',
    title: t(vragenlijst === 'eigen-regie' ? 'vragenlijst.regie.titel' : 'vragenlijst.pg.titel'),
    status: 'active',
    language: 'nl',
    item: [...items, { linkId: 'toelichting', text: t('vragenlijst.toelichting.kop'), type: 'text' }],
  };
}

function antwoordGroep(
  antwoord: Ronde['antwoorden'][number],
  vragenlijst: Vragenlijst,
  t: Translate,
): QuestionnaireResponseItem | null {
  const items: QuestionnaireResponseItem[] = [];
  if (antwoord.score !== null)
    items.push({
      linkId: `${antwoord.item}.score`,
      answer: [
        vragenlijst === 'eigen-regie'
          ? { valueCoding: { code: String(antwoord.score), display: t(regieSchaalLabel(antwoord.score)) } }
          : { valueInteger: antwoord.score },
      ],
    });
  if (vragenlijst === 'eigen-regie' && antwoord.weetIkNiet)
    items.push({ linkId: `${antwoord.item}.weet-niet`, answer: [{ valueBoolean: true }] });
  if (vragenlijst === 'positieve-gezondheid' && antwoord.hierWilIkOverPraten)
    items.push({ linkId: `${antwoord.item}.praten`, answer: [{ valueBoolean: true }] });
  const toelichting = fhirTekst(antwoord.toelichting);
  if (toelichting)
    items.push({ linkId: `${antwoord.item}.toelichting`, answer: [{ valueString: toelichting }] });
  return items.length === 0 ? null : { linkId: antwoord.item, item: items };
}

function rondeResource(
  vragenlijst: Vragenlijst,
  ronde: Ronde,
  context: FhirContext,
  t: Translate,
): QuestionnaireResponse {
  const perItem = new Map(
    ronde.antwoorden.flatMap((a) => {
      const groep = antwoordGroep(a, vragenlijst, t);
      return groep ? [[a.item, groep] as const] : [];
    }),
  );
  // The response follows the questionnaire's nesting: eigen regie has its two groups around the items.
  const items: QuestionnaireResponseItem[] =
    vragenlijst === 'eigen-regie'
      ? REGIE_GROEPEN.flatMap((groep) => {
          const binnen = groep.items.flatMap((code) => perItem.get(code) ?? []);
          return binnen.length === 0 ? [] : [{ linkId: groep.code, item: binnen }];
        })
      : PG_DIMENSIES.flatMap((code) => perItem.get(code) ?? []);
  const toelichting = fhirTekst(ronde.toelichting);
  if (toelichting) items.push({ linkId: 'toelichting', answer: [{ valueString: toelichting }] });
  const auteur =
    ronde.ingevuldDoor.rol === 'inwoner'
      ? context.patient
      : { display: fhirTekst(ronde.ingevuldDoor.naam) ?? '?' };
  return {
    resourceType: 'QuestionnaireResponse',
    id: ronde.id,
    questionnaire: `${vragenlijstUrl(vragenlijst)}|${ronde.versie}`,
    status: ronde.status === 'ingediend' ? 'completed' : 'in-progress',
    subject: context.patient,
    authored: (ronde.ingediend ?? ronde.bijgewerkt).toISOString(),
    author: auteur,
    source: auteur,
    language: 'nl',
    ...(items.length > 0 ? { item: items } : {}),
  };
}

export function vragenlijstenNaarFhir(data: Export, context: FhirContext, t: Translate): FhirResource[] {
  const resources: FhirResource[] = [];
  for (const vragenlijst of ['eigen-regie', 'positieve-gezondheid'] as const) {
    const rondes = data[vragenlijst];
    if (rondes.length === 0) continue;
    resources.push(vragenlijstResource(vragenlijst, t));
    for (const ronde of rondes) resources.push(rondeResource(vragenlijst, ronde, context, t));
  }
  return resources;
}

/** The section hook: the record's rounds, in FHIR. */
export async function vragenlijstenFhir(toegang: Toegang, context: FhirContext): Promise<FhirResource[]> {
  return vragenlijstenNaarFhir(await exporteerVragenlijsten(toegang), context, translator('nl'));
}
