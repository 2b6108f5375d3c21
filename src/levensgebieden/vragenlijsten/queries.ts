import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { vasteStatement } from '../../platform/db/vast.js';
import { ontsleutelVeld, versleutelKlareTekst, versleutelVeld } from '../../regie/door/sleutel.js';
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

/** The notes are encrypted under the record's data key (docs/decisions/020). */
const rondeVeld = (rondeId: string) => ({ tabel: 'vragenlijst_ronde', kolom: 'toelichting', rijId: rondeId });
const antwoordVeld = (rondeId: string, itemCode: string) => ({
  tabel: 'vragenlijst_antwoord',
  kolom: 'toelichting',
  rijId: `${rondeId}:${itemCode}`,
});

type RawRonde = Awaited<ReturnType<ReturnType<typeof rondeQuery>['executeTakeFirstOrThrow']>>;
const leesRonde = async (toegang: Toegang, row: RawRonde): Promise<RondeRij> =>
  naarRonde({ ...row, toelichting: await ontsleutelVeld(toegang, rondeVeld(row.id), row.toelichting) });
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
  return row ? leesRonde(toegang, row) : undefined;
}

/** Every submitted round of the record, newest first: the history. */
export async function listIngediend(toegang: Toegang, vragenlijst: Vragenlijst): Promise<RondeRij[]> {
  const rows = await rondeQuery(toegang, vragenlijst)
    .where('r.status', '=', 'ingediend')
    .orderBy('r.ingediend_op', 'desc')
    .orderBy('r.id')
    .execute();
  return Promise.all(rows.map((row) => leesRonde(toegang, row)));
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
  return row ? leesRonde(toegang, row) : undefined;
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
      toelichting: await ontsleutelVeld(toegang, antwoordVeld(row.ronde_id, row.item_code), row.toelichting),
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
  // The id is made here: the note's associated data names its row.
  const id = randomUUID();
  const row = await ontsluit(toegang)
    .insertInto('vragenlijst_ronde')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      vragenlijst: ronde.vragenlijst,
      vragenlijst_versie: ronde.versie,
      invuller_account_id: ronde.invullerAccountId,
      invuller_rol: ronde.invullerRol,
      status: ronde.ingediend ? 'ingediend' : 'concept',
      toelichting: await versleutelVeld(toegang, rondeVeld(id), ronde.toelichting),
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
  const toelichting = await versleutelVeld(toegang, rondeVeld(ronde.id), ronde.toelichting);
  const rows = await ontsluit(toegang)
    .updateTable('vragenlijst_ronde')
    .set((eb) => ({
      toelichting,
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
  const rijen = [];
  for (const a of antwoorden)
    rijen.push({
      ronde_id: rondeId,
      gemeente_id: toegang.gemeenteId,
      item_code: a.code,
      score: a.score,
      weet_niet: a.weetNiet,
      praten: a.praten,
      toelichting: await versleutelVeld(toegang, antwoordVeld(rondeId, a.code), a.toelichting),
    });
  await ontsluit(toegang).insertInto('vragenlijst_antwoord').values(rijen).execute();
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
  return Promise.all(
    rondes.map(async (r) => ({
      ...r,
      toelichting: await ontsleutelVeld(toegang, rondeVeld(r.id), r.toelichting),
      antwoorden: antwoorden.get(r.id) ?? [],
    })),
  );
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
  // Read on every levensgebieden page: a fixed statement (issue 20).
  const row = await instellingSql.eerste(ontsluit(dbOfToegang), { gemeenteId });
  return row
    ? { positieveGezondheid: row.positieve_gezondheid, version: row.version }
    : { positieveGezondheid: false, version: 0 };
}

const instellingSql = vasteStatement((db, p: { gemeenteId: string }) =>
  db
    .selectFrom('vragenlijst_instelling')
    .select(['positieve_gezondheid', 'version'])
    .where('gemeente_id', '=', p.gemeenteId),
);

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
  const id = randomUUID();
  await db
    .insertInto('vragenlijst_ronde')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      vragenlijst: input.vragenlijst,
      vragenlijst_versie: VERSIE[input.vragenlijst],
      invuller_account_id: input.accountId,
      invuller_rol: input.rol,
      status: 'ingediend',
      toelichting: await versleutelVeld(toegang, rondeVeld(id), input.toelichting),
      created_at: input.op,
      updated_at: input.op,
      ingediend_op: input.op,
    })
    .execute();
  const rijen = [];
  for (const [code, a] of Object.entries(input.antwoorden))
    rijen.push({
      ronde_id: id,
      gemeente_id: toegang.gemeenteId,
      item_code: code,
      score: a.score ?? null,
      weet_niet: a.weetNiet ?? false,
      praten: a.praten ?? false,
      toelichting: await versleutelVeld(toegang, antwoordVeld(id, code), a.toelichting ?? ''),
    });
  await db.insertInto('vragenlijst_antwoord').values(rijen).execute();
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

// --- notes stored before field encryption (the step at start, regie/versleuteling.ts) --------

/** Records with questionnaire notes still in plain text (ids only). */
export async function dossiersMetKlareTekst(db: Db): Promise<{ dossierId: string; gemeenteId: string }[]> {
  const klaar = (kolom: 'r.toelichting' | 'v.toelichting') =>
    sql<boolean>`${sql.ref(kolom)} <> '' and ${sql.ref(kolom)} not like 'v1.%'`;
  const rijen = await db
    .selectFrom('vragenlijst_ronde as r')
    .leftJoin('vragenlijst_antwoord as v', (join) =>
      join.onRef('v.ronde_id', '=', 'r.id').onRef('v.gemeente_id', '=', 'r.gemeente_id'),
    )
    .select(['r.dossier_id', 'r.gemeente_id'])
    .distinct()
    .where((eb) => eb.or([klaar('r.toelichting'), klaar('v.toelichting')]))
    .execute();
  return rijen.map((r) => ({ dossierId: r.dossier_id, gemeenteId: r.gemeente_id }));
}

/** Encrypts this record's plain-text notes in place; a row changed meanwhile is left for the next run. */
export async function versleutelKlareToelichtingen(toegang: Toegang): Promise<number> {
  const db = ontsluit(toegang);
  let aantal = 0;
  const rondes = await db
    .selectFrom('vragenlijst_ronde')
    .select(['id', 'toelichting'])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
  for (const ronde of rondes) {
    const nieuw = await versleutelKlareTekst(toegang, rondeVeld(ronde.id), ronde.toelichting);
    if (nieuw === undefined) continue;
    await db
      .updateTable('vragenlijst_ronde')
      .set({ toelichting: nieuw })
      .where('id', '=', ronde.id)
      .where('toelichting', '=', ronde.toelichting)
      .execute();
    aantal++;
  }
  const antwoorden = rondes.length
    ? await db
        .selectFrom('vragenlijst_antwoord')
        .select(['ronde_id', 'item_code', 'toelichting'])
        .where('gemeente_id', '=', toegang.gemeenteId)
        .where(
          'ronde_id',
          'in',
          rondes.map((r) => r.id),
        )
        .execute()
    : [];
  for (const a of antwoorden) {
    const nieuw = await versleutelKlareTekst(toegang, antwoordVeld(a.ronde_id, a.item_code), a.toelichting);
    if (nieuw === undefined) continue;
    await db
      .updateTable('vragenlijst_antwoord')
      .set({ toelichting: nieuw })
      .where('ronde_id', '=', a.ronde_id)
      .where('item_code', '=', a.item_code)
      .where('toelichting', '=', a.toelichting)
      .execute();
    aantal++;
  }
  return aantal;
}
