import { type Kysely, sql } from 'kysely';

/**
 * Foundation: tenants (gemeenten), organisations, accounts, sessions, one-time tokens,
 * login throttling and the mail outbox. Plain SQL that PostgreSQL 15+ and PGlite
 * both run. Every row that belongs to a person carries gemeente_id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table gemeente (
    id uuid primary key default gen_random_uuid(),
    code text not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
    naam text not null,
    hostnames text[] not null default '{}',
    thema jsonb not null default '{}',
    created_at timestamptz not null default now()
  )`.execute(db);

  await sql`create table organisatie (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null references gemeente(id),
    naam text not null,
    created_at timestamptz not null default now(),
    unique (gemeente_id, id)
  )`.execute(db);

  await sql`create table account (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null references gemeente(id),
    email text not null check (email = lower(email)),
    naam text not null,
    rol text not null check (rol in ('inwoner', 'naaste', 'professional', 'beheerder', 'analist')),
    organisatie_id uuid,
    password_hash text,
    disabled_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (gemeente_id, email),
    unique (gemeente_id, id),
    -- an organisation of another gemeente cannot be referenced
    foreign key (gemeente_id, organisatie_id) references organisatie(gemeente_id, id),
    check ((rol = 'professional') = (organisatie_id is not null))
  )`.execute(db);

  await sql`create table session (
    id text primary key,
    account_id uuid not null,
    gemeente_id uuid not null,
    created_at timestamptz not null default now(),
    last_seen_at timestamptz not null,
    absolute_expires_at timestamptz not null,
    device text not null default '',
    foreign key (gemeente_id, account_id) references account(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index session_account_idx on session (account_id)`.execute(db);

  await sql`create table account_token (
    id text primary key,
    account_id uuid not null,
    gemeente_id uuid not null,
    purpose text not null check (purpose in ('wachtwoord-herstel', 'activatie')),
    expires_at timestamptz not null,
    used_at timestamptz,
    created_at timestamptz not null default now(),
    foreign key (gemeente_id, account_id) references account(gemeente_id, id) on delete cascade
  )`.execute(db);

  await sql`create table login_attempt (
    id uuid primary key default gen_random_uuid(),
    key_hash text not null,
    attempted_at timestamptz not null
  )`.execute(db);
  await sql`create index login_attempt_key_idx on login_attempt (key_hash, attempted_at)`.execute(db);

  // Outgoing e-mail is queued in the same transaction as what caused it and sent by
  // whichever app instance picks it up first (for update skip locked).
  await sql`create table mail_outbox (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null references gemeente(id),
    to_address text not null,
    subject text not null,
    body text not null,
    created_at timestamptz not null default now(),
    sent_at timestamptz,
    attempts integer not null default 0,
    next_attempt_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index mail_outbox_pending_idx on mail_outbox (next_attempt_at) where sent_at is null`.execute(
    db,
  );
}
