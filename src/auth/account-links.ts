import type { Db } from '../platform/db/database.js';
import type { Gemeente } from '../platform/db/schema.js';
import type { Locale } from '../platform/i18n/i18n.js';
import { translator } from '../platform/i18n/i18n.js';
import { enqueueMail } from '../platform/mail/queries.js';
import { hashPassword } from './passwords.js';
import * as q from './queries.js';
import type { AccountTokenTable } from './schema.js';
import { newToken } from './sessions.js';

type Purpose = AccountTokenTable['purpose'];

const LIFETIME_MS: Record<Purpose, number> = {
  'wachtwoord-herstel': 60 * 60_000,
  activatie: 7 * 24 * 60 * 60_000,
};

/**
 * Where links in e-mail point to. Never the request's Host header (that would let anyone
 * send a reset link to a look-alike site): the gemeente's own host name, else PUBLIC_URL.
 */
export function baseUrlFor(gemeente: Gemeente, publicUrl: string | undefined, fallback: string): string {
  const host = gemeente.hostnames[0];
  if (host) return `https://${host}`;
  return (publicUrl ?? fallback).replace(/\/$/, '');
}

/**
 * Creates a one-time link for an account and queues the e-mail that carries it, in the
 * caller's transaction: either both exist or neither does.
 */
export async function sendAccountLink(
  db: Db,
  now: Date,
  input: {
    gemeente: Gemeente;
    account: { id: string; naam: string; email: string };
    purpose: Purpose;
    locale: Locale;
    baseUrl: string;
  },
): Promise<void> {
  const { token, id } = newToken();
  await q.insertAccountToken(db, {
    id,
    accountId: input.account.id,
    gemeenteId: input.gemeente.id,
    purpose: input.purpose,
    expiresAt: new Date(now.getTime() + LIFETIME_MS[input.purpose]),
  });
  const t = translator(input.locale);
  const kind = input.purpose === 'activatie' ? 'activatie' : 'herstel';
  const values = {
    naam: input.account.naam,
    gemeente: input.gemeente.naam,
    link: `${input.baseUrl}/wachtwoord-instellen/${token}`,
  };
  await enqueueMail(db, now, {
    gemeenteId: input.gemeente.id,
    to: input.account.email,
    subject: t(`mail.${kind}.onderwerp` as const),
    body: t(`mail.${kind}.tekst` as const, values),
  });
}

/**
 * Sets a new password with a one-time link. The link is claimed atomically (a second use,
 * even at the same moment, fails) and every open session of the account ends.
 */
export async function setPasswordWithToken(
  db: Db,
  now: Date,
  input: { gemeenteId: string; tokenId: string; password: string },
): Promise<boolean> {
  const hash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const token = await q.findUsableToken(trx, input.tokenId, input.gemeenteId, now);
    if (!token || !(await q.claimToken(trx, token.id, now))) return false;
    await q.setPasswordHash(trx, input.gemeenteId, token.account_id, hash, now);
    await q.deleteSessionsOfAccount(trx, token.account_id);
    return true;
  });
}

export async function findUsableLink(db: Db, gemeenteId: string, tokenId: string, now: Date) {
  return q.findUsableToken(db, tokenId, gemeenteId, now);
}
