import { z } from 'zod';
import { normalizeEmail } from '../../auth/rules.js';
import { WIJK } from './vraagbank.js';

/** The panel's forms; bad input comes back as a message next to its field, never stored. */

export const aanmeldenForm = z.object({
  naam: z
    .string({ error: 'monitor.panel.fout.naam' })
    .trim()
    .min(1, { error: 'monitor.panel.fout.naam' })
    .max(200),
  email: z
    .string({ error: 'monitor.panel.fout.email' })
    .transform(normalizeEmail)
    .pipe(z.email({ error: 'monitor.panel.fout.email' }).max(254, { error: 'monitor.panel.fout.email' })),
  toestemming: z.literal('ja', { error: 'monitor.panel.fout.toestemming' }),
});

/** A new peiling: a name, a closing day from today on, and questions of the bank. */
export function peilingForm(toegestaan: readonly string[], vandaag: string) {
  return z.object({
    titel: z
      .string({ error: 'monitor.panel.fout.titel' })
      .trim()
      .min(1, { error: 'monitor.panel.fout.titel' })
      .max(200),
    sluitOp: z
      .string({ error: 'monitor.panel.fout.sluit' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'monitor.panel.fout.sluit' })
      .refine(
        (d) =>
          !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
          new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
        {
          error: 'monitor.panel.fout.sluit',
        },
      )
      .refine((d) => d >= vandaag, { error: 'monitor.panel.fout.sluit' }),
    vragen: z
      .union([z.string(), z.array(z.string()).max(60)], { error: 'monitor.panel.fout.vragen' })
      .transform((v) => (Array.isArray(v) ? v : [v]))
      // The area question needs the gemeente's areas (docs/decisions/057): say so, not "pick one".
      .refine((v) => !v.includes(WIJK) || toegestaan.includes(WIJK), {
        error: 'monitor.panel.fout.geen-wijken',
        abort: true,
      })
      .refine((v) => v.length > 0 && v.every((c) => toegestaan.includes(c)), {
        error: 'monitor.panel.fout.vragen',
      })
      .transform((v) => toegestaan.filter((c) => v.includes(c))),
  });
}

/**
 * A review of an open answer: the version she saw, what she does (rebuild the suggestion,
 * approve, throw away), the parts she marked to go (indexes into the answer's highlights) and
 * the cleaned text. Whether the text is empty or still holds a marked part is checked after
 * (it needs the stored answer).
 */
export const beoordeelForm = z.object({
  versie: z.coerce.number().int().min(1).max(1_000_000),
  actie: z.enum(['voorstel', 'goedkeuren', 'weggooien']),
  tekst: z.string().max(4000, { error: 'monitor.open.fout.lang' }).optional(),
  deel: z
    .union([z.string(), z.array(z.string()).max(200)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(
      z.array(
        z
          .string()
          .regex(/^\d{1,3}$/)
          .transform(Number),
      ),
    ),
});
