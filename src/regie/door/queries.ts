import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { vasteStatement } from '../../platform/db/vast.js';
import type { DossierFeiten, NoodtoegangFeiten, ToegangFeiten } from '../rules.js';
import type { Niveau } from '../schema.js';

/**
 * The door's own SQL: what it reads to decide (the record, the grant, emergency access) and
 * the few reads keyed by the person rather than by a record (which records are shared with
 * me, an invitation link). Imported only by door/ and regie/queries.ts (architecture test):
 * everything else reaches a record through a `Toegang`.
 */

/** A record's wrapped data key as the key store holds it. */
export type VerpakteSleutel = { verpakt: string; meester_id: string };

const dossierFeiten = vasteStatement((db, p: { dossierId: string }) =>
  db.selectFrom('dossier').select(['id', 'gemeente_id', 'inwoner_account_id']).where('id', '=', p.dossierId),
);

export async function findDossier(db: Db, dossierId: string): Promise<DossierFeiten | undefined> {
  const row = await dossierFeiten.eerste(db, { dossierId });
  return row
    ? { id: row.id, gemeenteId: row.gemeente_id, inwonerAccountId: row.inwoner_account_id }
    : undefined;
}

const dossierVanInwoner = vasteStatement((db, p: { gemeenteId: string; accountId: string }) =>
  db
    .selectFrom('dossier')
    .select(['id'])
    .where('gemeente_id', '=', p.gemeenteId)
    .where('inwoner_account_id', '=', p.accountId),
);

export async function findDossierOfInwoner(db: Db, gemeenteId: string, accountId: string) {
  return dossierVanInwoner.eerste(db, { gemeenteId, accountId });
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

const toegangVan = vasteStatement((db, p: { dossierId: string; accountId: string }) =>
  db
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
    .where('toegang.dossier_id', '=', p.dossierId)
    .where('toegang.grantee_account_id', '=', p.accountId)
    // Live first (null sorts first descending in PostgreSQL), then the latest revoked.
    .orderBy('toegang.ingetrokken_op', (ob) => ob.desc().nullsFirst()),
);

/**
 * The grant of one person on one record, with its section levels, in one query: the live one,
 * or else the most recently revoked one (so a denial can say "ingetrokken" in the audit).
 */
export async function findLiveToegang(
  db: Db,
  dossierId: string,
  accountId: string,
): Promise<ToegangFeiten | undefined> {
  return toegangUitRijen(await toegangVan.alle(db, { dossierId, accountId }));
}

/** A person's grant from its rows (one per section, live first, then the latest revoked). */
function toegangUitRijen(
  rows: {
    id: string;
    soort: ToegangFeiten['soort'];
    eindigt_op: Date | null;
    ingetrokken_op: Date | null;
    sectie: string | null;
    niveau: Niveau | null;
  }[],
): ToegangFeiten | undefined {
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

/**
 * What the door reads to decide, in one statement (issue 20): the record, its wrapped data key
 * when asked, and this person's grant on it with its section levels (none for the owner). One
 * row per section of each grant, live first; one row with empty grant columns when there is none.
 */
const dossierSleutelEnToegang = vasteStatement(
  (db, p: { dossierId: string; accountId: string; metSleutel: boolean }) =>
    db
      .selectFrom('dossier')
      .leftJoin('sleutel_dossier', (join) =>
        join
          .onRef('sleutel_dossier.dossier_id', '=', 'dossier.id')
          .onRef('sleutel_dossier.gemeente_id', '=', 'dossier.gemeente_id')
          .on(sql<boolean>`${p.metSleutel}`),
      )
      .leftJoin('toegang', (join) =>
        join
          .onRef('toegang.dossier_id', '=', 'dossier.id')
          .on('toegang.grantee_account_id', '=', p.accountId),
      )
      .leftJoin('toegang_sectie', 'toegang_sectie.toegang_id', 'toegang.id')
      .select([
        'dossier.id',
        'dossier.gemeente_id',
        'dossier.inwoner_account_id',
        'sleutel_dossier.verpakt',
        'sleutel_dossier.meester_id',
        'toegang.id as toegang_id',
        'toegang.soort',
        'toegang.eindigt_op',
        'toegang.ingetrokken_op',
        'toegang_sectie.sectie',
        'toegang_sectie.niveau',
      ])
      .where('dossier.id', '=', p.dossierId)
      .orderBy('toegang.ingetrokken_op', (ob) => ob.desc().nullsFirst()),
);

export async function findDossierSleutelEnToegang(
  db: Db,
  dossierId: string,
  accountId: string,
  metSleutel: boolean,
): Promise<
  | { dossier: DossierFeiten; sleutel: VerpakteSleutel | undefined; toegang: ToegangFeiten | undefined }
  | undefined
> {
  const rows = await dossierSleutelEnToegang.alle(db, { dossierId, accountId, metSleutel });
  const row = rows[0];
  if (!row) return undefined;
  const grant = rows.flatMap((r) =>
    r.toegang_id && r.soort
      ? [
          {
            ...r,
            id: r.toegang_id,
            soort: r.soort,
            eindigt_op: r.eindigt_op,
            ingetrokken_op: r.ingetrokken_op,
          },
        ]
      : [],
  );
  return {
    dossier: { id: row.id, gemeenteId: row.gemeente_id, inwonerAccountId: row.inwoner_account_id },
    sleutel: row.verpakt && row.meester_id ? { verpakt: row.verpakt, meester_id: row.meester_id } : undefined,
    toegang: toegangUitRijen(grant),
  };
}

const actieveNoodtoegang = vasteStatement((db, p: { dossierId: string; accountId: string; now: Date }) =>
  db
    .selectFrom('noodtoegang')
    .select(['id', 'expires_at'])
    .where('dossier_id', '=', p.dossierId)
    .where('professional_account_id', '=', p.accountId)
    .where('expires_at', '>', p.now)
    .orderBy('expires_at', 'desc')
    .limit(1),
);

export async function findActiveNoodtoegang(
  db: Db,
  dossierId: string,
  accountId: string,
  now: Date,
): Promise<NoodtoegangFeiten | undefined> {
  const row = await actieveNoodtoegang.eerste(db, { dossierId, accountId, now });
  return row ? { id: row.id, expiresAt: row.expires_at } : undefined;
}

/** Records whose owner gave this person a live grant: the only "client list" a professional has. */
const gedeeldMet = vasteStatement((db, p: { gemeenteId: string; accountId: string; now: Date }) =>
  db
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
    .where('toegang.gemeente_id', '=', p.gemeenteId)
    .where('toegang.grantee_account_id', '=', p.accountId)
    .where('toegang.ingetrokken_op', 'is', null)
    .where((eb) => eb.or([eb('toegang.eindigt_op', 'is', null), eb('toegang.eindigt_op', '>', p.now)]))
    .orderBy('account.naam'),
);

export async function listDossiersGrantedTo(db: Db, gemeenteId: string, accountId: string, now: Date) {
  return gedeeldMet.alle(db, { gemeenteId, accountId, now });
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

/** Runs the door's work in a savepoint, so a refusal inside it can be undone while its audit entry stays. */
export async function savepoint(trx: Db): Promise<void> {
  await sql`savepoint deur_werk`.execute(trx);
}

export async function rollbackToSavepoint(trx: Db): Promise<void> {
  await sql`rollback to savepoint deur_werk`.execute(trx);
}

export async function releaseSavepoint(trx: Db): Promise<void> {
  await sql`release savepoint deur_werk`.execute(trx);
}

// --- the key store (migration 0011, door/sleutel.ts) ---------------------------------------

export async function leesSleutel(db: Db, gemeenteId: string, dossierId: string) {
  return db
    .selectFrom('sleutel_dossier')
    .select(['verpakt', 'meester_id'])
    .where('dossier_id', '=', dossierId)
    .where('gemeente_id', '=', gemeenteId)
    .executeTakeFirst();
}

/** Stores a new record's wrapped key; false when another request stored one first. */
export async function bewaarSleutel(
  db: Db,
  rij: { gemeenteId: string; dossierId: string; verpakt: string; meesterId: string },
): Promise<boolean> {
  const nieuw = await db
    .insertInto('sleutel_dossier')
    .values({
      gemeente_id: rij.gemeenteId,
      dossier_id: rij.dossierId,
      verpakt: rij.verpakt,
      meester_id: rij.meesterId,
    })
    .onConflict((oc) => oc.column('dossier_id').doNothing())
    .returning('dossier_id')
    .executeTakeFirst();
  return nieuw !== undefined;
}

export async function isGewist(db: Db, dossierId: string): Promise<boolean> {
  const rij = await db
    .selectFrom('sleutel_wissing')
    .select('dossier_id')
    .where('dossier_id', '=', dossierId)
    .executeTakeFirst();
  return rij !== undefined;
}

/** Destroys a record's key and writes the erasure log line, in the caller's transaction. */
export async function vernietigSleutel(db: Db, gemeenteId: string, dossierId: string, nu: Date) {
  await db.deleteFrom('sleutel_dossier').where('dossier_id', '=', dossierId).execute();
  await db
    .insertInto('sleutel_wissing')
    .values({ gemeente_id: gemeenteId, dossier_id: dossierId, gewist_op: nu })
    .onConflict((oc) => oc.column('dossier_id').doNothing())
    .execute();
}

export async function alleWissingen(db: Db) {
  return db.selectFrom('sleutel_wissing').select(['gemeente_id', 'dossier_id', 'gewist_op']).execute();
}

/** Re-applies erasure log lines (after a restore): the log line is added when missing, the key destroyed. */
export async function pasWissingenToe(
  db: Db,
  wissingen: { gemeente_id: string; dossier_id: string; gewist_op: Date }[],
): Promise<number> {
  if (wissingen.length === 0) return 0;
  await db
    .insertInto('sleutel_wissing')
    .values(wissingen)
    .onConflict((oc) => oc.column('dossier_id').doNothing())
    .execute();
  const weg = await db
    .deleteFrom('sleutel_dossier')
    .where(
      'dossier_id',
      'in',
      wissingen.map((w) => w.dossier_id),
    )
    .executeTakeFirst();
  return Number(weg.numDeletedRows);
}

/** Erased records found again in the data (a restored data backup): their ids, to delete. */
export async function gewisteDossiersInData(db: Db) {
  return db
    .selectFrom('dossier')
    .innerJoin('sleutel_wissing', 'sleutel_wissing.dossier_id', 'dossier.id')
    .select(['dossier.id', 'dossier.gemeente_id', 'dossier.inwoner_account_id'])
    .execute();
}

/** A batch of wrapped keys not under the given master key yet (rotation). */
export async function sleutelsNietOnder(db: Db, meesterId: string, aantal: number) {
  return db
    .selectFrom('sleutel_dossier')
    .select(['dossier_id', 'gemeente_id', 'verpakt', 'meester_id'])
    .where('meester_id', '<>', meesterId)
    .orderBy('dossier_id')
    .limit(aantal)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function herverpakSleutel(
  db: Db,
  rij: { dossierId: string; oudMeesterId: string; verpakt: string; meesterId: string; nu: Date },
): Promise<void> {
  await db
    .updateTable('sleutel_dossier')
    .set({ verpakt: rij.verpakt, meester_id: rij.meesterId, herverpakt_at: rij.nu })
    .where('dossier_id', '=', rij.dossierId)
    .where('meester_id', '=', rij.oudMeesterId)
    .execute();
}

export async function telSleutels(db: Db) {
  return db
    .selectFrom('sleutel_dossier')
    .select(['meester_id', (eb) => eb.fn.countAll<number>().as('aantal')])
    .groupBy('meester_id')
    .execute();
}
