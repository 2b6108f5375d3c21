import { z } from 'zod';
import { dateInputValue } from '../../platform/dates.js';
import { isMessageKey as isKey, type Translate } from '../../platform/i18n/i18n.js';
import type { FieldErrors } from '../../platform/views/components.js';
import type { HsdsObject } from '../hsds.js';
import type { FieldProblem } from '../validate.js';

/**
 * Pure rules of keeping the sociale kaart up to date: the entry form, how it becomes an HSDS
 * service object, and when an entry counts as not checked for too long. No I/O here.
 */

export const DAGEN = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Dag = (typeof DAGEN)[number];

/** Rows of opening hours the form offers (more when an entry already has more). */
export const OPENINGSTIJD_RIJEN = 7;

/** A confirmation link works this long, and only once. */
export const CONTROLE_LINK_DAGEN = 30;
export const STANDAARD_CONTROLE_MAANDEN = 12;

const verplicht = { error: 'veld.fout.verplicht' } as const;
const tekst = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'veld.fout.te-lang' })
    .optional()
    .transform((value) => (value ? value : undefined));

const optioneelEmail = z
  .string()
  .trim()
  .max(254, { error: 'veld.fout.email' })
  .optional()
  .transform((value) => (value ? value.toLowerCase() : undefined))
  .pipe(z.email({ error: 'veld.fout.email' }).optional());

/** A website as people type it ("www.buurthuis.nl"): https:// is added; only http(s) is taken. */
const website = z
  .string()
  .trim()
  .max(500, { error: 'veld.fout.te-lang' })
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
    try {
      const url = new URL(withScheme);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.'))
        return url.href;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'socialeKaartBeheer.fout.website' });
    return z.NEVER;
  });

const telefoon = z
  .string()
  .trim()
  .max(30, { error: 'socialeKaartBeheer.fout.telefoon' })
  .optional()
  .transform((value) => (value ? value : undefined))
  .refine((value) => value === undefined || /^\+?[0-9][0-9 ()-]{4,28}[0-9]$/.test(value), {
    error: 'socialeKaartBeheer.fout.telefoon',
  });

/** Basic fields of the entry form; opening hours and the address group are read separately. */
export const dienstForm = z
  .object({
    naam: z.string(verplicht).trim().min(1, verplicht).max(200, { error: 'veld.fout.te-lang' }),
    omschrijving: tekst(2000),
    organisatie: z.string(verplicht).min(1, { error: 'socialeKaartBeheer.fout.organisatie' }),
    organisatie_naam: tekst(200),
    organisatie_omschrijving: tekst(1000),
    email: optioneelEmail,
    website,
    telefoon,
    adres: tekst(200),
    postcode: z
      .string()
      .trim()
      .max(10, { error: 'socialeKaartBeheer.fout.postcode' })
      .optional()
      .transform((value) =>
        value ? value.toUpperCase().replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2') : undefined,
      )
      .refine((value) => value === undefined || /^\d{4} [A-Z]{2}$/.test(value), {
        error: 'socialeKaartBeheer.fout.postcode',
      }),
    plaats: tekst(100),
    provincie: tekst(100),
    kosten: tekst(500),
    voor_wie: tekst(1000),
  })
  .superRefine((form, ctx) => {
    if (form.organisatie === 'nieuw' && !form.organisatie_naam) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisatie_naam'],
        message: 'socialeKaartBeheer.fout.organisatie-naam',
      });
    }
    // An address is all or nothing: HSDS needs street, postcode, place and province together.
    const adres = [form.adres, form.postcode, form.plaats, form.provincie];
    if (adres.some(Boolean)) {
      for (const [veld, waarde] of [
        ['adres', form.adres],
        ['postcode', form.postcode],
        ['plaats', form.plaats],
        ['provincie', form.provincie],
      ] as const) {
        if (!waarde)
          ctx.addIssue({ code: 'custom', path: [veld], message: 'socialeKaartBeheer.fout.adres-compleet' });
      }
    }
  });

export type DienstGegevens = z.output<typeof dienstForm> & {
  openingstijden: Openingstijd[];
  levensgebieden: string[];
  kenmerken: string[];
};

export type Openingstijd = { dag: Dag; open: string; sluit: string };

/** "9:00", "09.00", "0900" → "09:00"; undefined when it is no time of day. */
export function normaliseerTijd(input: string): string | undefined {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(input.trim());
  if (!match) return undefined;
  const uur = Number(match[1]);
  const minuut = Number(match[2]);
  if (uur > 23 || minuut > 59) return undefined;
  return `${String(uur).padStart(2, '0')}:${String(minuut).padStart(2, '0')}`;
}

/**
 * Reads the rows "dag-i, open-i, sluit-i". An empty row is skipped; a half-filled row or a
 * closing time before the opening time is an error next to that field.
 */
export function leesOpeningstijden(
  values: Record<string, string | undefined>,
  rijen: number,
): {
  tijden: Openingstijd[];
  fouten: Record<
    string,
    | 'veld.fout.keuze'
    | 'veld.fout.verplicht'
    | 'socialeKaartBeheer.fout.tijd'
    | 'socialeKaartBeheer.fout.sluit-na-open'
  >;
} {
  const tijden: Openingstijd[] = [];
  const fouten: ReturnType<typeof leesOpeningstijden>['fouten'] = {};
  for (let i = 0; i < rijen; i++) {
    const dag = values[`dag-${i}`]?.trim() ?? '';
    const open = values[`open-${i}`]?.trim() ?? '';
    const sluit = values[`sluit-${i}`]?.trim() ?? '';
    if (!dag && !open && !sluit) continue;
    if (!(DAGEN as readonly string[]).includes(dag)) {
      fouten[`dag-${i}`] = dag ? 'veld.fout.keuze' : 'veld.fout.verplicht';
    }
    const opens = normaliseerTijd(open);
    const sluiten = normaliseerTijd(sluit);
    if (!open) fouten[`open-${i}`] = 'veld.fout.verplicht';
    else if (!opens) fouten[`open-${i}`] = 'socialeKaartBeheer.fout.tijd';
    if (!sluit) fouten[`sluit-${i}`] = 'veld.fout.verplicht';
    else if (!sluiten) fouten[`sluit-${i}`] = 'socialeKaartBeheer.fout.tijd';
    else if (opens && sluiten <= opens) fouten[`sluit-${i}`] = 'socialeKaartBeheer.fout.sluit-na-open';
    if (opens && sluiten && sluiten > opens && (DAGEN as readonly string[]).includes(dag)) {
      tijden.push({ dag: dag as Dag, open: opens, sluit: sluiten });
    }
  }
  return { tijden, fouten };
}

/** A form field that may be sent more than once (check boxes): always a list of strings. */
export function lijst(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * Parses the whole entry form: basic fields, opening hours and the vocabulary. Errors come back
 * translated, one per field, ready to show next to it.
 */
export function parseDienstForm(
  values: Record<string, string | undefined>,
  keuzes: { levensgebieden: string[]; kenmerken: string[] },
  bekend: { levensgebieden: readonly string[]; kenmerken: readonly string[] },
  rijen: number,
  t: Translate,
): { ok: true; data: DienstGegevens } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const basis = dienstForm.safeParse(values);
  if (!basis.success) {
    for (const issue of basis.error.issues) {
      const veld = String(issue.path[0] ?? 'formulier');
      if (errors[veld]) continue;
      const max = (issue as { maximum?: number }).maximum;
      errors[veld] = isKey(issue.message)
        ? t(issue.message, max !== undefined ? { max } : undefined)
        : t('veld.fout.verplicht');
    }
  }
  const { tijden, fouten } = leesOpeningstijden(values, rijen);
  for (const [veld, key] of Object.entries(fouten)) errors[veld] ??= t(key);
  if (keuzes.levensgebieden.some((code) => !bekend.levensgebieden.includes(code))) {
    errors.levensgebieden = t('veld.fout.keuze');
  }
  if (keuzes.kenmerken.some((code) => !bekend.kenmerken.includes(code)))
    errors.kenmerken = t('veld.fout.keuze');
  if (!basis.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    data: {
      ...basis.data,
      openingstijden: tijden,
      levensgebieden: [...new Set(keuzes.levensgebieden)],
      kenmerken: [...new Set(keuzes.kenmerken)],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// From the form to an HSDS service object

/** Ids of rows the form no longer holds: import only adds and updates, so these are removed. */
export type Verwijderd = {
  phones: string[];
  schedules: string[];
  serviceAtLocations: string[];
  attributes: string[];
};

/** A term of Redzaam's vocabulary as the attribute of a service links it (see ../zoeken/vocabulaire.ts). */
export type Term = {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy_id: string;
  taxonomy_detail: HsdsObject;
};

/** A schedule the form can show and edit: one weekday, opening and closing time, nothing else. */
export function isEenvoudigeOpeningstijd(schedule: HsdsObject): boolean {
  const eigen = Object.keys(schedule).filter((key) => !['id', 'service_id', 'attributes'].includes(key));
  return (
    schedule.freq === 'WEEKLY' &&
    (DAGEN as readonly string[]).includes(schedule.byday) &&
    typeof schedule.opens_at === 'string' &&
    typeof schedule.closes_at === 'string' &&
    eigen.every((key) =>
      ['freq', 'interval', 'byday', 'opens_at', 'closes_at', 'wkst', 'description'].includes(key),
    ) &&
    (schedule.interval === undefined || schedule.interval === 1)
  );
}

/** The first location of the service that has an address: the one the form shows and edits. */
export function beheerdAdres(
  dienst: HsdsObject,
): { sal: HsdsObject; location: HsdsObject; address: HsdsObject } | undefined {
  for (const sal of (dienst.service_at_locations ?? []) as HsdsObject[]) {
    const address = sal.location?.addresses?.[0];
    if (address) return { sal, location: sal.location, address };
  }
  return undefined;
}

/**
 * Builds the HSDS service object to import: the entry as stored (every field the form does not
 * show is kept) with the form's fields laid over it. Rows the form dropped are listed in
 * `verwijderd`. `nieuwId` makes uuids (HSDS ids are uuids).
 */
export function bouwDienst(
  bestaand: HsdsObject | undefined,
  form: DienstGegevens,
  opties: {
    serviceId: string;
    organisatie: HsdsObject;
    nu: Date;
    beheerderEmail: string;
    nieuwId: () => string;
    termen: { levensgebieden: Map<string, Term>; kenmerken: Map<string, Term> };
  },
): { dienst: HsdsObject; verwijderd: Verwijderd } {
  const verwijderd: Verwijderd = { phones: [], schedules: [], serviceAtLocations: [], attributes: [] };
  const dienst: HsdsObject = {
    ...(bestaand ?? {}),
    id: opties.serviceId,
    status: bestaand?.status ?? 'active',
  };
  const zet = (veld: string, waarde: string | undefined) => {
    if (waarde === undefined) delete dienst[veld];
    else dienst[veld] = waarde;
  };
  zet('name', form.naam);
  zet('description', form.omschrijving);
  zet('email', form.email);
  zet('url', form.website);
  zet('fees_description', form.kosten);
  zet('eligibility_description', form.voor_wie);
  dienst.organization = opties.organisatie;
  dienst.organization_id = opties.organisatie.id;
  gecontroleerd(dienst, opties.nu, opties.beheerderEmail);

  // Phone: the form edits the first one; others (from an import) stay as they are.
  const phones = [...((bestaand?.phones ?? []) as HsdsObject[])];
  const eerste = phones[0];
  if (form.telefoon && eerste) phones[0] = { ...eerste, number: form.telefoon };
  else if (form.telefoon) phones.push({ id: opties.nieuwId(), number: form.telefoon });
  else if (eerste) {
    phones.shift();
    verwijderd.phones.push(eerste.id);
  }
  if (phones.length > 0) dienst.phones = phones;
  else delete dienst.phones;

  // Opening hours: the simple weekly rows are the form's; any other schedule stays.
  const schedules = (bestaand?.schedules ?? []) as HsdsObject[];
  const eenvoudig = schedules.filter(isEenvoudigeOpeningstijd);
  const overig = schedules.filter((schedule) => !isEenvoudigeOpeningstijd(schedule));
  const nieuw = form.openingstijden.map((tijd, index) => {
    const oud = eenvoudig[index];
    return {
      ...(oud ?? {}),
      id: oud?.id ?? opties.nieuwId(),
      freq: 'WEEKLY',
      byday: tijd.dag,
      opens_at: tijd.open,
      closes_at: tijd.sluit,
    };
  });
  for (const oud of eenvoudig.slice(form.openingstijden.length)) verwijderd.schedules.push(oud.id);
  if (nieuw.length + overig.length > 0) dienst.schedules = [...overig, ...nieuw];
  else delete dienst.schedules;

  // Address: the first location with an address is the form's.
  const sals = [...((bestaand?.service_at_locations ?? []) as HsdsObject[])];
  const beheerd = bestaand ? beheerdAdres(bestaand) : undefined;
  if (form.adres && form.postcode && form.plaats && form.provincie) {
    const velden = {
      address_1: form.adres,
      postal_code: form.postcode,
      city: form.plaats,
      state_province: form.provincie,
    };
    if (beheerd) {
      const index = sals.indexOf(beheerd.sal);
      const addresses = [
        { ...beheerd.address, ...velden },
        ...(beheerd.location.addresses as HsdsObject[]).slice(1),
      ];
      sals[index] = { ...beheerd.sal, location: { ...beheerd.location, addresses } };
    } else {
      sals.push({
        id: opties.nieuwId(),
        location: {
          id: opties.nieuwId(),
          location_type: 'physical',
          addresses: [{ id: opties.nieuwId(), ...velden, country: 'NL', address_type: 'physical' }],
        },
      });
    }
  } else if (beheerd) {
    sals.splice(sals.indexOf(beheerd.sal), 1);
    verwijderd.serviceAtLocations.push(beheerd.sal.id);
  }
  if (sals.length > 0) dienst.service_at_locations = sals;
  else delete dienst.service_at_locations;

  // Vocabulary: attributes linking a Redzaam term are the form's; others stay.
  const redzaamTermIds = new Set(
    [...opties.termen.levensgebieden.values(), ...opties.termen.kenmerken.values()].map((term) => term.id),
  );
  const attributes = (bestaand?.attributes ?? []) as HsdsObject[];
  const gekozen = [
    ...form.levensgebieden.map((code) => opties.termen.levensgebieden.get(code)),
    ...form.kenmerken.map((code) => opties.termen.kenmerken.get(code)),
  ].filter((term): term is Term => term !== undefined);
  const blijft: HsdsObject[] = [];
  for (const attribute of attributes) {
    const termId = attribute.taxonomy_term_id as string | undefined;
    if (termId && redzaamTermIds.has(termId)) {
      if (gekozen.some((term) => term.id === termId)) blijft.push(attribute);
      else verwijderd.attributes.push(attribute.id);
    } else blijft.push(attribute);
  }
  for (const term of gekozen) {
    if (blijft.some((attribute) => attribute.taxonomy_term_id === term.id)) continue;
    blijft.push({
      id: opties.nieuwId(),
      taxonomy_term_id: term.id,
      link_entity: 'service',
      link_type: 'service_type',
      taxonomy_term: term,
    });
  }
  if (blijft.length > 0) dienst.attributes = blijft;
  else delete dienst.attributes;

  dienst.last_modified = volgendeVersie(bestaand?.last_modified, opties.nu);
  return { dienst, verwijderd };
}

/**
 * The version of an entry is HSDS last_modified; every write must change it, or a stale form
 * would pass the check. Writes hold the row lock, so "later than the last one" is enough: now,
 * or one millisecond after the previous version when the clock has not moved on.
 */
export function volgendeVersie(vorige: unknown, nu: Date): string {
  const vorigeMs = typeof vorige === 'string' ? Date.parse(vorige) : Number.NaN;
  const ms = Number.isFinite(vorigeMs) && vorigeMs >= nu.getTime() ? vorigeMs + 1 : nu.getTime();
  return new Date(ms).toISOString();
}

/** Sets "last checked" (HSDS assured_date, a day) and who checked it. */
export function gecontroleerd(dienst: HsdsObject, nu: Date, email: string): void {
  dienst.assured_date = dateInputValue(nu);
  dienst.assurer_email = email;
}

/** The form's values for an entry as stored, to fill in the edit form. */
export function formulierUit(
  dienst: HsdsObject,
  termen: { levensgebieden: Map<string, Term>; kenmerken: Map<string, Term> },
) {
  const values: Record<string, string | undefined> = {
    naam: dienst.name,
    omschrijving: dienst.description,
    organisatie: dienst.organization_id ?? '',
    email: dienst.email,
    website: dienst.url,
    telefoon: dienst.phones?.[0]?.number,
    kosten: dienst.fees_description,
    voor_wie: dienst.eligibility_description,
  };
  const adres = beheerdAdres(dienst);
  if (adres) {
    values.adres = adres.address.address_1;
    values.postcode = adres.address.postal_code;
    values.plaats = adres.address.city;
    values.provincie = adres.address.state_province;
  }
  const tijden = ((dienst.schedules ?? []) as HsdsObject[]).filter(isEenvoudigeOpeningstijd);
  tijden.forEach((schedule, index) => {
    values[`dag-${index}`] = schedule.byday;
    values[`open-${index}`] = schedule.opens_at;
    values[`sluit-${index}`] = schedule.closes_at;
  });
  const termIds = new Set(((dienst.attributes ?? []) as HsdsObject[]).map((a) => a.taxonomy_term_id));
  const codes = (map: Map<string, Term>) =>
    [...map].filter(([, term]) => termIds.has(term.id)).map(([code]) => code);
  return {
    values,
    rijen: Math.max(OPENINGSTIJD_RIJEN, tijden.length + 1),
    levensgebieden: codes(termen.levensgebieden),
    kenmerken: codes(termen.kenmerken),
  };
}

/** Which form field an HSDS schema problem belongs to; 'formulier' when no one field does. */
export function veldVoorProbleem(problem: FieldProblem): string {
  const pointer = problem.pointer;
  const map: [RegExp, string][] = [
    [/^\/name$/, 'naam'],
    [/^\/description$/, 'omschrijving'],
    [/^\/email$/, 'email'],
    [/^\/url$/, 'website'],
    [/^\/fees_description$/, 'kosten'],
    [/^\/eligibility_description$/, 'voor_wie'],
    [/^\/organization\/name$/, 'organisatie_naam'],
    [/^\/organization\/description$/, 'organisatie_omschrijving'],
    [/^\/organization/, 'organisatie'],
    [/^\/phones/, 'telefoon'],
    [/^\/service_at_locations/, 'adres'],
  ];
  return map.find(([pattern]) => pattern.test(pointer))?.[1] ?? 'formulier';
}

// ---------------------------------------------------------------------------------------------
// Not checked for too long

/** The day (YYYY-MM-DD, Amsterdam) before which a check is too old: today minus `maanden` months. */
export function controleGrens(nu: Date, maanden: number): string {
  const [jaar, maand, dag] = dateInputValue(nu).split('-').map(Number) as [number, number, number];
  const totaal = jaar * 12 + (maand - 1) - maanden;
  const j = Math.floor(totaal / 12);
  const m = totaal - j * 12 + 1;
  // 31 March minus one month is 28/29 February, not 3 March.
  const laatste = new Date(Date.UTC(j, m, 0)).getUTCDate();
  return `${String(j).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(dag, laatste)).padStart(2, '0')}`;
}

/** Never checked, or checked before the limit. */
export function isVerouderd(assuredDate: string | null | undefined, grens: string): boolean {
  return !assuredDate || assuredDate.slice(0, 10) < grens;
}

export const instellingForm = z.object({
  controle_maanden: z.coerce
    .number({ error: 'socialeKaartBeheer.fout.maanden' })
    .int({ error: 'socialeKaartBeheer.fout.maanden' })
    .min(1, { error: 'socialeKaartBeheer.fout.maanden' })
    .max(60, { error: 'socialeKaartBeheer.fout.maanden' }),
});

export const bevestigForm = z.discriminatedUnion(
  'keuze',
  [
    z.object({ keuze: z.literal('klopt') }),
    z.object({
      keuze: z.literal('veranderd'),
      toelichting: z
        .string(verplicht)
        .trim()
        .min(1, { error: 'socialeKaartBeheer.fout.toelichting' })
        .max(2000, { error: 'veld.fout.te-lang' }),
    }),
  ],
  { error: 'veld.fout.keuze' },
);
