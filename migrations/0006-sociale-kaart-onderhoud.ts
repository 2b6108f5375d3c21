import { type Kysely, sql } from 'kysely';

/**
 * Keeping the sociale kaart up to date (src/sociale-kaart/beheer/): how long an entry may go
 * unchecked per gemeente, the one-time links that let an organisation confirm its entry, and
 * the notes an organisation leaves when something changed. The entries themselves stay in the
 * HSDS tables of 0003 ("last checked" is HSDS service.assured_date).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table sociale_kaart_instelling (
    gemeente_id uuid primary key references gemeente(id),
    controle_maanden integer not null default 12 check (controle_maanden between 1 and 60),
    updated_at timestamptz not null default now()
  )`.execute(db);

  await sql`create table sociale_kaart_controle_link (
    id text primary key,
    gemeente_id uuid not null references gemeente(id),
    service_id text not null,
    email text not null,
    expires_at timestamptz not null,
    used_at timestamptz,
    created_at timestamptz not null default now(),
    created_by_account_id uuid not null
  )`.execute(db);
  await sql`create index sociale_kaart_controle_link_service_idx
    on sociale_kaart_controle_link (gemeente_id, service_id)`.execute(db);

  await sql`create table sociale_kaart_melding (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null references gemeente(id),
    service_id text not null,
    tekst text not null,
    email text not null,
    created_at timestamptz not null default now(),
    afgehandeld_op timestamptz
  )`.execute(db);
  await sql`create index sociale_kaart_melding_service_idx
    on sociale_kaart_melding (gemeente_id, service_id)`.execute(db);
}
