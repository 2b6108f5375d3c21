import { type Kysely, sql } from 'kysely';

/**
 * Mijn plan (issue 11, item 4): the gemeente sets how many professionals may work on one plan
 * before the plan warns the resident and her regievoerder (default 3, as before). One row per
 * gemeente that changed it; no row means the default. See src/plan/README.md.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table plan_instelling (
    gemeente_id uuid primary key references gemeente(id) on delete cascade,
    max_professionals integer not null default 3 check (max_professionals between 1 and 20),
    updated_at timestamptz not null default now()
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table plan_instelling`.execute(db);
}
