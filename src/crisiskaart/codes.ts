/**
 * The code lists of the crisiskaart in one place: the parts of the plan (each free text, each
 * on the card or only in the longer plan) and the practical tasks during a crisis.
 */

/** The parts of the crisisplan, in the order the card and the plan show them. */
export const VELDEN = [
  'signalen',
  'helpt',
  'helptNiet',
  'waarschuwen',
  'medicijnenWel',
  'medicijnenNiet',
  'opnameWel',
  'opnameNiet',
  'professionals',
] as const;
export type VeldCode = (typeof VELDEN)[number];

/** Practical matters during a crisis, each taken on by someone on her network map. */
export const TAKEN = ['kinderen', 'huisdieren', 'planten', 'post', 'rekeningen', 'werk', 'anders'] as const;
export type Taak = (typeof TAKEN)[number];

export const AFSPRAAK_STATUSSEN = ['gevraagd', 'afgesproken', 'afgewezen'] as const;
export type AfspraakStatus = (typeof AFSPRAAK_STATUSSEN)[number];

/** Longest text per part (characters), and of the card's own name. */
export const MAX_TEKST = 1000;
export const MAX_NAAM = 40;
/** Agreements per card: enough for every task twice, few enough to stay a card. */
export const MAX_AFSPRAKEN = 20;
/** After this many months the card asks to be checked again (the established Dutch card's advice). */
export const HERCONTROLE_MAANDEN = 18;
/** How long a confirmation link works. */
export const LINK_DAGEN = 14;
