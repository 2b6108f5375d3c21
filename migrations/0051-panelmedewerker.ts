import { type Kysely, sql } from 'kysely';

/**
 * The account role `panelmedewerker` (issue 15, decision 051): a panel worker — often someone
 * with lived experience — who enters a paper or spoken interview for a panel member. The role
 * reaches the panel's assisted entry and her own account pages only; the door lets it into no
 * record (src/regie/rules.ts). Every earlier role stays.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table account drop constraint account_rol_check`.execute(db);
  await sql`alter table account add constraint account_rol_check
    check (rol in ('inwoner', 'naaste', 'professional', 'beheerder', 'analist', 'buur', 'panelmedewerker'))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from account where rol = 'panelmedewerker'`.execute(db);
  await sql`alter table account drop constraint account_rol_check`.execute(db);
  await sql`alter table account add constraint account_rol_check
    check (rol in ('inwoner', 'naaste', 'professional', 'beheerder', 'analist', 'buur'))`.execute(db);
}
