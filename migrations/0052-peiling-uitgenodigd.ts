import { type Kysely, sql } from 'kysely';

/**
 * Who was ever invited to a peiling (issue 15, docs/decisions/032): a member and a peiling, and
 * nothing else — no code, no time, no order. A used code names no member any more (decision
 * 032), so without this "invite again" (after new members joined) sent the members who had
 * already answered a fresh code. This table says only "she was invited"; together with the open
 * codes that says who still has to answer, which the panel may know, never which answers are
 * whose. It goes with the member (cascade) and with the peiling.
 *
 * Existing open codes fill it; codes already used named no member, so for a peiling invited
 * before this migration the members who already answered cannot be found: inviting again there
 * still reaches them (the README says so).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table peiling_uitgenodigd (
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    peiling_id uuid not null references peiling(id) on delete cascade,
    lid_id uuid not null references panel_lid(id) on delete cascade,
    primary key (peiling_id, lid_id)
  )`.execute(db);
  await sql`create index peiling_uitgenodigd_lid_idx on peiling_uitgenodigd (lid_id)`.execute(db);
  await sql`insert into peiling_uitgenodigd (gemeente_id, peiling_id, lid_id)
    select distinct u.gemeente_id, u.peiling_id, u.lid_id from peiling_uitnodiging u
    where u.lid_id is not null
    on conflict do nothing`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table peiling_uitgenodigd`.execute(db);
}
