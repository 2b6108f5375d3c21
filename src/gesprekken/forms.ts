import { z } from 'zod';
import type { FormBody } from '../platform/http/body.js';
import type { Voorbereiding } from './queries.js';
import { isGeldigeDatum } from './rules.js';

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
