import { isMessageKey, type MessageKey } from '../../platform/i18n/i18n.js';

/**
 * The two questionnaires and their items. Codes are permanent identifiers (stored in
 * vragenlijst_antwoord.item_code and exported as FHIR linkId); texts live in the i18n catalog
 * under `vragenlijst.` and were written for Redzaam in B1 Dutch — no item text of a licensed
 * instrument is copied. A change of meaning makes a new `versie`, so old rounds keep theirs.
 */

export const VRAGENLIJSTEN = ['eigen-regie', 'positieve-gezondheid'] as const;
export type Vragenlijst = (typeof VRAGENLIJSTEN)[number];

/** Seed 004: the four working elements of eigen regie, and the pillars of the Digitale Regie Spiegel. */
export const REGIE_GROEPEN = [
  { code: 'werkzaam', items: ['eigenaarschap', 'kracht', 'motivatie', 'contacten'] },
  {
    code: 'relatie',
    items: [
      'vertrouwen',
      'gelijkwaardigheid',
      'veiligheid',
      'activatie',
      'samenwerking',
      'communicatie',
      'uitvoering',
    ],
  },
] as const;
export type RegieItem = (typeof REGIE_GROEPEN)[number]['items'][number];
export const REGIE_ITEMS: RegieItem[] = REGIE_GROEPEN.flatMap((groep) => [...groep.items]);

/** Seed 004 (Huber): the six dimensions of positieve gezondheid, named in plain words. */
export const PG_DIMENSIES = [
  'lichaamsfuncties',
  'mentaal-welbevinden',
  'zingeving',
  'kwaliteit-van-leven',
  'meedoen',
  'dagelijks-functioneren',
] as const;
export type PgDimensie = (typeof PG_DIMENSIES)[number];

export type Schaal = { min: number; max: number };
export const SCHAAL: Record<Vragenlijst, Schaal> = {
  'eigen-regie': { min: 1, max: 5 },
  'positieve-gezondheid': { min: 0, max: 10 },
};

export const ITEMS: Record<Vragenlijst, readonly string[]> = {
  'eigen-regie': REGIE_ITEMS,
  'positieve-gezondheid': PG_DIMENSIES,
};

/** Version of the item set; stored with every round (FHIR Questionnaire.version). */
export const VERSIE: Record<Vragenlijst, string> = {
  'eigen-regie': '1',
  'positieve-gezondheid': '1',
};

/** Who fills in: the resident speaks of "ik", the professional of "de inwoner" and "ik". */
export type Perspectief = 'inwoner' | 'professional';

/** Max lengths of the notes, the same as the table's checks. */
export const MAX_TOELICHTING_ITEM = 1000;
export const MAX_TOELICHTING = 2000;

export const regieItemTitel = (code: string) => `vragenlijst.regie.${code}.titel` as MessageKey;
export const regieItemStelling = (code: string, perspectief: Perspectief) =>
  `vragenlijst.regie.${code}.${perspectief}` as MessageKey;
/** A group's title; for anyone but the resident its third-person form where the title says "je". */
export const regieGroepTitel = (code: string, eigenaar = true): MessageKey => {
  const ander = `vragenlijst.regie.groep.${code}.ander`;
  return !eigenaar && isMessageKey(ander) ? ander : (`vragenlijst.regie.groep.${code}` as MessageKey);
};
export const regieSchaalLabel = (score: number) => `vragenlijst.regie.schaal.${score}` as MessageKey;
export const pgTitel = (code: string) => `vragenlijst.pg.${code}.titel` as MessageKey;
export const pgVraag = (code: string) => `vragenlijst.pg.${code}.vraag` as MessageKey;
export const pgUitleg = (code: string) => `vragenlijst.pg.${code}.uitleg` as MessageKey;

/** Every catalog key the questionnaires use (a test checks they all exist in nl and en). */
export function alleTekstSleutels(): MessageKey[] {
  return [
    ...REGIE_GROEPEN.map((groep) => regieGroepTitel(groep.code)),
    ...REGIE_ITEMS.flatMap((code) => [
      regieItemTitel(code),
      regieItemStelling(code, 'inwoner'),
      regieItemStelling(code, 'professional'),
    ]),
    ...[1, 2, 3, 4, 5].map(regieSchaalLabel),
    ...PG_DIMENSIES.flatMap((code) => [pgTitel(code), pgVraag(code), pgUitleg(code)]),
  ];
}
