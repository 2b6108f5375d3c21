import { type Kysely, sql } from 'kysely';

/**
 * Keukentafelgesprek (issue 13): a request for support (melding) with its legal deadlines and
 * the resident's preparation. Dates are calendar days as text (`YYYY-MM-DD`), the same on both
 * engines. The free text (`voorbereiding`, one JSON document) holds ciphertext (`v1.…`,
 * docs/decisions/020). See src/gesprekken/README.md.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The gemeente's legal deadlines (Wmo 2015: 7 days for the persoonlijk plan, 6 weeks for the
  // investigation) and how many days before one the professional is reminded.
  await sql`create table gesprek_instelling (
    gemeente_id uuid primary key references gemeente(id) on delete cascade,
    plan_dagen integer not null default 7 check (plan_dagen between 1 and 90),
    onderzoek_dagen integer not null default 42 check (onderzoek_dagen between 1 and 365),
    herinner_dagen integer not null default 2 check (herinner_dagen between 0 and 30),
    version integer not null default 1,
    updated_at timestamptz not null default now()
  )`.execute(db);

  await sql`create table gesprek (
    id uuid primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    gemeld_op text not null check (gemeld_op ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    plan_uiterlijk text not null check (plan_uiterlijk ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    onderzoek_uiterlijk text not null check (onderzoek_uiterlijk ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    check (plan_uiterlijk >= gemeld_op and onderzoek_uiterlijk >= gemeld_op),
    gemeld_door uuid references account(id) on delete set null,
    voorbereiding text not null default '' check (char_length(voorbereiding) <= 96000),
    plan_ingediend_op text check (plan_ingediend_op ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    versie integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (gemeente_id, id),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index gesprek_dossier_idx on gesprek (dossier_id, created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table gesprek`.execute(db);
  await sql`drop table gesprek_instelling`.execute(db);
}
