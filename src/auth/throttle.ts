import type { Db } from '../platform/db/database.js';
import { throttleKey } from './login.js';
import * as q from './queries.js';

/**
 * Counting attempts of anything that must not be tried endlessly (log-ins, reset mails,
 * emergency look-ups), by hashed key: the table holds no addresses or names. Attempts are kept
 * two hours (housekeeping), so windows up to an hour are reliable.
 */
export async function overLimit(
  db: Db,
  parts: string[],
  max: number,
  windowMs: number,
  now: Date,
): Promise<boolean> {
  return (await q.countRecentAttempts(db, throttleKey(...parts), new Date(now.getTime() - windowMs))) >= max;
}

export async function noteAttempt(db: Db, parts: string[], now: Date): Promise<void> {
  await q.recordAttempts(db, [throttleKey(...parts)], now);
}
