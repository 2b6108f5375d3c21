import { z } from 'zod';
import type { Rol } from '../../platform/db/schema.js';

/** Pure rules of the second factor (docs/decisions/022); tests in rules.test.ts (fast-check). */

/** Roles that must use a second factor (security.md, BIO 5.17.01): they reach the app over the internet. */
export const VERPLICHT_VOOR: readonly Rol[] = ['professional', 'beheerder'];

export function tweedeFactorVerplicht(rol: Rol): boolean {
  return VERPLICHT_VOOR.includes(rol);
}

/** What a logged-in session still has to do before it may open any other page. */
export type Stap = 'klaar' | 'code' | 'instellen';

/**
 * Required roles set one up first and type a code at every login; others only when they set
 * one up themselves. A session that passed (a code or a recovery code) is done, except that a
 * required role without a confirmed secret (after using a recovery code) sets up a new one.
 * A session whose second factor the gemeente's identity broker asserted (`doorInlogdienst`)
 * is done: that person needs no Redzaam secret of their own.
 */
export function volgendeStap(input: {
  rol: Rol;
  ingesteld: boolean;
  sessieVoldaan: boolean;
  doorInlogdienst?: boolean;
}): Stap {
  if (input.sessieVoldaan && input.doorInlogdienst) return 'klaar';
  const verplicht = tweedeFactorVerplicht(input.rol);
  if (verplicht && !input.ingesteld) return 'instellen';
  if (input.sessieVoldaan) return 'klaar';
  return input.ingesteld ? 'code' : 'klaar';
}

/** Wrong codes per account within the window before the code step says "te vaak". */
export const CODE_MAX_POGINGEN = 5;
export const CODE_VENSTER_MS = 15 * 60_000;

export const HERSTELCODES_AANTAL = 10;
/** Letters and digits without look-alikes (0/O, 1/I/L): easy to copy from paper. */
export const HERSTEL_ALFABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 10 characters of 31: ≈ 49 bits each, and each works once, behind the throttle. */
export const HERSTELCODE_LENGTE = 10;

/** A recovery code as typed: case, spaces and dashes do not matter. Undefined when it cannot be one. */
export function normaliseerHerstelcode(invoer: string): string | undefined {
  const schoon = invoer.toUpperCase().replace(/[\s-]/g, '');
  if (schoon.length !== HERSTELCODE_LENGTE) return undefined;
  return [...schoon].every((teken) => HERSTEL_ALFABET.includes(teken)) ? schoon : undefined;
}

/** Shown in two halves: `ABCDE-FGHJK`. */
export function toonHerstelcode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A recovery code from random bytes by rejection sampling (every character equally likely); undefined when the bytes run out. */
export function herstelcodeUitBytes(bytes: Uint8Array): string | undefined {
  const grens = 256 - (256 % HERSTEL_ALFABET.length);
  let code = '';
  for (const byte of bytes) {
    if (byte >= grens) continue; // rejection sampling: every character equally likely
    code += HERSTEL_ALFABET[byte % HERSTEL_ALFABET.length];
    if (code.length === HERSTELCODE_LENGTE) return code;
  }
  return undefined;
}

/** The secret in groups of four, for typing it into an app by hand. */
export function inGroepen(geheim: string): string {
  return geheim.match(/.{1,4}/g)?.join(' ') ?? '';
}

/** A TOTP code as typed: six digits, spaces allowed ("123 456"). */
export const codeForm = z.object({
  code: z
    .string({ error: 'veld.fout.verplicht' })
    .transform((waarde) => waarde.replace(/\s/g, ''))
    .pipe(
      z
        .string()
        .min(1, { error: 'veld.fout.verplicht' })
        .regex(/^\d{6}$/, { error: 'tweede-factor.fout.code-vorm' }),
    ),
});

export const herstelForm = z.object({
  herstelcode: z
    .string({ error: 'veld.fout.verplicht' })
    .trim()
    .min(1, { error: 'veld.fout.verplicht' })
    .max(40, { error: 'tweede-factor.fout.herstel-vorm' })
    .transform((waarde, ctx) => {
      const code = normaliseerHerstelcode(waarde);
      if (!code) {
        ctx.addIssue({ code: 'custom', message: 'tweede-factor.fout.herstel-vorm' });
        return z.NEVER;
      }
      return code;
    }),
});
