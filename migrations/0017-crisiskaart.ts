import { type Kysely, sql } from 'kysely';

/**
 * Crisiskaart (issue 12, items 1–4): the resident's own crisis card and the longer crisisplan
 * (one encrypted JSON text, each part marked "op de kaart" or not), proposals of grantees with
 * `voorstellen`, and the practical agreements with people on her network map, each confirmed by
 * that person (a one-time e-mail link or in the app). See src/crisiskaart/README.md. Free text is
 * stored encrypted under the resident's data key (docs/decisions/020).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table crisiskaart (
    gemeente_id uuid not null,
    dossier_id uuid not null primary key,
    inhoud text not null check (char_length(inhoud) <= 60000),
    naam text not null check (char_length(naam) <= 2000),
    gemaakt_op timestamptz not null,
    gecontroleerd_op timestamptz not null,
    herinnerd_op timestamptz,
    versie integer not null default 1,
    updated_at timestamptz not null default now(),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index crisiskaart_gecontroleerd_idx on crisiskaart (gecontroleerd_op)`.execute(db);

  await sql`create table crisiskaart_voorstel (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    auteur_account_id uuid not null,
    kaart_versie integer not null,
    gegevens text not null check (char_length(gegevens) <= 60000),
    status text not null default 'open' check (status in ('open', 'aanvaard', 'afgewezen')),
    created_at timestamptz not null default now(),
    besloten_at timestamptz,
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, auteur_account_id) references account(gemeente_id, id) on delete cascade,
    check ((status = 'open') = (besloten_at is null))
  )`.execute(db);
  await sql`create index crisiskaart_voorstel_dossier_idx on crisiskaart_voorstel (dossier_id, status)`.execute(
    db,
  );

  // A practical task during a crisis, taken on by someone on her network map. The link's token
  // is stored as a hash only, and cleared once used: a second click finds nothing to write.
  await sql`create table crisiskaart_afspraak (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    persoon_id uuid not null,
    taak text not null check (taak in ('kinderen', 'huisdieren', 'planten', 'post', 'rekeningen', 'werk', 'anders')),
    toelichting text not null default '' check (char_length(toelichting) <= 12000),
    status text not null default 'gevraagd' check (status in ('gevraagd', 'afgesproken', 'afgewezen')),
    token_hash text unique,
    token_verloopt timestamptz,
    gebruikt_hash text unique,
    versie integer not null default 1,
    created_at timestamptz not null default now(),
    besloten_at timestamptz,
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, persoon_id) references netwerk_persoon(gemeente_id, id) on delete cascade,
    check ((status = 'gevraagd') = (besloten_at is null)),
    check ((token_hash is null) = (token_verloopt is null))
  )`.execute(db);
  await sql`create index crisiskaart_afspraak_dossier_idx on crisiskaart_afspraak (dossier_id, created_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table crisiskaart_afspraak`.execute(db);
  await sql`drop table crisiskaart_voorstel`.execute(db);
  await sql`drop table crisiskaart`.execute(db);
}
