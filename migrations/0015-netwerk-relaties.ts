import { type Kysely, sql } from 'kysely';

/**
 * Netwerkkaart (issue 19): a gemeente's own wording of the relationship codes. One row per
 * gemeente and code, only where the beheerder changed something; no row = our default text,
 * offered. `verborgen`: not offered for new people (people already on a map keep theirs).
 * Gemeente-level data, no personal data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table netwerk_relatie (
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    code text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 40),
    naam text check (char_length(naam) between 1 and 60),
    naam_en text check (char_length(naam_en) between 1 and 60),
    verborgen boolean not null default false,
    versie integer not null default 1,
    updated_at timestamptz not null default now(),
    primary key (gemeente_id, code)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table netwerk_relatie`.execute(db);
}
