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

/** Professionals of the gemeente who can lead a group (a coach, an ervaringsdeskundige): id and name. */
export async function professionals(db: Db, gemeenteId: string): Promise<{ id: string; naam: string }[]> {
  return db
    .selectFrom('account')
    .select(['id', 'naam'])
    .where('gemeente_id', '=', gemeenteId)
    .where('rol', '=', 'professional')
    .where('disabled_at', 'is', null)
    .orderBy('naam')
    .orderBy('id')
    .execute();
}
