import type { FhirResource } from '../platform/fhir/types.js';
import type { Toegang } from '../regie/door/door.js';
import type { SectieDefinitie } from '../regie/secties.js';
import { VELDEN } from './codes.js';
import { crisiskaartNaarFhir } from './fhir.js';
import { crisiskaartLeesbaar } from './leesbaar.js';
import * as q from './queries.js';

/**
 * The record's section "crisiskaart": export (decrypted, for the resident's download), FHIR (a
 * CarePlan, category crisis plan, with the agreements as activities) and erasure. No
 * `klareTekst` hook: the tables were made with field encryption in place.
 */
export function crisiskaartSectie(): SectieDefinitie {
  return {
    code: 'crisiskaart',
    label: 'sectie.crisiskaart',
    uitleg: 'sectie.crisiskaart.uitleg',
    exporteer: (toegang) => exporteerCrisiskaart(toegang),
    leesbaar: async (toegang, context) => crisiskaartLeesbaar(await exporteerCrisiskaart(toegang), context),
    fhir: async (toegang, context): Promise<FhirResource[]> =>
      crisiskaartNaarFhir(await exporteerCrisiskaart(toegang), context),
    wis: (toegang) => q.wisCrisiskaart(toegang),
  };
}

export async function exporteerCrisiskaart(toegang: Toegang) {
  const kaart = await q.kaart(toegang);
  const personen = new Map((await q.mapPersonen(toegang)).map((p) => [p.id, p.naam]));
  const afspraken = await q.afspraken(toegang);
  const voorstellen = await q.voorstellen(toegang);
  return {
    kaart: kaart
      ? {
          naam: kaart.naam,
          gemaaktOp: kaart.gemaaktOp.toISOString(),
          gecontroleerdOp: kaart.gecontroleerdOp.toISOString(),
          delen: VELDEN.map((code) => ({ code, ...kaart.inhoud.delen[code] })),
          waarschuwen: kaart.inhoud.waarschuwPersonen.map((id) => ({
            persoonId: id,
            naam: personen.get(id) ?? null,
          })),
        }
      : null,
    afspraken: afspraken.map((a) => ({
      id: a.id,
      persoonId: a.persoonId,
      wie: personen.get(a.persoonId) ?? '',
      taak: a.taak,
      toelichting: a.toelichting,
      status: a.status,
      gevraagd: a.createdAt.toISOString(),
      beantwoord: a.beslotenAt ? a.beslotenAt.toISOString() : null,
    })),
    voorstellen: voorstellen.map((v) => ({
      id: v.id,
      van: { accountId: v.auteurId, naam: v.auteurNaam },
      status: v.status,
      aangemaakt: v.createdAt.toISOString(),
      besloten: v.beslotenAt ? v.beslotenAt.toISOString() : null,
      voorstel: v.inhoud,
    })),
  };
}
