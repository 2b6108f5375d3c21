import type { Toegang } from '../../regie/door.js';
import { VERSIE, type Vragenlijst } from './items.js';
import * as q from './queries.js';
import { besluitOpslaan, type Invulling } from './rules.js';

/**
 * Saving a filling-in: a draft (opslaan) or the final answers (indienen), which then stay as
 * a round in the history; the next visit starts a new draft. Runs inside the door's
 * transaction; a conflict throws, so the transaction (and its audit entry) is rolled back.
 */

/** The draft changed since the form was made (another tab or device). `huidige`: its version now. */
export class VersieConflict extends Error {
  constructor(readonly huidige: number) {
    super('versie-conflict');
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
