import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export type QueuedMail = { gemeenteId: string; to: string; subject: string; body: string };

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
 * Takes a batch of due mails and hands each to `send` inside one transaction. Rows are
 * locked with skip locked, so two app instances never send the same mail twice.
 */
export async function sendDueMails(
  db: Db,
  now: Date,
  send: (mail: { to: string; subject: string; body: string }) => Promise<void>,
): Promise<{ sent: number; failed: number }> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('mail_outbox')
      .select(['id', 'to_address', 'subject', 'body', 'attempts'])
      .where('sent_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .where('attempts', '<', 10)
      .orderBy('next_attempt_at')
      .limit(20)
      .forUpdate()
      .skipLocked()
      .execute();
    let sent = 0;
    let failed = 0;
    for (const mail of due) {
      try {
        await send({ to: mail.to_address, subject: mail.subject, body: mail.body });
        await trx
          .updateTable('mail_outbox')
          .set({ sent_at: now, body: '', attempts: mail.attempts + 1 })
          .where('id', '=', mail.id)
          .execute();
        sent++;
      } catch {
        // Back off exponentially: 1, 2, 4 … minutes.
        const delayMs = 60_000 * 2 ** mail.attempts;
        await trx
          .updateTable('mail_outbox')
          .set({ attempts: mail.attempts + 1, next_attempt_at: new Date(now.getTime() + delayMs) })
          .where('id', '=', mail.id)
          .execute();
        failed++;
      }
    }
    return { sent, failed };
  });
}

export async function countPendingMails(db: Db): Promise<number> {
  const row = await db
    .selectFrom('mail_outbox')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('sent_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}
