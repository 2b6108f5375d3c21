import type { Db } from '../../platform/db/database.js';
import { ontsluit, type Toegang } from '../../regie/door/toegang.js';
import { VERSIE, type Vragenlijst } from './items.js';
import type { Antwoord } from './rules.js';

/**
 * All SQL of the questionnaires. Functions on a resident's answers take a `Toegang` from the
 * door and use its transaction, scoped to its gemeente and record. Only the gemeente setting
 * (is positieve gezondheid on?) is read without one: it holds no personal data.
 */

export type RondeRij = {
  id: string;
  invullerAccountId: string;
  invullerNaam: string;
  invullerRol: 'inwoner' | 'professional';
  vragenlijstVersie: string;
  status: 'concept' | 'ingediend';
  toelichting: string;
  version: number;
  ingediendOp: Date | null;
  updatedAt: Date;
};

function rondeQuery(toegang: Toegang, vragenlijst: Vragenlijst) {
  return ontsluit(toegang)
    .selectFrom('vragenlijst_ronde as r')
    .innerJoin('account as a', (join) =>
      join.onRef('a.id', '=', 'r.invuller_account_id').onRef('a.gemeente_id', '=', 'r.gemeente_id'),
    )
    .select([
      'r.id',
      'r.invuller_account_id',
      'a.naam',
      'r.invuller_rol',
      'r.vragenlijst_versie',
      'r.status',
      'r.toelichting',
      'r.version',
      'r.ingediend_op',
      'r.updated_at',
    ])
    .where('r.gemeente_id', '=', toegang.gemeenteId)
    .where('r.dossier_id', '=', toegang.dossierId)
    .where('r.vragenlijst', '=', vragenlijst);
}

type RawRonde = Awaited<ReturnType<ReturnType<typeof rondeQuery>['executeTakeFirstOrThrow']>>;
const naarRonde = (row: RawRonde): RondeRij => ({
  id: row.id,
  invullerAccountId: row.invuller_account_id,
  invullerNaam: row.naam,
  invullerRol: row.invuller_rol,
  vragenlijstVersie: row.vragenlijst_versie,
  status: row.status,
  toelichting: row.toelichting,
  version: row.version,
  ingediendOp: row.ingediend_op,
  updatedAt: row.updated_at,
});

/** The draft one person is working on, if any. */
export async function findConcept(
  toegang: Toegang,
  vragenlijst: Vragenlijst,
  accountId: string,
): Promise<RondeRij | undefined> {
  const row = await rondeQuery(toegang, vragenlijst)
    .where('r.status', '=', 'concept')
    .where('r.invuller_account_id', '=', accountId)
    .executeTakeFirst();
  return row ? naarRonde(row) : undefined;
}

/** Every submitted round of the record, newest first: the history. */
export async function listIngediend(toegang: Toegang, vragenlijst: Vragenlijst): Promise<RondeRij[]> {
  const rows = await rondeQuery(toegang, vragenlijst)
    .where('r.status', '=', 'ingediend')
    .orderBy('r.ingediend_op', 'desc')
    .orderBy('r.id')
    .execute();
  return rows.map(naarRonde);
}

/** One submitted round of this record, or undefined (another record's id finds nothing). */
export async function findIngediend(
  toegang: Toegang,
  vragenlijst: Vragenlijst,
  rondeId: string,
): Promise<RondeRij | undefined> {
  const row = await rondeQuery(toegang, vragenlijst)
    .where('r.status', '=', 'ingediend')
    .where('r.id', '=', rondeId)
    .executeTakeFirst();
  return row ? naarRonde(row) : undefined;
}

/** The answers of some rounds of this record, per round id. */
export async function antwoordenVan(toegang: Toegang, rondeIds: string[]): Promise<Map<string, Antwoord[]>> {
  const result = new Map<string, Antwoord[]>(rondeIds.map((id) => [id, []]));
  if (rondeIds.length === 0) return result;
  const rows = await ontsluit(toegang)
    .selectFrom('vragenlijst_antwoord as v')
    .innerJoin('vragenlijst_ronde as r', (join) =>
      join.onRef('r.id', '=', 'v.ronde_id').onRef('r.gemeente_id', '=', 'v.gemeente_id'),
    )
    .select(['v.ronde_id', 'v.item_code', 'v.score', 'v.weet_niet', 'v.praten', 'v.toelichting'])
    .where('r.gemeente_id', '=', toegang.gemeenteId)
    .where('r.dossier_id', '=', toegang.dossierId)
    .where('v.ronde_id', 'in', rondeIds)
    .execute();
  for (const row of rows)
    result.get(row.ronde_id)?.push({
      code: row.item_code,
      score: row.score,
      weetNiet: row.weet_niet,
      praten: row.praten,
      toelichting: row.toelichting,
    });
  return result;
}

export async function insertRonde(
  toegang: Toegang,
  ronde: {
    vragenlijst: Vragenlijst;
    versie: string;
    invullerAccountId: string;
    invullerRol: 'inwoner' | 'professional';
    toelichting: string;
    ingediend: boolean;
    now: Date;
  },
): Promise<string> {
  const row = await ontsluit(toegang)
    .insertInto('vragenlijst_ronde')
    .values({
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      vragenlijst: ronde.vragenlijst,
      vragenlijst_versie: ronde.versie,
      invuller_account_id: ronde.invullerAccountId,
      invuller_rol: ronde.invullerRol,
      status: ronde.ingediend ? 'ingediend' : 'concept',
      toelichting: ronde.toelichting,
      created_at: ronde.now,
      updated_at: ronde.now,
      ingediend_op: ronde.ingediend ? ronde.now : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates a draft only when it is still at the version the person saw; false otherwise. */
export async function updateConcept(
  toegang: Toegang,
  ronde: { id: string; gezien: number; toelichting: string; ingediend: boolean; now: Date },
): Promise<boolean> {
  const rows = await ontsluit(toegang)
    .updateTable('vragenlijst_ronde')
    .set((eb) => ({
      toelichting: ronde.toelichting,
      status: ronde.ingediend ? 'ingediend' : 'concept',
      ingediend_op: ronde.ingediend ? ronde.now : null,
      updated_at: ronde.now,
      version: eb('version', '+', 1),
    }))
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', ronde.id)
    .where('status', '=', 'concept')
    .where('version', '=', ronde.gezien)
    .returning('id')
    .execute();
  return rows.length === 1;
}

/** Replaces the answers of a round (the round was checked to belong to this record). */
export async function vervangAntwoorden(
  toegang: Toegang,
  rondeId: string,
  antwoorden: Antwoord[],
): Promise<void> {
  await ontsluit(toegang)
    .deleteFrom('vragenlijst_antwoord')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('ronde_id', '=', rondeId)
    .execute();
  if (antwoorden.length === 0) return;
  await ontsluit(toegang)
    .insertInto('vragenlijst_antwoord')
    .values(
      antwoorden.map((a) => ({
        ronde_id: rondeId,
        gemeente_id: toegang.gemeenteId,
        item_code: a.code,
        score: a.score,
        weet_niet: a.weetNiet,
        praten: a.praten,
        toelichting: a.toelichting,
      })),
    )
    .execute();
}

/** Everything of both questionnaires in this record, drafts included, for the data download. */
export async function alleRondes(toegang: Toegang) {
  const rondes = await ontsluit(toegang)
    .selectFrom('vragenlijst_ronde as r')
    .innerJoin('account as a', (join) =>
      join.onRef('a.id', '=', 'r.invuller_account_id').onRef('a.gemeente_id', '=', 'r.gemeente_id'),
    )
    .select([
      'r.id',
      'r.vragenlijst',
      'r.vragenlijst_versie',
      'r.invuller_account_id',
      'a.naam as invuller_naam',
      'r.invuller_rol',
      'r.status',
      'r.toelichting',
      'r.created_at',
      'r.updated_at',
      'r.ingediend_op',
    ])
    .where('r.gemeente_id', '=', toegang.gemeenteId)
    .where('r.dossier_id', '=', toegang.dossierId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  const antwoorden = await antwoordenVan(
    toegang,
    rondes.map((r) => r.id),
  );
  return rondes.map((r) => ({ ...r, antwoorden: antwoorden.get(r.id) ?? [] }));
}

/** Erasure: every round (and by cascade every answer) of this record. */
export async function wisRondes(toegang: Toegang): Promise<void> {
  await ontsluit(toegang)
    .deleteFrom('vragenlijst_ronde')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
}

// --- the gemeente setting (no personal data) ---

export async function leesInstelling(
  dbOfToegang: Db | Toegang,
  gemeenteId: string,
): Promise<{ positieveGezondheid: boolean; version: number }> {
  const row = await ontsluit(dbOfToegang)
    .selectFrom('vragenlijst_instelling')
    .select(['positieve_gezondheid', 'version'])
    .where('gemeente_id', '=', gemeenteId)
    .executeTakeFirst();
  return row
    ? { positieveGezondheid: row.positieve_gezondheid, version: row.version }
    : { positieveGezondheid: false, version: 0 };
}

/** Changes the setting when it is still at the version the beheerder saw (0: never set). */
export async function zetInstelling(
  db: Db,
  input: { gemeenteId: string; positieveGezondheid: boolean; gezien: number; now: Date },
): Promise<boolean> {
  if (input.gezien === 0) {
    const rows = await db
      .insertInto('vragenlijst_instelling')
      .values({
        gemeente_id: input.gemeenteId,
        positieve_gezondheid: input.positieveGezondheid,
        updated_at: input.now,
      })
      .onConflict((oc) => oc.column('gemeente_id').doNothing())
      .returning('gemeente_id')
      .execute();
    return rows.length === 1;
  }
  const rows = await db
    .updateTable('vragenlijst_instelling')
    .set((eb) => ({
      positieve_gezondheid: input.positieveGezondheid,
      updated_at: input.now,
      version: eb('version', '+', 1),
    }))
    .where('gemeente_id', '=', input.gemeenteId)
    .where('version', '=', input.gezien)
    .returning('gemeente_id')
    .execute();
  return rows.length === 1;
}

/** A submitted round written at once, with its answers (demo and test data, via the system path). */
export type IngediendeRonde = {
  vragenlijst: Vragenlijst;
  accountId: string;
  rol: 'inwoner' | 'professional';
  op: Date;
  toelichting: string;
  antwoorden: Record<string, { score?: number; weetNiet?: boolean; praten?: boolean; toelichting?: string }>;
};

export async function voegIngediendeRondeToe(toegang: Toegang, input: IngediendeRonde): Promise<string> {
  const db = ontsluit(toegang);
  const { id } = await db
    .insertInto('vragenlijst_ronde')
    .values({
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      vragenlijst: input.vragenlijst,
      vragenlijst_versie: VERSIE[input.vragenlijst],
      invuller_account_id: input.accountId,
      invuller_rol: input.rol,
      status: 'ingediend',
      toelichting: input.toelichting,
      created_at: input.op,
      updated_at: input.op,
      ingediend_op: input.op,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('vragenlijst_antwoord')
    .values(
      Object.entries(input.antwoorden).map(([code, a]) => ({
        ronde_id: id,
        gemeente_id: toegang.gemeenteId,
        item_code: code,
        score: a.score ?? null,
        weet_niet: a.weetNiet ?? false,
        praten: a.praten ?? false,
        toelichting: a.toelichting ?? '',
      })),
    )
    .execute();
  return id;
}

/** Turns the positieve-gezondheid questionnaire on for a gemeente that has no setting yet (demo). */
export async function zetPositieveGezondheidAanAlsNieuw(
  db: Db,
  gemeenteId: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('vragenlijst_instelling')
    .values({ gemeente_id: gemeenteId, positieve_gezondheid: true, updated_at: now })
    .onConflict((oc) => oc.column('gemeente_id').doNothing())
    .execute();
}
