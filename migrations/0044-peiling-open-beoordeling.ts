import { type Kysely, sql } from 'kysely';

/**
 * The review step of open answers (issue 15, docs/decisions/047): a version number, so two
 * reviewers of the same answer cannot overwrite each other unseen (the second gets a 409 with
 * both versions), and whether the reviewer threw the answer away (its text is then replaced by
 * an encrypted empty text; it never counts). No time column: an answer keeps no moment finer
 * than a day (decision 032).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table peiling_open_antwoord add column versie integer not null default 1`.execute(db);
  await sql`alter table peiling_open_antwoord add column weggelaten boolean not null default false`.execute(
    db,
  );
  await sql`alter table peiling_open_antwoord
    add constraint peiling_open_antwoord_weggelaten_check check (beoordeeld or not weggelaten)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table peiling_open_antwoord drop constraint peiling_open_antwoord_weggelaten_check`.execute(
    db,
  );
  await sql`alter table peiling_open_antwoord drop column weggelaten`.execute(db);
  await sql`alter table peiling_open_antwoord drop column versie`.execute(db);
}
