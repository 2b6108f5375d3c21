import { type Kysely, sql } from 'kysely';

/**
 * Samen groups (issue 14, decision 054): the groups the daily job found possible, per gemeente,
 * kind and theme — how many people could form how many groups, and when that was worked out. No
 * personal data: no ids, no names, only counts. Each computation replaces the gemeente's rows of
 * that kind.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table samen_groep_suggestie (
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    soort text not null check (soort in ('buurtcirkel', 'lotgenoten')),
    thema text not null,
    mensen integer not null check (mensen >= 0),
    groepen integer not null check (groepen >= 0),
    berekend_op timestamptz not null,
    primary key (gemeente_id, soort, thema)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table samen_groep_suggestie`.execute(db);
}
