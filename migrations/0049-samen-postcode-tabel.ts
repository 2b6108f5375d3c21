import { type Kysely, sql } from 'kysely';

/**
 * Samen: a participant's PC4 needs four digits and a row in the national postcode table; the
 * table decides which exist. The first digit no longer has to be 1–9, so a gemeente's fictional
 * postcodes (the demo's 0101–0106, which can never be real) work in Samen as in the sociale kaart.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table samen_deelnemer drop constraint samen_deelnemer_postcode_check`.execute(db);
  await sql`alter table samen_deelnemer add constraint samen_deelnemer_postcode_check
    check (postcode ~ '^[0-9]{4}$')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table samen_deelnemer drop constraint samen_deelnemer_postcode_check`.execute(db);
  await sql`alter table samen_deelnemer add constraint samen_deelnemer_postcode_check
    check (postcode ~ '^[1-9][0-9]{3}$')`.execute(db);
}
