import { z } from 'zod';
import type { FormBody } from '../platform/http/body.js';
import type { Voorbereiding } from './queries.js';
import {
  type Aantekeningen,
  type AfgesprokenDoel,
  type BeraadAfspraak,
  type BeraadInhoud,
  type Besluit,
  isGeldigeDatum,
  MAX_DOELEN,
  type VerslagInhoud,
} from './rules.js';

/**
 * The forms of the keukentafelgesprek (zod). Dates must be real days; choices one of the
 * offered ones; free text within its length. Anything else is refused next to the field.
 */

export const MAX_TEKST = 2000;

/** PostgreSQL text cannot hold NUL characters: they are dropped, never stored or a 500. */
const schoon = (v: unknown) =>
  (typeof v === 'string' ? v : '').split('\u0000').join('').replace(/\r\n/g, '\n').trim();

const datum = (verplicht: boolean) =>
  z
    .string({ error: 'gesprekken.fout.datum' })
    .optional()
    .transform((v) => (v ?? '').trim())
    .refine((v) => (verplicht ? isGeldigeDatum(v) : v === '' || isGeldigeDatum(v)), {
      error: 'gesprekken.fout.datum',
    })
    .transform((v) => (v === '' ? null : v));

export const meldingForm = z.object({
  gemeld_op: datum(true),
  onderzoek_uiterlijk: datum(false),
});

export const versie = z.coerce.number({ error: 'veld.fout.keuze' }).int().min(0).max(2_147_483_647);

const lijst = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]).map(String);

export type Waarden = Record<string, string | string[]>;

/** What was typed, to show again next to the errors. */
export function waardenVan(body: FormBody): Waarden {
  const waarden: Waarden = {};
  for (const [k, v] of Object.entries(body)) waarden[k] = Array.isArray(v) ? v.map(String) : String(v ?? '');
  return waarden;
}

/**
 * The preparation form: the chosen domains (from `codes`), what goes well and what she wants
 * per domain, whom she would rather not ask, what she could give, and the cards she picked.
 */
export function leesVoorbereiding(
  body: FormBody,
  codes: { gebieden: readonly string[]; vragen: readonly string[] },
): { ok: true; data: Voorbereiding; versie: number } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const v = versie.safeParse(body.versie);
  if (!v.success) errors.versie = 'veld.fout.keuze';
  const gebieden = lijst(body.gebieden);
  if (gebieden.some((c) => !codes.gebieden.includes(c))) errors.gebieden = 'veld.fout.keuze';
  const vragen = lijst(body.vragen);
  if (vragen.some((c) => !codes.vragen.includes(c))) errors.vragen = 'veld.fout.keuze';
  const tekst = (naam: string) => {
    const waarde = schoon(body[naam]);
    if (waarde.length > MAX_TEKST) errors[naam] = 'veld.fout.te-lang';
    return waarde;
  };
  const perGebied: Voorbereiding['perGebied'] = {};
  for (const code of codes.gebieden) {
    const goed = tekst(`goed_${code}`);
    const wil = tekst(`wil_${code}`);
    if (goed !== '' || wil !== '') perGebied[code] = { goed, wil };
  }
  const nietVragen = tekst('niet_vragen');
  const geven = tekst('geven');
  if (Object.keys(errors).length > 0 || !v.success) return { ok: false, errors };
  return {
    ok: true,
    versie: v.data,
    data: { gebieden: [...new Set(gebieden)], perGebied, nietVragen, geven, vragen: [...new Set(vragen)] },
  };
}

/** The form's fields from a stored preparation. */
export function waardenUitVoorbereiding(v: Voorbereiding): Waarden {
  const waarden: Waarden = {
    gebieden: v.gebieden,
    vragen: v.vragen,
    niet_vragen: v.nietVragen,
    geven: v.geven,
  };
  for (const [code, p] of Object.entries(v.perGebied)) {
    waarden[`goed_${code}`] = p.goed;
    waarden[`wil_${code}`] = p.wil;
  }
  return waarden;
}

type Fouten = Record<string, string>;

/** A free-text field, cleaned, with an error when it is too long. */
function tekstVeld(body: FormBody, naam: string, errors: Fouten, max = MAX_TEKST): string {
  const waarde = schoon(body[naam]);
  if (waarde.length > max) errors[naam] = 'veld.fout.te-lang';
  return waarde;
}

/**
 * The agreed goals: `doel_1` … with their domain `doel_gebied_1` … (empty lines are left out);
 * with `metWie` also who does it (`doel_wie_1` …, the netwerkberaad's agreements).
 */
function leesDoelen(body: FormBody, gebieden: readonly string[], errors: Fouten): AfgesprokenDoel[];
function leesDoelen(
  body: FormBody,
  gebieden: readonly string[],
  errors: Fouten,
  metWie: true,
): BeraadAfspraak[];
function leesDoelen(body: FormBody, gebieden: readonly string[], errors: Fouten, metWie = false) {
  const doelen: (AfgesprokenDoel | BeraadAfspraak)[] = [];
  for (let i = 1; i <= MAX_DOELEN; i++) {
    const tekst = tekstVeld(body, `doel_${i}`, errors, 500);
    const gebied = schoon(body[`doel_gebied_${i}`]);
    const wie = metWie ? tekstVeld(body, `doel_wie_${i}`, errors, 200) : undefined;
    if (gebied !== '' && !gebieden.includes(gebied)) errors[`doel_gebied_${i}`] = 'veld.fout.keuze';
    else if (tekst !== '' && gebied === '') errors[`doel_gebied_${i}`] = 'gesprekken.fout.doel-gebied';
    if (tekst !== '') doelen.push(wie === undefined ? { tekst, gebied } : { tekst, gebied, wie });
  }
  return doelen;
}

/** The form's goal lines from stored goals (with who does it, when they say). */
function waardenUitDoelen(waarden: Waarden, doelen: readonly (AfgesprokenDoel | BeraadAfspraak)[]): Waarden {
  doelen.forEach((d, i) => {
    waarden[`doel_${i + 1}`] = d.tekst;
    waarden[`doel_gebied_${i + 1}`] = d.gebied;
    if ('wie' in d) waarden[`doel_wie_${i + 1}`] = d.wie;
  });
  return waarden;
}

/**
 * The notes of the talk: the agenda (at least one domain), notes per domain, the question
 * cards opened, the agreed goals, who is involved and who coordinates.
 */
export function leesAantekeningen(
  body: FormBody,
  codes: { gebieden: readonly string[]; vragen: readonly string[] },
): { ok: true; data: Aantekeningen; versie: number } | { ok: false; errors: Fouten } {
  const errors: Fouten = {};
  const v = versie.safeParse(body.versie);
  if (!v.success) errors.versie = 'veld.fout.keuze';
  const agenda = [...new Set(lijst(body.agenda))];
  if (agenda.length === 0) errors.agenda = 'gesprekken.fout.agenda-leeg';
  else if (agenda.some((c) => !codes.gebieden.includes(c))) errors.agenda = 'veld.fout.keuze';
  const vragen = [...new Set(lijst(body.vragen))];
  if (vragen.some((c) => !codes.vragen.includes(c))) errors.vragen = 'veld.fout.keuze';
  const perGebied: Record<string, string> = {};
  for (const code of codes.gebieden) {
    const notitie = tekstVeld(body, `notitie_${code}`, errors);
    if (notitie !== '') perGebied[code] = notitie;
  }
  const doelen = leesDoelen(body, codes.gebieden, errors);
  const betrokkenen = tekstVeld(body, 'betrokkenen', errors);
  const regievoerder = tekstVeld(body, 'regievoerder', errors, 200);
  if (Object.keys(errors).length > 0 || !v.success) return { ok: false, errors };
  return { ok: true, versie: v.data, data: { agenda, perGebied, vragen, doelen, betrokkenen, regievoerder } };
}

/** The form's fields from stored notes. */
export function waardenUitAantekeningen(a: Aantekeningen): Waarden {
  const waarden: Waarden = {
    agenda: a.agenda,
    vragen: a.vragen,
    betrokkenen: a.betrokkenen,
    regievoerder: a.regievoerder,
  };
  for (const [code, tekst] of Object.entries(a.perGebied)) waarden[`notitie_${code}`] = tekst;
  return waardenUitDoelen(waarden, a.doelen);
}

/**
 * A corrected version of the report: the text per domain of the version she saw (`basis`),
 * the goals, who is involved and who coordinates.
 */
export function leesVerslag(
  body: FormBody,
  input: { codes: readonly string[]; gebieden: readonly string[] },
): { ok: true; data: VerslagInhoud; basis: number } | { ok: false; errors: Fouten } {
  const errors: Fouten = {};
  const b = versie.safeParse(body.basis);
  if (!b.success) errors.basis = 'veld.fout.keuze';
  const perGebied = input.codes.map((code) => ({ code, tekst: tekstVeld(body, `tekst_${code}`, errors) }));
  const doelen = leesDoelen(body, input.gebieden, errors);
  const betrokkenen = tekstVeld(body, 'betrokkenen', errors);
  const regievoerder = tekstVeld(body, 'regievoerder', errors, 200);
  if (Object.keys(errors).length > 0 || !b.success) return { ok: false, errors };
  return { ok: true, basis: b.data, data: { perGebied, doelen, betrokkenen, regievoerder } };
}

/** The form's fields from a version of the report. */
export function waardenUitVerslag(v: VerslagInhoud): Waarden {
  const waarden: Waarden = { betrokkenen: v.betrokkenen, regievoerder: v.regievoerder };
  for (const p of v.perGebied) waarden[`tekst_${p.code}`] = p.tekst;
  return waardenUitDoelen(waarden, v.doelen);
}

/** Her decision on a version: agree, or disagree with her reaction (then the reaction is needed). */
export function leesBesluit(
  body: FormBody,
): { ok: true; nummer: number; besluit: Besluit; reactie: string } | { ok: false; errors: Fouten } {
  const errors: Fouten = {};
  const n = versie.safeParse(body.nummer);
  if (!n.success) errors.nummer = 'veld.fout.keuze';
  const besluit = body.besluit === 'akkoord' || body.besluit === 'oneens' ? body.besluit : undefined;
  if (!besluit) errors.besluit = 'veld.fout.keuze';
  const reactie = tekstVeld(body, 'reactie', errors);
  if (besluit === 'oneens' && reactie === '') errors.reactie = 'gesprekken.fout.reactie-nodig';
  if (Object.keys(errors).length > 0 || !n.success || !besluit) return { ok: false, errors };
  return { ok: true, nummer: n.data, besluit, reactie };
}

// --- the netwerkberaad ----------------------------------------------------------------------------

/** The e-mail address typed for one invited person (not stored: the link is mailed to it). */
const email = z.email({ error: 'veld.fout.email' });

/**
 * Her netwerkberaad: the day, the agenda (at least one domain), the information part, and per
 * person on her map whether she agrees to invite them (`uitnodigen`), with an e-mail address
 * for whoever has no account.
 */
export function leesBeraad(
  body: FormBody,
  input: { gebieden: readonly string[]; personen: readonly string[] },
):
  | {
      ok: true;
      versie: number;
      datum: string;
      agenda: string[];
      informatie: string;
      uitnodigen: string[];
      emails: Record<string, string>;
    }
  | { ok: false; errors: Fouten } {
  const errors: Fouten = {};
  const v = versie.safeParse(body.versie);
  if (!v.success) errors.versie = 'veld.fout.keuze';
  const datum = schoon(body.datum);
  if (!isGeldigeDatum(datum)) errors.datum = 'gesprekken.fout.datum';
  const agenda = [...new Set(lijst(body.agenda))];
  if (agenda.length === 0) errors.agenda = 'gesprekken.fout.agenda-leeg';
  else if (agenda.some((c) => !input.gebieden.includes(c))) errors.agenda = 'veld.fout.keuze';
  const uitnodigen = [...new Set(lijst(body.uitnodigen))];
  if (uitnodigen.some((id) => !input.personen.includes(id)))
    errors.uitnodigen = 'gesprekken.fout.niet-op-kaart';
  const emails: Record<string, string> = {};
  for (const id of uitnodigen.filter((p) => input.personen.includes(p))) {
    const adres = schoon(body[`email_${id}`]);
    if (adres === '') continue;
    if (email.safeParse(adres).success && adres.length <= 254) emails[id] = adres;
    else errors[`email_${id}`] = 'veld.fout.email';
  }
  const informatie = tekstVeld(body, 'informatie', errors);
  if (Object.keys(errors).length > 0 || !v.success) return { ok: false, errors };
  return { ok: true, versie: v.data, datum, agenda, informatie, uitnodigen, emails };
}

/** The network's plan: the agreements (a goal, its domain, who does it) on the version seen. */
export function leesAfspraken(
  body: FormBody,
  gebieden: readonly string[],
): { ok: true; versie: number; afspraken: BeraadAfspraak[] } | { ok: false; errors: Fouten } {
  const errors: Fouten = {};
  const v = versie.safeParse(body.versie);
  if (!v.success) errors.versie = 'veld.fout.keuze';
  const afspraken = leesDoelen(body, gebieden, errors, true);
  if (Object.keys(errors).length > 0 || !v.success) return { ok: false, errors };
  return { ok: true, versie: v.data, afspraken };
}

/** The form's fields from a stored netwerkberaad. */
export function waardenUitBeraad(
  b: { datum: string; inhoud: BeraadInhoud; versie: number; genodigden: { persoonId: string }[] } | undefined,
  voorstel: { agenda: string[] },
): Waarden {
  if (!b) return { agenda: voorstel.agenda, uitnodigen: [], versie: '0' };
  return waardenUitDoelen(
    {
      datum: b.datum,
      agenda: b.inhoud.agenda,
      informatie: b.inhoud.informatie,
      uitnodigen: b.genodigden.map((g) => g.persoonId),
      versie: String(b.versie),
    },
    b.inhoud.afspraken,
  );
}

/** An invited person's answer by their link: coming or not, and what they can offer. */
export function leesUitnodigingAntwoord(
  body: FormBody,
): { ok: true; antwoord: 'komt' | 'komt-niet'; aanbod: string } | { ok: false; errors: Fouten } {
  const errors: Fouten = {};
  const antwoord = body.antwoord === 'komt' || body.antwoord === 'komt-niet' ? body.antwoord : undefined;
  if (!antwoord) errors.antwoord = 'veld.fout.keuze';
  const aanbod = tekstVeld(body, 'aanbod', errors);
  if (Object.keys(errors).length > 0 || !antwoord) return { ok: false, errors };
  return { ok: true, antwoord, aanbod };
}
