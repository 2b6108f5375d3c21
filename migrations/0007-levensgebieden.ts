import { type Kysely, sql } from 'kysely';

/**
 * Levensgebieden (life domains): a versioned catalog per gemeente, the assessments of a record
 * (the resident's own view and the views of naasten and professionals), their answers per
 * domain, and the resident's setting whether others see her answers before giving their own.
 * See src/levensgebieden/README.md for what each column means.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A catalog version never changes once written: a beheerder's change makes the next version.
  await sql`create table levensgebied_catalogus (
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    versie integer not null check (versie >= 1),
    created_at timestamptz not null default now(),
    created_by_account_id uuid,
    primary key (gemeente_id, versie)
  )`.execute(db);

  await sql`create table levensgebied (
    gemeente_id uuid not null,
    catalogus_versie integer not null,
    code text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 40),
    naam text check (naam is null or length(naam) between 1 and 80),
    uitleg text check (uitleg is null or length(uitleg) <= 300),
    icoon text not null,
    volgorde integer not null,
    verborgen boolean not null default false,
    primary key (gemeente_id, catalogus_versie, code),
    unique (gemeente_id, catalogus_versie, volgorde),
    foreign key (gemeente_id, catalogus_versie)
      references levensgebied_catalogus(gemeente_id, versie) on delete cascade
  )`.execute(db);

  await sql`create table levensgebieden_instelling (
    gemeente_id uuid not null,
    dossier_id uuid not null primary key,
    anderen_zien_eerst boolean not null default false,
    versie integer not null default 1,
    updated_at timestamptz not null default now(),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);

  await sql`create table beoordeling (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null,
    dossier_id uuid not null,
    catalogus_versie integer not null,
    auteur_account_id uuid not null,
    perspectief text not null check (perspectief in ('eigen', 'ander')),
    status text not null check (status in ('concept', 'afgerond')),
    versie integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    afgerond_at timestamptz,
    unique (gemeente_id, id),
    unique (gemeente_id, id, catalogus_versie),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, catalogus_versie) references levensgebied_catalogus(gemeente_id, versie),
    foreign key (gemeente_id, auteur_account_id) references account(gemeente_id, id) on delete cascade,
    check ((status = 'afgerond') = (afgerond_at is not null))
  )`.execute(db);
  // One draft per person per record: coming back continues it.
  await sql`create unique index beoordeling_concept_idx on beoordeling (dossier_id, auteur_account_id)
    where status = 'concept'`.execute(db);
  await sql`create index beoordeling_dossier_idx on beoordeling (dossier_id, afgerond_at)`.execute(db);

  // An answer can only be about a domain of the assessment's own catalog version (the foreign
  // keys say so), so an old or foreign domain code cannot be stored even by a faulty caller.
  await sql`create table beoordeling_antwoord (
    gemeente_id uuid not null,
    beoordeling_id uuid not null,
    catalogus_versie integer not null,
    code text not null,
    score smallint check (score between 1 and 5),
    weet_niet boolean not null default false,
    wie_helpt text[] not null default '{}',
    doel text not null default '' check (length(doel) <= 1000),
    belang text check (belang in ('niet', 'beetje', 'erg')),
    goed_gaat text not null default '' check (length(goed_gaat) <= 1000),
    trots text not null default '' check (length(trots) <= 1000),
    updated_at timestamptz not null default now(),
    primary key (beoordeling_id, code),
    foreign key (gemeente_id, beoordeling_id, catalogus_versie)
      references beoordeling(gemeente_id, id, catalogus_versie) on delete cascade,
    foreign key (gemeente_id, catalogus_versie, code)
      references levensgebied(gemeente_id, catalogus_versie, code),
    check (not (weet_niet and score is not null)),
    check (wie_helpt <@ array['ikzelf', 'netwerk', 'vrijwilliger', 'professional']::text[])
  )`.execute(db);
}
