/**
 * The rules of Mijn plan, as pure functions: who is offered as doer and in which order, what a
 * valid date is, what a proposal changes, when the plan warns about coordination. Property
 * tests in rules.test.ts.
 */

/** Who does an action, in the seeds' order of looking: zelf → samen → professioneel (never forced). */
export const DOENERS = ['ikzelf', 'netwerk', 'vrijwilliger', 'professional'] as const;
export type Doener = (typeof DOENERS)[number];

export const STATUSSEN = ['nog-niet', 'bezig', 'gelukt', 'gestopt'] as const;
export type Status = (typeof STATUSSEN)[number];

/** What prompted a goal, when something did: a link back to it. */
export const AANLEIDINGEN = ['regie-spiegel', 'zelfbeoordeling', 'keukentafelgesprek'] as const;
export type Aanleiding = (typeof AANLEIDINGEN)[number];

/** The default gemeente threshold: more active professionals than this is a warning. */
export const STANDAARD_MAX_PROFESSIONALS = 3;
/** At most this many goals on one plan, and actions per goal. */
export const MAX_DOELEN = 100;
export const MAX_ACTIES_PER_DOEL = 50;

export type DoelInvoer = {
  tekst: string;
  waarom: string;
  geluktAls: string;
  levensgebieden: string[];
  aanleiding: Aanleiding | null;
  evaluatieOp: string | null;
};

export type ActieInvoer = {
  wat: string;
  doener: Doener;
  /** A person on her network map (doener `netwerk`) */
  netwerkPersoonId: string | null;
  /** A volunteer's, a neighbour's or a professional's name or organisation, in her words */
  doenerNaam: string;
  /** A professional with a grant on her record (doener `professional`), when chosen */
  doenerAccountId: string | null;
  wanneer: string | null;
  status: Status;
  statusWaarom: string;
  evaluatieOp: string | null;
};

export type Doel = DoelInvoer & { id: string; versie: number; createdAt: Date };
export type Actie = ActieInvoer & { id: string; doelId: string; versie: number; createdAt: Date };

/** A real calendar day written as YYYY-MM-DD (no 31 February), between 1900 and 2199. */
export function isGeldigeDatum(tekst: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tekst);
  if (!m) return false;
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (jaar < 1900 || jaar > 2199) return false;
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  return d.getUTCFullYear() === jaar && d.getUTCMonth() === maand - 1 && d.getUTCDate() === dag;
}

/** The doers in the order the form offers them; the one already chosen stays chosen. */
export function aangebodenDoeners(heeftNetwerk: boolean): Doener[] {
  return DOENERS.filter((d) => d !== 'netwerk' || heeftNetwerk);
}

/** Stopping needs a reason in her words; the other states do not. */
export function waaromNodig(status: Status): boolean {
  return status === 'gestopt';
}

/** An action still running (not done, not stopped). */
export function isLopend(actie: Pick<ActieInvoer, 'status'>): boolean {
  return actie.status === 'nog-niet' || actie.status === 'bezig';
}

/** The fields two versions of one goal or action differ in, for the side-by-side view. */
export function verschillen<T extends Record<string, unknown>>(a: T, b: T, velden: readonly (keyof T)[]) {
  return velden.filter((v) => JSON.stringify(a[v]) !== JSON.stringify(b[v]));
}

export const DOEL_VELDEN = [
  'tekst',
  'waarom',
  'geluktAls',
  'levensgebieden',
  'aanleiding',
  'evaluatieOp',
] as const;
export const ACTIE_VELDEN = [
  'wat',
  'doener',
  'netwerkPersoonId',
  'doenerNaam',
  'doenerAccountId',
  'wanneer',
  'status',
  'statusWaarom',
  'evaluatieOp',
] as const;

/** A professional who works on the plan: an action's doer, or someone with a grant on it. */
export type ProfessionalOpPlan = {
  accountId: string;
  /** The organisation they work for (their account's), or their own name when unknown */
  organisatie: string;
};

/** One running action with a professional doer, and the levensgebieden of its goal. */
export type ProfessioneleActie = {
  levensgebieden: readonly string[];
  /** The organisation: of the chosen professional's account, else the name she typed */
  organisatie: string;
};

export type Waarschuwing =
  | { soort: 'organisaties-op-gebied'; levensgebied: string; organisaties: string[] }
  | { soort: 'te-veel-professionals'; aantal: number; drempel: number };

const sleutel = (naam: string) => naam.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/**
 * The coordination warnings (seed 001: one coordinator and few providers): more than one
 * organisation on the same levensgebied among running actions, and more professionals active
 * than the gemeente's threshold. Organisations are compared ignoring case and spacing.
 */
export function waarschuwingen(input: {
  acties: readonly ProfessioneleActie[];
  professionals: readonly ProfessionalOpPlan[];
  drempel: number;
}): Waarschuwing[] {
  const uit: Waarschuwing[] = [];
  const perGebied = new Map<string, Map<string, string>>();
  for (const a of input.acties) {
    if (sleutel(a.organisatie) === '') continue;
    for (const gebied of new Set(a.levensgebieden)) {
      const orgs = perGebied.get(gebied) ?? new Map<string, string>();
      if (!orgs.has(sleutel(a.organisatie))) orgs.set(sleutel(a.organisatie), a.organisatie.trim());
      perGebied.set(gebied, orgs);
    }
  }
  for (const [levensgebied, orgs] of [...perGebied].sort(([a], [b]) => a.localeCompare(b)))
    if (orgs.size > 1)
      uit.push({ soort: 'organisaties-op-gebied', levensgebied, organisaties: [...orgs.values()].sort() });
  const aantal = new Set(input.professionals.map((p) => p.accountId)).size;
  if (aantal > input.drempel) uit.push({ soort: 'te-veel-professionals', aantal, drempel: input.drempel });
  return uit;
}

/** The strong entity tag of a goal's or action's version (RFC 9110 8.8.3): `"3"`. */
export function etagVan(versie: number): string {
  return `"${versie}"`;
}

/**
 * What an `If-Match` header asks (RFC 9110 13.1.1), for a change through the JSON API: one
 * strong tag naming a version. Missing, or `*` (which would overwrite whatever is stored), is
 * `ontbreekt` (428: nothing is silently overwritten); a weak tag, a list or anything else is
 * `ongeldig` (400).
 */
export type IfMatch = { soort: 'ontbreekt' } | { soort: 'ongeldig' } | { soort: 'versie'; versie: number };

export function leesIfMatch(header: string | string[] | undefined): IfMatch {
  if (header === undefined) return { soort: 'ontbreekt' };
  if (Array.isArray(header)) return { soort: 'ongeldig' };
  const waarde = header.trim();
  if (waarde === '' || waarde === '*') return { soort: 'ontbreekt' };
  const m = /^"(\d{1,10})"$/.exec(waarde);
  const versie = m ? Number(m[1]) : Number.NaN;
  return Number.isSafeInteger(versie) && versie <= 2_147_483_647
    ? { soort: 'versie', versie }
    : { soort: 'ongeldig' };
}
