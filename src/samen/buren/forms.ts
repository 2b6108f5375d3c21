import { z } from 'zod';
import { normalizeEmail } from '../../auth/rules.js';
import { oudGenoeg } from './rules.js';

/**
 * The sign-up form (public) and the coordinator's invitation. Bad input gets a message next to
 * its field and nothing is stored; under 18 is refused next to the birth year.
 */

const voornaam = z
  .string({ error: 'samen.buren.fout.voornaam' })
  .trim()
  .min(1, { error: 'samen.buren.fout.voornaam' })
  .max(60, { error: 'samen.buren.fout.voornaam' });
const email = z
  .string({ error: 'samen.buren.fout.email' })
  .transform(normalizeEmail)
  .pipe(z.email({ error: 'samen.buren.fout.email' }).max(254, { error: 'samen.buren.fout.email' }));
const soort = z.enum(['vrijwilliger', 'buurtbewoner'], { error: 'samen.buren.fout.soort' });

export function aanmeldForm(nu: Date) {
  return z.object({
    voornaam,
    email,
    postcode: z
      .string({ error: 'samen.buren.fout.postcode' })
      .transform((p) => p.replace(/\s+/g, '').toUpperCase())
      // Four digits; whether it exists, the postcode table says (as for her Samen part, migration 0049).
      .refine((p) => /^[0-9]{4}([A-Z]{2})?$/.test(p), { error: 'samen.buren.fout.postcode' })
      .transform((p) => p.slice(0, 4)),
    geboortejaar: z
      .string({ error: 'samen.buren.fout.geboortejaar' })
      .trim()
      .regex(/^\d{4}$/, { error: 'samen.buren.fout.geboortejaar' })
      .transform(Number)
      .refine((j) => j >= 1900 && j <= nu.getUTCFullYear(), { error: 'samen.buren.fout.geboortejaar' })
      .refine((j) => oudGenoeg(j, nu), { error: 'samen.buren.fout.te-jong' }),
    soort,
  });
}

export const uitnodigForm = z.object({ voornaam, email, soort });
