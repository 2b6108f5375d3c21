import type { Toegang } from '../regie/door/door.js';
import type { SectieDefinitie } from '../regie/secties.js';
import { exporteerGroepen } from './groepen/sectie.js';
import { samenLeesbaar } from './leesbaar.js';
import * as q from './queries.js';
import { eigenBeeld } from './rules.js';

/**
 * The record's section "samen": export (her part decrypted, her proposals with her answers, the
 * help she gave and received, whom she blocked, her reports) and erasure. No FHIR: R4 has no
 * resource for neighbours exchanging help (see README.md).
 */
export function samenSectie(): SectieDefinitie {
  return {
    code: 'samen',
    label: 'sectie.samen',
    uitleg: 'sectie.samen.uitleg',
    exporteer: (toegang) => exporteerSamen(toegang),
    leesbaar: async (toegang, context) => samenLeesbaar(await exporteerSamen(toegang), context),
    wis: (toegang) => q.wisSamen(toegang),
  };
}

export async function exporteerSamen(toegang: Toegang) {
  const profiel = await q.profiel(toegang);
  if (!profiel) return { doetMee: false as const };
  const eigen = toegang.dossierId;
  const voorstellen = await q.mijnVoorstellen(toegang);
  const bevestigingen = voorstellen.flatMap((v) =>
    v.hulp.map((h) => ({
      voorstel: v.id,
      van: h.van,
      naar: h.naar,
      vaardigheid: h.vaardigheid,
      doorGever: h.geverBevestigdOp !== null,
      doorOntvanger: h.ontvangerBevestigdOp !== null,
    })),
  );
  const { geblokkeerd, gepauzeerdOp, identiteitGecontroleerdOp, vogGecontroleerdOp, ...rest } = profiel;
  return {
    doetMee: true as const,
    deel: {
      ...rest,
      gepauzeerd: gepauzeerdOp?.toISOString() ?? null,
      identiteitGecontroleerd: identiteitGecontroleerdOp?.toISOString() ?? null,
      vogGecontroleerd: vogGecontroleerdOp?.toISOString() ?? null,
      aantalGeblokkeerd: geblokkeerd.length,
    },
    voorstellen: voorstellen.map((v) => ({
      id: v.id,
      soort: v.soort,
      gemaakt: v.gemaaktOp.toISOString(),
      verloopt: v.verlooptOp.toISOString(),
      mijnAntwoord: v.leden.find((l) => l.dossierId === eigen)?.antwoord ?? 'open',
      ikGeef: v.hulp.filter((h) => h.van === eigen).map((h) => h.vaardigheid),
      ikKrijg: v.hulp.filter((h) => h.naar === eigen).map((h) => h.vaardigheid),
    })),
    gegevenEnOntvangen: eigenBeeld(bevestigingen, eigen),
    groepen: await exporteerGroepen(toegang),
    meldingen: (await q.mijnMeldingen(toegang)).map((m) => ({
      reden: m.reden,
      op: m.op.toISOString(),
      afgehandeld: m.afgehandeld_op?.toISOString() ?? null,
    })),
  };
}
