import type { LeesbaarContext } from '../platform/extensions/secties.js';
import type { FhirResource } from '../platform/fhir/types.js';
import { translator } from '../platform/i18n/i18n.js';
import type { PdfBlok } from '../platform/pdf/pdf-document.js';
import type { Toegang } from '../regie/door/door.js';
import type { FhirContext, SectieDefinitie } from '../regie/secties.js';
import { gebiedNaam, gebiedUitleg } from './catalogus.js';
import { levensgebiedenNaarFhir } from './fhir.js';
import { levensgebiedenLeesbaar } from './leesbaar.js';
import * as q from './queries.js';

/**
 * The record's section "levensgebieden" with its export and erasure. Other parts of the
 * section (the questionnaires) add theirs through `extra`; app.tsx composes them.
 */
export function levensgebiedenSectie(
  extra: {
    exporteer?: (toegang: Toegang) => Promise<unknown>;
    leesbaar?: (toegang: Toegang, context: LeesbaarContext) => Promise<PdfBlok[]>;
    fhir?: (toegang: Toegang, context: FhirContext) => Promise<FhirResource[]>;
    wis?: (toegang: Toegang) => Promise<void>;
    klareTekst?: SectieDefinitie['klareTekst'];
  } = {},
): SectieDefinitie {
  return {
    code: 'levensgebieden',
    label: 'sectie.levensgebieden',
    uitleg: 'sectie.levensgebieden.uitleg',
    fhir: async (toegang, context) => [
      ...levensgebiedenNaarFhir(
        await exporteerLevensgebieden(toegang),
        toegang.gemeenteId,
        context,
        translator('nl'),
      ),
      ...(extra.fhir ? await extra.fhir(toegang, context) : []),
    ],
    exporteer: async (toegang) => ({
      ...(await exporteerLevensgebieden(toegang)),
      ...(extra.exporteer ? { vragenlijsten: await extra.exporteer(toegang) } : {}),
    }),
    leesbaar: async (toegang, context) => [
      ...levensgebiedenLeesbaar(await exporteerLevensgebieden(toegang), context),
      ...(extra.leesbaar ? await extra.leesbaar(toegang, context) : []),
    ],
    wis: async (toegang) => {
      if (extra.wis) await extra.wis(toegang);
      await q.wisBeoordelingen(toegang);
    },
    klareTekst: {
      dossiers: async (db) => [
        ...(await q.dossiersMetKlareTekst(db)),
        ...(extra.klareTekst ? await extra.klareTekst.dossiers(db) : []),
      ],
      versleutel: async (toegang) =>
        (await q.versleutelKlareAntwoorden(toegang)) +
        (extra.klareTekst ? await extra.klareTekst.versleutel(toegang) : 0),
    },
  };
}

/**
 * Everything of the levensgebieden in the record: every assessment (drafts too) with its
 * answers, the catalog version each was made with (names as they were), and the setting.
 */
export async function exporteerLevensgebieden(toegang: Toegang) {
  const t = translator('nl');
  const beoordelingen = await q.alleBeoordelingen(toegang);
  const versies = [...new Set(beoordelingen.map((b) => b.catalogusVersie))].sort((a, b) => a - b);
  const catalogi = [];
  for (const versie of versies) {
    const catalogus = await q.catalogusVersie(toegang, toegang.gemeenteId, versie);
    catalogi.push({
      versie,
      levensgebieden: catalogus.gebieden.map((g) => ({
        code: g.code,
        naam: gebiedNaam(g, t),
        uitleg: gebiedUitleg(g, t),
        volgorde: g.volgorde,
        verborgen: g.verborgen,
      })),
    });
  }
  const instelling = await q.instellingVan(toegang);
  return {
    instelling: { anderenZienMijnAntwoordenEerst: instelling.anderenZienEerst },
    catalogi,
    beoordelingen: beoordelingen.map((b) => ({
      id: b.id,
      catalogusVersie: b.catalogusVersie,
      perspectief: b.perspectief,
      status: b.status,
      auteur: { accountId: b.auteurId, naam: b.auteurNaam },
      aangemaakt: b.createdAt.toISOString(),
      bijgewerkt: b.updatedAt.toISOString(),
      afgerond: b.afgerondAt ? b.afgerondAt.toISOString() : null,
      antwoorden: Object.values(b.antwoorden).map((a) => ({
        levensgebied: a.code,
        score: a.score,
        weetIkNiet: a.weetNiet,
        wieHelpt: a.wieHelpt,
        doel: a.doel,
        belang: a.belang,
        watGoedGaat: a.goedGaat,
        waarIkTrotsOpBen: a.trots,
      })),
    })),
  };
}
