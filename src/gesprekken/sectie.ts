import { alsFhirResource, type FhirResource } from '../platform/fhir/types.js';
import type { Toegang } from '../regie/door/door.js';
import type { SectieDefinitie } from '../regie/secties.js';
import { gesprekkenNaarFhir } from './fhir.js';
import * as q from './queries.js';

/**
 * The record's section "gesprekken": export (decrypted, for the resident's download), FHIR
 * (the final report and the persoonlijk plan as Compositions, fhir.ts) and erasure. No `klareTekst` hook: the table was made with field encryption in place.
 */
export function gesprekkenSectie(): SectieDefinitie {
  return {
    code: 'gesprekken',
    label: 'sectie.gesprekken',
    uitleg: 'sectie.gesprekken.uitleg',
    exporteer: (toegang) => exporteerGesprekken(toegang),
    fhir: async (toegang, context): Promise<FhirResource[]> =>
      gesprekkenNaarFhir(await exporteerGesprekken(toegang), context).map(alsFhirResource),
    wis: (toegang) => q.wisGesprekken(toegang),
  };
}

/** Every request for help with its deadlines, her preparation, the notes and every version of the report. */
export async function exporteerGesprekken(toegang: Toegang) {
  const verslagen = await q.verslagVersies(toegang);
  return {
    gesprekken: (await q.gesprekken(toegang)).map((g) => ({
      id: g.id,
      gemeldOp: g.gemeldOp,
      persoonlijkPlanUiterlijk: g.planUiterlijk,
      onderzoekUiterlijk: g.onderzoekUiterlijk,
      persoonlijkPlanIngediendOp: g.planIngediendOp,
      aangemaakt: g.createdAt.toISOString(),
      voorbereiding: g.voorbereiding,
      aantekeningen: g.aantekeningen,
      verslag: verslagen
        .filter((v) => v.gesprekId === g.id)
        .map((v) => ({
          id: v.id,
          versie: v.nummer,
          door: { accountId: v.auteurId, naam: v.auteurNaam, rol: v.auteurRol },
          aangemaakt: v.createdAt.toISOString(),
          inhoud: v.inhoud,
          besluit: v.besluit,
          besloten: v.beslotenAt ? v.beslotenAt.toISOString() : null,
          reactie: v.reactie,
          doelenVoorgesteld: v.doelenVoorgesteldAt ? v.doelenVoorgesteldAt.toISOString() : null,
        })),
    })),
  };
}
