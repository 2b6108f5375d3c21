import { z } from 'zod';
import type { FormBody } from '../platform/http/body.js';
import { isUuid } from '../platform/http/ids.js';
import { MAX_NAAM, MAX_TEKST, TAKEN, VELDEN, type VeldCode } from './codes.js';
import { type Inhoud, legeInhoud } from './rules.js';

/**
 * The forms of the crisiskaart (zod). Free text up to its limit; a choice outside the lists is
 * refused next to the field, never stored. Field names: `tekst-<part>`, `kaart-<part>` ("ja" =
 * on the card), `waarschuw` (repeated: people on her map), `naam` (the card's own name).
 */

/** PostgreSQL text cannot hold NUL characters: they are dropped, never stored or a 500. */
const zonderNul = (value: string) => value.split('\u0000').join('');

const tekst = z
  .string({ error: 'veld.fout.keuze' })
  .max(MAX_TEKST, { error: 'veld.fout.te-lang' })
  .optional()
  .transform((value) => zonderNul(value ?? '').trim());

const vink = z.enum(['ja'], { error: 'veld.fout.keuze' }).optional();

const ids = z
  .union([z.string(), z.array(z.string())], { error: 'veld.fout.keuze' })
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .pipe(
    z.array(z.string().refine(isUuid, { error: 'veld.fout.keuze' })).max(200, { error: 'veld.fout.keuze' }),
  );

export const versieForm = z.object({
  versie: z.coerce.number({ error: 'veld.fout.keuze' }).int().min(0).max(1_000_000),
});

export const kaartForm = z.object({
  ...Object.fromEntries(
    VELDEN.flatMap((v) => [[`tekst-${v}`, tekst] as const, [`kaart-${v}`, vink] as const]),
  ),
  waarschuw: ids,
  naam: z
    .string({ error: 'veld.fout.keuze' })
    .optional()
    .transform((value) => zonderNul(value ?? '').trim())
    .pipe(z.string().max(MAX_NAAM, { error: 'veld.fout.te-lang' })),
}) as unknown as z.ZodType<Record<string, unknown> & { waarschuw: string[]; naam: string }>;

/** The plan as the form sent it. */
export function inhoudUit(data: Record<string, unknown> & { waarschuw: string[] }): Inhoud {
  const inhoud = legeInhoud();
  for (const v of VELDEN)
    inhoud.delen[v] = { tekst: String(data[`tekst-${v}`] ?? ''), opKaart: data[`kaart-${v}`] === 'ja' };
  inhoud.waarschuwPersonen = [...new Set(data.waarschuw)];
  return inhoud;
}

/** What the form shows: the stored plan, or the input put back after an error or a conflict. */
export type Waarden = { inhoud: Inhoud; naam: string };

/** The input as it came, for putting back (texts cut to the limit, nothing interpreted). */
export function waardenVan(body: FormBody): Waarden {
  const inhoud = legeInhoud();
  const een = (naam: string) => {
    const w = body[naam];
    return typeof w === 'string' ? w : '';
  };
  for (const v of VELDEN)
    inhoud.delen[v as VeldCode] = {
      tekst: een(`tekst-${v}`).slice(0, MAX_TEKST * 2),
      opKaart: een(`kaart-${v}`) === 'ja',
    };
  const w = body.waarschuw;
  inhoud.waarschuwPersonen = (Array.isArray(w) ? w : typeof w === 'string' ? [w] : []).filter(isUuid);
  return { inhoud, naam: een('naam').slice(0, MAX_NAAM * 2) };
}

export const besluitForm = z.object({
  besluit: z.enum(['aanvaarden', 'afwijzen'], { error: 'veld.fout.keuze' }),
});

export const antwoordForm = z.object({
  antwoord: z.enum(['ja', 'nee'], { error: 'crisiskaart.fout.antwoord' }),
});

export const afspraakForm = z.object({
  persoon: z
    .string({ error: 'crisiskaart.fout.persoon' })
    .refine(isUuid, { error: 'crisiskaart.fout.persoon' }),
  taak: z.enum(TAKEN, { error: 'crisiskaart.fout.taak' }),
  toelichting: z
    .string({ error: 'veld.fout.keuze' })
    .max(MAX_TEKST, { error: 'veld.fout.te-lang' })
    .optional()
    .transform((value) => zonderNul(value ?? '').trim()),
  email: z
    .string({ error: 'veld.fout.email' })
    .optional()
    .transform((value) => (value ?? '').trim().toLowerCase())
    .pipe(z.union([z.literal(''), z.email({ error: 'veld.fout.email' }).max(254)])),
});
