import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';
import type { Toegang } from './door.js';
import type { DossierFeiten, NoodtoegangFeiten, ToegangFeiten } from './rules.js';
import type { Niveau } from './schema.js';

/**
 * SQL of the regie capability. The functions that read a resident's data take a database
 * handle only from the door (door.ts); the rest read grants and invitations themselves,
 * which are the resident's settings about their record, always scoped to one gemeente.
 */

export async function findDossier(db: Db, dossierId: string): Promise<DossierFeiten | undefined> {
  const row = await db
    .selectFrom('dossier')
    .select(['id', 'gemeente_id', 'inwoner_account_id'])
    .where('id', '=', dossierId)
    .executeTakeFirst();
  return row
    ? { id: row.id, gemeenteId: row.gemeente_id, inwonerAccountId: row.inwoner_account_id }
    : undefined;
}

export async function findDossierOfInwoner(db: Db, gemeenteId: string, accountId: string) {
  return db
    .selectFrom('dossier')
    .select(['id'])
    .where('gemeente_id', '=', gemeenteId)
    .where('inwoner_account_id', '=', accountId)
    .executeTakeFirst();
}

export async function ensureDossier(db: Db, gemeenteId: string, accountId: string): Promise<string> {
  const existing = await findDossierOfInwoner(db, gemeenteId, accountId);
  if (existing) return existing.id;
  const row = await db
    .insertInto('dossier')
    .values({ gemeente_id: gemeenteId, inwoner_account_id: accountId })
    .onConflict((oc) => oc.column('inwoner_account_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? ((await findDossierOfInwoner(db, gemeenteId, accountId)) as { id: string }).id;
}

/**
 * The grant of one person on one record, with its section levels, in one query: the live one,
 * or else the most recently revoked one (so a denial can say "ingetrokken" in the audit).
 */
export async function findLiveToegang(
  db: Db,
  dossierId: string,
  accountId: string,
): Promise<ToegangFeiten | undefined> {
  const rows = await db
    .selectFrom('toegang')
    .leftJoin('toegang_sectie', 'toegang_sectie.toegang_id', 'toegang.id')
    .select([
      'toegang.id',
      'toegang.soort',
      'toegang.eindigt_op',
      'toegang.ingetrokken_op',
      'toegang_sectie.sectie',
      'toegang_sectie.niveau',
    ])
    .where('toegang.dossier_id', '=', dossierId)
    .where('toegang.grantee_account_id', '=', accountId)
    // Live first (null sorts first descending in PostgreSQL), then the latest revoked.
    .orderBy('toegang.ingetrokken_op', (ob) => ob.desc().nullsFirst())
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const live = first.ingetrokken_op === null;
  const niveaus: Partial<Record<string, Niveau>> = {};
  if (live)
    for (const row of rows)
      if (row.id === first.id && row.sectie && row.niveau) niveaus[row.sectie] = row.niveau;
  return {
    id: first.id,
    soort: first.soort,
    eindigtOp: first.eindigt_op,
    ingetrokkenOp: first.ingetrokken_op,
    niveaus,
  };
}

export async function findActiveNoodtoegang(
  db: Db,
  dossierId: string,
  accountId: string,
  now: Date,
): Promise<NoodtoegangFeiten | undefined> {
  const row = await db
    .selectFrom('noodtoegang')
    .select(['id', 'expires_at'])
    .where('dossier_id', '=', dossierId)
    .where('professional_account_id', '=', accountId)
    .where('expires_at', '>', now)
    .orderBy('expires_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { id: row.id, expiresAt: row.expires_at } : undefined;
}

export async function insertNoodtoegang(
  db: Db,
  input: {
    gemeenteId: string;
    dossierId: string;
    accountId: string;
    reden: string;
    now: Date;
    expiresAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('noodtoegang')
    .values({
      gemeente_id: input.gemeenteId,
      dossier_id: input.dossierId,
      professional_account_id: input.accountId,
      reden: input.reden,
      started_at: input.now,
      expires_at: input.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every grant on a record, live or not, with grantee and levels: for "Wie kan wat zien". */
export async function listToegangen(db: Db, gemeenteId: string, dossierId: string) {
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
    .where('toegang.gemeente_id', '=', gemeenteId)
    .where('toegang.dossier_id', '=', dossierId)
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
  return rows.map((row) => ({
    ...row,
    niveaus: Object.fromEntries(
      levels.filter((l) => l.toegang_id === row.id).map((l) => [l.sectie, l.niveau]),
    ) as Partial<Record<string, Niveau>>,
  }));
}

/**
 * Serialises changes to one person's grant on one record until the transaction ends: two
 * invitations accepted at the same moment (or an invitation and a representation) would
 * otherwise both find no live grant and the second would hit the one-live-grant index.
 */
export async function lockToegangVan(db: Db, dossierId: string, granteeAccountId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`toegang:${dossierId}:${granteeAccountId}`}, 0))`.execute(
    db,
  );
}

export async function insertToegang(
  db: Db,
  input: {
    gemeenteId: string;
    dossierId: string;
    granteeAccountId: string;
    soort: 'uitnodiging' | 'vertegenwoordiger';
    doel: string;
    wettelijkeGrondslag: string | null;
    eindigtOp: Date | null;
    createdBy: string;
    niveaus: Partial<Record<string, Niveau>>;
  },
): Promise<string> {
  const toegang = await db
    .insertInto('toegang')
    .values({
      gemeente_id: input.gemeenteId,
      dossier_id: input.dossierId,
      grantee_account_id: input.granteeAccountId,
      soort: input.soort,
      doel: input.doel,
      wettelijke_grondslag: input.wettelijkeGrondslag,
      eindigt_op: input.eindigtOp,
      created_by_account_id: input.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceNiveaus(db, input.gemeenteId, toegang.id, input.niveaus);
  return toegang.id;
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
  db: Db,
  input: {
    gemeenteId: string;
    dossierId: string;
    toegangId: string;
    version: number;
    niveaus: Partial<Record<string, Niveau>>;
    eindigtOp: Date | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('toegang')
    .set({ version: sql`version + 1`, eindigt_op: input.eindigtOp })
    .where('id', '=', input.toegangId)
    .where('gemeente_id', '=', input.gemeenteId)
    .where('dossier_id', '=', input.dossierId)
    .where('version', '=', input.version)
    .where('ingetrokken_op', 'is', null)
    .where('soort', '=', 'uitnodiging')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await replaceNiveaus(db, input.gemeenteId, input.toegangId, input.niveaus);
  return true;
}

export async function revokeToegang(
  db: Db,
  input: {
    gemeenteId: string;
    dossierId: string;
    toegangId: string;
    now: Date;
    soort: 'uitnodiging' | 'vertegenwoordiger';
  },
): Promise<boolean> {
  const result = await db
    .updateTable('toegang')
    .set({ ingetrokken_op: input.now, version: sql`version + 1` })
    .where('id', '=', input.toegangId)
    .where('gemeente_id', '=', input.gemeenteId)
    .where('dossier_id', '=', input.dossierId)
    .where('soort', '=', input.soort)
    .where('ingetrokken_op', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records whose owner gave this person a live grant: the only "client list" a professional has. */
export async function listDossiersGrantedTo(db: Db, gemeenteId: string, accountId: string, now: Date) {
  return db
    .selectFrom('toegang')
    .innerJoin('dossier', 'dossier.id', 'toegang.dossier_id')
    .innerJoin('account', 'account.id', 'dossier.inwoner_account_id')
    .select([
      'dossier.id as dossier_id',
      'account.naam',
      'toegang.id as toegang_id',
      'toegang.soort',
      'toegang.eindigt_op',
    ])
    .where('toegang.gemeente_id', '=', gemeenteId)
    .where('toegang.grantee_account_id', '=', accountId)
    .where('toegang.ingetrokken_op', 'is', null)
    .where((eb) => eb.or([eb('toegang.eindigt_op', 'is', null), eb('toegang.eindigt_op', '>', now)]))
    .orderBy('account.naam')
    .execute();
}

// --- invitations ---

export async function insertUitnodiging(
  db: Db,
  input: {
    id: string;
    gemeenteId: string;
    dossierId: string;
    email: string;
    rol: 'naaste' | 'professional';
    secties: Record<string, Niveau>;
    doel: string;
    eindigtOp: Date | null;
    expiresAt: Date;
  },
) {
  await db
    .insertInto('uitnodiging')
    .values({
      id: input.id,
      gemeente_id: input.gemeenteId,
      dossier_id: input.dossierId,
      email: input.email,
      rol: input.rol,
      secties: JSON.stringify(input.secties),
      doel: input.doel,
      eindigt_op: input.eindigtOp,
      expires_at: input.expiresAt,
    })
    .execute();
}

export async function findUitnodiging(db: Db, gemeenteId: string, id: string) {
  return db
    .selectFrom('uitnodiging')
    .innerJoin('dossier', 'dossier.id', 'uitnodiging.dossier_id')
    .innerJoin('account', 'account.id', 'dossier.inwoner_account_id')
    .select([
      'uitnodiging.id',
      'uitnodiging.dossier_id',
      'uitnodiging.email',
      'uitnodiging.rol',
      'uitnodiging.secties',
      'uitnodiging.doel',
      'uitnodiging.eindigt_op',
      'uitnodiging.expires_at',
      'uitnodiging.accepted_at',
      'uitnodiging.ingetrokken_op',
      'account.naam as inwoner_naam',
      'account.id as inwoner_account_id',
    ])
    .where('uitnodiging.gemeente_id', '=', gemeenteId)
    .where('uitnodiging.id', '=', id)
    .executeTakeFirst();
}

/** Marks an invitation used; false when it was used or withdrawn first (a second click, a race). */
export async function claimUitnodiging(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('uitnodiging')
    .set({ accepted_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('ingetrokken_op', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listOpenUitnodigingen(db: Db, gemeenteId: string, dossierId: string, now: Date) {
  return db
    .selectFrom('uitnodiging')
    .select(['id', 'email', 'rol', 'secties', 'doel', 'expires_at'])
    .where('gemeente_id', '=', gemeenteId)
    .where('dossier_id', '=', dossierId)
    .where('accepted_at', 'is', null)
    .where('ingetrokken_op', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at')
    .execute();
}

export async function withdrawUitnodiging(
  db: Db,
  gemeenteId: string,
  dossierId: string,
  id: string,
  now: Date,
) {
  const result = await db
    .updateTable('uitnodiging')
    .set({ ingetrokken_op: now })
    .where('gemeente_id', '=', gemeenteId)
    .where('dossier_id', '=', dossierId)
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
export async function granteesOfSectie(db: Db, dossierId: string, sectie: string, now: Date) {
  return db
    .selectFrom('toegang')
    .innerJoin('toegang_sectie', 'toegang_sectie.toegang_id', 'toegang.id')
    .innerJoin('account', 'account.id', 'toegang.grantee_account_id')
    .select(['account.email', 'account.naam', 'account.rol'])
    .where('toegang.dossier_id', '=', dossierId)
    .where('toegang_sectie.sectie', '=', sectie)
    .where('toegang.ingetrokken_op', 'is', null)
    .where((eb) => eb.or([eb('toegang.eindigt_op', 'is', null), eb('toegang.eindigt_op', '>', now)]))
    .where('account.disabled_at', 'is', null)
    .execute();
}

// --- the trail, for its owner ---

export async function listAuditOfDossier(
  db: Db,
  gemeenteId: string,
  dossierId: string,
  filter: {
    actorAccountId?: string | undefined;
    sectie?: string | undefined;
    from?: Date | undefined;
    /** Inclusive: the end of the last day */
    until?: Date | undefined;
    /** The page shows the newest 500; the download takes everything */
    limit?: number;
  },
) {
  let query = db
    .selectFrom('audit_event')
    .leftJoin('account', 'account.id', 'audit_event.actor_account_id')
    .leftJoin('organisatie', 'organisatie.id', 'audit_event.actor_organisatie_id')
    .select([
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
    .where('audit_event.gemeente_id', '=', gemeenteId)
    .where('audit_event.dossier_id', '=', dossierId);
  if (filter.actorAccountId) query = query.where('audit_event.actor_account_id', '=', filter.actorAccountId);
  if (filter.sectie) query = query.where('audit_event.sectie', '=', filter.sectie);
  if (filter.from) query = query.where('audit_event.occurred_at', '>=', filter.from);
  if (filter.until) query = query.where('audit_event.occurred_at', '<=', filter.until);
  return query
    .orderBy('audit_event.seq', 'desc')
    .limit(filter.limit ?? 500)
    .execute();
}

export async function listAuditActors(db: Db, gemeenteId: string, dossierId: string) {
  return db
    .selectFrom('audit_event')
    .innerJoin('account', 'account.id', 'audit_event.actor_account_id')
    .select(['account.id', 'account.naam'])
    .distinct()
    .where('audit_event.gemeente_id', '=', gemeenteId)
    .where('audit_event.dossier_id', '=', dossierId)
    .orderBy('account.naam')
    .execute();
}

// --- erasure ---

/** Deletes the record and everything hanging off it, and the resident's account. The trail stays, by id only. */
export async function eraseDossierAndAccount(
  db: Db,
  gemeenteId: string,
  dossierId: string,
  accountId: string,
) {
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

// --- reads inside the door: these take a Toegang, which only door.ts can make ---

/** The resident's name, for headings of their record. */
export async function inwonerNaamVan(toegang: Toegang): Promise<string> {
  const row = await toegang.db
    .selectFrom('dossier')
    .innerJoin('account', 'account.id', 'dossier.inwoner_account_id')
    .select('account.naam')
    .where('dossier.id', '=', toegang.dossierId)
    .where('dossier.gemeente_id', '=', toegang.gemeenteId)
    .executeTakeFirstOrThrow();
  return row.naam;
}

/** Every emergency access to the record, with who and why: part of the resident's download. */
export async function listNoodtoegangen(toegang: Toegang) {
  return toegang.db
    .selectFrom('noodtoegang')
    .innerJoin('account', 'account.id', 'noodtoegang.professional_account_id')
    .leftJoin('organisatie', 'organisatie.id', 'account.organisatie_id')
    .select([
      'account.naam',
      'organisatie.naam as organisatie_naam',
      'noodtoegang.reden',
      'noodtoegang.started_at',
      'noodtoegang.expires_at',
    ])
    .where('noodtoegang.dossier_id', '=', toegang.dossierId)
    .where('noodtoegang.gemeente_id', '=', toegang.gemeenteId)
    .orderBy('noodtoegang.started_at')
    .execute();
}
