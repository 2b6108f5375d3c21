import { type Kysely, sql } from 'kysely';

/**
 * Mijn plan (issue 11, item 2): the resident picks who else gets the evaluation reminder of a
 * goal or action — accounts with a grant on her plan, kept as their ids. The reminder mails
 * them while their grant on the plan is live (src/plan/herinnering.ts). Erased with the item.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table plan_doel add column herinneren text[] not null default '{}'`.execute(db);
  await sql`alter table plan_actie add column herinneren text[] not null default '{}'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table plan_actie drop column herinneren`.execute(db);
  await sql`alter table plan_doel drop column herinneren`.execute(db);
}
