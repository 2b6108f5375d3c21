import type { FhirResource } from '../platform/fhir/types.js';
import type { Toegang } from '../regie/door/door.js';
import { listToegangen } from '../regie/queries.js';
import type { SectieDefinitie } from '../regie/secties.js';
import { waakvlamNaarFhir } from './fhir.js';
import { waakvlamLeesbaar } from './leesbaar.js';
import * as q from './queries.js';

/**
 * The record's section "waakvlam": export (decrypted, for the resident's download), FHIR (the
 * signaleringsplan as a CarePlan, every answered check-in as a QuestionnaireResponse with its
 * Questionnaire) and erasure. No `klareTekst` hook: the tables were made with field encryption
 * in place.
 */
export function waakvlamSectie(): SectieDefinitie {
  return {
    code: 'waakvlam',
    label: 'sectie.waakvlam',
    uitleg: 'sectie.waakvlam.uitleg',
    exporteer: (toegang) => exporteerWaakvlam(toegang),
    // The people she chose by name: from her grants, read through the same door (no second connection).
    leesbaar: async (toegang, context) =>
      waakvlamLeesbaar(
        await exporteerWaakvlam(toegang),
        context,
        new Map((await listToegangen(toegang)).map((g) => [g.account_id, g.naam])),
      ),
    fhir: async (toegang, context): Promise<FhirResource[]> =>
      waakvlamNaarFhir(await exporteerWaakvlam(toegang), context),
    wis: (toegang) => q.wisWaakvlam(toegang),
  };
}

/** Everything of the waakvlam in the record: the plan, every check-in and every move. */
export async function exporteerWaakvlam(toegang: Toegang) {
  const plan = await q.planVan(toegang);
  return {
    plan: plan
      ? {
          fasen: plan.fasen,
          levensgebieden: plan.gebieden,
          elkeDagen: plan.intervalDagen,
          geenAntwoordNaDagen: plan.stilteDagen,
          minderSteunVragenNa: plan.afschaalNa,
          gekozenAccounts: plan.gekozen,
          alleenFaseAccounts: plan.alleenFase,
          fase: plan.fase,
          intensiteit: plan.intensiteit,
          volgendeCheckin: plan.volgendeCheckinOp.toISOString(),
          aangemaakt: plan.createdAt.toISOString(),
          gewijzigd: plan.updatedAt.toISOString(),
        }
      : null,
    checkins: (await q.checkins(toegang)).map((c) => ({
      id: c.id,
      verstuurd: c.verstuurdOp.toISOString(),
      verloopt: c.verlooptOp.toISOString(),
      beantwoord: c.beantwoordOp ? c.beantwoordOp.toISOString() : null,
      fase: c.fase,
      antwoorden: c.antwoorden,
    })),
    overgangen: (await q.overgangen(toegang)).map((o) => ({
      op: o.op.toISOString(),
      van: o.van,
      naar: o.naar,
      intensiteit: o.intensiteit,
      reden: o.reden,
    })),
  };
}
