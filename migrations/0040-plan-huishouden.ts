import { type Kysely, sql } from 'kysely';

/**
 * Mijn plan (issue 11, item 4): residents who live together link their records as one household,
 * each by her own consent. One resident makes a one-time link code (`plan_huishouden_code`: only
 * its SHA-256 is kept, for 7 days) and gives it to her housemate; the housemate enters it and
 * consents, and both records become members of one household (`plan_huishouden_lid`, one
 * household per record). Either ends it at any time by deleting her own membership; a household
 * of one is deleted with it. The coordination warning then counts over the household. See
 * src/plan/README.md and docs/decisions/043.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table plan_huishouden (
    id uuid primary key,
    gemeente_id uuid not null references gemeente(id) on delete cascade,
    created_at timestamptz not null default now(),
    unique (gemeente_id, id)
  )`.execute(db);

  await sql`create table plan_huishouden_lid (
    gemeente_id uuid not null,
    dossier_id uuid not null primary key,
    huishouden_id uuid not null,
    sinds timestamptz not null default now(),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, huishouden_id) references plan_huishouden(gemeente_id, id) on delete cascade
  )`.execute(db);
  await sql`create index plan_huishouden_lid_huishouden_idx on plan_huishouden_lid (huishouden_id)`.execute(
    db,
  );

  await sql`create table plan_huishouden_code (
    gemeente_id uuid not null,
    dossier_id uuid not null primary key,
    code_hash text not null unique check (code_hash ~ '^[0-9a-f]{64}$'),
    verloopt_op timestamptz not null,
    created_at timestamptz not null default now(),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table plan_huishouden_code`.execute(db);
  await sql`drop table plan_huishouden_lid`.execute(db);
  await sql`drop table plan_huishouden`.execute(db);
}
