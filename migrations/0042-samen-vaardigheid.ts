import { type Kysely, sql } from 'kysely';

/**
 * Samen (issue 14): a gemeente's own skill list, on top of the shared list in
 * src/samen/vaardigheden.ts. One row per gemeente and code, only where the beheerder changed or
 * added something: `naam`/`naam_en` (own names; null = our default text), `verborgen` (not
 * offered for new offers and requests; existing ones keep it), `eigen` (a skill the gemeente
 * added itself: it has no default text, so its Dutch name is required), `versie` (optimistic
 * concurrency). Gemeente-level data, no personal data. Decision 045.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table samen_vaardigheid (
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    code text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 60),
    naam text check (char_length(naam) between 1 and 60),
    naam_en text check (char_length(naam_en) between 1 and 60),
    verborgen boolean not null default false,
    eigen boolean not null default false,
    versie integer not null default 1,
    updated_at timestamptz not null default now(),
    primary key (gemeente_id, code),
    check (not eigen or naam is not null)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table samen_vaardigheid`.execute(db);
}
