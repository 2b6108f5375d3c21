import { z } from 'zod';
import type { VaardigheidWijziging } from './queries.js';
import { MAX_NAAM, type VaardigheidInstelling } from './rules.js';

const STUURTEKEN = /\p{Cc}/u;

/** An own name: empty = null (our default text); otherwise 1–60 characters, no control characters. */
const eigenNaam = z
  .string()
  .optional()
  .default('')
  .pipe(
    z
      .string()
      .refine((v) => !STUURTEKEN.test(v), { error: 'samen.lijst.fout.teken' })
      .transform((v) => v.trim())
      .pipe(z.string().max(MAX_NAAM, { error: 'veld.fout.te-lang' })),
  )
  .transform((v) => (v === '' ? null : v));

/** The Dutch name of a skill the gemeente added: it has no default text, so it is required. */
const verplichteNaam = eigenNaam.refine((v) => v !== null, { error: 'samen.lijst.fout.naam-nodig' });

const vink = z.enum(['ja'], { error: 'veld.fout.keuze' }).optional();
const versie = z.coerce.number({ error: 'veld.fout.keuze' }).int().min(0).max(2_147_483_647);

/**
 * The beheer form for the whole list: per code `naam-<code>`, `naam_en-<code>`,
 * `verborgen-<code>` (check box) and `versie-<code>`. Built from today's list, so a code the list
 * does not have is ignored.
 */
export function lijstForm(lijst: readonly VaardigheidInstelling[]) {
  return z.object(
    Object.fromEntries(
      lijst.flatMap((v) => [
        [`naam-${v.code}`, v.eigen ? verplichteNaam : eigenNaam],
        [`naam_en-${v.code}`, eigenNaam],
        [`verborgen-${v.code}`, vink],
        [`versie-${v.code}`, versie],
      ]),
    ),
  );
}

/** The form's data per code. */
export function lijstWijzigingen(
  lijst: readonly VaardigheidInstelling[],
  data: Record<string, unknown>,
): VaardigheidWijziging[] {
  return lijst.map((v) => ({
    code: v.code,
    naam: (data[`naam-${v.code}`] as string | null | undefined) ?? null,
    naamEn: (data[`naam_en-${v.code}`] as string | null | undefined) ?? null,
    verborgen: data[`verborgen-${v.code}`] === 'ja',
    vanVersie: Number(data[`versie-${v.code}`] ?? 0),
  }));
}

/** A skill the gemeente adds: a Dutch name (required) and an English one (optional). */
export const nieuwForm = z.object({ nieuw_naam: verplichteNaam, nieuw_naam_en: eigenNaam });
