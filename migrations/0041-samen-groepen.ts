import { type Kysely, sql } from 'kysely';

/**
 * Samen groups (issue 14, item 4): buurtcirkels (8–12 neighbours with a coach) and lotgenoten
 * groups (led by an ervaringsdeskundige). A group is proposed by the grouping rule to people with
 * the same request near each other; each member joins or declines; contact details are shared
 * among those who joined once the group starts. A meeting place is a location of the sociale kaart
 * (its id and a copy of its name and address, so the group page does not break when the map
 * changes). A report can now be about a group instead of a proposal. See
 * src/samen/groepen/README.md and docs/decisions/044.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table samen_groep (
    id uuid primary key,
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    soort text not null check (soort in ('buurtcirkel', 'lotgenoten')),
    thema text not null check (char_length(thema) between 1 and 60),
    coordinator_account_id uuid not null references account(id) on delete cascade,
    leider_account_id uuid not null references account(id) on delete cascade,
    plek_id text check (char_length(plek_id) <= 200),
    plek_naam text check (char_length(plek_naam) <= 200),
    plek_adres text check (char_length(plek_adres) <= 300),
    gemaakt_op timestamptz not null,
    verloopt_op timestamptz not null,
    gestart_op timestamptz,
    versie integer not null default 1
  )`.execute(db);
  await sql`create index samen_groep_gemeente_idx on samen_groep (gemeente_id, gemaakt_op)`.execute(db);

  await sql`create table samen_groep_lid (
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    groep_id uuid not null references samen_groep(id) on delete cascade,
    dossier_id uuid not null references samen_deelnemer(dossier_id) on delete cascade,
    antwoord text not null default 'open' check (antwoord in ('open', 'ja', 'nee', 'verwijderd')),
    geantwoord_op timestamptz,
    primary key (groep_id, dossier_id)
  )`.execute(db);
  await sql`create index samen_groep_lid_dossier_idx on samen_groep_lid (dossier_id)`.execute(db);

  await sql`alter table samen_melding add column groep_id uuid references samen_groep(id) on delete set null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table samen_melding drop column groep_id`.execute(db);
  await sql`drop table samen_groep_lid`.execute(db);
  await sql`drop table samen_groep`.execute(db);
}
