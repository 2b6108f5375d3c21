import { type Kysely, sql } from 'kysely';

/**
 * Durable jobs (docs/decisions/018): one small queue table that PGlite and PostgreSQL both
 * run. A job carries ids only, never personal text. Mail that was waiting in the outbox is
 * handed to the queue, one job per unsent mail, so nothing queued before the upgrade is lost.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table job (
    id uuid primary key default gen_random_uuid(),
    name text not null check (name ~ '^[a-z0-9.-]{1,80}$'),
    -- Idempotency: at most one job per name and key, ever (until the done job is cleaned up)
    key text check (length(key) <= 200),
    -- Ids and numbers only (docs/decisions/018): never names, addresses or free text
    payload jsonb not null default '{}',
    -- The gemeente it works for; null for the platform's own work. The beheer page shows its gemeente's only.
    gemeente_id uuid references gemeente(id) on delete cascade,
    status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
    run_at timestamptz not null default now(),
    attempts integer not null default 0,
    max_attempts integer not null default 5 check (max_attempts between 1 and 100),
    -- Cron expression of a repeating job (one row per name), null for a one-off job
    schedule text,
    -- The lease: which instance runs it, and until when unless it renews (heartbeat)
    locked_by text,
    locked_until timestamptz,
    -- The error's kind (its class or code), never its message: messages may quote personal data
    last_error text check (length(last_error) <= 200),
    created_at timestamptz not null default now(),
    finished_at timestamptz
  )`.execute(db);
  await sql`create unique index job_name_key_idx on job (name, key) where key is not null`.execute(db);
  // What a worker asks every round: due queued jobs, and running jobs whose lease ran out.
  await sql`create index job_due_idx on job (run_at) where status = 'queued'`.execute(db);
  await sql`create index job_lease_idx on job (locked_until) where status = 'running'`.execute(db);
  await sql`create index job_failed_idx on job (gemeente_id, finished_at) where status = 'failed'`.execute(
    db,
  );
  await sql`create index job_done_idx on job (finished_at) where status = 'done'`.execute(db);

  await sql`insert into job (name, key, payload, gemeente_id, run_at, attempts, max_attempts)
    select 'mail.verstuur', id::text, jsonb_build_object('mailId', id::text), gemeente_id,
      next_attempt_at, 0, greatest(10 - attempts, 1)
    from mail_outbox where sent_at is null and attempts < 10`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table job`.execute(db);
}
