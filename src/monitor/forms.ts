import { z } from 'zod';
import { GESLACHTEN } from './rules.js';

/**
 * The monitor's forms. Her groups must be one of the choices offered (a birth-year band of the
 * list, an area of the gemeente's list or none, a gender of the four); anything else is refused
 * with a message next to the field, never stored.
 */
export function meetellenForm(banden: readonly string[], gebieden: readonly string[]) {
  return z.object({
    actie: z.literal('meedoen'),
    versie: z.coerce.number().int().min(0).max(1_000_000),
    geboortejaren: z.string({ error: 'monitor.fout.geboortejaren' }).refine((b) => banden.includes(b), {
      error: 'monitor.fout.geboortejaren',
    }),
    gebied: z
      .string({ error: 'monitor.fout.gebied' })
      .optional()
      .transform((g) => (g ? g : null))
      .refine((g) => g === null || gebieden.includes(g), { error: 'monitor.fout.gebied' }),
    geslacht: z.enum(GESLACHTEN as [string, ...string[]], { error: 'monitor.fout.geslacht' }),
  });
}
