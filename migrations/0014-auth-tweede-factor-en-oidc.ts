import { type Kysely, sql } from 'kysely';

/**
 * Logging in with a second factor and through a gemeente's identity broker (src/auth/
 * tweede-factor/, src/auth/oidc/; docs/decisions/021 and 022):
 * - `tweede_factor`: an account's TOTP secret, encrypted (`geheim`, under the key derived for
 *   account secrets, with the id of the master key it came from), and a secret being set up
 *   (`nieuw_geheim`) until its first code is typed. `laatste_stap` is the last time step used:
 *   a code is accepted once.
 * - `herstelcode`: ten one-time recovery codes per account, hashed like passwords.
 * - `session.tweede_factor_at`: when this session passed the second factor (per session only).
 * - `account_gebeurtenis`: security events of accounts (second factor set up, wrong code,
 *   recovery code used, reset by a beheerder, logged in through OIDC), append-only like the
 *   audit trail. Ids and kinds only.
 * - `oidc_aanvraag`: a login started at an identity broker: state (hashed), nonce and PKCE
 *   verifier, bound to the browser that started it (hash of a cookie), for ten minutes.
 * - `account_oidc`: the `sub` of an identity broker linked to an account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table tweede_factor (
    account_id uuid primary key,
    gemeente_id uuid not null,
    geheim text,
    geheim_meester_id text,
    nieuw_geheim text,
    nieuw_meester_id text,
    laatste_stap bigint,
    bevestigd_at timestamptz,
    created_at timestamptz not null default now(),
    foreign key (gemeente_id, account_id) references account(gemeente_id, id) on delete cascade,
    check ((geheim is null) = (geheim_meester_id is null)),
    check ((nieuw_geheim is null) = (nieuw_meester_id is null))
  )`.execute(db);

  await sql`create table herstelcode (
    id uuid primary key default gen_random_uuid(),
    account_id uuid not null,
    gemeente_id uuid not null,
    hash text not null,
    gebruikt_at timestamptz,
    created_at timestamptz not null default now(),
    foreign key (gemeente_id, account_id) references account(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index herstelcode_account_idx on herstelcode (account_id)`.execute(db);

  await sql`alter table session add column tweede_factor_at timestamptz`.execute(db);

  await sql`create table account_gebeurtenis (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null,
    account_id uuid not null,
    door_account_id uuid,
    soort text not null check (soort in (
      'tweede-factor-ingesteld', 'tweede-factor-gelukt', 'tweede-factor-mislukt',
      'tweede-factor-te-vaak', 'herstelcode-gebruikt', 'herstelcode-mislukt',
      'tweede-factor-gereset', 'oidc-ingelogd', 'oidc-gekoppeld'
    )),
    occurred_at timestamptz not null
  )`.execute(db);
  await sql`create index account_gebeurtenis_account_idx on account_gebeurtenis (account_id, occurred_at)`.execute(
    db,
  );
  await sql`create function account_gebeurtenis_alleen_erbij() returns trigger language plpgsql as $$
    begin raise exception 'account_gebeurtenis is append-only'; end $$`.execute(db);
  await sql`create trigger account_gebeurtenis_alleen_erbij before update or delete on account_gebeurtenis
    for each row execute function account_gebeurtenis_alleen_erbij()`.execute(db);
  await sql`create trigger account_gebeurtenis_geen_truncate before truncate on account_gebeurtenis
    for each statement execute function account_gebeurtenis_alleen_erbij()`.execute(db);

  await sql`create table oidc_aanvraag (
    id text primary key,
    gemeente_id uuid not null,
    dienst text not null,
    browser text not null,
    nonce text not null,
    code_verifier text not null,
    terug text,
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
  )`.execute(db);

  await sql`create table account_oidc (
    gemeente_id uuid not null,
    dienst text not null,
    sub text not null,
    account_id uuid not null,
    created_at timestamptz not null default now(),
    primary key (gemeente_id, dienst, sub),
    foreign key (gemeente_id, account_id) references account(gemeente_id, id) on delete cascade
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table account_oidc`.execute(db);
  await sql`drop table oidc_aanvraag`.execute(db);
  await sql`drop table account_gebeurtenis`.execute(db);
  await sql`drop function account_gebeurtenis_alleen_erbij()`.execute(db);
  await sql`alter table session drop column tweede_factor_at`.execute(db);
  await sql`drop table herstelcode`.execute(db);
  await sql`drop table tweede_factor`.execute(db);
}
