import { randomUUID } from 'node:crypto';
import type { Db } from '../platform/db/database.js';
import { vasteStatement } from '../platform/db/vast.js';
import { bewaarCodelijst, type CodelijstWijziging } from '../platform/gemeente/queries.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import { ontsleutelVeld, versleutelVeld } from '../regie/door/sleutel.js';
import { ontsluit, type Toegang } from '../regie/door/toegang.js';
import type { Contact, LieverNietReden, Samenvatting, Steun } from './codes.js';
import type { Cirkel } from './kaart/types.js';
import type { Persoon, PersoonInvoer } from './rules.js';

/**
 * The only SQL of the netwerkkaart. Everything about a record takes a `Toegang` (only the door
 * hands one out); names, notes, proposals and versions are encrypted on write and decrypted on
 * read here, so use cases and pages see plain text. The gemeente's levensgebieden catalog is
 * read as gemeente-level data (`Db | Toegang`), without importing the levensgebieden capability.
 */

const veld = (tabel: string, kolom: string, rijId: string) => ({ tabel, kolom, rijId });

// --- the gemeente's levensgebieden (read only) ---------------------------------------------------

export type GebiedNaam = { code: string; naam: string | null };

/**
 * The visible levensgebieden of the gemeente's newest catalog, in its order; the defaults
 * (names from our own texts) when the gemeente has no catalog yet.
 */
export async function levensgebieden(dbOfToegang: Db | Toegang, gemeenteId: string): Promise<GebiedNaam[]> {
  const db = ontsluit(dbOfToegang);
  const laatste = await db
    .selectFrom('levensgebied_catalogus')
    .select((eb) => eb.fn.max('versie').as('versie'))
    .where('gemeente_id', '=', gemeenteId)
    .executeTakeFirst();
  if (!laatste?.versie) return STANDAARD_LEVENSGEBIEDEN.map((code) => ({ code, naam: null }));
  return db
    .selectFrom('levensgebied')
    .select(['code', 'naam'])
    .where('gemeente_id', '=', gemeenteId)
    .where('catalogus_versie', '=', Number(laatste.versie))
    .where('verborgen', '=', false)
    .orderBy('volgorde')
    .execute();
}

// --- the gemeente's relationship wording (gemeente-level data) -------------------------------

/** A gemeente's own wording of a relationship code; `versie` 0 = never changed (no row). */
export type RelatieInstelling = {
  code: string;
  naam: string | null;
  naamEn: string | null;
  verborgen: boolean;
  versie: number;
};

/** The gemeente's changed relationship codes (codes it never changed have no row). */
export async function relatieInstellingen(
  dbOfToegang: Db | Toegang,
  gemeenteId: string,
): Promise<RelatieInstelling[]> {
  const rijen = await ontsluit(dbOfToegang)
    .selectFrom('netwerk_relatie')
    .select(['code', 'naam', 'naam_en', 'verborgen', 'versie'])
    .where('gemeente_id', '=', gemeenteId)
    .execute();
  return rijen.map((r) => ({
    code: r.code,
    naam: r.naam,
    naamEn: r.naam_en,
    verborgen: r.verborgen,
    versie: r.versie,
  }));
}

/**
 * Saves the changed codes in one transaction: every code's `vanVersie` must still be current
 * (0 = no row yet), else nothing is written and the answer is false (a conflict).
 */
export function bewaarRelatieInstellingen(
  db: Db,
  gemeenteId: string,
  wijzigingen: readonly CodelijstWijziging[],
  nu: Date,
): Promise<boolean> {
  return bewaarCodelijst(db, 'netwerk_relatie', gemeenteId, wijzigingen, nu);
}

// --- the map's own state ------------------------------------------------------------------------

export type KaartStand = { samenvatting: Samenvatting | null; versie: number };

/** Without a row: no choice made yet (versie 0). */
export async function kaartVan(toegang: Toegang): Promise<KaartStand> {
  const rij = await ontsluit(toegang)
    .selectFrom('netwerk_kaart')
    .select(['samenvatting', 'versie'])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .executeTakeFirst();
  return rij ? { samenvatting: rij.samenvatting, versie: rij.versie } : { samenvatting: null, versie: 0 };
}

/**
 * Holds the map's row until the transaction ends, so two people added at the same moment
 * cannot both pass the limit or the same-name check.
 */
export async function vergrendelKaart(toegang: Toegang, nu: Date): Promise<void> {
  const db = ontsluit(toegang);
  await db
    .insertInto('netwerk_kaart')
    .values({ gemeente_id: toegang.gemeenteId, dossier_id: toegang.dossierId, updated_at: nu })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .selectFrom('netwerk_kaart')
    .select('versie')
    .where('dossier_id', '=', toegang.dossierId)
    .forUpdate()
    .execute();
}

/** Her choice in the summary (null: back to what the map says), when `versie` is still current. */
export async function bewaarSamenvatting(
  toegang: Toegang,
  input: { keuze: Samenvatting | null; versie: number; nu: Date },
): Promise<boolean> {
  const db = ontsluit(toegang);
  if (input.versie === 0) {
    const nieuw = await db
      .insertInto('netwerk_kaart')
      .values({
        gemeente_id: toegang.gemeenteId,
        dossier_id: toegang.dossierId,
        samenvatting: input.keuze,
        updated_at: input.nu,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('versie')
      .executeTakeFirst();
    return nieuw !== undefined;
  }
  const result = await db
    .updateTable('netwerk_kaart')
    .set({ samenvatting: input.keuze, versie: input.versie + 1, updated_at: input.nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('versie', '=', input.versie)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// --- people ---------------------------------------------------------------------------------------

function personenQuery(toegang: Toegang) {
  return ontsluit(toegang)
    .selectFrom('netwerk_persoon')
    .selectAll()
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId);
}

type PersoonRij = Awaited<ReturnType<ReturnType<typeof personenQuery>['executeTakeFirstOrThrow']>>;

async function naarPersoon(toegang: Toegang, rij: PersoonRij): Promise<Persoon> {
  return {
    id: rij.id,
    naam: await ontsleutelVeld(toegang, veld('netwerk_persoon', 'naam', rij.id), rij.naam),
    naamZichtbaar: rij.naam_zichtbaar,
    relatie: rij.relatie,
    cirkel: rij.cirkel as Cirkel,
    contact: rij.contact as Contact,
    dichtbij: rij.dichtbij,
    krijgt: rij.krijgt as Steun[],
    geeft: rij.geeft as Steun[],
    helptBij: rij.helpt_bij,
    eigenProblemen: rij.eigen_problemen,
    zwaarBelast: rij.zwaar_belast,
    lieverNiet: rij.liever_niet,
    lieverNietReden: rij.liever_niet_reden as LieverNietReden | null,
    kostEnergie: rij.kost_energie,
    notitie: await ontsleutelVeld(toegang, veld('netwerk_persoon', 'notitie', rij.id), rij.notitie),
    accountId: rij.account_id,
    versie: rij.versie,
    createdAt: rij.created_at,
  };
}

/** Everyone on the map, in the order they were added. */
export async function personen(toegang: Toegang): Promise<Persoon[]> {
  const rijen: PersoonRij[] = await personenSql.alle(ontsluit(toegang), {
    gemeenteId: toegang.gemeenteId,
    dossierId: toegang.dossierId,
  });
  return Promise.all(rijen.map((rij) => naarPersoon(toegang, rij)));
}

// Read on her map and on her levensgebieden page: a fixed statement (issue 20).
const personenSql = vasteStatement((db, p: { gemeenteId: string; dossierId: string }) =>
  db
    .selectFrom('netwerk_persoon')
    .selectAll()
    .where('gemeente_id', '=', p.gemeenteId)
    .where('dossier_id', '=', p.dossierId)
    .orderBy('created_at')
    .orderBy('id'),
);

/** One person of this record's map; undefined for an id of anyone else's (or no) map. */
export async function persoon(toegang: Toegang, id: string): Promise<Persoon | undefined> {
  const rij = await personenQuery(toegang).where('id', '=', id).executeTakeFirst();
  return rij ? naarPersoon(toegang, rij) : undefined;
}

async function kolommen(toegang: Toegang, id: string, p: PersoonInvoer) {
  return {
    naam: await versleutelVeld(toegang, veld('netwerk_persoon', 'naam', id), p.naam),
    naam_zichtbaar: p.naamZichtbaar,
    relatie: p.relatie,
    cirkel: p.cirkel,
    contact: p.contact,
    dichtbij: p.dichtbij,
    krijgt: p.krijgt,
    geeft: p.geeft,
    helpt_bij: p.helptBij,
    eigen_problemen: p.eigenProblemen,
    zwaar_belast: p.zwaarBelast,
    liever_niet: p.lieverNiet,
    liever_niet_reden: p.lieverNiet ? p.lieverNietReden : null,
    kost_energie: p.kostEnergie,
    notitie: await versleutelVeld(toegang, veld('netwerk_persoon', 'notitie', id), p.notitie),
    account_id: p.accountId,
  };
}

export async function voegPersoonToe(toegang: Toegang, invoer: PersoonInvoer, nu: Date): Promise<string> {
  const id = randomUUID();
  await ontsluit(toegang)
    .insertInto('netwerk_persoon')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      ...(await kolommen(toegang, id, invoer)),
      created_at: nu,
      updated_at: nu,
    })
    .execute();
  return id;
}

/** Saves a change when `versie` is still the stored one; false when someone changed it meanwhile. */
export async function wijzigPersoon(
  toegang: Toegang,
  input: { id: string; versie: number; invoer: PersoonInvoer; nu: Date },
): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('netwerk_persoon')
    .set({
      ...(await kolommen(toegang, input.id, input.invoer)),
      versie: input.versie + 1,
      updated_at: input.nu,
    })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('versie', '=', input.versie)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function verwijderPersoon(
  toegang: Toegang,
  input: { id: string; versie: number },
): Promise<boolean> {
  const result = await ontsluit(toegang)
    .deleteFrom('netwerk_persoon')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('versie', '=', input.versie)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// --- proposals ------------------------------------------------------------------------------------

export type Voorstel = {
  id: string;
  persoonId: string | null;
  persoonVersie: number | null;
  auteurId: string;
  auteurNaam: string;
  invoer: PersoonInvoer;
  status: 'open' | 'aanvaard' | 'afgewezen';
  createdAt: Date;
  beslotenAt: Date | null;
};

function voorstellenQuery(toegang: Toegang) {
  return ontsluit(toegang)
    .selectFrom('netwerk_voorstel as v')
    .innerJoin('account as a', (join) =>
      join.onRef('a.id', '=', 'v.auteur_account_id').onRef('a.gemeente_id', '=', 'v.gemeente_id'),
    )
    .select([
      'v.id',
      'v.persoon_id',
      'v.persoon_versie',
      'v.auteur_account_id',
      'a.naam as auteur_naam',
      'v.gegevens',
      'v.status',
      'v.created_at',
      'v.besloten_at',
    ])
    .where('v.gemeente_id', '=', toegang.gemeenteId)
    .where('v.dossier_id', '=', toegang.dossierId);
}

type VoorstelRij = Awaited<ReturnType<ReturnType<typeof voorstellenQuery>['executeTakeFirstOrThrow']>>;

async function naarVoorstel(toegang: Toegang, rij: VoorstelRij): Promise<Voorstel> {
  const tekst = await ontsleutelVeld(toegang, veld('netwerk_voorstel', 'gegevens', rij.id), rij.gegevens);
  return {
    id: rij.id,
    persoonId: rij.persoon_id,
    persoonVersie: rij.persoon_versie,
    auteurId: rij.auteur_account_id,
    auteurNaam: rij.auteur_naam,
    invoer: JSON.parse(tekst) as PersoonInvoer,
    status: rij.status,
    createdAt: rij.created_at,
    beslotenAt: rij.besloten_at,
  };
}

/** Proposals, newest first: all of them, or one author's. */
export async function voorstellen(toegang: Toegang, filter: { auteurId?: string } = {}): Promise<Voorstel[]> {
  let query = voorstellenQuery(toegang);
  if (filter.auteurId) query = query.where('v.auteur_account_id', '=', filter.auteurId);
  const rijen = await query.orderBy('v.created_at', 'desc').orderBy('v.id').execute();
  return Promise.all(rijen.map((rij) => naarVoorstel(toegang, rij)));
}

export async function voorstel(toegang: Toegang, id: string): Promise<Voorstel | undefined> {
  const rij = await voorstellenQuery(toegang).where('v.id', '=', id).executeTakeFirst();
  return rij ? naarVoorstel(toegang, rij) : undefined;
}

export async function maakVoorstel(
  toegang: Toegang,
  input: {
    persoonId: string | null;
    persoonVersie: number | null;
    auteurId: string;
    invoer: PersoonInvoer;
    nu: Date;
  },
): Promise<string> {
  const id = randomUUID();
  await ontsluit(toegang)
    .insertInto('netwerk_voorstel')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      persoon_id: input.persoonId,
      persoon_versie: input.persoonVersie,
      auteur_account_id: input.auteurId,
      gegevens: await versleutelVeld(
        toegang,
        veld('netwerk_voorstel', 'gegevens', id),
        JSON.stringify(input.invoer),
      ),
      created_at: input.nu,
    })
    .execute();
  return id;
}

/** Accepts or declines an open proposal; false when it was decided already. */
export async function beslisVoorstel(
  toegang: Toegang,
  input: { id: string; status: 'aanvaard' | 'afgewezen'; nu: Date },
): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('netwerk_voorstel')
    .set({ status: input.status, besloten_at: input.nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// --- dated versions -------------------------------------------------------------------------------

type OpgeslagenPersoon = Omit<Persoon, 'createdAt'> & { createdAt: string };

/** A dated copy of the whole map, written after every change. */
export async function bewaarVersie(toegang: Toegang, alle: Persoon[], nu: Date): Promise<void> {
  const id = randomUUID();
  const json = JSON.stringify(alle.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() })));
  await ontsluit(toegang)
    .insertInto('netwerk_versie')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      op: nu,
      personen: await versleutelVeld(toegang, veld('netwerk_versie', 'personen', id), json),
    })
    .execute();
}

/** When the map changed, oldest first (ids and dates only). */
export async function versies(toegang: Toegang): Promise<{ id: string; op: Date }[]> {
  return ontsluit(toegang)
    .selectFrom('netwerk_versie')
    .select(['id', 'op'])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .orderBy('op')
    .orderBy('id')
    .execute();
}

export async function versie(
  toegang: Toegang,
  id: string,
): Promise<{ op: Date; personen: Persoon[] } | undefined> {
  const rij = await ontsluit(toegang)
    .selectFrom('netwerk_versie')
    .select(['id', 'op', 'personen'])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!rij) return undefined;
  const json = await ontsleutelVeld(toegang, veld('netwerk_versie', 'personen', rij.id), rij.personen);
  const opgeslagen = JSON.parse(json) as OpgeslagenPersoon[];
  return { op: rij.op, personen: opgeslagen.map((p) => ({ ...p, createdAt: new Date(p.createdAt) })) };
}

// --- erasure ----------------------------------------------------------------------------------------

/** Erasure: the whole map of the record, its proposals and its versions. */
export async function wisNetwerk(toegang: Toegang): Promise<void> {
  const db = ontsluit(toegang);
  for (const tabel of ['netwerk_voorstel', 'netwerk_versie', 'netwerk_persoon', 'netwerk_kaart'] as const)
    await db
      .deleteFrom(tabel)
      .where('gemeente_id', '=', toegang.gemeenteId)
      .where('dossier_id', '=', toegang.dossierId)
      .execute();
}
