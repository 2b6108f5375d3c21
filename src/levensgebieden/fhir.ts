import { fhirTekst, naamUuid } from '../platform/fhir/bundle.js';
import type {
  FhirResource,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '../platform/fhir/types.js';
import type { Translate } from '../platform/i18n/i18n.js';
import type { FhirContext } from '../regie/secties.js';
import type { exporteerLevensgebieden } from './sectie.js';

/**
 * The levensgebieden of a record in FHIR R4: each catalog version the record's assessments
 * used becomes a Questionnaire (a group per domain, the domain's code as linkId), each
 * assessment a QuestionnaireResponse that points at it. Pure: the data comes from the
 * section's export, so the FHIR file and the JSON download cannot tell different stories.
 */

type Export = Awaited<ReturnType<typeof exporteerLevensgebieden>>;
type Catalogus = Export['catalogi'][number];
type Beoordeling = Export['beoordelingen'][number];

const SCORES = [1, 2, 3, 4, 5] as const;
const WIE_HELPT = ['ikzelf', 'netwerk', 'vrijwilliger', 'professional'] as const;
const BELANG = ['niet', 'beetje', 'erg'] as const;

/** Stable per gemeente: every download names the same catalog the same way. */
export function catalogusUrl(gemeenteId: string): string {
  return `urn:uuid:${naamUuid(`levensgebieden-catalogus:${gemeenteId}`)}`;
}

function vragenlijst(gemeenteId: string, catalogus: Catalogus, t: Translate): Questionnaire {
  const vraag = (code: string, deel: string, text: string, type: QuestionnaireItem['type']) => ({
    linkId: `${code}.${deel}`,
    text,
    type,
  });
  return {
    resourceType: 'Questionnaire',
    id: naamUuid(`levensgebieden-catalogus:${gemeenteId}:${catalogus.versie}`),
    url: catalogusUrl(gemeenteId),
    version: String(catalogus.versie),
    name: 'RedzaamLevensgebieden',
    title: t('sectie.levensgebieden'),
    status: 'active',
    language: 'nl',
    description: t('sectie.levensgebieden.uitleg'),
    item: catalogus.levensgebieden.map((gebied) => ({
      linkId: gebied.code,
      text: fhirTekst(gebied.naam) ?? gebied.code,
      type: 'group',
      item: [
        {
          ...vraag(gebied.code, 'score', t('levensgebieden.vraag.hoe'), 'choice'),
          answerOption: SCORES.map((score) => ({
            valueCoding: { code: String(score), display: t(`levensgebieden.schaal.ik.${score}`) },
          })),
        },
        vraag(gebied.code, 'weet-niet', t('vragenlijst.weet-niet'), 'boolean'),
        {
          ...vraag(gebied.code, 'wie-helpt', t('levensgebieden.vraag.wie-helpt'), 'choice'),
          repeats: true,
          answerOption: WIE_HELPT.map((wie) => ({
            valueCoding: { code: wie, display: t(`levensgebieden.wie-helpt.${wie}`) },
          })),
        },
        vraag(gebied.code, 'doel', t('levensgebieden.vraag.doel'), 'text'),
        {
          ...vraag(gebied.code, 'belang', t('levensgebieden.vraag.belang'), 'choice'),
          answerOption: BELANG.map((belang) => ({
            valueCoding: { code: belang, display: t(`levensgebieden.belang.${belang}`) },
          })),
        },
        vraag(gebied.code, 'goed-gaat', t('levensgebieden.vraag.goed-gaat'), 'text'),
        vraag(gebied.code, 'trots', t('levensgebieden.vraag.trots'), 'text'),
      ],
    })),
  };
}

function antwoorden(beoordeling: Beoordeling, t: Translate): QuestionnaireResponseItem[] {
  return beoordeling.antwoorden.flatMap((a) => {
    const code = a.levensgebied;
    const tekst = (deel: string, value: string) => {
      const schoon = fhirTekst(value);
      return schoon === undefined ? [] : [{ linkId: `${code}.${deel}`, answer: [{ valueString: schoon }] }];
    };
    // Only what was answered: a skipped question has no item (never a zero).
    const items: QuestionnaireResponseItem[] = [
      ...(a.score === null
        ? []
        : [
            {
              linkId: `${code}.score`,
              answer: [
                {
                  valueCoding: {
                    code: String(a.score),
                    display: t(`levensgebieden.schaal.ik.${a.score as 1}`),
                  },
                },
              ],
            },
          ]),
      ...(a.weetIkNiet ? [{ linkId: `${code}.weet-niet`, answer: [{ valueBoolean: true }] }] : []),
      ...(a.wieHelpt.length === 0
        ? []
        : [
            {
              linkId: `${code}.wie-helpt`,
              answer: a.wieHelpt.map((wie) => ({ valueCoding: { code: wie } })),
            },
          ]),
      ...tekst('doel', a.doel),
      ...(a.belang === null
        ? []
        : [{ linkId: `${code}.belang`, answer: [{ valueCoding: { code: a.belang } }] }]),
      ...tekst('goed-gaat', a.watGoedGaat),
      ...tekst('trots', a.waarIkTrotsOpBen),
    ];
    return items.length === 0 ? [] : [{ linkId: code, item: items }];
  });
}

function antwoordenlijst(
  gemeenteId: string,
  beoordeling: Beoordeling,
  context: FhirContext,
  t: Translate,
): QuestionnaireResponse {
  const eigen = beoordeling.perspectief === 'eigen';
  // Someone else's view names its author by name only: their account stays out of the file.
  const auteur = eigen ? context.patient : { display: fhirTekst(beoordeling.auteur.naam) ?? '?' };
  const items = antwoorden(beoordeling, t);
  return {
    resourceType: 'QuestionnaireResponse',
    id: beoordeling.id,
    questionnaire: `${catalogusUrl(gemeenteId)}|${beoordeling.catalogusVersie}`,
    status: beoordeling.status === 'afgerond' ? 'completed' : 'in-progress',
    subject: context.patient,
    authored: beoordeling.afgerond ?? beoordeling.bijgewerkt,
    author: auteur,
    source: auteur,
    language: 'nl',
    // FHIR allows no empty arrays: a response without answers has no item at all.
    ...(items.length > 0 ? { item: items } : {}),
  };
}

export function levensgebiedenNaarFhir(
  data: Export,
  gemeenteId: string,
  context: FhirContext,
  t: Translate,
): FhirResource[] {
  return [
    ...data.catalogi.map((catalogus) => vragenlijst(gemeenteId, catalogus, t)),
    ...data.beoordelingen.map((b) => antwoordenlijst(gemeenteId, b, context, t)),
  ];
}
