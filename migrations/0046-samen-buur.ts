import { type Kysely, sql } from 'kysely';

/**
 * Samen (issue 14, decision 048): neighbours and volunteers without a resident's record.
 * - `samen_aanmelding`: a pending sign-up from the public page (or the coordinator's invitation),
 *   until the coordinator approves or refuses it. Her first name, e-mail, postcode and birth year
 *   are one encrypted JSON (`gegevens`, AES-256-GCM under a key per gemeente derived from the
 *   master key `meester_id`; no record key exists yet) and are emptied when a decision is made.
 * - `samen_buur`: per approved neighbour's own light record, whether she only gives
 *   (`vrijwilliger`) or also asks (`buurtbewoner`). Erased with her record.
 * - the account role `buur`: an approved neighbour's account, which the door lets into her own
 *   record's Samen part only (src/regie/rules.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table account drop constraint account_rol_check`.execute(db);
  await sql`alter table account add constraint account_rol_check
    check (rol in ('inwoner', 'naaste', 'professional', 'beheerder', 'analist', 'buur'))`.execute(db);
  await sql`create table samen_aanmelding (
    id uuid primary key,
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    soort text not null check (soort in ('vrijwilliger', 'buurtbewoner')),
    gegevens text,
    meester_id text,
    aangemeld_op timestamptz not null,
    besluit text check (besluit in ('goedgekeurd', 'geweigerd')),
    besloten_op timestamptz,
    check ((besluit is null) = (gegevens is not null))
  )`.execute(db);
  await sql`create index samen_aanmelding_open on samen_aanmelding (gemeente_id, aangemeld_op) where besluit is null`.execute(
    db,
  );
  await sql`create table samen_buur (
    dossier_id uuid primary key,
    gemeente_id uuid not null,
    soort text not null check (soort in ('vrijwilliger', 'buurtbewoner')),
    goedgekeurd_op timestamptz not null,
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table samen_buur`.execute(db);
  await sql`drop table samen_aanmelding`.execute(db);
  await sql`delete from account where rol = 'buur'`.execute(db);
  await sql`alter table account drop constraint account_rol_check`.execute(db);
  await sql`alter table account add constraint account_rol_check
    check (rol in ('inwoner', 'naaste', 'professional', 'beheerder', 'analist'))`.execute(db);
}
