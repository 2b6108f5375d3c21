import { type Kysely, sql } from 'kysely';

/**
 * The audit trail at national size (issue 20, bench `schaal`): a record's newest entries and the
 * people in its trail are read through indexes that start with the record, so a resident's log
 * page, her plan's history and her overview cost the same with 200 entries in the table or 20
 * million. Before, "newest 500 of this record" walked the whole table backwards by `seq` until it
 * had found 500 of hers, and "who is in my log" read every entry of hers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index audit_event_dossier_seq_idx on audit_event (dossier_id, seq)`.execute(db);
  await sql`create index audit_event_dossier_actor_idx on audit_event (dossier_id, actor_account_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index audit_event_dossier_actor_idx`.execute(db);
  await sql`drop index audit_event_dossier_seq_idx`.execute(db);
}
