import { type Kysely, sql } from 'kysely';

/**
 * Field encryption (docs/decisions/020). Two tables of their own — the key store — that the
 * data backup leaves out and that are backed up apart (docs/operations.md):
 * - `sleutel_dossier`: each record's data key, wrapped under a master key (which one: its id).
 * - `sleutel_wissing`: the erasure log, append-only: the records whose key was destroyed, by id
 *   only. Re-applied at every start and by `npm run sleutels -- herstel-wissingen`, so restoring
 *   a backup (of the data, or of the key store itself) never brings an erased record back.
 * No foreign keys to the data: the key store and the data are restored independently.
 *
 * Encrypted values are longer than the text (base64 of UTF-8, plus IV and tag), so the length
 * checks of the free-text columns move to the app (zod keeps 1000/2000 characters) and the
 * table only bounds the stored form.
 */
const KOLOMMEN: [tabel: string, kolom: string, constraint: string][] = [
  ['beoordeling_antwoord', 'doel', 'beoordeling_antwoord_doel_check'],
  ['beoordeling_antwoord', 'goed_gaat', 'beoordeling_antwoord_goed_gaat_check'],
  ['beoordeling_antwoord', 'trots', 'beoordeling_antwoord_trots_check'],
  ['vragenlijst_ronde', 'toelichting', 'vragenlijst_ronde_toelichting_check'],
  ['vragenlijst_antwoord', 'toelichting', 'vragenlijst_antwoord_toelichting_check'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table sleutel_dossier (
    dossier_id uuid primary key,
    gemeente_id uuid not null,
    verpakt text not null,
    meester_id text not null,
    created_at timestamptz not null default now(),
    herverpakt_at timestamptz
  )`.execute(db);
  await sql`create index sleutel_dossier_meester_idx on sleutel_dossier (meester_id)`.execute(db);
  await sql`create table sleutel_wissing (
    dossier_id uuid primary key,
    gemeente_id uuid not null,
    gewist_op timestamptz not null
  )`.execute(db);
  // Append-only, like the audit trail: an erasure is never undone by deleting its line.
  await sql`create function sleutel_wissing_alleen_erbij() returns trigger language plpgsql as $$
    begin raise exception 'sleutel_wissing is append-only'; end $$`.execute(db);
  await sql`create trigger sleutel_wissing_alleen_erbij before update or delete on sleutel_wissing
    for each row execute function sleutel_wissing_alleen_erbij()`.execute(db);
  await sql`create trigger sleutel_wissing_geen_truncate before truncate on sleutel_wissing
    for each statement execute function sleutel_wissing_alleen_erbij()`.execute(db);

  for (const [tabel, kolom, constraint] of KOLOMMEN) {
    await sql`alter table ${sql.table(tabel)} drop constraint ${sql.ref(constraint)}`.execute(db);
    await sql`alter table ${sql.table(tabel)} add constraint ${sql.ref(constraint)}
      check (char_length(${sql.ref(kolom)}) <= 12000)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table sleutel_wissing`.execute(db);
  await sql`drop function sleutel_wissing_alleen_erbij()`.execute(db);
  await sql`drop table sleutel_dossier`.execute(db);
}
