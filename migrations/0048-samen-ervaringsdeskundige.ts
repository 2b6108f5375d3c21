import { type Kysely, sql } from 'kysely';

/**
 * Samen groups (issue 14, decision 044 addendum): which professionals of a gemeente are
 * ervaringsdeskundige, so only they lead a lotgenotengroep. Marked by a Samen coordinator; the row
 * keeps who marked her and when. About a professional, not about a resident: no record involved.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table samen_ervaringsdeskundige (
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    account_id uuid not null references account(id) on delete cascade,
    gemarkeerd_door uuid references account(id) on delete set null,
    gemarkeerd_op timestamptz not null,
    primary key (gemeente_id, account_id)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table samen_ervaringsdeskundige`.execute(db);
}
