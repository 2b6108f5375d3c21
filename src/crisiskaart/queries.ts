import { randomUUID } from 'node:crypto';
import type { Db } from '../platform/db/database.js';
import { ontsleutelVeld, versleutelVeld } from '../regie/door/sleutel.js';
import { ontsluit, type Toegang } from '../regie/door/toegang.js';
import { type AfspraakStatus, type Taak, VELDEN } from './codes.js';
import { type Inhoud, legeInhoud } from './rules.js';

/**
 * The only SQL of the crisiskaart. Everything about a record takes a `Toegang`; the plan's
 * content, the card's name, proposals and the agreements' notes are encrypted on write and
 * decrypted on read here. The people on her network map are read (never written) from the
 * netwerkkaart's table, as the netwerk reads the levensgebieden catalog: no capability import.
 */

const veld = (tabel: string, kolom: string, rijId: string) => ({ tabel, kolom, rijId });

/** Reads stored JSON content defensively: parts missing in an older text are empty. */
function leesInhoud(tekst: string): Inhoud {
  const leeg = legeInhoud();
  const ruw = JSON.parse(tekst) as Partial<Inhoud>;
  for (const code of VELDEN) {
    const deel = ruw.delen?.[code];
    if (deel) leeg.delen[code] = { tekst: String(deel.tekst ?? ''), opKaart: Boolean(deel.opKaart) };
  }
  leeg.waarschuwPersonen = Array.isArray(ruw.waarschuwPersonen) ? ruw.waarschuwPersonen.map(String) : [];
  return leeg;
}

// --- the card -------------------------------------------------------------------------------------

export type Kaart = {
  inhoud: Inhoud;
  naam: string;
  gemaaktOp: Date;
  gecontroleerdOp: Date;
  herinnerdOp: Date | null;
  versie: number;
};

export async function kaart(toegang: Toegang): Promise<Kaart | undefined> {
  const rij = await ontsluit(toegang)
    .selectFrom('crisiskaart')
    .selectAll()
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .executeTakeFirst();
  if (!rij) return undefined;
  return {
    inhoud: leesInhoud(
      await ontsleutelVeld(toegang, veld('crisiskaart', 'inhoud', toegang.dossierId), rij.inhoud),
    ),
    naam: await ontsleutelVeld(toegang, veld('crisiskaart', 'naam', toegang.dossierId), rij.naam),
    gemaaktOp: rij.gemaakt_op,
    gecontroleerdOp: rij.gecontroleerd_op,
    herinnerdOp: rij.herinnerd_op,
    versie: rij.versie,
  };
}

/** Only the name she gave her card, for her overview: the rest of the card stays encrypted. */
export async function kaartNaam(toegang: Toegang): Promise<string | undefined> {
  const rij = await ontsluit(toegang)
    .selectFrom('crisiskaart')
    .select('naam')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .executeTakeFirst();
  if (!rij) return undefined;
  return ontsleutelVeld(toegang, veld('crisiskaart', 'naam', toegang.dossierId), rij.naam);
}

/**
 * Saves the plan when `versie` is still the stored one (0: no card yet); false when someone
 * saved in between. Saving is also checking: the date checked becomes today.
 */
export async function bewaarKaart(
  toegang: Toegang,
  input: { inhoud: Inhoud; naam: string; versie: number; nu: Date },
): Promise<boolean> {
  const db = ontsluit(toegang);
  const inhoud = await versleutelVeld(
    toegang,
    veld('crisiskaart', 'inhoud', toegang.dossierId),
    JSON.stringify(input.inhoud),
  );
  const naam = await versleutelVeld(toegang, veld('crisiskaart', 'naam', toegang.dossierId), input.naam);
  if (input.versie === 0) {
    const nieuw = await db
      .insertInto('crisiskaart')
      .values({
        gemeente_id: toegang.gemeenteId,
        dossier_id: toegang.dossierId,
        inhoud,
        naam,
        gemaakt_op: input.nu,
        gecontroleerd_op: input.nu,
        updated_at: input.nu,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('versie')
      .executeTakeFirst();
    return nieuw !== undefined;
  }
  const result = await db
    .updateTable('crisiskaart')
    .set({ inhoud, naam, gecontroleerd_op: input.nu, versie: input.versie + 1, updated_at: input.nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('versie', '=', input.versie)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** "Still right": the date checked becomes today, nothing else changes. */
export async function markeerGecontroleerd(toegang: Toegang, input: { versie: number; nu: Date }) {
  const result = await ontsluit(toegang)
    .updateTable('crisiskaart')
    .set({ gecontroleerd_op: input.nu, versie: input.versie + 1, updated_at: input.nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('versie', '=', input.versie)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The re-check job asked (once per check). */
export async function markeerHerinnerd(toegang: Toegang, nu: Date): Promise<void> {
  await ontsluit(toegang)
    .updateTable('crisiskaart')
    .set({ herinnerd_op: nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
}

/**
 * Cards checked before `grens` and not asked since (ids and dates only): candidates for the
 * re-check job. Cards asked already are left out here, so a long list of them cannot keep newer
 * ones past the limit.
 */
export async function kaartenTeControleren(db: Db, grens: Date) {
  return db
    .selectFrom('crisiskaart')
    .select(['gemeente_id', 'dossier_id', 'gecontroleerd_op', 'herinnerd_op'])
    .where('gecontroleerd_op', '<=', grens)
    .where((eb) =>
      eb.or([eb('herinnerd_op', 'is', null), eb('herinnerd_op', '<', eb.ref('gecontroleerd_op'))]),
    )
    .orderBy('gecontroleerd_op')
    .limit(500)
    .execute();
}

// --- the resident and her map (read only) ------------------------------------------------------------

export async function inwonerVan(
  toegang: Toegang,
): Promise<{ naam: string; email: string; accountId: string }> {
  return ontsluit(toegang)
    .selectFrom('dossier')
    .innerJoin('account', 'account.id', 'dossier.inwoner_account_id')
    .select(['account.naam as naam', 'account.email as email', 'account.id as accountId'])
    .where('dossier.id', '=', toegang.dossierId)
    .where('dossier.gemeente_id', '=', toegang.gemeenteId)
    .executeTakeFirstOrThrow();
}

export type MapPersoon = { id: string; naam: string; accountId: string | null; email: string | null };

/** The people on her network map, names decrypted, with the e-mail of a linked, active account. */
export async function mapPersonen(toegang: Toegang): Promise<MapPersoon[]> {
  const rijen = await ontsluit(toegang)
    .selectFrom('netwerk_persoon')
    .leftJoin('account', (join) =>
      join.onRef('account.id', '=', 'netwerk_persoon.account_id').on('account.disabled_at', 'is', null),
    )
    .select(['netwerk_persoon.id', 'netwerk_persoon.naam', 'netwerk_persoon.account_id', 'account.email'])
    .where('netwerk_persoon.gemeente_id', '=', toegang.gemeenteId)
    .where('netwerk_persoon.dossier_id', '=', toegang.dossierId)
    .orderBy('netwerk_persoon.created_at')
    .orderBy('netwerk_persoon.id')
    .execute();
  return Promise.all(
    rijen.map(async (r) => ({
      id: r.id,
      naam: await ontsleutelVeld(toegang, veld('netwerk_persoon', 'naam', r.id), r.naam),
      accountId: r.account_id,
      email: r.email ?? null,
    })),
  );
}

// --- proposals ----------------------------------------------------------------------------------------

export type Voorstel = {
  id: string;
  auteurId: string;
  auteurNaam: string;
  kaartVersie: number;
  inhoud: Inhoud;
  status: 'open' | 'aanvaard' | 'afgewezen';
  createdAt: Date;
  beslotenAt: Date | null;
};

export async function maakVoorstel(
  toegang: Toegang,
  input: { auteurId: string; kaartVersie: number; inhoud: Inhoud; nu: Date },
): Promise<string> {
  const id = randomUUID();
  await ontsluit(toegang)
    .insertInto('crisiskaart_voorstel')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      auteur_account_id: input.auteurId,
      kaart_versie: input.kaartVersie,
      gegevens: await versleutelVeld(
        toegang,
        veld('crisiskaart_voorstel', 'gegevens', id),
        JSON.stringify(input.inhoud),
      ),
      created_at: input.nu,
    })
    .execute();
  return id;
}

/** Proposals, newest first; `auteurId`: only that person's own. */
export async function voorstellen(toegang: Toegang, auteurId?: string): Promise<Voorstel[]> {
  let query = ontsluit(toegang)
    .selectFrom('crisiskaart_voorstel')
    .innerJoin('account', 'account.id', 'crisiskaart_voorstel.auteur_account_id')
    .select([
      'crisiskaart_voorstel.id',
      'crisiskaart_voorstel.auteur_account_id',
      'account.naam',
      'crisiskaart_voorstel.kaart_versie',
      'crisiskaart_voorstel.gegevens',
      'crisiskaart_voorstel.status',
      'crisiskaart_voorstel.created_at',
      'crisiskaart_voorstel.besloten_at',
    ])
    .where('crisiskaart_voorstel.gemeente_id', '=', toegang.gemeenteId)
    .where('crisiskaart_voorstel.dossier_id', '=', toegang.dossierId);
  if (auteurId) query = query.where('crisiskaart_voorstel.auteur_account_id', '=', auteurId);
  const rijen = await query.orderBy('crisiskaart_voorstel.created_at', 'desc').execute();
  return Promise.all(
    rijen.map(async (r) => ({
      id: r.id,
      auteurId: r.auteur_account_id,
      auteurNaam: r.naam,
      kaartVersie: r.kaart_versie,
      inhoud: leesInhoud(
        await ontsleutelVeld(toegang, veld('crisiskaart_voorstel', 'gegevens', r.id), r.gegevens),
      ),
      status: r.status,
      createdAt: r.created_at,
      beslotenAt: r.besloten_at,
    })),
  );
}

/** Decides an open proposal; false when it was decided already. */
export async function beslisVoorstel(
  toegang: Toegang,
  input: { id: string; status: 'aanvaard' | 'afgewezen'; nu: Date },
): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('crisiskaart_voorstel')
    .set({ status: input.status, besloten_at: input.nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// --- practical agreements -----------------------------------------------------------------------------

export type Afspraak = {
  id: string;
  persoonId: string;
  taak: Taak;
  toelichting: string;
  status: AfspraakStatus;
  tokenVerloopt: Date | null;
  createdAt: Date;
  beslotenAt: Date | null;
};

function afsprakenQuery(toegang: Toegang) {
  return ontsluit(toegang)
    .selectFrom('crisiskaart_afspraak')
    .select([
      'id',
      'persoon_id',
      'taak',
      'toelichting',
      'status',
      'token_verloopt',
      'created_at',
      'besloten_at',
    ])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId);
}

type AfspraakRij = Awaited<ReturnType<ReturnType<typeof afsprakenQuery>['executeTakeFirstOrThrow']>>;

async function naarAfspraak(toegang: Toegang, r: AfspraakRij): Promise<Afspraak> {
  return {
    id: r.id,
    persoonId: r.persoon_id,
    taak: r.taak as Taak,
    toelichting: await ontsleutelVeld(
      toegang,
      veld('crisiskaart_afspraak', 'toelichting', r.id),
      r.toelichting,
    ),
    status: r.status,
    tokenVerloopt: r.token_verloopt,
    createdAt: r.created_at,
    beslotenAt: r.besloten_at,
  };
}

export async function afspraken(toegang: Toegang): Promise<Afspraak[]> {
  const rijen = await afsprakenQuery(toegang).orderBy('created_at').orderBy('id').execute();
  return Promise.all(rijen.map((r) => naarAfspraak(toegang, r)));
}

export async function afspraak(toegang: Toegang, id: string): Promise<Afspraak | undefined> {
  const rij = await afsprakenQuery(toegang).where('id', '=', id).executeTakeFirst();
  return rij ? naarAfspraak(toegang, rij) : undefined;
}

export async function voegAfspraakToe(
  toegang: Toegang,
  input: {
    persoonId: string;
    taak: Taak;
    toelichting: string;
    tokenHash: string | null;
    tokenVerloopt: Date | null;
    nu: Date;
  },
): Promise<string> {
  const id = randomUUID();
  await ontsluit(toegang)
    .insertInto('crisiskaart_afspraak')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      persoon_id: input.persoonId,
      taak: input.taak,
      toelichting: await versleutelVeld(
        toegang,
        veld('crisiskaart_afspraak', 'toelichting', id),
        input.toelichting,
      ),
      token_hash: input.tokenHash,
      token_verloopt: input.tokenVerloopt,
      created_at: input.nu,
    })
    .execute();
  return id;
}

/**
 * Records the answer of an open request, once: the link's hash moves to `gebruikt_hash` so a
 * second click is recognised. False when it was answered already.
 */
export async function beslisAfspraak(
  toegang: Toegang,
  input: { id: string; status: 'afgesproken' | 'afgewezen'; nu: Date },
): Promise<boolean> {
  const db = ontsluit(toegang);
  const rij = await db
    .selectFrom('crisiskaart_afspraak')
    .select('token_hash')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('status', '=', 'gevraagd')
    .forUpdate()
    .executeTakeFirst();
  if (!rij) return false;
  await db
    .updateTable('crisiskaart_afspraak')
    .set({
      status: input.status,
      besloten_at: input.nu,
      token_hash: null,
      token_verloopt: null,
      gebruikt_hash: rij.token_hash,
    })
    .where('id', '=', input.id)
    .execute();
  return true;
}

export async function verwijderAfspraak(toegang: Toegang, id: string): Promise<boolean> {
  const result = await ontsluit(toegang)
    .deleteFrom('crisiskaart_afspraak')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * The agreement a link's hash names (open or used), ids only: the link is the key, so this
 * lookup happens before any record is opened. Undefined for a hash that names nothing here.
 */
export async function afspraakVanLink(db: Db, gemeenteId: string, hash: string) {
  return db
    .selectFrom('crisiskaart_afspraak')
    .select(['id', 'dossier_id', 'gemeente_id'])
    .where('gemeente_id', '=', gemeenteId)
    .where((eb) => eb.or([eb('token_hash', '=', hash), eb('gebruikt_hash', '=', hash)]))
    .executeTakeFirst();
}

// --- erasure ------------------------------------------------------------------------------------------

export async function wisCrisiskaart(toegang: Toegang): Promise<void> {
  const db = ontsluit(toegang);
  for (const tabel of ['crisiskaart_afspraak', 'crisiskaart_voorstel', 'crisiskaart'] as const)
    await db
      .deleteFrom(tabel)
      .where('gemeente_id', '=', toegang.gemeenteId)
      .where('dossier_id', '=', toegang.dossierId)
      .execute();
}

/** A link's agreement's status and expiry (no personal data): whether a link may still answer. */
export async function linkStandVan(db: Db, gemeenteId: string, id: string) {
  const rij = await db
    .selectFrom('crisiskaart_afspraak')
    .select(['status', 'token_verloopt'])
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', id)
    .executeTakeFirst();
  return rij ? { status: rij.status, tokenVerloopt: rij.token_verloopt } : undefined;
}

/** A gemeente's host names (gemeente-level data), for links in the job's mails. */
export async function gemeente(db: Db, gemeenteId: string) {
  return db.selectFrom('gemeente').select(['hostnames']).where('id', '=', gemeenteId).executeTakeFirst();
}
