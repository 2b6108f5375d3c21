import type { Db } from '../platform/db/database.js';
import type { Gemeente } from '../platform/db/schema.js';
import type { Locale } from '../platform/i18n/i18n.js';
import { sendAccountLink } from './account-links.js';
import { throttleKey } from './login.js';
import * as q from './queries.js';

/** At most this many reset mails per address per hour: a form cannot be used to flood a mailbox. */
const RESET_MAX_PER_ADDRESS = 3;
const RESET_MAX_PER_CLIENT = 20;
const RESET_WINDOW_MS = 60 * 60_000;

/**
 * Handles "wachtwoord vergeten". The caller always shows the same answer, whether the
 * address is known or not, throttled or not; only a known, active account gets a mail.
 */
export async function requestPasswordReset(
  db: Db,
  now: Date,
  input: { gemeente: Gemeente; email: string; locale: Locale; baseUrl: string; clientAddress: string },
): Promise<{ queued: boolean }> {
  const addressKey = throttleKey('reset', input.gemeente.id, input.email);
  const clientKey = throttleKey('reset-client', input.gemeente.id, input.clientAddress);
  const since = new Date(now.getTime() - RESET_WINDOW_MS);
  return db.transaction().execute(async (trx) => {
    const byAddress = await q.countRecentAttempts(trx, addressKey, since);
    const byClient = await q.countRecentAttempts(trx, clientKey, since);
    await q.recordAttempts(trx, [addressKey, clientKey], now);
    if (byAddress >= RESET_MAX_PER_ADDRESS || byClient >= RESET_MAX_PER_CLIENT) return { queued: false };
    const account = await q.findAccountByEmail(trx, input.gemeente.id, input.email);
    if (!account || account.disabled_at) return { queued: false };
    await sendAccountLink(trx, now, {
      gemeente: input.gemeente,
      account,
      purpose: 'wachtwoord-herstel',
      locale: input.locale,
      baseUrl: input.baseUrl,
    });
    return { queued: true };
  });
}
