import { type Kysely, sql } from 'kysely';

/**
 * Netwerkkaart (issue 19): the people on a resident's map, the proposals of grantees with
 * `voorstellen`, the map's own state (her choice in the summary) and dated versions of the map.
 * See src/netwerk/README.md for what each column means. Names, notes, proposals and versions are
 * stored encrypted under the resident's data key (docs/decisions/020): the text columns hold
 * `v1.…` and the app keeps the length limits.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table netwerk_kaart (
    gemeente_id uuid not null,
    dossier_id uuid not null primary key,
    samenvatting text check (samenvatting in ('genoeg-en-vraagt', 'genoeg-vraagt-niet', 'te-weinig')),
    versie integer not null default 1,
    updated_at timestamptz not null default now(),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);

  await sql`create table netwerk_persoon (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    naam text not null check (char_length(naam) between 1 and 12000),
    naam_zichtbaar boolean not null default false,
    relatie text not null check (relatie ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(relatie) <= 40),
    cirkel text not null check (cirkel in ('heel-dichtbij', 'dichtbij', 'verder-weg')),
    contact text not null check (contact in ('dagelijks', 'wekelijks', 'maandelijks', 'minder')),
    dichtbij boolean not null,
    krijgt text[] not null default '{}',
    geeft text[] not null default '{}',
    helpt_bij text[] not null default '{}',
    eigen_problemen boolean not null default false,
    zwaar_belast boolean not null default false,
    liever_niet boolean not null default false,
    liever_niet_reden text check (liever_niet_reden in ('schaamte', 'gelijk-houden', 'niet-tot-last', 'anders')),
    kost_energie boolean not null default false,
    notitie text not null default '' check (char_length(notitie) <= 12000),
    account_id uuid references account(id) on delete set null,
    versie integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (gemeente_id, id),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    check (liever_niet or liever_niet_reden is null)
  )`.execute(db);
  await sql`create index netwerk_persoon_dossier_idx on netwerk_persoon (dossier_id, created_at)`.execute(db);

  await sql`create table netwerk_voorstel (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    persoon_id uuid,
    persoon_versie integer,
    auteur_account_id uuid not null,
    gegevens text not null check (char_length(gegevens) <= 24000),
    status text not null default 'open' check (status in ('open', 'aanvaard', 'afgewezen')),
    created_at timestamptz not null default now(),
    besloten_at timestamptz,
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, persoon_id) references netwerk_persoon(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, auteur_account_id) references account(gemeente_id, id) on delete cascade,
    check ((persoon_id is null) = (persoon_versie is null)),
    check ((status = 'open') = (besloten_at is null))
  )`.execute(db);
  await sql`create index netwerk_voorstel_dossier_idx on netwerk_voorstel (dossier_id, status)`.execute(db);

  // A dated copy of the whole map after every change: the comparison reads "the map as it was".
  await sql`create table netwerk_versie (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    op timestamptz not null,
    personen text not null,
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index netwerk_versie_dossier_idx on netwerk_versie (dossier_id, op)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table netwerk_versie`.execute(db);
  await sql`drop table netwerk_voorstel`.execute(db);
  await sql`drop table netwerk_persoon`.execute(db);
  await sql`drop table netwerk_kaart`.execute(db);
}
