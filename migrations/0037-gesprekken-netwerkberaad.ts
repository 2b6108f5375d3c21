import { type Kysely, sql } from 'kysely';

/**
 * Netwerkberaad (issue 13 item 5, Eigen Kracht-style): one optional meeting per gesprek that the
 * resident calls with people from her network map. `inhoud` (agenda, the information part, the
 * network's agreements, one JSON document) and `reactie` hold ciphertext (`v1.…`,
 * docs/decisions/020); `eigen_tijd_sinds` is set while the network has its private time. Each
 * invited person is a row of `gesprek_beraad_genodigde` that exists only with her consent for
 * that person (`toestemming_at`); the e-mailed link is stored as a hash; what the person offers
 * (`aanbod`) is encrypted. See src/gesprekken/README.md.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table gesprek_beraad (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    gesprek_id uuid not null unique references gesprek(id) on delete cascade,
    datum text not null check (datum ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    inhoud text not null check (char_length(inhoud) <= 200000),
    eigen_tijd_sinds timestamptz,
    besluit text check (besluit in ('akkoord', 'oneens')),
    besloten_at timestamptz,
    check ((besluit is null) = (besloten_at is null)),
    reactie text not null default '' check (char_length(reactie) <= 20000),
    doelen_voorgesteld_at timestamptz,
    versie integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index gesprek_beraad_dossier_idx on gesprek_beraad (dossier_id)`.execute(db);

  await sql`create table gesprek_beraad_genodigde (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    beraad_id uuid not null references gesprek_beraad(id) on delete cascade,
    persoon_id uuid not null references netwerk_persoon(id) on delete cascade,
    toestemming_at timestamptz not null,
    token_hash text unique,
    antwoord text check (antwoord in ('komt', 'komt-niet')),
    aanbod text not null default '' check (char_length(aanbod) <= 20000),
    beantwoord_at timestamptz,
    created_at timestamptz not null default now(),
    unique (beraad_id, persoon_id),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index gesprek_beraad_genodigde_dossier_idx on gesprek_beraad_genodigde (dossier_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table gesprek_beraad_genodigde`.execute(db);
  await sql`drop table gesprek_beraad`.execute(db);
}
