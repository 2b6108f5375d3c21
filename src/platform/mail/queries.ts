import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export type QueuedMail = { gemeenteId: string; to: string; subject: string; body: string };

/** How long a claimed mail is reserved for the instance that claimed it. */
const LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 10;

export async function enqueueMail(db: Db, now: Date, mail: QueuedMail): Promise<void> {
  await db
    .insertInto('mail_outbox')
    .values({
      gemeente_id: mail.gemeenteId,
      to_address: mail.to,
      subject: mail.subject,
      body: mail.body,
      next_attempt_at: now,
    })
    .execute();
}

/**
 * Claims a batch of due mails in one short transaction (skip locked, so two instances never
 * take the same mail) by moving their next attempt a lease ahead. Sending happens after the
 * commit: no transaction or connection is held while an SMTP server answers.
 */
export async function claimDueMails(db: Db, now: Date, limit = 20) {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('mail_outbox')
      .select(['id', 'to_address', 'subject', 'body', 'attempts'])
      .where('sent_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .where('attempts', '<', MAX_ATTEMPTS)
      .orderBy('next_attempt_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length > 0) {
      await trx
        .updateTable('mail_outbox')
        .set({ next_attempt_at: new Date(now.getTime() + LEASE_MS), attempts: sql`attempts + 1` })
        .where(
          'id',
          'in',
          due.map((mail) => mail.id),
        )
        .execute();
    }
    return due;
  });
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

/** Not sent: try again after 1, 2, 4 … minutes; after the last attempt the texts are emptied too. */
export async function markMailFailed(db: Db, id: string, attempts: number, now: Date): Promise<void> {
  const last = attempts + 1 >= MAX_ATTEMPTS;
  await db
    .updateTable('mail_outbox')
    .set({
      next_attempt_at: new Date(now.getTime() + 60_000 * 2 ** attempts),
      ...(last ? GEEN_PERSOONLIJKE_TEKST : {}),
    })
    .where('id', '=', id)
    .execute();
}
