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
  | { soort: 'te-veel-professionals'; aantal: number; drempel: number }
  /** Over the linked records of her household: numbers only (huishoudWaarschuwingen) */
  | { soort: 'huishouden-professionals'; aantal: number; drempel: number }
  | { soort: 'huishouden-organisaties'; gebieden: number };

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

// --- huishouden (issue 11 item 4) ------------------------------------------------------------------

/**
 * What one plan adds to its household's count, and nothing more: the professionals active on
 * it (account ids) and, per levensgebied, the organisations of its running professional actions
 * (compared ignoring case and spacing). Made from the same input as `waarschuwingen`.
 */
export type PlanTelling = {
  professionals: readonly string[];
  organisatiesPerGebied: Readonly<Record<string, readonly string[]>>;
};

export function planTelling(input: {
  acties: readonly ProfessioneleActie[];
  professionals: readonly ProfessionalOpPlan[];
}): PlanTelling {
  const perGebied: Record<string, string[]> = {};
  for (const a of input.acties) {
    const org = sleutel(a.organisatie);
    if (org === '') continue;
    for (const gebied of new Set(a.levensgebieden)) {
      const orgs = perGebied[gebied] ?? [];
      if (!orgs.includes(org)) orgs.push(org);
      perGebied[gebied] = orgs;
    }
  }
  return {
    professionals: [...new Set(input.professionals.map((p) => p.accountId))].sort(),
    organisatiesPerGebied: perGebied,
  };
}

/** At most this many records in one household. */
export const MAX_HUISHOUDEN = 8;

/**
 * The household's coordination warnings for one member (seed 001, counted per household): the
 * professionals over all linked plans against the gemeente's threshold, and the levensgebieden
 * where more than one organisation works once the others' plans are counted. Numbers only: no
 * name, organisation or levensgebied of another's plan is in them, so each resident still sees
 * only what the others granted her. Nothing when she is alone, nor what her own plan already
 * says (the same count, or a levensgebied her own warning names).
 */
export function huishoudWaarschuwingen(
  eigen: PlanTelling,
  anderen: readonly PlanTelling[],
  drempel: number,
): Waarschuwing[] {
  if (anderen.length === 0) return [];
  const uit: Waarschuwing[] = [];
  const alle = [eigen, ...anderen];
  const aantal = new Set(alle.flatMap((t) => t.professionals)).size;
  if (aantal > drempel && aantal > new Set(eigen.professionals).size)
    uit.push({ soort: 'huishouden-professionals', aantal, drempel });
  const gebieden = new Set(alle.flatMap((t) => Object.keys(t.organisatiesPerGebied)));
  let erbij = 0;
  for (const gebied of gebieden) {
    const samen = new Set(alle.flatMap((t) => t.organisatiesPerGebied[gebied] ?? []));
    const zelf = new Set(eigen.organisatiesPerGebied[gebied] ?? []);
    if (samen.size > 1 && zelf.size <= 1) erbij += 1;
  }
  if (erbij > 0) uit.push({ soort: 'huishouden-organisaties', gebieden: erbij });
  return uit;
}

/** The link code's letters: no 0/O, 1/I/L, so it can be read out and typed without mistakes. */
export const CODE_TEKENS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTE = 12;

/** A typed link code, made comparable (capitals, without spaces or dashes); null when it cannot be one. */
export function leesKoppelcode(invoer: string): string | null {
  const code = invoer.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTE) return null;
  return [...code].every((c) => CODE_TEKENS.includes(c)) ? code : null;
}

/** A link code as she reads it out: three groups of four (`ABCD-EFGH-JKMN`). */
export function toonKoppelcode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
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
