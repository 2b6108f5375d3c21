import { type Kysely, sql } from 'kysely';
import { sleutelring } from '../src/platform/crypto/sleutelring.js';

/**
 * A panel member's name and e-mail address are stored encrypted (issue 15, docs/decisions/053):
 * AES-256-GCM under a key per gemeente derived from the master key, bound to gemeente, member and
 * column; `meester_id` names the master key. "One member per e-mail address per gemeente" stays,
 * now on `email_index`: an HMAC of the normalised address under another derived key.
 *
 * Existing members are encrypted here, so this migration needs the master key when the panel has
 * members (the app, `npm run sleutels` and `npm run db:rollen` load it before migrating). Two
 * members whose addresses differ only in capitals (possible before: the form lower-cases, the old
 * unique key did not) keep the oldest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table panel_lid drop constraint if exists panel_lid_gemeente_id_email_key`.execute(db);
  await sql`alter table panel_lid drop constraint if exists panel_lid_naam_check`.execute(db);
  await sql`alter table panel_lid drop constraint if exists panel_lid_email_check`.execute(db);
  await sql`alter table panel_lid add column email_index text`.execute(db);
  await sql`alter table panel_lid add column meester_id text`.execute(db);

  const { rows } = await sql<{ id: string; gemeente_id: string; naam: string; email: string }>`
    select id, gemeente_id, naam, email from panel_lid order by created_at, id`.execute(db);
  const gezien = new Set<string>();
  for (const r of rows) {
    const ring = sleutelring();
    const [index] = ring.panelEmailIndexen(r.gemeente_id, r.email);
    const sleutel = `${r.gemeente_id}|${index?.index}`;
    if (gezien.has(sleutel)) {
      await sql`delete from panel_lid where id = ${r.id}`.execute(db);
      continue;
    }
    gezien.add(sleutel);
    const naam = ring.versleutelPanelLid({ gemeenteId: r.gemeente_id, lidId: r.id, kolom: 'naam' }, r.naam);
    const email = ring.versleutelPanelLid(
      { gemeenteId: r.gemeente_id, lidId: r.id, kolom: 'email' },
      r.email,
    );
    await sql`update panel_lid set naam = ${naam.versleuteld}, email = ${email.versleuteld},
      email_index = ${index?.index}, meester_id = ${naam.meesterId} where id = ${r.id}`.execute(db);
  }

  await sql`alter table panel_lid alter column email_index set not null`.execute(db);
  await sql`alter table panel_lid alter column meester_id set not null`.execute(db);
  await sql`alter table panel_lid add constraint panel_lid_email_index_uniek unique (gemeente_id, email_index)`.execute(
    db,
  );
  await sql`alter table panel_lid add constraint panel_lid_naam_check check (char_length(naam) between 1 and 2000)`.execute(
    db,
  );
  await sql`alter table panel_lid add constraint panel_lid_email_check check (char_length(email) between 1 and 2000)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{
    id: string;
    gemeente_id: string;
    naam: string;
    email: string;
    meester_id: string;
  }>`
    select id, gemeente_id, naam, email, meester_id from panel_lid`.execute(db);
  for (const r of rows) {
    const ring = sleutelring();
    const naam = ring.ontsleutelPanelLid(
      { gemeenteId: r.gemeente_id, lidId: r.id, kolom: 'naam' },
      r.naam,
      r.meester_id,
    );
    const email = ring.ontsleutelPanelLid(
      { gemeenteId: r.gemeente_id, lidId: r.id, kolom: 'email' },
      r.email,
      r.meester_id,
    );
    await sql`update panel_lid set naam = ${naam}, email = ${email} where id = ${r.id}`.execute(db);
  }
  await sql`alter table panel_lid drop constraint panel_lid_email_index_uniek`.execute(db);
  await sql`alter table panel_lid drop constraint panel_lid_naam_check`.execute(db);
  await sql`alter table panel_lid drop constraint panel_lid_email_check`.execute(db);
  await sql`alter table panel_lid drop column email_index`.execute(db);
  await sql`alter table panel_lid drop column meester_id`.execute(db);
  await sql`alter table panel_lid add constraint panel_lid_naam_check check (char_length(naam) between 1 and 200)`.execute(
    db,
  );
  await sql`alter table panel_lid add constraint panel_lid_email_check check (char_length(email) between 3 and 320)`.execute(
    db,
  );
  await sql`alter table panel_lid add constraint panel_lid_gemeente_id_email_key unique (gemeente_id, email)`.execute(
    db,
  );
}
