import { alsFhirResource, type FhirResource } from '../platform/fhir/types.js';
import type { Toegang } from '../regie/door/door.js';
import type { SectieDefinitie } from '../regie/secties.js';
import { gesprekkenNaarFhir } from './fhir.js';
import { gesprekkenLeesbaar } from './leesbaar.js';
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
    leesbaar: async (toegang, context) => gesprekkenLeesbaar(await exporteerGesprekken(toegang), context),
    fhir: async (toegang, context): Promise<FhirResource[]> =>
      gesprekkenNaarFhir(await exporteerGesprekken(toegang), context).map(alsFhirResource),
    wis: (toegang) => q.wisGesprekken(toegang),
  };
}

/** Every request for help with its deadlines, her preparation, the notes, every version of the report and the netwerkberaad. */
export async function exporteerGesprekken(toegang: Toegang) {
  const verslagen = await q.verslagVersies(toegang);
  const beraden = await q.beraden(toegang, { netwerkTekst: true });
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
      netwerkberaad:
        beraden
          .filter((b) => b.gesprekId === g.id)
          .map((b) => ({
            id: b.id,
            datum: b.datum,
            agenda: b.inhoud.agenda,
            informatie: b.inhoud.informatie,
            afspraken: b.inhoud.afspraken,
            genodigden: b.genodigden.map((x) => ({
              persoonId: x.persoonId,
              naam: x.naam,
              toestemming: x.toestemmingAt.toISOString(),
              antwoord: x.antwoord,
              aanbod: x.aanbod,
              beantwoord: x.beantwoordAt ? x.beantwoordAt.toISOString() : null,
            })),
            besluit: b.besluit,
            besloten: b.beslotenAt ? b.beslotenAt.toISOString() : null,
            reactie: b.reactie,
            afsprakenVoorgesteld: b.doelenVoorgesteldAt ? b.doelenVoorgesteldAt.toISOString() : null,
          }))[0] ?? null,
    })),
  };
}
