import { type Kysely, sql } from 'kysely';

/**
 * Samen (issue 14): neighbours who help each other. Per record: taking part (first name and
 * neighbourhood as shown to a match, a PC4 centroid, travel distance, day parts, contact details
 * encrypted), what she offers and what she asks (skills plus encrypted free text), whom she
 * blocked. Across records: proposals (a pair, a circle of three, one-way help) with each
 * member's answer and expiry, the help inside them with both sides' "it happened", reports for
 * the coordinator, and which accounts coordinate. See src/samen/README.md and decision 030.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table samen_deelnemer (
    dossier_id uuid primary key,
    gemeente_id uuid not null,
    voornaam text not null check (char_length(voornaam) between 1 and 60),
    wijk text not null check (char_length(wijk) between 1 and 80),
    postcode text not null check (postcode ~ '^[1-9][0-9]{3}$'),
    lat double precision not null check (lat between -90 and 90),
    lon double precision not null check (lon between -180 and 180),
    max_km double precision not null check (max_km between 0 and 25),
    dagdelen integer not null check (dagdelen > 0 and dagdelen < 2097152),
    geboortejaar integer not null check (geboortejaar between 1900 and 2100),
    geslacht text check (geslacht in ('v', 'm', 'x')),
    alleen_vrouwen boolean not null default false,
    contact text not null check (char_length(contact) <= 4000),
    gepauzeerd_op timestamptz,
    identiteit_gecontroleerd_op timestamptz,
    vog_gecontroleerd_op timestamptz,
    versie integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index samen_deelnemer_gemeente_idx on samen_deelnemer (gemeente_id)`.execute(db);

  await sql`create table samen_wens (
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    dossier_id uuid not null references samen_deelnemer(dossier_id) on delete cascade,
    soort text not null check (soort in ('aanbod', 'vraag')),
    vaardigheden text[] not null check (cardinality(vaardigheden) between 1 and 30),
    toelichting text check (char_length(toelichting) <= 4000),
    frequentie text not null check (frequentie in ('eenmalig', 'regelmatig')),
    vorm text not null check (vorm in ('een-op-een', 'groep')),
    updated_at timestamptz not null default now(),
    primary key (dossier_id, soort)
  )`.execute(db);

  await sql`create table samen_blokkade (
    gemeente_id uuid not null,
    door_dossier_id uuid not null references samen_deelnemer(dossier_id) on delete cascade,
    geblokkeerd_dossier_id uuid not null references samen_deelnemer(dossier_id) on delete cascade,
    op timestamptz not null,
    primary key (door_dossier_id, geblokkeerd_dossier_id)
  )`.execute(db);

  await sql`create table samen_voorstel (
    id uuid primary key,
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    soort text not null check (soort in ('paar', 'kring', 'eenrichting')),
    gemaakt_op timestamptz not null,
    verloopt_op timestamptz not null
  )`.execute(db);
  await sql`create index samen_voorstel_gemeente_idx on samen_voorstel (gemeente_id, gemaakt_op)`.execute(db);

  await sql`create table samen_lid (
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    voorstel_id uuid not null references samen_voorstel(id) on delete cascade,
    dossier_id uuid not null references samen_deelnemer(dossier_id) on delete cascade,
    volgorde integer not null check (volgorde between 0 and 2),
    antwoord text not null default 'open' check (antwoord in ('open', 'ja', 'nee')),
    geantwoord_op timestamptz,
    primary key (voorstel_id, dossier_id),
    unique (voorstel_id, volgorde)
  )`.execute(db);
  await sql`create index samen_lid_dossier_idx on samen_lid (dossier_id)`.execute(db);

  await sql`create table samen_hulp (
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    voorstel_id uuid not null references samen_voorstel(id) on delete cascade,
    van_dossier_id uuid not null references samen_deelnemer(dossier_id) on delete cascade,
    naar_dossier_id uuid not null references samen_deelnemer(dossier_id) on delete cascade,
    vaardigheid text not null check (char_length(vaardigheid) between 1 and 60),
    gever_bevestigd_op timestamptz,
    ontvanger_bevestigd_op timestamptz,
    primary key (voorstel_id, van_dossier_id)
  )`.execute(db);

  // A report names a reason from a fixed list, no free text: the coordinator reads no story.
  await sql`create table samen_melding (
    id uuid primary key,
    gemeente_id uuid not null,
    door_dossier_id uuid not null references samen_deelnemer(dossier_id) on delete cascade,
    over_dossier_id uuid not null references samen_deelnemer(dossier_id) on delete cascade,
    voorstel_id uuid references samen_voorstel(id) on delete set null,
    reden text not null check (reden in ('onveilig', 'ongepast', 'niet-gekomen', 'anders')),
    op timestamptz not null,
    afgehandeld_op timestamptz
  )`.execute(db);
  await sql`create index samen_melding_gemeente_idx on samen_melding (gemeente_id, op)`.execute(db);

  // Which accounts (professionals) coordinate Samen in their gemeente (decision 030).
  await sql`create table samen_coordinator (
    gemeente_id uuid not null,
    account_id uuid not null references account(id) on delete cascade,
    primary key (gemeente_id, account_id)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const tabel of [
    'samen_coordinator',
    'samen_melding',
    'samen_hulp',
    'samen_lid',
    'samen_voorstel',
    'samen_blokkade',
    'samen_wens',
    'samen_deelnemer',
  ])
    await sql`drop table ${sql.table(tabel)}`.execute(db);
}
