import { type Kysely, sql } from 'kysely';

/**
 * Open answers of a peiling are stored encrypted (issue 15, docs/decisions/042): the text column
 * holds a ciphertext (longer than the 4000 characters of plain text it may hold), and beside it
 * the id of the master key its gemeente's panel key was derived from. Rows from before this
 * migration have no master key id and are plain text; they are read as such.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table peiling_open_antwoord drop constraint if exists peiling_open_antwoord_tekst_check`.execute(
    db,
  );
  await sql`alter table peiling_open_antwoord
    add constraint peiling_open_antwoord_tekst_check check (char_length(tekst) between 1 and 24000)`.execute(
    db,
  );
  await sql`alter table peiling_open_antwoord add column meester_id text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table peiling_open_antwoord drop column meester_id`.execute(db);
}
