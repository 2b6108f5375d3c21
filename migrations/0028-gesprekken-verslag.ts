import { type Kysely, sql } from 'kysely';

/**
 * Keukentafelgesprek, the talk and its report (issue 13). The professional's notes of the
 * talk live on the `gesprek` row (one JSON document, encrypted, with its own version so notes
 * and her preparation do not overwrite each other). Every version of the report is a row of
 * `gesprek_verslag` that is never changed except for her decision: at most one version per
 * gesprek carries it (`besluit`: `akkoord` or `oneens` with her reaction), and that version is
 * the final one. See src/gesprekken/README.md.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table gesprek add column aantekeningen text not null default ''
    check (char_length(aantekeningen) <= 200000)`.execute(db);
  await sql`alter table gesprek add column aantekeningen_versie integer not null default 1`.execute(db);

  await sql`create table gesprek_verslag (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    gesprek_id uuid not null references gesprek(id) on delete cascade,
    nummer integer not null check (nummer >= 1),
    inhoud text not null check (char_length(inhoud) <= 200000),
    reactie text not null default '' check (char_length(reactie) <= 20000),
    auteur_account_id uuid references account(id) on delete set null,
    auteur_rol text not null check (auteur_rol in ('inwoner', 'naaste', 'professional')),
    besluit text check (besluit in ('akkoord', 'oneens')),
    besloten_at timestamptz,
    check ((besluit is null) = (besloten_at is null)),
    doelen_voorgesteld_at timestamptz,
    created_at timestamptz not null default now(),
    unique (gesprek_id, nummer),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
  // Only one version of a report becomes final.
  await sql`create unique index gesprek_verslag_definitief_idx on gesprek_verslag (gesprek_id)
    where besluit is not null`.execute(db);
  await sql`create index gesprek_verslag_dossier_idx on gesprek_verslag (dossier_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table gesprek_verslag`.execute(db);
  await sql`alter table gesprek drop column aantekeningen_versie`.execute(db);
  await sql`alter table gesprek drop column aantekeningen`.execute(db);
}
