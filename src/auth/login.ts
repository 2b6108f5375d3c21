import { createHash } from 'node:crypto';
import type { Db } from '../platform/db/database.js';
import { verifyPassword } from './passwords.js';
import * as q from './queries.js';
import { LOGIN_MAX_FAILURES, LOGIN_MAX_FAILURES_PER_CLIENT, LOGIN_WINDOW_MS } from './rules.js';

export type LoginResult =
  | { ok: true; account: { id: string; gemeente_id: string } }
  | { ok: false; reason: 'onjuist' | 'te-vaak' };

/** Throttle keys are hashes: the attempts table holds no e-mail address or IP address. */
export function throttleKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/**
 * Checks an e-mail address and password for one gemeente. Unknown address, wrong password,
 * blocked account and account without a password all take the same path and time and give
 * the same answer. Throttling is keyed on address + client (ASVS 6.3.1), with a wider limit
 * per client against trying many addresses.
 */
export async function attemptLogin(
  db: Db,
  now: Date,
  input: { gemeenteId: string; email: string; password: string; clientAddress: string },
): Promise<LoginResult> {
  const accountKey = throttleKey('login', input.gemeenteId, input.email, input.clientAddress);
  const clientKey = throttleKey('login-client', input.gemeenteId, input.clientAddress);
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const accountFailures = await q.countRecentAttempts(db, accountKey, since);
  const clientFailures = await q.countRecentAttempts(db, clientKey, since);
  if (accountFailures >= LOGIN_MAX_FAILURES || clientFailures >= LOGIN_MAX_FAILURES_PER_CLIENT) {
    return { ok: false, reason: 'te-vaak' };
  }
  const account = await q.findAccountByEmail(db, input.gemeenteId, input.email);
  const usableHash = account && !account.disabled_at ? account.password_hash : null;
  const valid = await verifyPassword(usableHash, input.password);
  if (!valid || !account) {
    await q.recordAttempts(db, [accountKey, clientKey], now);
    return { ok: false, reason: 'onjuist' };
  }
  await q.clearAttempts(db, accountKey);
  return { ok: true, account: { id: account.id, gemeente_id: account.gemeente_id } };
}
