import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../platform/db/database.js';
import * as q from './queries.js';
import { LOGIN_WINDOW_MS } from './rules.js';
import type { SessionSettings } from './sessions.js';

const EVERY_MS = 15 * 60_000;
/** Reset-mail throttling looks back one hour; keep attempts a little longer than any window. */
const KEEP_ATTEMPTS_MS = Math.max(LOGIN_WINDOW_MS, 60 * 60_000) * 2;

/** Deletes sessions past a timeout and old login attempts, so neither table grows without end. */
export async function cleanUpAuth(db: Db, settings: SessionSettings): Promise<void> {
  const now = settings.now();
  await q.deleteExpiredSessions(db, new Date(now.getTime() - settings.idleMs), now);
  await q.deleteOldAttempts(db, new Date(now.getTime() - KEEP_ATTEMPTS_MS));
}

/** Runs cleanUpAuth every 15 minutes on this instance; safe to run on every instance at once. */
export function startAuthHousekeeping(db: Db, settings: SessionSettings, log: FastifyBaseLogger): () => void {
  const timer = setInterval(() => {
    cleanUpAuth(db, settings).catch((error) => log.warn({ err: error }, 'auth housekeeping failed'));
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
