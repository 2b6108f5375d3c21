import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';
import { vasteStatement } from '../platform/db/vast.js';
import { enqueueMail } from '../platform/mail/queries.js';
import * as deur from './door/queries.js';
import {
  ontsleutelVeld,
  REGIE_VELDEN,
  vernietigSleutel,
  versleutelKlareTekst,
  versleutelVeld,
} from './door/sleutel.js';
import { ontsluit, type Toegang } from './door/toegang.js';
import type { ToegangFeiten } from './rules.js';
import type { Niveau } from './schema.js';

/**
 * SQL of the regie capability. Everything about one record — its grants, invitations,
 * emergency accesses, trail — takes the `Toegang` the door handed out and runs in the door's
 * transaction, scoped to that record and gemeente. Only account look-ups (gemeente-level)
 * take a plain `Db`. What the door itself reads to decide is in door/queries.ts.
 */

export async function insertNoodtoegang(
  toegang: Toegang,
  input: {
    accountId: string;
    reden: string;
    now: Date;
    expiresAt: Date;
  },
): Promise<string> {
  // The id is made here: the reason's associated data names its row.
  const id = randomUUID();
  const row = await ontsluit(toegang)
    .insertInto('noodtoegang')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      professional_account_id: input.accountId,
      reden: await versleutelVeld(toegang, REGIE_VELDEN.noodtoegangReden(id), input.reden),
      started_at: input.now,
      expires_at: input.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every grant on a record, live or not, with grantee and levels: for "Wie kan wat zien". */
export async function listToegangen(toegang: Toegang) {
  const db = ontsluit(toegang);
  const rows = await db
    .selectFrom('toegang')
    .innerJoin('account', 'account.id', 'toegang.grantee_account_id')
    .leftJoin('organisatie', 'organisatie.id', 'account.organisatie_id')
    .select([
      'toegang.id',
      'toegang.soort',
      'toegang.doel',
      'toegang.wettelijke_grondslag',
      'toegang.eindigt_op',
      'toegang.ingetrokken_op',
      'toegang.created_at',
      'toegang.version',
      'account.id as account_id',
      'account.naam',
      'account.email',
      'account.rol',
      'organisatie.naam as organisatie_naam',
    ])
    .where('toegang.gemeente_id', '=', toegang.gemeenteId)
    .where('toegang.dossier_id', '=', toegang.dossierId)
    .orderBy('toegang.created_at')
    .execute();
  const levels = rows.length
    ? await db
        .selectFrom('toegang_sectie')
        .select(['toegang_id', 'sectie', 'niveau'])
        .where(
          'toegang_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return Promise.all(
    rows.map(async (row) => ({
      ...row,
      doel: await ontsleutelVeld(toegang, REGIE_VELDEN.toegangDoel(row.id), row.doel),
      niveaus: Object.fromEntries(
        levels.filter((l) => l.toegang_id === row.id).map((l) => [l.sectie, l.niveau]),
      ) as Partial<Record<string, Niveau>>,
    })),
  );
}

/**
 * Serialises changes to one person's grant on one record until the transaction ends: two
 * invitations accepted at the same moment (or an invitation and a representation) would
 * otherwise both find no live grant and the second would hit the one-live-grant index.
 */
export async function lockToegangVan(toegang: Toegang, granteeAccountId: string): Promise<void> {
  const sleutel = `toegang:${toegang.dossierId}:${granteeAccountId}`;
  await sql`select pg_advisory_xact_lock(hashtextextended(${sleutel}, 0))`.execute(ontsluit(toegang));
}

/** This person's grant on the record (live, or else the latest revoked), as the door reads it. */
export async function toegangVan(
  toegang: Toegang,
  granteeAccountId: string,
): Promise<ToegangFeiten | undefined> {
  return deur.findLiveToegang(ontsluit(toegang), toegang.dossierId, granteeAccountId);
}

export async function insertToegang(
  toegang: Toegang,
  input: {
    granteeAccountId: string;
    soort: 'uitnodiging' | 'vertegenwoordiger';
    doel: string;
    wettelijkeGrondslag: string | null;
    eindigtOp: Date | null;
    createdBy: string;
    niveaus: Partial<Record<string, Niveau>>;
  },
): Promise<string> {
  const db = ontsluit(toegang);
  const id = randomUUID();
  const rij = await db
    .insertInto('toegang')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      grantee_account_id: input.granteeAccountId,
      soort: input.soort,
      doel: await versleutelVeld(toegang, REGIE_VELDEN.toegangDoel(id), input.doel),
      wettelijke_grondslag: input.wettelijkeGrondslag,
      eindigt_op: input.eindigtOp,
      created_by_account_id: input.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceNiveaus(db, toegang.gemeenteId, rij.id, input.niveaus);
  return rij.id;
}

async function replaceNiveaus(
  db: Db,
  gemeenteId: string,
  toegangId: string,
  niveaus: Partial<Record<string, Niveau>>,
) {
  await db.deleteFrom('toegang_sectie').where('toegang_id', '=', toegangId).execute();
  const rows = Object.entries(niveaus)
    .filter((entry): entry is [string, Niveau] => Boolean(entry[1]))
    .map(([sectie, niveau]) => ({ toegang_id: toegangId, gemeente_id: gemeenteId, sectie, niveau }));
  if (rows.length) await db.insertInto('toegang_sectie').values(rows).execute();
}

/**
 * Changes the levels of a live grant if it is still at `version`; false when someone else
 * changed or revoked it in the meantime (the caller answers 409, nothing is overwritten).
 */
export async function updateToegang(
  toegang: Toegang,
  input: {
    toegangId: string;
    version: number;
    niveaus: Partial<Record<string, Niveau>>;
    eindigtOp: Date | null;
  },
): Promise<boolean> {
  const db = ontsluit(toegang);
  const result = await db
    .updateTable('toegang')
    .set({ version: sql`version + 1`, eindigt_op: input.eindigtOp })
    .where('id', '=', input.toegangId)
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('version', '=', input.version)
    .where('ingetrokken_op', 'is', null)
    .where('soort', '=', 'uitnodiging')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await replaceNiveaus(db, toegang.gemeenteId, input.toegangId, input.niveaus);
  return true;
}

export async function revokeToegang(
  toegang: Toegang,
  input: {
    toegangId: string;
    now: Date;
    soort: 'uitnodiging' | 'vertegenwoordiger';
  },
): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('toegang')
    .set({ ingetrokken_op: input.now, version: sql`version + 1` })
    .where('id', '=', input.toegangId)
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('soort', '=', input.soort)
    .where('ingetrokken_op', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Undoes a revocation made at or after `sinds` ("ongedaan maken"): the grant is live again with
 * its sections and end date as they were. Not when the person has another live grant by now.
 */
export async function herstelToegang(
  toegang: Toegang,
  input: { toegangId: string; sinds: Date },
): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('toegang')
    .set({ ingetrokken_op: null, version: sql`version + 1` })
    .where('id', '=', input.toegangId)
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('soort', '=', 'uitnodiging')
    .where('ingetrokken_op', '>=', input.sinds)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('toegang as ander')
            .select('ander.id')
            .whereRef('ander.dossier_id', '=', 'toegang.dossier_id')
            .whereRef('ander.grantee_account_id', '=', 'toegang.grantee_account_id')
            .where('ander.ingetrokken_op', 'is', null),
        ),
      ),
    )
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// --- invitations ---

export async function insertUitnodiging(
  toegang: Toegang,
  input: {
    id: string;
    email: string;
    rol: 'naaste' | 'professional';
    secties: Record<string, Niveau>;
    doel: string;
    eindigtOp: Date | null;
    expiresAt: Date;
  },
) {
  await ontsluit(toegang)
    .insertInto('uitnodiging')
    .values({
      id: input.id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      email: input.email,
      rol: input.rol,
      secties: JSON.stringify(input.secties),
      doel: await versleutelVeld(toegang, REGIE_VELDEN.uitnodigingDoel(input.id), input.doel),
      eindigt_op: input.eindigtOp,
      expires_at: input.expiresAt,
    })
    .execute();
}

/** Marks an invitation used; false when it was used or withdrawn first (a second click, a race). */
export async function claimUitnodiging(toegang: Toegang, id: string, now: Date): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('uitnodiging')
    .set({ accepted_at: now })
    .where('id', '=', id)
    .where('dossier_id', '=', toegang.dossierId)
    .where('accepted_at', 'is', null)
    .where('ingetrokken_op', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listOpenUitnodigingen(toegang: Toegang, now: Date) {
  const rijen = await ontsluit(toegang)
    .selectFrom('uitnodiging')
    .select(['id', 'email', 'rol', 'secties', 'doel', 'expires_at', 'eindigt_op'])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('accepted_at', 'is', null)
    .where('ingetrokken_op', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at')
    .execute();
  return Promise.all(
    rijen.map(async (u) => ({
      ...u,
      doel: await ontsleutelVeld(toegang, REGIE_VELDEN.uitnodigingDoel(u.id), u.doel),
    })),
  );
}

export async function withdrawUitnodiging(toegang: Toegang, id: string, now: Date) {
  const result = await ontsluit(toegang)
    .updateTable('uitnodiging')
    .set({ ingetrokken_op: now })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('ingetrokken_op', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// --- accounts as seen from regie ---

export async function findInwonerByEmail(db: Db, gemeenteId: string, email: string) {
  return db
    .selectFrom('account')
    .select(['account.id', 'account.naam', 'account.email'])
    .where('account.gemeente_id', '=', gemeenteId)
    .where('account.email', '=', email)
    .where('account.rol', '=', 'inwoner')
    .where('account.disabled_at', 'is', null)
    .executeTakeFirst();
}

/** The resident whose record this is (the QR code on her printed crisiskaart names the record). */
export async function findInwonerByDossier(db: Db, gemeenteId: string, dossierId: string) {
  return db
    .selectFrom('dossier')
    .innerJoin('account', 'account.id', 'dossier.inwoner_account_id')
    .select(['account.id', 'account.naam', 'account.email'])
    .where('dossier.id', '=', dossierId)
    .where('dossier.gemeente_id', '=', gemeenteId)
    .where('account.gemeente_id', '=', gemeenteId)
    .where('account.rol', '=', 'inwoner')
    .where('account.disabled_at', 'is', null)
    .executeTakeFirst();
}

/** An active account that may hold a grant (never a beheerder or analist). */
export async function findMogelijkeGrantee(db: Db, gemeenteId: string, email: string) {
  return db
    .selectFrom('account')
    .select(['id', 'rol', 'naam'])
    .where('gemeente_id', '=', gemeenteId)
    .where('email', '=', email)
    .where('disabled_at', 'is', null)
    .where('rol', 'in', ['naaste', 'professional', 'inwoner'])
    .executeTakeFirst();
}

/** People with a live grant on a section, for notices (emergency access on the crisiskaart). */
export async function granteesOfSectie(toegang: Toegang, sectie: string, now: Date) {
  return ontsluit(toegang)
    .selectFrom('toegang')
    .innerJoin('toegang_sectie', 'toegang_sectie.toegang_id', 'toegang.id')
    .innerJoin('account', 'account.id', 'toegang.grantee_account_id')
    .select(['account.email', 'account.naam', 'account.rol'])
    .where('toegang.dossier_id', '=', toegang.dossierId)
    .where('toegang_sectie.sectie', '=', sectie)
    .where('toegang.ingetrokken_op', 'is', null)
    .where((eb) => eb.or([eb('toegang.eindigt_op', 'is', null), eb('toegang.eindigt_op', '>', now)]))
    .where('account.disabled_at', 'is', null)
    .execute();
}

// --- the trail, for its owner ---

export async function listAuditOfDossier(
  toegang: Toegang,
  filter: {
    actorAccountId?: string | undefined;
    sectie?: string | undefined;
    from?: Date | undefined;
    /** Inclusive: the end of the last day */
    until?: Date | undefined;
    /** The page shows the newest 500; the download takes everything */
    limit?: number;
    /** Leaves out one person's reads of one item (the overview's own visits, in the overview) */
    behalveLezenVan?: { accountId: string; itemId: string };
    /**
     * Only what was changed and allowed, no reads or refusals ("who changed what" on a
     * section's page). In SQL, so reads cannot push the changes out of the limit; literal
     * values, so the partial index of migration 0045 serves it.
     */
    alleenWijzigingen?: boolean;
  },
) {
  let query = ontsluit(toegang)
    .selectFrom('audit_event')
    .leftJoin('account', 'account.id', 'audit_event.actor_account_id')
    .leftJoin('organisatie', 'organisatie.id', 'audit_event.actor_organisatie_id')
    // Whose access a `toegang:<id>` entry is about, so the log can name the person.
    .leftJoin('toegang as betrokken_toegang', (join) =>
      join
        .onRef('betrokken_toegang.dossier_id', '=', 'audit_event.dossier_id')
        .on(
          sql<boolean>`audit_event.item_id in ('toegang:' || betrokken_toegang.id::text, 'herstel-toegang:' || betrokken_toegang.id::text)`,
        ),
    )
    .leftJoin('account as betrokken', 'betrokken.id', 'betrokken_toegang.grantee_account_id')
    .select([
      'betrokken.naam as betrokken_naam',
      'audit_event.id',
      'audit_event.occurred_at',
      'audit_event.actor_account_id',
      'audit_event.actor_rol',
      'audit_event.sectie',
      'audit_event.item_id',
      'audit_event.actie',
      'audit_event.uitkomst',
      'audit_event.grondslag',
      'audit_event.noodtoegang',
      'account.naam as actor_naam',
      'organisatie.naam as organisatie_naam',
    ])
    .where('audit_event.gemeente_id', '=', toegang.gemeenteId)
    .where('audit_event.dossier_id', '=', toegang.dossierId);
  if (filter.actorAccountId) query = query.where('audit_event.actor_account_id', '=', filter.actorAccountId);
  if (filter.sectie) query = query.where('audit_event.sectie', '=', filter.sectie);
  if (filter.from) query = query.where('audit_event.occurred_at', '>=', filter.from);
  if (filter.until) query = query.where('audit_event.occurred_at', '<=', filter.until);
  if (filter.alleenWijzigingen)
    query = query.where(sql<boolean>`audit_event.actie <> 'read' and audit_event.uitkomst = 'allowed'`);
  const behalve = filter.behalveLezenVan;
  if (behalve)
    query = query.where((eb) =>
      eb.or([
        eb('audit_event.actor_account_id', 'is', null),
        eb('audit_event.actor_account_id', '!=', behalve.accountId),
        eb('audit_event.item_id', 'is', null),
        eb('audit_event.item_id', '!=', behalve.itemId),
        eb('audit_event.actie', '!=', 'read'),
      ]),
    );
  return query
    .orderBy('audit_event.seq', 'desc')
    .limit(filter.limit ?? 500)
    .execute();
}

/**
 * The people in a record's trail, by name. A loose index scan over (dossier_id,
 * actor_account_id) (migration 0033): one index probe per person, not one row per entry, so a
 * trail of 100,000 entries costs what a trail of ten does (issue 20, bench `schaal`).
 */
export async function listAuditActors(toegang: Toegang): Promise<{ id: string; naam: string }[]> {
  const { gemeenteId, dossierId } = toegang;
  const { rows } = await sql<{ id: string; naam: string }>`
    with recursive actor(id) as (
      (select actor_account_id from audit_event
        where dossier_id = ${dossierId} and gemeente_id = ${gemeenteId} and actor_account_id is not null
        order by actor_account_id limit 1)
      union all
      select (select a.actor_account_id from audit_event a
               where a.dossier_id = ${dossierId} and a.gemeente_id = ${gemeenteId} and a.actor_account_id > actor.id
               order by a.actor_account_id limit 1)
      from actor where actor.id is not null
    )
    select account.id, account.naam from actor join account on account.id = actor.id
    order by account.naam`.execute(ontsluit(toegang));
  return rows;
}

// --- erasure ---

/**
 * Deletes the record and everything hanging off it, and the resident's account. The trail
 * stays, by id only. The record's data key is destroyed and the erasure logged in the same
 * transaction (crypto-shredding): a copy of the data in any backup no longer decrypts.
 */
export async function eraseDossierAndAccount(toegang: Toegang, accountId: string, nu: Date) {
  const db = ontsluit(toegang);
  const { gemeenteId, dossierId } = toegang;
  await vernietigSleutel(toegang, nu);
  await db.deleteFrom('dossier').where('gemeente_id', '=', gemeenteId).where('id', '=', dossierId).execute();
  await db
    .deleteFrom('toegang')
    .where('gemeente_id', '=', gemeenteId)
    .where('grantee_account_id', '=', accountId)
    .execute();
  await db
    .deleteFrom('noodtoegang')
    .where('gemeente_id', '=', gemeenteId)
    .where('professional_account_id', '=', accountId)
    .execute();
  await db
    .deleteFrom('mail_outbox')
    .where('gemeente_id', '=', gemeenteId)
    .where('to_address', '=', db.selectFrom('account').select('email').where('id', '=', accountId))
    .execute();
  await db.deleteFrom('account').where('gemeente_id', '=', gemeenteId).where('id', '=', accountId).execute();
}

/** The resident's name, for headings of their record. */
export async function inwonerNaamVan(toegang: Toegang): Promise<string> {
  const row = await inwonerNaamSql.eerste(ontsluit(toegang), {
    dossierId: toegang.dossierId,
    gemeenteId: toegang.gemeenteId,
  });
  if (!row) throw new Error('record not found after the door');
  return row.naam;
}

// On every section page of a record: a fixed statement (issue 20).
const inwonerNaamSql = vasteStatement((db, p: { dossierId: string; gemeenteId: string }) =>
  db
    .selectFrom('dossier')
    .innerJoin('account', 'account.id', 'dossier.inwoner_account_id')
    .select('account.naam')
    .where('dossier.id', '=', p.dossierId)
    .where('dossier.gemeente_id', '=', p.gemeenteId),
);

/** Every emergency access to the record, with who and why: part of the resident's download. */
export async function listNoodtoegangen(toegang: Toegang) {
  const rijen = await ontsluit(toegang)
    .selectFrom('noodtoegang')
    .innerJoin('account', 'account.id', 'noodtoegang.professional_account_id')
    .leftJoin('organisatie', 'organisatie.id', 'account.organisatie_id')
    .select([
      'account.naam',
      'organisatie.naam as organisatie_naam',
      'noodtoegang.id',
      'noodtoegang.professional_account_id as account_id',
      'noodtoegang.reden',
      'noodtoegang.started_at',
      'noodtoegang.expires_at',
    ])
    .where('noodtoegang.dossier_id', '=', toegang.dossierId)
    .where('noodtoegang.gemeente_id', '=', toegang.gemeenteId)
    .orderBy('noodtoegang.started_at')
    .execute();
  return Promise.all(
    rijen.map(async (n) => ({
      ...n,
      reden: await ontsleutelVeld(toegang, REGIE_VELDEN.noodtoegangReden(n.id), n.reden),
    })),
  );
}

/** Queues a mail in the door's transaction: it goes out only if the change it tells of commits. */
export async function mailOverDossier(
  toegang: Toegang,
  now: Date,
  mail: { to: string; subject: string; body: string },
): Promise<void> {
  await enqueueMail(ontsluit(toegang), now, { ...mail, gemeenteId: toegang.gemeenteId });
}

// --- regie's text stored before field encryption (the step at start, versleuteling.ts) --------

/** Records whose grants, invitations or emergency accesses still hold plain text (ids only). */
export async function dossiersMetKlareTekst(db: Db): Promise<{ dossierId: string; gemeenteId: string }[]> {
  const klaar = (kolom: string) =>
    sql<boolean>`${sql.ref(kolom)} <> '' and ${sql.ref(kolom)} not like 'v1.%'`;
  const { rows } = await sql<{ dossier_id: string; gemeente_id: string }>`
    select dossier_id, gemeente_id from toegang where ${klaar('doel')}
    union select dossier_id, gemeente_id from uitnodiging where ${klaar('doel')}
    union select dossier_id, gemeente_id from noodtoegang where ${klaar('reden')}`.execute(db);
  return rows.map((r) => ({ dossierId: r.dossier_id, gemeenteId: r.gemeente_id }));
}

/** Encrypts this record's plain-text grant and invitation reasons and emergency reasons in place. */
export async function versleutelKlareRegie(toegang: Toegang): Promise<number> {
  const db = ontsluit(toegang);
  const { gemeenteId, dossierId } = toegang;
  let aantal = 0;
  for (const t of await db
    .selectFrom('toegang')
    .select(['id', 'doel'])
    .where('gemeente_id', '=', gemeenteId)
    .where('dossier_id', '=', dossierId)
    .execute()) {
    const nieuw = await versleutelKlareTekst(toegang, REGIE_VELDEN.toegangDoel(t.id), t.doel);
    if (nieuw === undefined) continue;
    await db
      .updateTable('toegang')
      .set({ doel: nieuw })
      .where('id', '=', t.id)
      .where('doel', '=', t.doel)
      .execute();
    aantal++;
  }
  for (const u of await db
    .selectFrom('uitnodiging')
    .select(['id', 'doel'])
    .where('gemeente_id', '=', gemeenteId)
    .where('dossier_id', '=', dossierId)
    .execute()) {
    const nieuw = await versleutelKlareTekst(toegang, REGIE_VELDEN.uitnodigingDoel(u.id), u.doel);
    if (nieuw === undefined) continue;
    await db
      .updateTable('uitnodiging')
      .set({ doel: nieuw })
      .where('id', '=', u.id)
      .where('doel', '=', u.doel)
      .execute();
    aantal++;
  }
  for (const n of await db
    .selectFrom('noodtoegang')
    .select(['id', 'reden'])
    .where('gemeente_id', '=', gemeenteId)
    .where('dossier_id', '=', dossierId)
    .execute()) {
    const nieuw = await versleutelKlareTekst(toegang, REGIE_VELDEN.noodtoegangReden(n.id), n.reden);
    if (nieuw === undefined) continue;
    await db
      .updateTable('noodtoegang')
      .set({ reden: nieuw })
      .where('id', '=', n.id)
      .where('reden', '=', n.reden)
      .execute();
    aantal++;
  }
  return aantal;
}
