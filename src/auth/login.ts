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
export type LoginKeys = { account: string; client: string };

/**
 * The login throttle's keys: the account (its address) from this client, and the client across
 * all accounts. Every password check uses them (login, erasure, re-authentication), so guesses
 * anywhere count towards one limit.
 */
export function loginKeys(gemeenteId: string, email: string, clientAddress: string): LoginKeys {
  return {
    account: throttleKey('login', gemeenteId, email, clientAddress),
    client: throttleKey('login-client', gemeenteId, clientAddress),
  };
}

export async function loginThrottled(db: Db, keys: LoginKeys, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const accountFailures = await q.countRecentAttempts(db, keys.account, since);
  const clientFailures = await q.countRecentAttempts(db, keys.client, since);
  return accountFailures >= LOGIN_MAX_FAILURES || clientFailures >= LOGIN_MAX_FAILURES_PER_CLIENT;
}

export async function attemptLogin(
  db: Db,
  now: Date,
  input: { gemeenteId: string; email: string; password: string; clientAddress: string },
): Promise<LoginResult> {
  const keys = loginKeys(input.gemeenteId, input.email, input.clientAddress);
  if (await loginThrottled(db, keys, now)) return { ok: false, reason: 'te-vaak' };
  const account = await q.findAccountByEmail(db, input.gemeenteId, input.email);
  const usableHash = account && !account.disabled_at ? account.password_hash : null;
  const valid = await verifyPassword(usableHash, input.password);
  if (!valid || !account) {
    await q.recordAttempts(db, [keys.account, keys.client], now);
    return { ok: false, reason: 'onjuist' };
  }
  await q.clearAttempts(db, keys.account);
  return { ok: true, account: { id: account.id, gemeente_id: account.gemeente_id } };
}
