import type { FhirResource } from '../platform/fhir/types.js';
import { translator } from '../platform/i18n/i18n.js';
import type { Toegang } from '../regie/door/door.js';
import type { SectieDefinitie } from '../regie/secties.js';
import { netwerkNaarFhir } from './fhir.js';
import { netwerkLeesbaar } from './leesbaar.js';
import * as q from './queries.js';
import { afgeleideSamenvatting, balansVan, type Persoon, vlaggenVan } from './rules.js';
import { relatieTekst } from './weergave.js';

/**
 * The record's section "netwerk": export (decrypted, for the resident's download), FHIR
 * (RelatedPerson per person) and erasure. No `klareTekst` hook: the tables were made with field
 * encryption in place, so no row was ever stored as plain text.
 */
export function netwerkSectie(): SectieDefinitie {
  return {
    code: 'netwerk',
    label: 'sectie.netwerk',
    uitleg: 'sectie.netwerk.uitleg',
    exporteer: (toegang) => exporteerNetwerk(toegang),
    // Relationships in her language, by the gemeente's own names (read through the same door).
    leesbaar: async (toegang, context) => {
      const relaties = await q.relatieInstellingen(toegang, toegang.gemeenteId);
      return netwerkLeesbaar(await exporteerNetwerk(toegang), context, (code) =>
        relatieTekst(code, context.t, relaties),
      );
    },
    fhir: async (toegang, context): Promise<FhirResource[]> =>
      netwerkNaarFhir(await exporteerNetwerk(toegang), context),
    wis: (toegang) => q.wisNetwerk(toegang),
  };
}

function persoonExport(p: Persoon, relaties: readonly q.RelatieInstelling[]) {
  const t = translator('nl');
  return {
    id: p.id,
    naam: p.naam,
    naamZichtbaarVoorAnderen: p.naamZichtbaar,
    relatie: p.relatie,
    relatieTekst: relatieTekst(p.relatie, t, relaties),
    cirkel: p.cirkel,
    contact: p.contact,
    woontDichtbij: p.dichtbij,
    ikKrijg: [...p.krijgt],
    ikGeef: [...p.geeft],
    helptBij: [...p.helptBij],
    balans: balansVan(p),
    draagkracht: vlaggenVan(p),
    lieverNietReden: p.lieverNietReden,
    notitie: p.notitie,
    gekoppeldAccount: p.accountId,
    aangemaakt: p.createdAt.toISOString(),
  };
}

/** Everything of the map in the record: people, her summary choice, proposals and dated versions. */
export async function exporteerNetwerk(toegang: Toegang) {
  const personen = await q.personen(toegang);
  const relaties = await q.relatieInstellingen(toegang, toegang.gemeenteId);
  const kaart = await q.kaartVan(toegang);
  const alsExport = (p: Persoon) => persoonExport(p, relaties);
  const voorstellen = await q.voorstellen(toegang);
  const versies = [];
  for (const v of await q.versies(toegang)) {
    const versie = await q.versie(toegang, v.id);
    versies.push({ op: v.op.toISOString(), personen: (versie?.personen ?? []).map(alsExport) });
  }
  return {
    samenvatting: { volgensDeKaart: afgeleideSamenvatting(personen), mijnKeuze: kaart.samenvatting },
    personen: personen.map(alsExport),
    voorstellen: voorstellen.map((v) => ({
      id: v.id,
      van: { accountId: v.auteurId, naam: v.auteurNaam },
      persoonId: v.persoonId,
      status: v.status,
      aangemaakt: v.createdAt.toISOString(),
      besloten: v.beslotenAt ? v.beslotenAt.toISOString() : null,
      voorstel: v.invoer,
    })),
    versies,
  };
}
