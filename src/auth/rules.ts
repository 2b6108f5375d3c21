import { z } from 'zod';
import { isCommonPassword } from './common-passwords.js';

/** Pure rules of logging in: no I/O here, so the page and the server decide alike. */

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const EMAIL_MAX = 254;

/** Failed logins allowed per e-mail address and client address within the window. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60_000;
/**
 * Failed logins allowed from one client address across all e-mail addresses (credential
 * stuffing). Much higher than per account: behind a proxy whose address is not trusted
 * (TRUST_PROXY) every resident and professional of a gemeente shares one address, and their
 * typing errors together must not lock the whole gemeente out.
 */
export const LOGIN_MAX_FAILURES_PER_CLIENT = 500;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const email = z
  .string({ error: 'veld.fout.verplicht' })
  .trim()
  .min(1, { error: 'veld.fout.verplicht' })
  .max(EMAIL_MAX, { error: 'veld.fout.email' })
  .pipe(z.email({ error: 'veld.fout.email' }))
  .transform(normalizeEmail);

export const loginForm = z.object({
  email,
  // No strength rule at login: an old password must still be able to log in once.
  wachtwoord: z
    .string({ error: 'veld.fout.verplicht' })
    .min(1, { error: 'veld.fout.verplicht' })
    .max(PASSWORD_MAX, { error: 'veld.fout.wachtwoord-lang' }),
});

export const forgotPasswordForm = z.object({ email });

export const setPasswordForm = z
  .object({
    wachtwoord: z
      .string({ error: 'veld.fout.verplicht' })
      .min(1, { error: 'veld.fout.verplicht' })
      .min(PASSWORD_MIN, { error: 'veld.fout.wachtwoord-kort' })
      .max(PASSWORD_MAX, { error: 'veld.fout.wachtwoord-lang' })
      .refine((value) => !isCommonPassword(value), { error: 'veld.fout.wachtwoord-bekend' }),
    herhaal: z.string({ error: 'veld.fout.verplicht' }).min(1, { error: 'veld.fout.verplicht' }),
  })
  .refine((form) => form.wachtwoord === form.herhaal, {
    error: 'veld.fout.wachtwoord-anders',
    path: ['herhaal'],
  });

export const newAccountForm = z
  .object({
    naam: z
      .string({ error: 'veld.fout.verplicht' })
      .trim()
      .min(1, { error: 'veld.fout.verplicht' })
      .max(120, { error: 'veld.fout.te-lang' }),
    email,
    rol: z.enum(['inwoner', 'naaste', 'professional', 'beheerder', 'analist', 'panelmedewerker'], {
      error: 'veld.fout.keuze',
    }),
    organisatie: z
      .string()
      .optional()
      .transform((value) => (value ? value : undefined)),
  })
  .superRefine((form, ctx) => {
    if (form.rol === 'professional' && !form.organisatie) {
      ctx.addIssue({ code: 'custom', path: ['organisatie'], message: 'veld.fout.organisatie-nodig' });
    }
    if (form.rol !== 'professional' && form.organisatie) {
      ctx.addIssue({ code: 'custom', path: ['organisatie'], message: 'veld.fout.organisatie-niet-nodig' });
    }
  });

/** "Firefox op Android": enough to recognise one's own device, not a fingerprint. */
export function describeDevice(userAgent: string | undefined): string {
  if (!userAgent) return '';
  const browser =
    [
      ['Edg/', 'Edge'],
      ['OPR/', 'Opera'],
      ['Firefox/', 'Firefox'],
      ['SamsungBrowser/', 'Samsung Internet'],
      ['Chrome/', 'Chrome'],
      ['Safari/', 'Safari'],
    ].find(([marker]) => userAgent.includes(marker as string))?.[1] ?? '';
  const system =
    [
      ['Android', 'Android'],
      ['iPhone', 'iPhone'],
      ['iPad', 'iPad'],
      ['Windows', 'Windows'],
      ['Mac OS X', 'Mac'],
      ['CrOS', 'Chromebook'],
      ['Linux', 'Linux'],
    ].find(([marker]) => userAgent.includes(marker as string))?.[1] ?? '';
  return [browser, system].filter(Boolean).join(' / ');
}
