import { type Kysely, sql } from 'kysely';

/**
 * Eigen regie: the resident's record (dossier), grants per section (toegang), invitations,
 * emergency access and the audit trail. The audit table is append-only by trigger, which
 * holds on PGlite (one superuser) and on PostgreSQL whatever role the app connects with;
 * sealing fills in an entry's hash-chain fields once, nothing else.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table dossier (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null references gemeente(id),
    inwoner_account_id uuid not null unique,
    created_at timestamptz not null default now(),
    unique (gemeente_id, id),
    foreign key (gemeente_id, inwoner_account_id) references account(gemeente_id, id)
  )`.execute(db);

  await sql`create table toegang (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null,
    dossier_id uuid not null,
    grantee_account_id uuid not null,
    soort text not null check (soort in ('uitnodiging', 'vertegenwoordiger')),
    doel text not null default '',
    wettelijke_grondslag text,
    eindigt_op timestamptz,
    ingetrokken_op timestamptz,
    created_at timestamptz not null default now(),
    created_by_account_id uuid not null,
    version integer not null default 1,
    unique (gemeente_id, id),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, grantee_account_id) references account(gemeente_id, id) on delete cascade,
    check ((soort = 'vertegenwoordiger') = (wettelijke_grondslag is not null))
  )`.execute(db);
  // One live grant per person per record: changing access changes that grant.
  await sql`create unique index toegang_live_idx on toegang (dossier_id, grantee_account_id)
    where ingetrokken_op is null`.execute(db);
  await sql`create index toegang_grantee_idx on toegang (grantee_account_id)`.execute(db);

  await sql`create table toegang_sectie (
    toegang_id uuid not null,
    gemeente_id uuid not null,
    sectie text not null,
    niveau text not null check (niveau in ('lezen', 'reageren', 'voorstellen', 'bewerken')),
    primary key (toegang_id, sectie),
    foreign key (gemeente_id, toegang_id) references toegang(gemeente_id, id) on delete cascade
  )`.execute(db);

  await sql`create table uitnodiging (
    id text primary key,
    gemeente_id uuid not null,
    dossier_id uuid not null,
    email text not null check (email = lower(email)),
    rol text not null check (rol in ('naaste', 'professional')),
    secties jsonb not null,
    doel text not null default '',
    eindigt_op timestamptz,
    expires_at timestamptz not null,
    accepted_at timestamptz,
    ingetrokken_op timestamptz,
    created_at timestamptz not null default now(),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index uitnodiging_dossier_idx on uitnodiging (dossier_id)`.execute(db);

  await sql`create table noodtoegang (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null,
    dossier_id uuid not null,
    professional_account_id uuid not null,
    reden text not null,
    started_at timestamptz not null,
    expires_at timestamptz not null,
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, professional_account_id) references account(gemeente_id, id) on delete cascade
  )`.execute(db);

  // No foreign keys: the trail outlives erased records and accounts, keeping only their ids.
  // Entries are written without a hash, in the transaction of the access they describe; the
  // sealer (src/regie/audit.ts) then chains them per gemeente: chain_pos, prev_hash, hash.
  await sql`create table audit_event (
    seq bigint generated always as identity primary key,
    id uuid not null unique default gen_random_uuid(),
    gemeente_id uuid not null,
    occurred_at timestamptz not null,
    actor_account_id uuid,
    actor_rol text,
    actor_organisatie_id uuid,
    namens_account_id uuid,
    dossier_id uuid,
    sectie text,
    item_id text,
    actie text not null check (actie in ('read', 'create', 'update', 'delete', 'export', 'emergency')),
    uitkomst text not null check (uitkomst in ('allowed', 'denied')),
    grondslag text not null,
    toegang_id uuid,
    noodtoegang boolean not null default false,
    origin text not null,
    chain_pos bigint,
    prev_hash text,
    hash text,
    check ((chain_pos is null) = (hash is null) and (hash is null) = (prev_hash is null))
  )`.execute(db);
  await sql`create index audit_event_dossier_idx on audit_event (dossier_id, occurred_at)`.execute(db);
  await sql`create unique index audit_event_chain_idx on audit_event (gemeente_id, chain_pos)`.execute(db);
  await sql`create index audit_event_unsealed_idx on audit_event (seq) where hash is null`.execute(db);

  // Append-only: no delete, no truncate, and the only update is sealing an unsealed entry,
  // which fills in its chain fields and leaves every other field exactly as it was.
  await sql`create function audit_event_is_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.hash is null and new.hash is not null
        and (new.seq, new.id, new.gemeente_id, new.occurred_at, new.actor_account_id, new.actor_rol,
             new.actor_organisatie_id, new.namens_account_id, new.dossier_id, new.sectie, new.item_id,
             new.actie, new.uitkomst, new.grondslag, new.toegang_id, new.noodtoegang, new.origin)
          is not distinct from
            (old.seq, old.id, old.gemeente_id, old.occurred_at, old.actor_account_id, old.actor_rol,
             old.actor_organisatie_id, old.namens_account_id, old.dossier_id, old.sectie, old.item_id,
             old.actie, old.uitkomst, old.grondslag, old.toegang_id, old.noodtoegang, old.origin)
      then
        return new;
      end if;
      raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
    end
  $$`.execute(db);
  // Nor can an entry be written pre-sealed: only the sealer fills in the chain fields.
  await sql`create function audit_event_is_written_unsealed() returns trigger language plpgsql as $$
    begin
      if new.hash is not null or new.prev_hash is not null or new.chain_pos is not null then
        raise exception 'audit_event entries are written unsealed' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end
  $$`.execute(db);
  await sql`create trigger audit_event_unsealed_insert before insert on audit_event
    for each row execute function audit_event_is_written_unsealed()`.execute(db);
  await sql`create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only()`.execute(db);
  await sql`create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only()`.execute(db);
}
