import { type Kysely, sql } from 'kysely';

/**
 * The door audits an attempt whose work failed (an error that is not a refusal) with the
 * outcome "failed", so the trail tells "refused" from "went wrong" (docs/decisions/017).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_event drop constraint audit_event_uitkomst_check`.execute(db);
  await sql`alter table audit_event add constraint audit_event_uitkomst_check
    check (uitkomst in ('allowed', 'denied', 'failed'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_event drop constraint audit_event_uitkomst_check`.execute(db);
  await sql`alter table audit_event add constraint audit_event_uitkomst_check
    check (uitkomst in ('allowed', 'denied'))`.execute(db);
}
