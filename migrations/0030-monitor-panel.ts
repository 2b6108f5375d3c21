import { type Kysely, sql } from 'kysely';

/**
 * Monitor panel (issue 15): panel members, peilingen (surveys) built from the levensgebieden
 * catalog and a question bank, one-time invitations, and the answers — stored apart from who
 * gave them (docs/decisions/032).
 *
 * Every table carries its gemeente_id, as every table of a gemeente's data does (tenants.test.ts);
 * it says nothing about a member.
 * - `panel_lid` knows who is in the panel (name, e-mail) and how to leave (a hashed link).
 * - `peiling_uitnodiging` knows, per member, only whether she still has to answer: a hashed
 *   one-time token, its end, and "used" as a yes/no — no time of use, no reference to answers.
 * - `peiling_inzending` / `peiling_antwoord` hold the answers: no member, no token, no account,
 *   only the day of submission. `peiling_open_antwoord` holds open answers apart again, even
 *   from the submission they came with, until the review step has removed identifying details.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table panel_lid (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    naam text not null check (char_length(naam) between 1 and 200),
    email text not null check (char_length(email) between 3 and 320),
    afmeld_hash text not null unique,
    created_at timestamptz not null default now(),
    unique (gemeente_id, email)
  )`.execute(db);

  await sql`create table peiling (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    titel text not null check (char_length(titel) between 1 and 200),
    vragen text[] not null check (cardinality(vragen) between 1 and 60),
    sluit_op date not null,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index peiling_gemeente_idx on peiling (gemeente_id)`.execute(db);

  await sql`create table peiling_uitnodiging (
    token_hash text primary key,
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    peiling_id uuid not null references peiling(id) on delete cascade,
    lid_id uuid references panel_lid(id) on delete set null,
    verloopt_op timestamptz not null,
    gebruikt boolean not null default false
  )`.execute(db);
  await sql`create index peiling_uitnodiging_peiling_idx on peiling_uitnodiging (peiling_id)`.execute(db);

  await sql`create table peiling_inzending (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    peiling_id uuid not null references peiling(id) on delete cascade,
    geholpen boolean not null,
    ingediend_op date not null
  )`.execute(db);
  await sql`create index peiling_inzending_peiling_idx on peiling_inzending (peiling_id)`.execute(db);

  await sql`create table peiling_antwoord (
    inzending_id uuid not null references peiling_inzending(id) on delete cascade,
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    vraag text not null check (char_length(vraag) between 1 and 120),
    waarden text[] not null default '{}' check (cardinality(waarden) <= 20),
    weet_niet boolean not null default false,
    primary key (inzending_id, vraag)
  )`.execute(db);

  await sql`create table peiling_open_antwoord (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    peiling_id uuid not null references peiling(id) on delete cascade,
    vraag text not null check (char_length(vraag) between 1 and 120),
    tekst text not null check (char_length(tekst) between 1 and 4000),
    beoordeeld boolean not null default false
  )`.execute(db);
  await sql`create index peiling_open_antwoord_peiling_idx on peiling_open_antwoord (peiling_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table peiling_open_antwoord`.execute(db);
  await sql`drop table peiling_antwoord`.execute(db);
  await sql`drop table peiling_inzending`.execute(db);
  await sql`drop table peiling_uitnodiging`.execute(db);
  await sql`drop table peiling`.execute(db);
  await sql`drop table panel_lid`.execute(db);
}
