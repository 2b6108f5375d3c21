import { type Kysely, sql } from 'kysely';

/**
 * Waakvlam (issue 12, items 5–7): the resident's signaleringsplan with its current phase and
 * intensity, the check-ins sent to her (a single-use token per check-in, stored as a hash) and
 * every move of the phase or intensity. See src/waakvlam/README.md. The plan's texts and the
 * check-in answers are stored encrypted under the resident's data key (docs/decisions/020).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table waakvlam_plan (
    gemeente_id uuid not null,
    dossier_id uuid not null primary key,
    fasen text not null check (char_length(fasen) <= 60000),
    gebieden text[] not null default '{}',
    interval_dagen integer not null check (interval_dagen between 1 and 60),
    stilte_dagen integer check (stilte_dagen between 1 and 120),
    afschaal_na integer not null default 3 check (afschaal_na between 1 and 20),
    gekozen uuid[] not null default '{}',
    alleen_fase uuid[] not null default '{}',
    fase text not null default 'goed' check (fase in ('goed', 'let-op', 'crisis')),
    intensiteit integer not null default 1 check (intensiteit between 1 and 3),
    volgende_checkin_op timestamptz not null,
    stilte_gemeld_op timestamptz,
    versie integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index waakvlam_plan_volgende_idx on waakvlam_plan (volgende_checkin_op)`.execute(db);

  await sql`create table waakvlam_checkin (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    verstuurd_op timestamptz not null,
    verloopt_op timestamptz not null,
    beantwoord_op timestamptz,
    antwoorden text check (char_length(antwoorden) <= 24000),
    fase text check (fase in ('goed', 'let-op', 'crisis')),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    check ((beantwoord_op is null) = (antwoorden is null)),
    check ((beantwoord_op is null) = (fase is null))
  )`.execute(db);
  await sql`create index waakvlam_checkin_dossier_idx on waakvlam_checkin (dossier_id, verstuurd_op)`.execute(
    db,
  );

  // Every move up or down is kept: the history chart and the notifications read it.
  await sql`create table waakvlam_overgang (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    op timestamptz not null,
    van text check (van in ('goed', 'let-op', 'crisis')),
    naar text not null check (naar in ('goed', 'let-op', 'crisis')),
    intensiteit integer not null check (intensiteit between 1 and 3),
    reden text not null check (reden in ('start', 'checkin', 'afschalen', 'stilte')),
    checkin_id uuid references waakvlam_checkin(id) on delete set null,
    gemeld_op timestamptz,
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index waakvlam_overgang_dossier_idx on waakvlam_overgang (dossier_id, op)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table waakvlam_overgang`.execute(db);
  await sql`drop table waakvlam_checkin`.execute(db);
  await sql`drop table waakvlam_plan`.execute(db);
}
