import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';
import { enqueueJob } from '../platform/jobs/jobs.js';
import type { JobName, JobPayload, NewJob } from '../platform/jobs/types.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import { ontsleutelVeld, versleutelVeld } from '../regie/door/sleutel.js';
import { ontsluit, type Toegang } from '../regie/door/toegang.js';
import {
  type Aanleiding,
  type Actie,
  type ActieInvoer,
  type Doel,
  type DoelInvoer,
  type Doener,
  STANDAARD_MAX_PROFESSIONALS,
  type Status,
} from './rules.js';

/**
 * The only SQL of Mijn plan. Everything about a record takes a `Toegang` (only the door hands
 * one out); every free text is encrypted on write and decrypted on read here, so use cases and
 * pages see plain text. The network map and the levensgebieden catalog are read as tables,
 * without importing those capabilities.
 */

const veld = (tabel: string, kolom: string, rijId: string) => ({ tabel, kolom, rijId });
const enc = (toegang: Toegang, tabel: string, kolom: string, id: string, tekst: string) =>
  versleutelVeld(toegang, veld(tabel, kolom, id), tekst);
const dec = (toegang: Toegang, tabel: string, kolom: string, id: string, tekst: string) =>
  ontsleutelVeld(toegang, veld(tabel, kolom, id), tekst);

// --- the gemeente's levensgebieden (read only) ---------------------------------------------------

export type Gebied = { code: string; naam: string | null };

/** The visible levensgebieden of the gemeente's newest catalog; the defaults without one. */
export async function gebieden(dbOfToegang: Db | Toegang, gemeenteId: string): Promise<Gebied[]> {
  const rijen = await ontsluit(dbOfToegang)
    .selectFrom('levensgebied as l')
    .select(['l.code', 'l.naam'])
    .where('l.gemeente_id', '=', gemeenteId)
    .where('l.verborgen', '=', false)
    .where('l.catalogus_versie', '=', (eb) =>
      eb
        .selectFrom('levensgebied_catalogus as c')
        .select((s) => s.fn.max('c.versie').as('v'))
        .where('c.gemeente_id', '=', gemeenteId),
    )
    .orderBy('l.volgorde')
    .execute();
  return rijen.length > 0 ? rijen : STANDAARD_LEVENSGEBIEDEN.map((code) => ({ code, naam: null }));
}

// --- the network map (read only) -----------------------------------------------------------------

export type NetwerkPersoon = { id: string; naam: string; naamZichtbaar: boolean; relatie: string };

/** The people on her network map, in the order added (names decrypted). */
export async function netwerkPersonen(toegang: Toegang): Promise<NetwerkPersoon[]> {
  const rijen = await ontsluit(toegang)
    .selectFrom('netwerk_persoon')
    .select(['id', 'naam', 'naam_zichtbaar', 'relatie'])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return Promise.all(
    rijen.map(async (r) => ({
      id: r.id,
      naam: await dec(toegang, 'netwerk_persoon', 'naam', r.id, r.naam),
      naamZichtbaar: r.naam_zichtbaar,
      relatie: r.relatie,
    })),
  );
}

// --- accounts (names and organisations of professionals) -------------------------------------

/** The organisation of each of these accounts (null for accounts without one). */
export async function organisaties(
  toegang: Toegang,
  accountIds: readonly string[],
): Promise<Map<string, string | null>> {
  if (accountIds.length === 0) return new Map();
  const rijen = await ontsluit(toegang)
    .selectFrom('account')
    .leftJoin('organisatie', 'organisatie.id', 'account.organisatie_id')
    .select(['account.id', 'organisatie.naam as organisatie'])
    .where('account.gemeente_id', '=', toegang.gemeenteId)
    .where('account.id', 'in', [...accountIds])
    .execute();
  return new Map(rijen.map((r) => [r.id, r.organisatie]));
}

// --- the plan's own state ------------------------------------------------------------------------

export type Stand = { regievoerderAccountId: string | null; versie: number };

export async function stand(toegang: Toegang): Promise<Stand> {
  const rij = await ontsluit(toegang)
    .selectFrom('plan_stand')
    .select(['regievoerder_account_id', 'versie'])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .executeTakeFirst();
  return rij
    ? { regievoerderAccountId: rij.regievoerder_account_id, versie: rij.versie }
    : { regievoerderAccountId: null, versie: 0 };
}

/**
 * Holds the plan's row until the transaction ends: goals added and proposals decided at the
 * same moment are serialised, so limits hold and a proposal is decided once.
 */
export async function vergrendelPlan(toegang: Toegang, nu: Date): Promise<void> {
  const db = ontsluit(toegang);
  await db
    .insertInto('plan_stand')
    .values({ gemeente_id: toegang.gemeenteId, dossier_id: toegang.dossierId, updated_at: nu })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .selectFrom('plan_stand')
    .select('versie')
    .where('dossier_id', '=', toegang.dossierId)
    .forUpdate()
    .execute();
}

/** The regievoerder she chose (null: none), when `versie` is still current. */
export async function zetRegievoerder(
  toegang: Toegang,
  input: { accountId: string | null; versie: number; nu: Date },
): Promise<boolean> {
  await vergrendelPlan(toegang, input.nu);
  const result = await ontsluit(toegang)
    .updateTable('plan_stand')
    .set({
      regievoerder_account_id: input.accountId,
      versie: Math.max(input.versie, 1) + 1,
      updated_at: input.nu,
    })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('versie', '=', Math.max(input.versie, 1))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// --- goals ------------------------------------------------------------------------------------------

function doelenQuery(toegang: Toegang) {
  return ontsluit(toegang)
    .selectFrom('plan_doel')
    .selectAll()
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId);
}
type DoelRij = Awaited<ReturnType<ReturnType<typeof doelenQuery>['executeTakeFirstOrThrow']>>;

async function naarDoel(toegang: Toegang, r: DoelRij): Promise<Doel> {
  return {
    id: r.id,
    tekst: await dec(toegang, 'plan_doel', 'tekst', r.id, r.tekst),
    waarom: await dec(toegang, 'plan_doel', 'waarom', r.id, r.waarom),
    geluktAls: await dec(toegang, 'plan_doel', 'gelukt_als', r.id, r.gelukt_als),
    levensgebieden: r.levensgebieden,
    aanleiding: r.aanleiding as Aanleiding | null,
    evaluatieOp: r.evaluatie_op,
    versie: r.versie,
    createdAt: r.created_at,
  };
}

export async function doelen(toegang: Toegang): Promise<Doel[]> {
  const rijen = await doelenQuery(toegang).orderBy('created_at').orderBy('id').execute();
  return Promise.all(rijen.map((r) => naarDoel(toegang, r)));
}

export async function doel(toegang: Toegang, id: string): Promise<Doel | undefined> {
  const r = await doelenQuery(toegang).where('id', '=', id).executeTakeFirst();
  return r ? naarDoel(toegang, r) : undefined;
}

async function doelKolommen(toegang: Toegang, id: string, d: DoelInvoer) {
  return {
    tekst: await enc(toegang, 'plan_doel', 'tekst', id, d.tekst),
    waarom: await enc(toegang, 'plan_doel', 'waarom', id, d.waarom),
    gelukt_als: await enc(toegang, 'plan_doel', 'gelukt_als', id, d.geluktAls),
    levensgebieden: d.levensgebieden,
    aanleiding: d.aanleiding,
    evaluatie_op: d.evaluatieOp,
  };
}

export async function voegDoelToe(toegang: Toegang, d: DoelInvoer, nu: Date): Promise<string> {
  const id = randomUUID();
  await ontsluit(toegang)
    .insertInto('plan_doel')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      ...(await doelKolommen(toegang, id, d)),
      created_at: nu,
      updated_at: nu,
    })
    .execute();
  return id;
}

/** Saves a change when `versie` is still the stored one; false when someone changed it meanwhile. */
export async function wijzigDoel(
  toegang: Toegang,
  input: { id: string; versie: number; doel: DoelInvoer; nu: Date },
): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('plan_doel')
    .set({
      ...(await doelKolommen(toegang, input.id, input.doel)),
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

// --- actions ----------------------------------------------------------------------------------------

function actiesQuery(toegang: Toegang) {
  return ontsluit(toegang)
    .selectFrom('plan_actie')
    .selectAll()
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId);
}
type ActieRij = Awaited<ReturnType<ReturnType<typeof actiesQuery>['executeTakeFirstOrThrow']>>;

async function naarActie(toegang: Toegang, r: ActieRij): Promise<Actie> {
  return {
    id: r.id,
    doelId: r.doel_id,
    wat: await dec(toegang, 'plan_actie', 'wat', r.id, r.wat),
    doener: r.doener as Doener,
    netwerkPersoonId: r.netwerk_persoon_id,
    doenerNaam: await dec(toegang, 'plan_actie', 'doener_naam', r.id, r.doener_naam),
    doenerAccountId: r.doener_account_id,
    wanneer: r.wanneer,
    status: r.status as Status,
    statusWaarom: await dec(toegang, 'plan_actie', 'status_waarom', r.id, r.status_waarom),
    evaluatieOp: r.evaluatie_op,
    versie: r.versie,
    createdAt: r.created_at,
  };
}

export async function acties(toegang: Toegang): Promise<Actie[]> {
  const rijen = await actiesQuery(toegang).orderBy('created_at').orderBy('id').execute();
  return Promise.all(rijen.map((r) => naarActie(toegang, r)));
}

export async function actie(toegang: Toegang, id: string): Promise<Actie | undefined> {
  const r = await actiesQuery(toegang).where('id', '=', id).executeTakeFirst();
  return r ? naarActie(toegang, r) : undefined;
}

export async function aantalActies(toegang: Toegang, doelId: string): Promise<number> {
  const r = await ontsluit(toegang)
    .selectFrom('plan_actie')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('dossier_id', '=', toegang.dossierId)
    .where('doel_id', '=', doelId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

async function actieKolommen(toegang: Toegang, id: string, a: ActieInvoer) {
  return {
    wat: await enc(toegang, 'plan_actie', 'wat', id, a.wat),
    doener: a.doener,
    netwerk_persoon_id: a.netwerkPersoonId,
    doener_naam: await enc(toegang, 'plan_actie', 'doener_naam', id, a.doenerNaam),
    doener_account_id: a.doenerAccountId,
    wanneer: a.wanneer,
    status: a.status,
    status_waarom: await enc(toegang, 'plan_actie', 'status_waarom', id, a.statusWaarom),
    evaluatie_op: a.evaluatieOp,
  };
}

export async function voegActieToe(
  toegang: Toegang,
  doelId: string,
  a: ActieInvoer,
  nu: Date,
): Promise<string> {
  const id = randomUUID();
  await ontsluit(toegang)
    .insertInto('plan_actie')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      doel_id: doelId,
      ...(await actieKolommen(toegang, id, a)),
      created_at: nu,
      updated_at: nu,
    })
    .execute();
  return id;
}

export async function wijzigActie(
  toegang: Toegang,
  input: { id: string; versie: number; actie: ActieInvoer; nu: Date },
): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('plan_actie')
    .set({
      ...(await actieKolommen(toegang, input.id, input.actie)),
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

// --- progress notes ---------------------------------------------------------------------------------

export type Notitie = { id: string; actieId: string; auteurNaam: string | null; tekst: string; op: Date };

export async function notities(toegang: Toegang): Promise<Notitie[]> {
  const rijen = await ontsluit(toegang)
    .selectFrom('plan_notitie as n')
    .leftJoin('account as a', 'a.id', 'n.auteur_account_id')
    .select(['n.id', 'n.actie_id', 'n.tekst', 'n.created_at', 'a.naam'])
    .where('n.gemeente_id', '=', toegang.gemeenteId)
    .where('n.dossier_id', '=', toegang.dossierId)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
  return Promise.all(
    rijen.map(async (r) => ({
      id: r.id,
      actieId: r.actie_id,
      auteurNaam: r.naam,
      tekst: await dec(toegang, 'plan_notitie', 'tekst', r.id, r.tekst),
      op: r.created_at,
    })),
  );
}

export async function voegNotitieToe(
  toegang: Toegang,
  input: { actieId: string; auteurId: string; tekst: string; nu: Date },
): Promise<string> {
  const id = randomUUID();
  await ontsluit(toegang)
    .insertInto('plan_notitie')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      actie_id: input.actieId,
      auteur_account_id: input.auteurId,
      tekst: await enc(toegang, 'plan_notitie', 'tekst', id, input.tekst),
      created_at: input.nu,
    })
    .execute();
  return id;
}

// --- proposals --------------------------------------------------------------------------------------

export type Voorstel = {
  id: string;
  soort: 'doel' | 'actie';
  doelId: string | null;
  actieId: string | null;
  basisVersie: number | null;
  auteurId: string;
  auteurNaam: string;
  gegevens: DoelInvoer | ActieInvoer;
  status: 'open' | 'aanvaard' | 'afgewezen';
  createdAt: Date;
  beslotenAt: Date | null;
};

function voorstellenQuery(toegang: Toegang) {
  return ontsluit(toegang)
    .selectFrom('plan_voorstel as v')
    .innerJoin('account as a', (join) =>
      join.onRef('a.id', '=', 'v.auteur_account_id').onRef('a.gemeente_id', '=', 'v.gemeente_id'),
    )
    .select([
      'v.id',
      'v.soort',
      'v.doel_id',
      'v.actie_id',
      'v.basis_versie',
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

async function naarVoorstel(toegang: Toegang, r: VoorstelRij): Promise<Voorstel> {
  return {
    id: r.id,
    soort: r.soort,
    doelId: r.doel_id,
    actieId: r.actie_id,
    basisVersie: r.basis_versie,
    auteurId: r.auteur_account_id,
    auteurNaam: r.auteur_naam,
    gegevens: JSON.parse(await dec(toegang, 'plan_voorstel', 'gegevens', r.id, r.gegevens)),
    status: r.status,
    createdAt: r.created_at,
    beslotenAt: r.besloten_at,
  };
}

/** Proposals, oldest first: all of them, or one author's. */
export async function voorstellen(toegang: Toegang, filter: { auteurId?: string } = {}): Promise<Voorstel[]> {
  let query = voorstellenQuery(toegang);
  if (filter.auteurId) query = query.where('v.auteur_account_id', '=', filter.auteurId);
  const rijen = await query.orderBy('v.created_at').orderBy('v.id').execute();
  return Promise.all(rijen.map((r) => naarVoorstel(toegang, r)));
}

export async function voorstel(toegang: Toegang, id: string): Promise<Voorstel | undefined> {
  const r = await voorstellenQuery(toegang).where('v.id', '=', id).executeTakeFirst();
  return r ? naarVoorstel(toegang, r) : undefined;
}

export async function maakVoorstel(
  toegang: Toegang,
  input: {
    soort: 'doel' | 'actie';
    doelId: string | null;
    actieId: string | null;
    basisVersie: number | null;
    auteurId: string;
    gegevens: DoelInvoer | ActieInvoer;
    nu: Date;
  },
): Promise<string> {
  const id = randomUUID();
  await ontsluit(toegang)
    .insertInto('plan_voorstel')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      soort: input.soort,
      doel_id: input.doelId,
      actie_id: input.actieId,
      basis_versie: input.basisVersie,
      auteur_account_id: input.auteurId,
      gegevens: await enc(toegang, 'plan_voorstel', 'gegevens', id, JSON.stringify(input.gegevens)),
      created_at: input.nu,
    })
    .execute();
  return id;
}

/** Accepts or declines an open proposal; false when it was decided already. */
export async function beslisVoorstel(
  toegang: Toegang,
  input: { id: string; status: 'aanvaard' | 'afgewezen'; door: string; nu: Date },
): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('plan_voorstel')
    .set({ status: input.status, besloten_at: input.nu, besloten_door: input.door })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// --- erasure ----------------------------------------------------------------------------------------

/** Erasure: the whole plan of the record, its notes, proposals and state. */
export async function wisPlan(toegang: Toegang): Promise<void> {
  const db = ontsluit(toegang);
  for (const tabel of ['plan_voorstel', 'plan_notitie', 'plan_actie', 'plan_doel', 'plan_stand'] as const)
    await db
      .deleteFrom(tabel)
      .where('gemeente_id', '=', toegang.gemeenteId)
      .where('dossier_id', '=', toegang.dossierId)
      .execute();
}

// --- the gemeente's setting: how many professionals before the plan warns (gemeente data, no door)

/** The gemeente's threshold (issue 11 item 4): more professionals than this on one plan warns. */
export async function maxProfessionals(db: Db | Toegang, gemeenteId: string): Promise<number> {
  const rij = await ontsluit(db)
    .selectFrom('plan_instelling')
    .select('max_professionals')
    .where('gemeente_id', '=', gemeenteId)
    .executeTakeFirst();
  return rij?.max_professionals ?? STANDAARD_MAX_PROFESSIONALS;
}

/** Sets the gemeente's threshold (1–20; the database refuses anything else). */
export async function zetMaxProfessionals(
  db: Db,
  input: { gemeenteId: string; max: number; nu: Date },
): Promise<void> {
  await db
    .insertInto('plan_instelling')
    .values({ gemeente_id: input.gemeenteId, max_professionals: input.max, updated_at: input.nu })
    .onConflict((oc) =>
      oc.column('gemeente_id').doUpdateSet({ max_professionals: input.max, updated_at: input.nu }),
    )
    .execute();
}

// --- the evaluation reminder ---------------------------------------------------------------------

/** Queues a job in the door's transaction: it exists exactly when the change it follows commits. */
export async function zetJobInRij<N extends JobName>(
  toegang: Toegang,
  nu: Date,
  job: NewJob<N> & { payload: JobPayload },
): Promise<void> {
  await enqueueJob(ontsluit(toegang), nu, job);
}

/**
 * Who gets the evaluation reminder: the resident, and of `gekozen` (the accounts she chose for
 * it) those with a live grant on the plan and an active account. E-mail addresses only.
 */
export async function herinneringOntvangers(
  toegang: Toegang,
  gekozen: readonly string[],
  nu: Date,
): Promise<string[]> {
  const db = ontsluit(toegang);
  const inwoner = await db
    .selectFrom('dossier')
    .innerJoin('account', 'account.id', 'dossier.inwoner_account_id')
    .select('account.email')
    .where('dossier.id', '=', toegang.dossierId)
    .where('dossier.gemeente_id', '=', toegang.gemeenteId)
    .where('account.disabled_at', 'is', null)
    .executeTakeFirst();
  const anderen =
    gekozen.length === 0
      ? []
      : await db
          .selectFrom('toegang')
          .innerJoin('toegang_sectie', 'toegang_sectie.toegang_id', 'toegang.id')
          .innerJoin('account', 'account.id', 'toegang.grantee_account_id')
          .select('account.email')
          .where('toegang.dossier_id', '=', toegang.dossierId)
          .where('toegang.gemeente_id', '=', toegang.gemeenteId)
          .where('toegang_sectie.sectie', '=', 'plan')
          .where('toegang.grantee_account_id', 'in', [...gekozen])
          .where('toegang.ingetrokken_op', 'is', null)
          .where((eb) => eb.or([eb('toegang.eindigt_op', 'is', null), eb('toegang.eindigt_op', '>', nu)]))
          .where('account.disabled_at', 'is', null)
          .execute();
  return [...new Set([...(inwoner ? [inwoner.email] : []), ...anderen.map((r) => r.email)])];
}

/** Whom she picked to get the evaluation reminder of a goal or action (account ids). */
export async function herinneren(toegang: Toegang, soort: 'doel' | 'actie', id: string): Promise<string[]> {
  const rij = await ontsluit(toegang)
    .selectFrom(soort === 'doel' ? 'plan_doel' : 'plan_actie')
    .select('herinneren')
    .where('id', '=', id)
    .where('dossier_id', '=', toegang.dossierId)
    .where('gemeente_id', '=', toegang.gemeenteId)
    .executeTakeFirst();
  return rij?.herinneren ?? [];
}

/** Saves her choice of whom to remind, in the save's transaction (the caller checked the ids). */
export async function zetHerinneren(
  toegang: Toegang,
  soort: 'doel' | 'actie',
  id: string,
  accountIds: readonly string[],
): Promise<void> {
  await ontsluit(toegang)
    .updateTable(soort === 'doel' ? 'plan_doel' : 'plan_actie')
    .set({ herinneren: [...accountIds] })
    .where('id', '=', id)
    .where('dossier_id', '=', toegang.dossierId)
    .where('gemeente_id', '=', toegang.gemeenteId)
    .execute();
}

/** Whom she picked for the reminders, per goal and action id (for the export). */
export async function alleHerinneren(toegang: Toegang): Promise<Map<string, string[]>> {
  const uit = new Map<string, string[]>();
  for (const tabel of ['plan_doel', 'plan_actie'] as const) {
    const rijen = await ontsluit(toegang)
      .selectFrom(tabel)
      .select(['id', 'herinneren'])
      .where('dossier_id', '=', toegang.dossierId)
      .where('gemeente_id', '=', toegang.gemeenteId)
      .execute();
    for (const r of rijen) uit.set(r.id, [...r.herinneren]);
  }
  return uit;
}

// --- huishouden (issue 11 item 4, migration 0040) --------------------------------------------------

export type Lidmaatschap = { huishoudenId: string; sinds: Date };

/**
 * Serialises linking and ending household links in her gemeente until the transaction ends.
 * Two housemates entering each other's code at the same moment would otherwise each find the
 * other unlinked and each start a household (the second hitting the one-household-per-record key:
 * a 500). Under this lock the second finds her record linked already and is told so. Linking is
 * a rare, human step: one lock per gemeente costs nothing and cannot deadlock.
 */
export async function vergrendelHuishoudens(toegang: Toegang): Promise<void> {
  const sleutel = `plan-huishouden:${toegang.gemeenteId}`;
  await sql`select pg_advisory_xact_lock(hashtextextended(${sleutel}, 0))`.execute(ontsluit(toegang));
}

/** The household her record is in, when it is in one. */
export async function lidmaatschap(toegang: Toegang): Promise<Lidmaatschap | undefined> {
  const rij = await ontsluit(toegang)
    .selectFrom('plan_huishouden_lid')
    .select(['huishouden_id', 'sinds'])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .executeTakeFirst();
  return rij ? { huishoudenId: rij.huishouden_id, sinds: rij.sinds } : undefined;
}

/** The other records of her household (only their ids and since when: their data stays theirs). */
export async function huishoudgenoten(toegang: Toegang): Promise<{ dossierId: string; sinds: Date }[]> {
  const rijen = await ontsluit(toegang)
    .selectFrom('plan_huishouden_lid as ander')
    .innerJoin('plan_huishouden_lid as ik', 'ik.huishouden_id', 'ander.huishouden_id')
    .select(['ander.dossier_id', 'ander.sinds'])
    .where('ik.gemeente_id', '=', toegang.gemeenteId)
    .where('ik.dossier_id', '=', toegang.dossierId)
    .where('ander.dossier_id', '<>', toegang.dossierId)
    .orderBy('ander.sinds')
    .orderBy('ander.dossier_id')
    .execute();
  return rijen.map((r) => ({ dossierId: r.dossier_id, sinds: r.sinds }));
}

/** A new household with her record as its first member. */
export async function maakHuishouden(toegang: Toegang, nu: Date): Promise<string> {
  const id = randomUUID();
  await ontsluit(toegang)
    .insertInto('plan_huishouden')
    .values({ id, gemeente_id: toegang.gemeenteId, created_at: nu })
    .execute();
  await wordLid(toegang, id, nu);
  return id;
}

/** Her record joins the household (one household per record: the primary key refuses a second). */
export async function wordLid(toegang: Toegang, huishoudenId: string, nu: Date): Promise<void> {
  await ontsluit(toegang)
    .insertInto('plan_huishouden_lid')
    .values({
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      huishouden_id: huishoudenId,
      sinds: nu,
    })
    .execute();
}

/** How many records the household holds. */
export async function aantalLeden(toegang: Toegang, huishoudenId: string): Promise<number> {
  const rij = await ontsluit(toegang)
    .selectFrom('plan_huishouden_lid')
    .select((s) => s.fn.countAll<number>().as('n'))
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('huishouden_id', '=', huishoudenId)
    .executeTakeFirst();
  return Number(rij?.n ?? 0);
}

/** Her record leaves its household; a household left without members is deleted. */
export async function verlaatHuishouden(toegang: Toegang, huishoudenId: string): Promise<void> {
  const db = ontsluit(toegang);
  await db
    .deleteFrom('plan_huishouden_lid')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
  if ((await aantalLeden(toegang, huishoudenId)) === 0)
    await db
      .deleteFrom('plan_huishouden')
      .where('gemeente_id', '=', toegang.gemeenteId)
      .where('id', '=', huishoudenId)
      .execute();
}

/** Her open link code (its hash only): a new one replaces the old. */
export async function zetKoppelcode(
  toegang: Toegang,
  input: { hash: string; verlooptOp: Date; nu: Date },
): Promise<void> {
  await ontsluit(toegang)
    .insertInto('plan_huishouden_code')
    .values({
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      code_hash: input.hash,
      verloopt_op: input.verlooptOp,
      created_at: input.nu,
    })
    .onConflict((oc) =>
      oc.column('dossier_id').doUpdateSet({ code_hash: input.hash, verloopt_op: input.verlooptOp }),
    )
    .execute();
}

/** Until when her open link code is valid (undefined: none, or expired). */
export async function koppelcodeTot(toegang: Toegang, nu: Date): Promise<Date | undefined> {
  const rij = await ontsluit(toegang)
    .selectFrom('plan_huishouden_code')
    .select('verloopt_op')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('verloopt_op', '>', nu)
    .executeTakeFirst();
  return rij?.verloopt_op;
}

/**
 * The record whose resident made this link code (by its hash), in this gemeente, while valid.
 * The code is the key, as an invitation link is: only its holder can name the record.
 */
export async function recordVanKoppelcode(
  toegang: Toegang,
  hash: string,
  nu: Date,
): Promise<string | undefined> {
  const rij = await ontsluit(toegang)
    .selectFrom('plan_huishouden_code')
    .select('dossier_id')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('code_hash', '=', hash)
    .where('verloopt_op', '>', nu)
    .executeTakeFirst();
  return rij?.dossier_id;
}

/** Her link code is used or withdrawn. */
export async function wisKoppelcode(toegang: Toegang): Promise<void> {
  await ontsluit(toegang)
    .deleteFrom('plan_huishouden_code')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
}
