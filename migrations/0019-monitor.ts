import { type Kysely, sql } from 'kysely';

/**
 * Monitor (issue 15): the gemeente's rules for publishing figures (minimum count, margin of the
 * attacker check, the level and list of areas), and a resident's choice to let her completed
 * levensgebieden assessments count ("meetellen"). Her choice is part of her record: exported
 * with it and gone with it. It holds no id but the record's own, a birth-year band (ten years),
 * an area at the gemeente's level and a gender she may leave open; the figures are sums of it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table monitor_instelling (
    gemeente_id uuid primary key references gemeente(id) on delete cascade,
    minimum integer not null default 10 check (minimum between 5 and 1000),
    marge integer not null default 10 check (marge between 1 and 1000),
    gebied_niveau text not null default 'wijk' check (gebied_niveau in ('gemeente', 'stadsdeel', 'wijk')),
    gebieden text[] not null default '{}' check (cardinality(gebieden) <= 200),
    versie integer not null default 1,
    updated_at timestamptz not null default now()
  )`.execute(db);

  await sql`create table monitor_deelname (
    dossier_id uuid primary key,
    gemeente_id uuid not null,
    geboortejaren text not null check (geboortejaren ~ '^(19|20)[0-9]0$'),
    gebied text check (gebied is null or char_length(gebied) between 1 and 80),
    geslacht text not null check (geslacht in ('man', 'vrouw', 'anders', 'onbekend')),
    versie integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index monitor_deelname_gemeente_idx on monitor_deelname (gemeente_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table monitor_deelname`.execute(db);
  await sql`drop table monitor_instelling`.execute(db);
}
