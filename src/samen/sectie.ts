import type { Toegang } from '../regie/door/door.js';
import type { SectieDefinitie } from '../regie/secties.js';
import { buurSoort } from './buren/queries.js';
import { exporteerGroepen } from './groepen/sectie.js';
import { samenLeesbaar } from './leesbaar.js';
import { gemeenteLijst } from './lijst/rules.js';
import * as q from './queries.js';
import { bevestigingenVan, eigenBeeld } from './rules.js';
import { VAARDIGHEDEN } from './vaardigheden.js';

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
    leesbaar: async (toegang, context) =>
      samenLeesbaar(
        await exporteerSamen(toegang),
        gemeenteLijst(VAARDIGHEDEN, await q.vaardigheidInstellingenVan(toegang)),
        context,
      ),
    wis: (toegang) => q.wisSamen(toegang),
  };
}

export async function exporteerSamen(toegang: Toegang) {
  const profiel = await q.profiel(toegang);
  // A neighbour without a resident's record (decision 048): since when, and as what.
  const b = await buurSoort(toegang);
  const buur = b ? { soort: b.soort, goedgekeurd: b.goedgekeurdOp.toISOString() } : null;
  if (!profiel) return { doetMee: false as const, buur };
  const eigen = toegang.dossierId;
  const voorstellen = await q.mijnVoorstellen(toegang);
  const bevestigingen = bevestigingenVan(voorstellen);
  const { geblokkeerd, gepauzeerdOp, identiteitGecontroleerdOp, vogGecontroleerdOp, ...rest } = profiel;
  return {
    doetMee: true as const,
    buur,
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
