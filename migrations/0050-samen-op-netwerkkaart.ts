import { type Kysely, sql } from 'kysely';

/**
 * Samen: her choice whether the people she exchanged help with (both sides confirmed) appear on
 * her netwerkkaart as the group "Via Samen" (issue 14, item 5; decision 050). Off unless she
 * turns it on; part of her Samen participation, so it is in her download and erased with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table samen_deelnemer add column op_netwerkkaart boolean not null default false`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table samen_deelnemer drop column op_netwerkkaart`.execute(db);
}
