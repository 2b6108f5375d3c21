import { type Kysely, sql } from 'kysely';

/**
 * Questionnaires of the levensgebieden section (src/levensgebieden/vragenlijsten/):
 * "eigen regie in eigen woorden" (filled in by the resident and by their professional) and
 * the optional "positieve gezondheid" lens (the resident only). One generic pair of tables:
 * a round (vragenlijst_ronde: one filling-in by one person, a draft until submitted, kept
 * afterwards as history) and its answers (vragenlijst_antwoord: one row per answered item).
 * This maps one to one onto FHIR QuestionnaireResponse and its items. The per-gemeente switch
 * for positieve gezondheid lives in vragenlijst_instelling (off until a beheerder turns it on).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table vragenlijst_instelling (
    gemeente_id uuid primary key references gemeente(id),
    positieve_gezondheid boolean not null default false,
    version integer not null default 1,
    updated_at timestamptz not null default now()
  )`.execute(db);

  await sql`create table vragenlijst_ronde (
    id uuid primary key default gen_random_uuid(),
    gemeente_id uuid not null,
    dossier_id uuid not null,
    vragenlijst text not null check (vragenlijst in ('eigen-regie', 'positieve-gezondheid')),
    vragenlijst_versie text not null,
    invuller_account_id uuid not null,
    invuller_rol text not null check (invuller_rol in ('inwoner', 'professional')),
    status text not null check (status in ('concept', 'ingediend')),
    toelichting text not null default '' check (char_length(toelichting) <= 2000),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    ingediend_op timestamptz,
    unique (gemeente_id, id),
    check ((status = 'ingediend') = (ingediend_op is not null)),
    check (vragenlijst = 'eigen-regie' or invuller_rol = 'inwoner'),
    foreign key (gemeente_id, dossier_id) references dossier(gemeente_id, id) on delete cascade,
    foreign key (gemeente_id, invuller_account_id) references account(gemeente_id, id) on delete cascade
  )`.execute(db);
  // At most one draft per person per questionnaire per record: the one they come back to.
  await sql`create unique index vragenlijst_ronde_concept_idx
    on vragenlijst_ronde (dossier_id, vragenlijst, invuller_account_id) where status = 'concept'`.execute(db);
  await sql`create index vragenlijst_ronde_dossier_idx
    on vragenlijst_ronde (dossier_id, vragenlijst, ingediend_op)`.execute(db);

  // A skipped item has no row. score: 1–5 for eigen regie, 0–10 for positieve gezondheid
  // (the app checks the range per questionnaire; the table holds the widest one).
  await sql`create table vragenlijst_antwoord (
    ronde_id uuid not null,
    gemeente_id uuid not null,
    item_code text not null check (item_code ~ '^[a-z-]{2,40}$'),
    score smallint check (score between 0 and 10),
    weet_niet boolean not null default false,
    praten boolean not null default false,
    toelichting text not null default '' check (char_length(toelichting) <= 1000),
    primary key (ronde_id, item_code),
    check (not (weet_niet and score is not null)),
    foreign key (gemeente_id, ronde_id) references vragenlijst_ronde(gemeente_id, id) on delete cascade
  )`.execute(db);
}
