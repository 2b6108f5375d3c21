import { randomUUID } from 'node:crypto';
import type { Db } from '../platform/db/database.js';
import { enqueueJob } from '../platform/jobs/jobs.js';
import { enqueueMail } from '../platform/mail/queries.js';
import { ontsleutelVeld, versleutelVeld } from '../regie/door/sleutel.js';
import { ontsluit, type Toegang } from '../regie/door/toegang.js';
import type { Fase, Fasen, Intensiteit, Oordeel } from './rules.js';

/**
 * The only SQL of the waakvlam. Everything about a record takes a `Toegang`; the plan's texts
 * and the check-in answers are encrypted on write and decrypted on read here. Two reads take a
 * plain `Db` and return ids only: the job's list of plans that are due, and the lookup of a
 * check-in link by its token's hash (the link is the secret; its record is opened by the
 * system path after).
 */

const veld = (tabel: string, kolom: string, rijId: string) => ({ tabel, kolom, rijId });

// --- the plan -------------------------------------------------------------------------------------

export type PlanInvoer = {
  fasen: Fasen;
  gebieden: string[];
  intervalDagen: number;
  stilteDagen: number | null;
  afschaalNa: number;
  gekozen: string[];
  alleenFase: string[];
};

export type Plan = PlanInvoer & {
  fase: Fase;
  intensiteit: Intensiteit;
  volgendeCheckinOp: Date;
  stilteGemeldOp: Date | null;
  versie: number;
  createdAt: Date;
  updatedAt: Date;
};

export async function planVan(toegang: Toegang): Promise<Plan | undefined> {
  const rij = await ontsluit(toegang)
    .selectFrom('waakvlam_plan')
    .selectAll()
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .executeTakeFirst();
  if (!rij) return undefined;
  const fasen = JSON.parse(
    await ontsleutelVeld(toegang, veld('waakvlam_plan', 'fasen', rij.dossier_id), rij.fasen),
  ) as Fasen;
  return {
    fasen,
    gebieden: rij.gebieden,
    intervalDagen: rij.interval_dagen,
    stilteDagen: rij.stilte_dagen,
    afschaalNa: rij.afschaal_na,
    gekozen: rij.gekozen,
    alleenFase: rij.alleen_fase,
    fase: rij.fase,
    intensiteit: rij.intensiteit as Intensiteit,
    volgendeCheckinOp: rij.volgende_checkin_op,
    stilteGemeldOp: rij.stilte_gemeld_op,
    versie: rij.versie,
    createdAt: rij.created_at,
    updatedAt: rij.updated_at,
  };
}

/**
 * Writes the plan when `versie` is still the stored one (0: no plan yet); false when someone
 * saved in between. A new plan starts in phase goed at the pilot light.
 */
export async function bewaarPlan(
  toegang: Toegang,
  input: { invoer: PlanInvoer; versie: number; volgendeCheckinOp: Date; nu: Date },
): Promise<boolean> {
  const db = ontsluit(toegang);
  const { invoer } = input;
  const kolommen = {
    fasen: await versleutelVeld(
      toegang,
      veld('waakvlam_plan', 'fasen', toegang.dossierId),
      JSON.stringify(invoer.fasen),
    ),
    gebieden: invoer.gebieden,
    interval_dagen: invoer.intervalDagen,
    stilte_dagen: invoer.stilteDagen,
    afschaal_na: invoer.afschaalNa,
    gekozen: invoer.gekozen,
    alleen_fase: invoer.alleenFase,
    volgende_checkin_op: input.volgendeCheckinOp,
    updated_at: input.nu,
  };
  if (input.versie === 0) {
    const nieuw = await db
      .insertInto('waakvlam_plan')
      .values({
        gemeente_id: toegang.gemeenteId,
        dossier_id: toegang.dossierId,
        ...kolommen,
        created_at: input.nu,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('versie')
      .executeTakeFirst();
    return nieuw !== undefined;
  }
  const result = await db
    .updateTable('waakvlam_plan')
    .set({ ...kolommen, versie: input.versie + 1 })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('versie', '=', input.versie)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The current phase and intensity (after a check-in or scaling down); not a change of the plan's text. */
export async function zetStand(
  toegang: Toegang,
  stand: { fase: Fase; intensiteit: Intensiteit; nu: Date },
): Promise<void> {
  await ontsluit(toegang)
    .updateTable('waakvlam_plan')
    .set({ fase: stand.fase, intensiteit: stand.intensiteit, updated_at: stand.nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
}

/** Moves the next check-in on, only when it is still `vanaf` (so two rounds never both send). */
export async function schuifVolgende(toegang: Toegang, vanaf: Date, volgende: Date): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('waakvlam_plan')
    .set({ volgende_checkin_op: volgende })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('volgende_checkin_op', '=', vanaf)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function zetStilteGemeld(toegang: Toegang, nu: Date): Promise<void> {
  await ontsluit(toegang)
    .updateTable('waakvlam_plan')
    .set({ stilte_gemeld_op: nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
}

/** Plans whose check-in is due (ids only: the job opens each record by the system path). */
export async function plannenTeDoen(db: Db, nu: Date, limiet: number) {
  return db
    .selectFrom('waakvlam_plan')
    .select(['gemeente_id', 'dossier_id'])
    .where('volgende_checkin_op', '<=', nu)
    .orderBy('volgende_checkin_op')
    .limit(limiet)
    .execute();
}

// --- check-ins ------------------------------------------------------------------------------------

/** What she answered: per levensgebied how it goes, and the signals she recognised. */
export type Antwoorden = {
  gebieden: Record<string, Oordeel>;
  signalen: { 'let-op': string[]; crisis: string[] };
};

export type Checkin = {
  id: string;
  verstuurdOp: Date;
  verlooptOp: Date;
  beantwoordOp: Date | null;
  antwoorden: Antwoorden | null;
  fase: Fase | null;
};

export async function maakCheckin(
  toegang: Toegang,
  input: { tokenHash: string; nu: Date; verlooptOp: Date },
): Promise<string> {
  const id = randomUUID();
  await ontsluit(toegang)
    .insertInto('waakvlam_checkin')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      token_hash: input.tokenHash,
      verstuurd_op: input.nu,
      verloopt_op: input.verlooptOp,
    })
    .execute();
  return id;
}

/** The check-in a link's token names, in this gemeente: ids and dates only. */
export async function checkinVanToken(db: Db, gemeenteId: string, tokenHash: string) {
  const rij = await db
    .selectFrom('waakvlam_checkin')
    .select(['id', 'dossier_id', 'verloopt_op', 'beantwoord_op'])
    .where('gemeente_id', '=', gemeenteId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return rij
    ? { id: rij.id, dossierId: rij.dossier_id, verlooptOp: rij.verloopt_op, beantwoordOp: rij.beantwoord_op }
    : undefined;
}

/** Stores the answers once: false when the check-in was answered already (or is not this record's). */
export async function beantwoordCheckin(
  toegang: Toegang,
  input: { id: string; antwoorden: Antwoorden; fase: Fase; nu: Date },
): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('waakvlam_checkin')
    .set({
      beantwoord_op: input.nu,
      fase: input.fase,
      antwoorden: await versleutelVeld(
        toegang,
        veld('waakvlam_checkin', 'antwoorden', input.id),
        JSON.stringify(input.antwoorden),
      ),
    })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('beantwoord_op', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every check-in of the record, newest first, with the answers decrypted. */
export async function checkins(toegang: Toegang): Promise<Checkin[]> {
  const rijen = await ontsluit(toegang)
    .selectFrom('waakvlam_checkin')
    .selectAll()
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .orderBy('verstuurd_op', 'desc')
    .orderBy('id')
    .execute();
  return Promise.all(
    rijen.map(async (r) => ({
      id: r.id,
      verstuurdOp: r.verstuurd_op,
      verlooptOp: r.verloopt_op,
      beantwoordOp: r.beantwoord_op,
      antwoorden:
        r.antwoorden === null
          ? null
          : (JSON.parse(
              await ontsleutelVeld(toegang, veld('waakvlam_checkin', 'antwoorden', r.id), r.antwoorden),
            ) as Antwoorden),
      fase: r.fase,
    })),
  );
}

// --- moves of phase and intensity ---------------------------------------------------------------

export type OvergangRij = {
  id: string;
  op: Date;
  van: Fase | null;
  naar: Fase;
  intensiteit: Intensiteit;
  reden: 'start' | 'checkin' | 'afschalen' | 'stilte';
  checkinId: string | null;
  gemeldOp: Date | null;
};

export async function voegOvergangToe(
  toegang: Toegang,
  o: Omit<OvergangRij, 'id' | 'gemeldOp'>,
): Promise<string> {
  const id = randomUUID();
  await ontsluit(toegang)
    .insertInto('waakvlam_overgang')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      op: o.op,
      van: o.van,
      naar: o.naar,
      intensiteit: o.intensiteit,
      reden: o.reden,
      checkin_id: o.checkinId,
    })
    .execute();
  return id;
}

/** Every move, oldest first. */
export async function overgangen(toegang: Toegang): Promise<OvergangRij[]> {
  const rijen = await ontsluit(toegang)
    .selectFrom('waakvlam_overgang')
    .selectAll()
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .orderBy('op')
    .orderBy('id')
    .execute();
  return rijen.map((r) => ({
    id: r.id,
    op: r.op,
    van: r.van,
    naar: r.naar,
    intensiteit: r.intensiteit as Intensiteit,
    reden: r.reden,
    checkinId: r.checkin_id,
    gemeldOp: r.gemeld_op,
  }));
}

/**
 * Marks a move as told, once: true only for the call that did it, so the mails of one move are
 * queued in exactly one transaction however often the job runs.
 */
export async function markeerGemeld(toegang: Toegang, overgangId: string, nu: Date): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('waakvlam_overgang')
    .set({ gemeld_op: nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', overgangId)
    .where('gemeld_op', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// --- people to mail -----------------------------------------------------------------------------

/** The resident's name and address, for her own check-in mail. */
export async function inwonerContact(toegang: Toegang) {
  return ontsluit(toegang)
    .selectFrom('dossier')
    .innerJoin('account', 'account.id', 'dossier.inwoner_account_id')
    .select(['account.id', 'account.naam', 'account.email'])
    .where('dossier.id', '=', toegang.dossierId)
    .where('dossier.gemeente_id', '=', toegang.gemeenteId)
    .executeTakeFirstOrThrow();
}

/** The record's gemeente, for the links in a mail. */
export async function gemeenteVan(toegang: Toegang) {
  return ontsluit(toegang)
    .selectFrom('gemeente')
    .selectAll()
    .where('id', '=', toegang.gemeenteId)
    .executeTakeFirstOrThrow();
}

/** Erases the section: the plan, every check-in and every move. */
export async function wisWaakvlam(toegang: Toegang): Promise<void> {
  const db = ontsluit(toegang);
  for (const tabel of ['waakvlam_overgang', 'waakvlam_checkin', 'waakvlam_plan'] as const)
    await db
      .deleteFrom(tabel)
      .where('gemeente_id', '=', toegang.gemeenteId)
      .where('dossier_id', '=', toegang.dossierId)
      .execute();
}

/**
 * Queues the job that tells the chosen people about one move, in the door's transaction: the job
 * exists exactly when the answer committed. Its key is the move's id, so it is queued once.
 */
export async function meldingInWachtrij(toegang: Toegang, overgangId: string, nu: Date): Promise<void> {
  await enqueueJob(ontsluit(toegang), nu, {
    name: 'waakvlam.melding',
    payload: { gemeenteId: toegang.gemeenteId, dossierId: toegang.dossierId, overgangId },
    key: overgangId,
    gemeenteId: toegang.gemeenteId,
  });
}

/** Queues a mail in the door's transaction (the check-in link, a notification). */
export async function mailInWachtrij(
  toegang: Toegang,
  nu: Date,
  mail: { to: string; subject: string; body: string },
): Promise<void> {
  await enqueueMail(ontsluit(toegang), nu, { gemeenteId: toegang.gemeenteId, ...mail });
}
