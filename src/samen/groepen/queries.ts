import type { Db } from '../../platform/db/database.js';
import { ontsluit, type Toegang } from '../../regie/door/toegang.js';
import type { MeldReden } from '../schema.js';
import type { GroepSoort, LidAntwoord } from './rules.js';
import './schema.js';

/**
 * The only SQL of Samen groups. A member's place in a group (her answer) is written and read with
 * a `Toegang` from the door (her own, or the system path's); the group itself (kind, theme,
 * leader, meeting place, dates) holds no personal data. A few reads take a plain `Db` and return
 * ids, answers and dates only: the groups of a gemeente (who is busy, the coordinator's list) and
 * the professionals who can lead a group.
 */

export type GroepRij = {
  id: string;
  soort: GroepSoort;
  thema: string;
  coordinatorAccountId: string;
  leiderAccountId: string;
  leiderNaam: string;
  plek: { id: string; naam: string; adres: string } | undefined;
  gemaaktOp: Date;
  verlooptOp: Date;
  gestartOp: Date | null;
  versie: number;
  /** Members by record id (sorted), with their answers. */
  leden: { dossierId: string; antwoord: LidAntwoord }[];
};

async function groepenMet(db: Db, gemeenteId: string, ids: readonly string[]): Promise<GroepRij[]> {
  if (ids.length === 0) return [];
  const groepen = await db
    .selectFrom('samen_groep as g')
    .innerJoin('account as a', 'a.id', 'g.leider_account_id')
    .select([
      'g.id',
      'g.soort',
      'g.thema',
      'g.coordinator_account_id',
      'g.leider_account_id',
      'a.naam as leider_naam',
      'g.plek_id',
      'g.plek_naam',
      'g.plek_adres',
      'g.gemaakt_op',
      'g.verloopt_op',
      'g.gestart_op',
      'g.versie',
    ])
    .where('g.gemeente_id', '=', gemeenteId)
    .where('g.id', 'in', ids)
    .orderBy('g.gemaakt_op', 'desc')
    .orderBy('g.id')
    .execute();
  const leden = await db
    .selectFrom('samen_groep_lid')
    .select(['groep_id', 'dossier_id', 'antwoord'])
    .where('gemeente_id', '=', gemeenteId)
    .where('groep_id', 'in', ids)
    .orderBy('dossier_id')
    .execute();
  return groepen.map((g) => ({
    id: g.id,
    soort: g.soort,
    thema: g.thema,
    coordinatorAccountId: g.coordinator_account_id,
    leiderAccountId: g.leider_account_id,
    leiderNaam: g.leider_naam,
    plek:
      g.plek_id && g.plek_naam ? { id: g.plek_id, naam: g.plek_naam, adres: g.plek_adres ?? '' } : undefined,
    gemaaktOp: g.gemaakt_op,
    verlooptOp: g.verloopt_op,
    gestartOp: g.gestart_op,
    versie: g.versie,
    leden: leden
      .filter((l) => l.groep_id === g.id)
      .map((l) => ({ dossierId: l.dossier_id, antwoord: l.antwoord })),
  }));
}

/** Her groups (through the door: her own record, or the system path's). */
export async function mijnGroepen(toegang: Toegang): Promise<GroepRij[]> {
  const db = ontsluit(toegang);
  const ids = await db
    .selectFrom('samen_groep_lid')
    .select('groep_id')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
  return groepenMet(
    db,
    toegang.gemeenteId,
    ids.map((r) => r.groep_id),
  );
}

/** Every group of the gemeente made after `sinds` (ids, answers, dates): who is busy; the coordinator's list. */
export async function groepenVanGemeente(db: Db, gemeenteId: string, sinds: Date): Promise<GroepRij[]> {
  const ids = await db
    .selectFrom('samen_groep')
    .select('id')
    .where('gemeente_id', '=', gemeenteId)
    .where('gemaakt_op', '>=', sinds)
    .execute();
  return groepenMet(
    db,
    gemeenteId,
    ids.map((r) => r.id),
  );
}

/** One group by id within the gemeente (ids and answers only). */
export async function groep(db: Db, gemeenteId: string, id: string): Promise<GroepRij | undefined> {
  return (await groepenMet(db, gemeenteId, [id]))[0];
}

export async function maakGroep(
  toegang: Toegang,
  g: {
    id: string;
    soort: GroepSoort;
    thema: string;
    coordinatorAccountId: string;
    leiderAccountId: string;
    plek: { id: string; naam: string; adres: string } | undefined;
    gemaaktOp: Date;
    verlooptOp: Date;
  },
): Promise<void> {
  await ontsluit(toegang)
    .insertInto('samen_groep')
    .values({
      id: g.id,
      gemeente_id: toegang.gemeenteId,
      soort: g.soort,
      thema: g.thema,
      coordinator_account_id: g.coordinatorAccountId,
      leider_account_id: g.leiderAccountId,
      plek_id: g.plek?.id ?? null,
      plek_naam: g.plek?.naam ?? null,
      plek_adres: g.plek?.adres ?? null,
      gemaakt_op: g.gemaaktOp,
      verloopt_op: g.verlooptOp,
      gestart_op: null,
    })
    .execute();
}

/** She is proposed for a group. */
export async function voegGroepLidToe(toegang: Toegang, groepId: string): Promise<void> {
  await ontsluit(toegang)
    .insertInto('samen_groep_lid')
    .values({ gemeente_id: toegang.gemeenteId, groep_id: groepId, dossier_id: toegang.dossierId })
    .execute();
}

/** Her answer; only while she has not answered (false: someone was first, nothing written). */
export async function zetGroepAntwoord(
  toegang: Toegang,
  groepId: string,
  keuze: 'ja' | 'nee',
  nu: Date,
): Promise<boolean> {
  const r = await ontsluit(toegang)
    .updateTable('samen_groep_lid')
    .set({ antwoord: keuze, geantwoord_op: nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('groep_id', '=', groepId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('antwoord', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The group starts (once): set with the answer that brought enough members. */
export async function zetGestart(toegang: Toegang, groepId: string, nu: Date): Promise<void> {
  await ontsluit(toegang)
    .updateTable('samen_groep')
    .set({ gestart_op: nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('id', '=', groepId)
    .where('gestart_op', 'is', null)
    .execute();
}

/** The coordinator removes her from a group (false: she is not, or no longer, in it). */
export async function verwijderUitGroep(toegang: Toegang, groepId: string, nu: Date): Promise<boolean> {
  const r = await ontsluit(toegang)
    .updateTable('samen_groep_lid')
    .set({ antwoord: 'verwijderd', geantwoord_op: nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('groep_id', '=', groepId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('antwoord', 'in', ['open', 'ja'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A report about a member of a group (the coordinator's list shows it with the others). */
export async function meldInGroep(
  toegang: Toegang,
  melding: { id: string; over: string; groepId: string; reden: MeldReden },
  nu: Date,
): Promise<void> {
  await ontsluit(toegang)
    .insertInto('samen_melding')
    .values({
      id: melding.id,
      gemeente_id: toegang.gemeenteId,
      door_dossier_id: toegang.dossierId,
      over_dossier_id: melding.over,
      voorstel_id: null,
      groep_id: melding.groepId,
      reden: melding.reden,
      op: nu,
    })
    .execute();
}

/** The coordinator picks another meeting place; a stale version changes nothing (false). */
export async function zetPlek(
  db: Db,
  gemeenteId: string,
  groepId: string,
  plek: { id: string; naam: string; adres: string },
  versie: number,
): Promise<boolean> {
  const r = await db
    .updateTable('samen_groep')
    .set({ plek_id: plek.id, plek_naam: plek.naam, plek_adres: plek.adres, versie: versie + 1 })
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', groepId)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Professionals of the gemeente who can lead a group (a coach, an ervaringsdeskundige): id, name,
 * and whether a coordinator marked her as ervaringsdeskundige (only they lead lotgenoten).
 */
export async function professionals(
  db: Db,
  gemeenteId: string,
): Promise<{ id: string; naam: string; ervaringsdeskundige: boolean }[]> {
  const rijen = await db
    .selectFrom('account')
    .leftJoin('samen_ervaringsdeskundige as e', (join) =>
      join.onRef('e.account_id', '=', 'account.id').onRef('e.gemeente_id', '=', 'account.gemeente_id'),
    )
    .select(['account.id', 'account.naam', 'e.account_id as ervaringsdeskundige'])
    .where('account.gemeente_id', '=', gemeenteId)
    .where('account.rol', '=', 'professional')
    .where('account.disabled_at', 'is', null)
    .orderBy('account.naam')
    .orderBy('account.id')
    .execute();
  return rijen.map((r) => ({ id: r.id, naam: r.naam, ervaringsdeskundige: r.ervaringsdeskundige !== null }));
}

/** Marks (or unmarks) a professional as ervaringsdeskundige; false when nothing changed. */
export async function zetErvaringsdeskundige(
  db: Db,
  invoer: { gemeenteId: string; accountId: string; ja: boolean; door: string; op: Date },
): Promise<boolean> {
  if (!invoer.ja) {
    const r = await db
      .deleteFrom('samen_ervaringsdeskundige')
      .where('gemeente_id', '=', invoer.gemeenteId)
      .where('account_id', '=', invoer.accountId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  }
  const r = await db
    .insertInto('samen_ervaringsdeskundige')
    .values({
      gemeente_id: invoer.gemeenteId,
      account_id: invoer.accountId,
      gemarkeerd_door: invoer.door,
      gemarkeerd_op: invoer.op,
    })
    .onConflict((oc) => oc.columns(['gemeente_id', 'account_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
}

// --- possible groups (decision 054): counts only, no personal data ------------------------------

export type SuggestieRij = {
  soort: GroepSoort;
  thema: string;
  mensen: number;
  groepen: number;
  berekendOp: Date;
};

/**
 * Replaces the gemeente's possible groups of one kind by a new computation, in one transaction
 * (a reader sees the old rows or the new ones, never half).
 */
export async function vervangSuggesties(
  db: Db,
  gemeenteId: string,
  soort: GroepSoort,
  rijen: readonly { thema: string; mensen: number; groepen: number }[],
  op: Date,
): Promise<void> {
  const vervang = async (trx: Db) => {
    await trx
      .deleteFrom('samen_groep_suggestie')
      .where('gemeente_id', '=', gemeenteId)
      .where('soort', '=', soort)
      .execute();
    if (rijen.length > 0)
      await trx
        .insertInto('samen_groep_suggestie')
        .values(
          rijen.map((r) => ({
            gemeente_id: gemeenteId,
            soort,
            thema: r.thema,
            mensen: r.mensen,
            groepen: r.groepen,
            berekend_op: op,
          })),
        )
        .execute();
  };
  // Inside a caller's transaction (the demo's seed) it is already all or nothing.
  if (db.isTransaction) await vervang(db);
  else await db.transaction().execute(vervang);
}

/** The gemeente's possible groups, most people first. */
export async function suggesties(db: Db, gemeenteId: string): Promise<SuggestieRij[]> {
  const rijen = await db
    .selectFrom('samen_groep_suggestie')
    .select(['soort', 'thema', 'mensen', 'groepen', 'berekend_op'])
    .where('gemeente_id', '=', gemeenteId)
    .orderBy('mensen', 'desc')
    .orderBy('soort')
    .orderBy('thema')
    .execute();
  return rijen.map((r) => ({
    soort: r.soort,
    thema: r.thema,
    mensen: r.mensen,
    groepen: r.groepen,
    berekendOp: r.berekend_op,
  }));
}
