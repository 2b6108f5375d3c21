import { type Kysely, sql } from 'kysely';

/**
 * Samen (issue 14): a lock so that two matching rounds for one gemeente never run at once (two
 * app instances, or the daily job beside a coordinator's round). One row per gemeente while a
 * round runs: who holds it and until when (a lease, so a crashed instance does not block the
 * next round for ever). See src/samen/README.md ("The round").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table samen_ronde_slot (
    gemeente_id uuid primary key references gemeente(id) on delete cascade,
    houder text not null check (char_length(houder) between 1 and 100),
    tot timestamptz not null
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table samen_ronde_slot`.execute(db);
}
