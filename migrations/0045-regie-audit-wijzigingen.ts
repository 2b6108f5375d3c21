import { type Kysely, sql } from 'kysely';

/**
 * "Who changed what" on a section's page reads only the changes of one record and section,
 * newest first (`listAuditOfDossier` with `alleenWijzigingen`). Every view of a record is an
 * entry too, so without this index the newest changes sit behind all its reads: the plan page
 * read its newest 500 entries and filtered the reads out, which cost more with every view and
 * lost the changes once 500 views followed them. A partial index holds only the changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index audit_event_wijziging_idx on audit_event (dossier_id, sectie, seq)
    where actie <> 'read' and uitkomst = 'allowed'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index audit_event_wijziging_idx`.execute(db);
}
