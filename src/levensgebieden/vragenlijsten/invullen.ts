import type { Db } from '../../platform/db/database.js';
import { HttpError } from '../../platform/http/errors.js';
import type { Viewer } from '../../platform/http/request-context.js';
import { type Toegang, viaDeDeur } from '../../regie/door/door.js';
import { inwonerNaamVan } from '../../regie/queries.js';
import { VERSIE, type Vragenlijst } from './items.js';
import * as q from './queries.js';
import {
  besluitOpslaan,
  bestaatVragenlijst,
  type FormWaarden,
  formWaardenVan,
  type Invulling,
  invulVerzoek,
} from './rules.js';

/**
 * The use cases of filling in a questionnaire, and the gemeente setting. Each use case on a
 * record goes through the door exactly once, with section levensgebieden (one audit entry per
 * call): filling in is the resident's, or for eigen regie also a professional's with
 * `reageren` (rules.invulVerzoek). The reading pages are in lezen.ts.
 */

export const SECTIE = 'levensgebieden';

/** The audit item of a questionnaire. */
export const itemId = (vragenlijst: Vragenlijst) => `vragenlijst:${vragenlijst}`;

/** Positieve gezondheid exists only where the gemeente turned it on; elsewhere its pages do not. */
export async function pgMoetAanStaan(toegang: Toegang, vragenlijst: Vragenlijst): Promise<void> {
  if (vragenlijst !== 'positieve-gezondheid') return;
  const instelling = await q.leesInstelling(toegang, toegang.gemeenteId);
  if (!bestaatVragenlijst(vragenlijst, instelling)) throw new HttpError('NOT_FOUND');
}

export type InvulStand = {
  dossierId: string;
  eigenaar: boolean;
  inwonerNaam: string;
  /** The viewer's draft, if any */
  concept: q.RondeRij | undefined;
  /** The draft's answers as form values (empty without a draft) */
  waarden: FormWaarden;
};

/** The fill-in page: the viewer's own draft of this questionnaire, or an empty form. */
export async function leesInvulStand(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  vragenlijst: Vragenlijst,
  now: Date,
): Promise<InvulStand> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId,
      sectie: SECTIE,
      ...invulVerzoek(vragenlijst, viewer),
      actie: 'read',
      itemId: itemId(vragenlijst),
    },
    { now },
    async (toegang) => {
      await pgMoetAanStaan(toegang, vragenlijst);
      const concept = await q.findConcept(toegang, vragenlijst, viewer.accountId);
      const antwoorden = concept
        ? ((await q.antwoordenVan(toegang, [concept.id])).get(concept.id) ?? [])
        : [];
      return {
        dossierId: toegang.dossierId,
        eigenaar: toegang.grondslag === 'eigenaar',
        inwonerNaam: await inwonerNaamVan(toegang),
        concept,
        waarden: formWaardenVan(antwoorden, concept?.toelichting ?? ''),
      };
    },
  );
}

export type BewaarUitkomst = { soort: 'opgeslagen'; ingediend: boolean } | { soort: 'conflict' };

/**
 * Saves a read form (a draft or the final answers) through the door. A version conflict
 * fails the door's work, so nothing is written and the attempt stays in the trail; the caller
 * then shows what was typed again.
 */
export async function bewaarInvulling(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  vragenlijst: Vragenlijst,
  invulling: Invulling,
  now: Date,
): Promise<BewaarUitkomst> {
  try {
    const result = await viaDeDeur(
      db,
      viewer,
      {
        dossierId,
        sectie: SECTIE,
        ...invulVerzoek(vragenlijst, viewer),
        actie: invulling.version === 0 ? 'create' : 'update',
        itemId: itemId(vragenlijst),
      },
      { now },
      async (toegang) => {
        await pgMoetAanStaan(toegang, vragenlijst);
        return slaInvullingOp(toegang, { vragenlijst, accountId: viewer.accountId, invulling, now });
      },
    );
    return { soort: 'opgeslagen', ingediend: result.ingediend };
  } catch (error) {
    if (error instanceof VersieConflict) return { soort: 'conflict' };
    throw error;
  }
}

/**
 * Saving a filling-in: a draft (opslaan) or the final answers (indienen), which then stay as
 * a round in the history; the next visit starts a new draft. Runs inside the door's
 * transaction; a conflict throws, so the door undoes the work and logs the failed attempt.
 */

/**
 * The draft changed since the form was made (another tab or device). `huidige`: its version
 * now. A 409, so the door logs it as a refusal ("geweigerd:conflict"), not as a failure.
 */
export class VersieConflict extends HttpError {
  constructor(readonly huidige: number) {
    super('CONFLICT');
  }
}

const isUniekFout = (error: unknown) => (error as { code?: string }).code === '23505';

export async function slaInvullingOp(
  toegang: Toegang,
  input: { vragenlijst: Vragenlijst; accountId: string; invulling: Invulling; now: Date },
): Promise<{ rondeId: string; ingediend: boolean }> {
  const { vragenlijst, accountId, invulling, now } = input;
  const ingediend = invulling.knop === 'indienen';
  const concept = await q.findConcept(toegang, vragenlijst, accountId);
  const besluit = besluitOpslaan(concept, invulling.version);
  if (besluit === 'conflict') throw new VersieConflict(concept?.version ?? 0);
  let rondeId: string;
  if (besluit === 'nieuw') {
    try {
      rondeId = await q.insertRonde(toegang, {
        vragenlijst,
        versie: VERSIE[vragenlijst],
        invullerAccountId: accountId,
        // The door let a non-owner through only as a professional with `reageren` (rules.invulVerzoek).
        invullerRol: toegang.grondslag === 'eigenaar' ? 'inwoner' : 'professional',
        toelichting: invulling.toelichting,
        ingediend,
        now,
      });
    } catch (error) {
      // Another save made the draft at the same moment: one wins, this one is told so.
      if (isUniekFout(error)) throw new VersieConflict(1);
      throw error;
    }
  } else {
    const id = (concept as q.RondeRij).id;
    const bijgewerkt = await q.updateConcept(toegang, {
      id,
      gezien: invulling.version,
      toelichting: invulling.toelichting,
      ingediend,
      now,
    });
    if (!bijgewerkt) throw new VersieConflict(invulling.version + 1);
    rondeId = id;
  }
  await q.vervangAntwoorden(toegang, rondeId, invulling.antwoorden);
  return { rondeId, ingediend };
}

/**
 * Both questionnaires of the record for the resident's data download (drafts included):
 * the core engineer calls this from the levensgebieden section's `exporteer` hook.
 */
export async function exporteerVragenlijsten(toegang: Toegang) {
  const rondes = await q.alleRondes(toegang);
  const vorm = (r: (typeof rondes)[number]) => ({
    id: r.id,
    versie: r.vragenlijst_versie,
    ingevuldDoor: { accountId: r.invuller_account_id, naam: r.invuller_naam, rol: r.invuller_rol },
    status: r.status,
    toelichting: r.toelichting,
    aangemaakt: r.created_at,
    bijgewerkt: r.updated_at,
    ingediend: r.ingediend_op,
    antwoorden: r.antwoorden.map((a) => ({
      item: a.code,
      score: a.score,
      weetIkNiet: a.weetNiet,
      hierWilIkOverPraten: a.praten,
      toelichting: a.toelichting,
    })),
  });
  return {
    'eigen-regie': rondes.filter((r) => r.vragenlijst === 'eigen-regie').map(vorm),
    'positieve-gezondheid': rondes.filter((r) => r.vragenlijst === 'positieve-gezondheid').map(vorm),
  };
}

/** Erasure of both questionnaires of the record (inside the erasure transaction). */
export async function wisVragenlijsten(toegang: Toegang): Promise<void> {
  await q.wisRondes(toegang);
}

// --- the gemeente setting: is positieve gezondheid on? (no personal data, no door) ---

export type PgInstelling = { positieveGezondheid: boolean; version: number };

export async function leesPgInstelling(db: Db, gemeenteId: string): Promise<PgInstelling> {
  return q.leesInstelling(db, gemeenteId);
}

/**
 * A beheerder turns positieve gezondheid on or off, from the version they saw. `conflict`:
 * someone changed it in between; the setting as it is now comes back to be shown.
 */
export async function zetPgInstelling(
  db: Db,
  input: { gemeenteId: string; aan: boolean; gezien: number; now: Date },
): Promise<{ soort: 'opgeslagen' } | { soort: 'conflict'; instelling: PgInstelling }> {
  const gelukt = await q.zetInstelling(db, {
    gemeenteId: input.gemeenteId,
    positieveGezondheid: input.aan,
    gezien: input.gezien,
    now: input.now,
  });
  if (gelukt) return { soort: 'opgeslagen' };
  return { soort: 'conflict', instelling: await q.leesInstelling(db, input.gemeenteId) };
}
