import type { Db } from '../db/database.js';
import { enqueueJob } from '../jobs/jobs.js';

export type QueuedMail = { gemeenteId: string; to: string; subject: string; body: string };

/** Tries of one mail before it counts as failed (then on the beheerder's page of failed jobs). */
export const MAIL_MAX_ATTEMPTS = 10;

/**
 * The outbox's own schedule columns (attempts, next_attempt_at) are no longer used: the job
 * queue retries. A far-future next attempt keeps a release from before the queue (still
 * polling the outbox during a rolling deploy) off new mail.
 */
const NOT_BY_THE_OUTBOX = new Date('9999-12-31T00:00:00Z');

/**
 * Queues a mail: the message in the outbox, and a job `mail.verstuur` that carries only its
 * id — both in the caller's transaction (or one of their own), so the mail goes out exactly
 * when the change that caused it committed.
 */
export async function enqueueMail(db: Db, now: Date, mail: QueuedMail): Promise<void> {
  const work = async (trx: Db) => {
    const { id } = await trx
      .insertInto('mail_outbox')
      .values({
        gemeente_id: mail.gemeenteId,
        to_address: mail.to,
        subject: mail.subject,
        body: mail.body,
        next_attempt_at: NOT_BY_THE_OUTBOX,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enqueueJob(trx, now, {
      name: 'mail.verstuur',
      payload: { mailId: id },
      key: id,
      gemeenteId: mail.gemeenteId,
      maxAttempts: MAIL_MAX_ATTEMPTS,
    });
  };
  if (db.isTransaction) await work(db);
  else await db.transaction().execute(work);
}

/**
 * A mail still to send, or undefined when it was sent already (a job that runs again does
 * nothing) or given up: its texts are gone then, so a retry from the beheer page cannot send
 * an empty mail; the person asks for a new link instead.
 */
export async function unsentMail(db: Db, id: string) {
  return db
    .selectFrom('mail_outbox')
    .select(['id', 'to_address', 'subject', 'body'])
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .where('to_address', '!=', '')
    .executeTakeFirst();
}

/**
 * What a sent (or given-up) mail keeps: its id, gemeente, times and attempts — no personal
 * text. Address, subject and body (which may hold a name, a reason or a one-time link) are
 * needed only until the mail is sent, so they are emptied then (docs/decisions/020).
 */
const GEEN_PERSOONLIJKE_TEKST = { to_address: '', subject: '', body: '' };

/** Sent: address, subject and body are emptied. */
export async function markMailSent(db: Db, id: string, now: Date): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ sent_at: now, ...GEEN_PERSOONLIJKE_TEKST })
    .where('id', '=', id)
    .execute();
}

/** Given up (its last try failed): no personal text is kept, so a reset link does not linger. */
export async function emptyMailBody(db: Db, id: string): Promise<void> {
  await db.updateTable('mail_outbox').set(GEEN_PERSOONLIJKE_TEKST).where('id', '=', id).execute();
}
