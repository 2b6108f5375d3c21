import { z } from 'zod';
import { parseEndDate } from '../platform/dates.js';
import type { Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import { NIVEAUS, type Niveau } from './rules.js';
import type { SectieRegister } from './secties.js';

/** Forms of the regie pages. Levels arrive as fields "niveau.<sectie>" with geen|lezen|… */

export type NiveauKeuze =
  | { niveaus: Partial<Record<string, Niveau>> }
  | { fout: 'onbekende-sectie' | 'keuze' };

/** Reads the per-section levels; a field for a section nobody registered is refused, not ignored. */
export function leesNiveaus(form: Record<string, unknown>, register: SectieRegister): NiveauKeuze {
  const niveaus: Partial<Record<string, Niveau>> = {};
  for (const [name, value] of Object.entries(form)) {
    if (!name.startsWith('niveau.')) continue;
    const sectie = name.slice('niveau.'.length);
    if (!register.bestaat(sectie)) return { fout: 'onbekende-sectie' };
    if (typeof value !== 'string') return { fout: 'keuze' };
    if (value === 'geen') continue;
    if (!(NIVEAUS as readonly string[]).includes(value)) return { fout: 'keuze' };
    niveaus[sectie] = value as Niveau;
  }
  return { niveaus };
}

const email = z
  .string({ error: 'veld.fout.verplicht' })
  .trim()
  .min(1, { error: 'veld.fout.verplicht' })
  .max(254, { error: 'veld.fout.email' })
  .pipe(z.email({ error: 'veld.fout.email' }))
  .transform((value) => value.toLowerCase());

const optionalEndDate = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value || value.trim() === '') return null;
    const date = parseEndDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: 'veld.fout.datum' });
      return z.NEVER;
    }
    return date;
  });

export const uitnodigingForm = z.object({
  email,
  rol: z.enum(['naaste', 'professional'], { error: 'veld.fout.keuze' }),
  doel: z.string().trim().max(300, { error: 'veld.fout.te-lang' }).optional().default(''),
  eindigt_op: optionalEndDate,
});

export const wijzigForm = z.object({
  version: z.coerce.number().int().min(1),
  eindigt_op: optionalEndDate,
});

export const noodtoegangForm = z.object({
  email,
  reden: z
    .string({ error: 'veld.fout.verplicht' })
    .trim()
    .min(1, { error: 'veld.fout.verplicht' })
    .min(10, { error: 'veld.fout.reden-kort' })
    .max(500, { error: 'veld.fout.te-lang' }),
});

/** Emergency access from the QR code on a printed crisiskaart: the record is in the link, the reason is asked. */
export const noodtoegangKaartForm = noodtoegangForm.pick({ reden: true });

export const vertegenwoordigingForm = z.object({
  inwoner: email,
  vertegenwoordiger: email,
  grondslag: z.enum(['bewindvoering', 'mentorschap', 'curatele'], { error: 'veld.fout.keuze' }),
  kenmerk: z
    .string({ error: 'veld.fout.verplicht' })
    .trim()
    .min(1, { error: 'veld.fout.verplicht' })
    .max(80, { error: 'veld.fout.te-lang' }),
  eindigt_op: z
    .string({ error: 'veld.fout.verplicht' })
    .min(1, { error: 'veld.fout.verplicht' })
    .transform((value, ctx) => {
      const date = parseEndDate(value);
      if (!date) {
        ctx.addIssue({ code: 'custom', message: 'veld.fout.datum' });
        return z.NEVER;
      }
      return date;
    }),
});

export const wissenForm = z.object({
  wachtwoord: z.string({ error: 'veld.fout.verplicht' }).min(1, { error: 'veld.fout.verplicht' }).max(128),
  zeker: z.literal('ja', { error: 'veld.fout.bevestigen' }),
});

/** A date in the past is refused for end dates: that would be a grant that never starts. */
export function eindInToekomst(eindigtOp: Date | null, nu: Date, t: Translate): FieldErrors {
  return eindigtOp && eindigtOp <= nu ? { eindigt_op: t('veld.fout.datum-verleden') } : {};
}
