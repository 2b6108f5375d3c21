import { z } from 'zod';
import type { MessageKey } from '../i18n/i18n.js';
import type { CodelijstWijziging } from './queries.js';

/**
 * The beheer form of a gemeente's code list (the netwerkkaart's relationships, Samen's skills):
 * per code `naam-<code>`, `naam_en-<code>`, `verborgen-<code>` (check box) and `versie-<code>`.
 * Saved by `bewaarCodelijst` (queries.ts). One form, so beheerders meet one way of working.
 */

/** Control characters nobody types (tab, line feed and carriage return are not welcome here either). */
const STUURTEKEN = /\p{Cc}/u;

/** An own name: empty = null (our default text); otherwise up to `max` characters, no control characters. */
export function eigenNaamVeld(max: number, tekenFout: MessageKey) {
  return z
    .string()
    .optional()
    .default('')
    .pipe(
      z
        .string()
        .refine((v) => !STUURTEKEN.test(v), { error: tekenFout })
        .transform((v) => v.trim())
        .pipe(z.string().max(max, { error: 'veld.fout.te-lang' })),
    )
    .transform((v) => (v === '' ? null : v));
}

const vink = z.enum(['ja'], { error: 'veld.fout.keuze' }).optional();
const versie = z.coerce.number({ error: 'veld.fout.keuze' }).int().min(0).max(2_147_483_647);

/** The form's fields of one code, to spread into a `z.object`. */
export function codeVelden(code: string, naam: z.ZodType, naamEn: z.ZodType): [string, z.ZodType][] {
  return [
    [`naam-${code}`, naam],
    [`naam_en-${code}`, naamEn],
    [`verborgen-${code}`, vink],
    [`versie-${code}`, versie],
  ];
}

/** The form's data per code, as `bewaarCodelijst` takes it. */
export function codelijstWijzigingen(
  codes: readonly string[],
  data: Record<string, unknown>,
): CodelijstWijziging[] {
  return codes.map((code) => ({
    code,
    naam: (data[`naam-${code}`] as string | null | undefined) ?? null,
    naamEn: (data[`naam_en-${code}`] as string | null | undefined) ?? null,
    verborgen: data[`verborgen-${code}`] === 'ja',
    vanVersie: Number(data[`versie-${code}`] ?? 0),
  }));
}
