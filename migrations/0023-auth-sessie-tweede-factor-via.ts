import { type Kysely, sql } from 'kysely';

/**
 * How a session passed the second factor: `code` (Redzaam's own code or a recovery code) or
 * `inlogdienst` (the gemeente's identity broker asserted a second factor in the ID token's
 * `amr`). A professional who logs in through such a broker has no Redzaam secret to set up;
 * one who used a recovery code still must set up a new phone. Null while not passed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table session add column tweede_factor_via text
    check (tweede_factor_via in ('code', 'inlogdienst'))`.execute(db);
  await sql`update session set tweede_factor_via = 'code' where tweede_factor_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table session drop column tweede_factor_via`.execute(db);
}
