import type { FhirResource } from '../platform/fhir/types.js';
import type { Toegang } from '../regie/door/door.js';
import { listToegangen } from '../regie/queries.js';
import { isLive } from '../regie/rules.js';
import type { SectieDefinitie } from '../regie/secties.js';
import { planNaarFhir } from './fhir.js';
import { verlaat } from './huishouden.js';
import { planLeesbaar } from './leesbaar.js';
import * as q from './queries.js';

/**
 * The record's section "plan": export (decrypted, for the resident's download), FHIR (CarePlan,
 * Goal per goal, CareTeam) and erasure. No `klareTekst` hook: the tables were made with field
 * encryption in place, so no row was ever stored as plain text.
 */
export function planSectie(): SectieDefinitie {
  return {
    code: 'plan',
    label: 'sectie.plan',
    uitleg: 'sectie.plan.uitleg',
    exporteer: (toegang) => exporteerPlan(toegang),
    leesbaar: async (toegang, context) => planLeesbaar(await exporteerPlan(toegang), context),
    fhir: async (toegang, context): Promise<FhirResource[]> =>
      planNaarFhir(await exporteerPlan(toegang), toegang.dossierId, context),
    // Her household link ends with her record (the others' link too, when one is left alone).
    wis: async (toegang) => {
      await verlaat(toegang, null, new Date());
      await q.wisPlan(toegang);
    },
  };
}

/** Everything of the plan in the record: goals, actions with notes, proposals, team and regievoerder. */
export async function exporteerPlan(toegang: Toegang) {
  const doelen = await q.doelen(toegang);
  const acties = await q.acties(toegang);
  const notities = await q.notities(toegang);
  const stand = await q.stand(toegang);
  const nu = new Date();
  const team = (await listToegangen(toegang))
    .filter(
      (r) =>
        r.niveaus.plan !== undefined &&
        isLive({ ingetrokkenOp: r.ingetrokken_op, eindigtOp: r.eindigt_op }, nu),
    )
    .map((r) => ({
      accountId: r.account_id,
      naam: r.naam,
      rol: r.rol,
      organisatie: r.organisatie_naam,
      vertegenwoordiger: r.soort === 'vertegenwoordiger',
      niveau: r.niveaus.plan ?? null,
    }));
  const netwerk = await q.netwerkPersonen(toegang);
  const herinneren = await q.alleHerinneren(toegang);
  const lid = await q.lidmaatschap(toegang);
  return {
    regievoerder: stand.regievoerderAccountId,
    /** Her household link: since when, and how many other records are in it (their data is theirs) */
    huishouden: lid
      ? { sinds: lid.sinds.toISOString(), anderen: (await q.huishoudgenoten(toegang)).length }
      : null,
    team,
    doelen: doelen.map((d) => ({
      id: d.id,
      doel: d.tekst,
      waarom: d.waarom,
      geluktAls: d.geluktAls,
      levensgebieden: [...d.levensgebieden],
      aanleiding: d.aanleiding,
      evaluatieOp: d.evaluatieOp,
      /** Accounts she picked to get the evaluation reminder too */
      herinneren: herinneren.get(d.id) ?? [],
      aangemaakt: d.createdAt.toISOString(),
      acties: acties
        .filter((a) => a.doelId === d.id)
        .map((a) => ({
          id: a.id,
          wat: a.wat,
          doener: a.doener,
          netwerkPersoon: a.netwerkPersoonId
            ? { id: a.netwerkPersoonId, naam: netwerk.find((p) => p.id === a.netwerkPersoonId)?.naam ?? null }
            : null,
          doenerNaam: a.doenerNaam,
          doenerAccountId: a.doenerAccountId,
          wanneer: a.wanneer,
          status: a.status,
          statusWaarom: a.statusWaarom,
          evaluatieOp: a.evaluatieOp,
          herinneren: herinneren.get(a.id) ?? [],
          aangemaakt: a.createdAt.toISOString(),
          notities: notities
            .filter((n) => n.actieId === a.id)
            .map((n) => ({ van: n.auteurNaam, op: n.op.toISOString(), tekst: n.tekst })),
        })),
    })),
    voorstellen: (await q.voorstellen(toegang)).map((v) => ({
      id: v.id,
      soort: v.soort,
      doelId: v.doelId,
      actieId: v.actieId,
      van: { accountId: v.auteurId, naam: v.auteurNaam },
      status: v.status,
      aangemaakt: v.createdAt.toISOString(),
      besloten: v.beslotenAt ? v.beslotenAt.toISOString() : null,
      voorstel: v.gegevens,
    })),
  };
}
