import { type Kysely, sql } from 'kysely';

/**
 * Mijn plan (issue 11): the resident's support plan — goals in her own words, actions per goal
 * with who does them, progress notes, proposals of grantees with `voorstellen`, and the plan's
 * own state (the regievoerder she chose). Dates are calendar days as text (`YYYY-MM-DD`), the
 * same on both engines. See src/plan/README.md for every column. All free
 * text is stored encrypted under the resident's data key (docs/decisions/020): the text columns
 * hold `v1.…` and the app keeps the length limits.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table plan_stand (
    gemeente_id uuid not null,
    dossier_id uuid not null primary key,
    regievoerder_account_id uuid references account(id) on delete set null,
    versie integer not null default 1,
    updated_at timestamptz not null default now(),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);

  await sql`create table plan_doel (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    tekst text not null check (char_length(tekst) between 1 and 12000),
    waarom text not null default '' check (char_length(waarom) <= 12000),
    gelukt_als text not null default '' check (char_length(gelukt_als) <= 12000),
    levensgebieden text[] not null default '{}',
    aanleiding text check (aanleiding in ('regie-spiegel', 'zelfbeoordeling', 'keukentafelgesprek')),
    evaluatie_op text check (evaluatie_op ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    versie integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (gemeente_id, id),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index plan_doel_dossier_idx on plan_doel (dossier_id, created_at)`.execute(db);

  await sql`create table plan_actie (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    doel_id uuid not null,
    wat text not null check (char_length(wat) between 1 and 12000),
    doener text not null check (doener in ('ikzelf', 'netwerk', 'vrijwilliger', 'professional')),
    netwerk_persoon_id uuid references netwerk_persoon(id) on delete set null,
    doener_naam text not null default '' check (char_length(doener_naam) <= 12000),
    doener_account_id uuid references account(id) on delete set null,
    wanneer text check (wanneer ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    status text not null default 'nog-niet' check (status in ('nog-niet', 'bezig', 'gelukt', 'gestopt')),
    status_waarom text not null default '' check (char_length(status_waarom) <= 12000),
    evaluatie_op text check (evaluatie_op ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    versie integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (gemeente_id, id),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, doel_id) references plan_doel(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index plan_actie_doel_idx on plan_actie (doel_id, created_at)`.execute(db);
  await sql`create index plan_actie_dossier_idx on plan_actie (dossier_id)`.execute(db);

  await sql`create table plan_notitie (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    actie_id uuid not null,
    auteur_account_id uuid references account(id) on delete set null,
    tekst text not null check (char_length(tekst) between 1 and 12000),
    created_at timestamptz not null default now(),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, actie_id) references plan_actie(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index plan_notitie_actie_idx on plan_notitie (actie_id, created_at)`.execute(db);

  await sql`create table plan_voorstel (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    soort text not null check (soort in ('doel', 'actie')),
    doel_id uuid,
    actie_id uuid,
    basis_versie integer,
    auteur_account_id uuid not null,
    gegevens text not null check (char_length(gegevens) <= 48000),
    status text not null default 'open' check (status in ('open', 'aanvaard', 'afgewezen')),
    created_at timestamptz not null default now(),
    besloten_at timestamptz,
    besloten_door uuid references account(id) on delete set null,
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, doel_id) references plan_doel(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, actie_id) references plan_actie(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, auteur_account_id) references account(gemeente_id, id) on delete cascade,
    check (soort = 'actie' or actie_id is null),
    check (soort = 'doel' or doel_id is not null),
    check ((status = 'open') = (besloten_at is null))
  )`.execute(db);
  await sql`create index plan_voorstel_dossier_idx on plan_voorstel (dossier_id, status)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table plan_voorstel`.execute(db);
  await sql`drop table plan_notitie`.execute(db);
  await sql`drop table plan_actie`.execute(db);
  await sql`drop table plan_doel`.execute(db);
  await sql`drop table plan_stand`.execute(db);
}
