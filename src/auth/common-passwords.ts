import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The common-password list of zxcvbn-ts (about 49,000 passwords found in breaches), plus a
 * few Dutch classics. ASVS 6.2.4 asks us to refuse these instead of forcing composition rules.
 */
const common = new Set<string>([
  ...(dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()),
  'wachtwoord',
  'wachtwoord1',
  'wachtwoord123',
  'welkom01',
  'welkom123',
  'redzaam123',
]);

export function isCommonPassword(password: string): boolean {
  return common.has(password.toLowerCase());
}
