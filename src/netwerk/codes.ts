/**
 * The code lists of the netwerkkaart, in one place. Codes are stored; texts live in messages.ts
 * (`netwerk.relatie.<code>` …), so a gemeente's own wording can replace a default by code.
 */

/**
 * What a relationship usually carries (seeds 002, 003): in the family people give without
 * counting (generalised reciprocity); friends, acquaintances and neighbours expect give and take
 * to even out (balanced reciprocity); paid or organised help expects no return.
 */
export type Wederkerigheid = 'gegeneraliseerd' | 'evenwichtig' | 'geen';

/**
 * The relationship spectrum, closest bond first. `roleCode`: the HL7 v3 RoleCode
 * (http://terminology.hl7.org/CodeSystem/v3-RoleCode) used in FHIR where one fits.
 */
export const RELATIES = [
  { code: 'partner', wederkerigheid: 'gegeneraliseerd', roleCode: 'SIGOTHR', display: 'significant other' },
  { code: 'ouder', wederkerigheid: 'gegeneraliseerd', roleCode: 'PRN', display: 'parent' },
  { code: 'kind', wederkerigheid: 'gegeneraliseerd', roleCode: 'CHILD', display: 'child' },
  { code: 'broer-zus', wederkerigheid: 'gegeneraliseerd', roleCode: 'SIB', display: 'sibling' },
  { code: 'familie', wederkerigheid: 'gegeneraliseerd', roleCode: 'EXT', display: 'extended family member' },
  { code: 'vriend', wederkerigheid: 'evenwichtig', roleCode: 'FRND', display: 'unrelated friend' },
  { code: 'kennis', wederkerigheid: 'evenwichtig', roleCode: undefined, display: undefined },
  { code: 'buur', wederkerigheid: 'evenwichtig', roleCode: 'NBOR', display: 'neighbor' },
  { code: 'los-contact', wederkerigheid: 'evenwichtig', roleCode: undefined, display: undefined },
  { code: 'vrijwilliger', wederkerigheid: 'geen', roleCode: undefined, display: undefined },
  { code: 'ervaringsdeskundige', wederkerigheid: 'geen', roleCode: undefined, display: undefined },
  { code: 'professional', wederkerigheid: 'geen', roleCode: undefined, display: undefined },
] as const satisfies readonly {
  code: string;
  wederkerigheid: Wederkerigheid;
  roleCode: string | undefined;
  display: string | undefined;
}[];

export type Relatie = (typeof RELATIES)[number]['code'];
export const RELATIE_CODES = RELATIES.map((r) => r.code) as Relatie[];

export function isRelatie(code: string): code is Relatie {
  return (RELATIE_CODES as string[]).includes(code);
}

export function wederkerigheidVan(relatie: string): Wederkerigheid {
  return RELATIES.find((r) => r.code === relatie)?.wederkerigheid ?? 'evenwichtig';
}

/** How often they are in touch. */
export const CONTACTEN = ['dagelijks', 'wekelijks', 'maandelijks', 'minder'] as const;
export type Contact = (typeof CONTACTEN)[number];

/** The kinds of support that flow (either way). */
export const STEUN = ['emotioneel', 'praktisch', 'informatie', 'gezelschap', 'in-contact-brengen'] as const;
export type Steun = (typeof STEUN)[number];

/** Why she would rather not ask this person (optional). */
export const LIEVER_NIET_REDENEN = ['schaamte', 'gelijk-houden', 'niet-tot-last', 'anders'] as const;
export type LieverNietReden = (typeof LIEVER_NIET_REDENEN)[number];

/** The Utrecht panel's three groups (seed 000). */
export const SAMENVATTINGEN = ['genoeg-en-vraagt', 'genoeg-vraagt-niet', 'te-weinig'] as const;
export type Samenvatting = (typeof SAMENVATTINGEN)[number];

/** A sane limit: a map is a conversation tool, not an address book. */
export const MAX_PERSONEN = 200;
