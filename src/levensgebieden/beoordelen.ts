import type { Db } from '../platform/db/database.js';
import type { HulpPerBron, HulpPerLevensgebied } from '../platform/extensions/hulp.js';
import type { HulpPerGebied, HulpUitDossier } from '../platform/extensions/hulp-uit-dossier.js';
import type { FormBody } from '../platform/http/body.js';
import { parseForm } from '../platform/http/forms.js';
import type { Viewer } from '../platform/http/request-context.js';
import type { Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import { type Toegang, viaDeDeur } from '../regie/door/door.js';
import { inwonerNaamVan } from '../regie/queries.js';
import { niveauVolstaat } from '../regie/rules.js';
import { type Catalogus, zichtbaar } from './catalogus.js';
import {
  antwoordForm,
  formVanInvoer,
  type Invoer,
  instellingForm,
  invoerUitAntwoord,
  invoerVan,
  naarAntwoord,
  versieForm,
} from './forms.js';
import * as q from './queries.js';
import {
  alleenAntwoorden,
  buur,
  gebiedenVoorHulp,
  kaartStand,
  kanAfronden,
  type LaatsteAntwoord,
  laatstePerGebied,
  magEigenAntwoordenZien,
} from './rules.js';

/**
 * The use cases of the levensgebieden. Each goes through the door exactly once (one audit
 * entry per request) and does its reading and writing with the `Toegang` it gets there.
 * Filling in needs `reageren` from anyone but the resident: a view of one's own is a response,
 * it never changes the resident's answers.
 */

export const SECTIE = 'levensgebieden';

type Wie = {
  eigenaar: boolean;
  inwonerNaam: string;
  kanReageren: boolean;
  /** The resident's own answers may be shown to this viewer (see magEigenAntwoordenZien) */
  eigenZichtbaar: boolean;
  anderenZienEerst: boolean;
};

async function wieIs(toegang: Toegang, viewer: Viewer): Promise<Wie> {
  const eigenaar = toegang.grondslag === 'eigenaar';
  const eigenBlik = eigenaar
    ? []
    : await q.afgerondeBeoordelingen(toegang, { auteurId: viewer.accountId, perspectief: 'ander' });
  return wieUit(toegang, {
    inwonerNaam: await inwonerNaamVan(toegang),
    instelling: await q.instellingVan(toegang),
    heeftEigenBlikGegeven: eigenBlik.length > 0,
  });
}

/** Who the viewer is to this record, from what was read about it. */
function wieUit(
  toegang: Toegang,
  gelezen: { inwonerNaam: string; instelling: q.Instelling; heeftEigenBlikGegeven: boolean },
): Wie {
  const eigenaar = toegang.grondslag === 'eigenaar';
  const kanReageren = eigenaar || niveauVolstaat(toegang.niveau, 'reageren');
  return {
    eigenaar,
    inwonerNaam: gelezen.inwonerNaam,
    kanReageren,
    anderenZienEerst: gelezen.instelling.anderenZienEerst,
    eigenZichtbaar: magEigenAntwoordenZien({
      eigenaar,
      kanReageren,
      anderenZienEerst: gelezen.instelling.anderenZienEerst,
      heeftEigenBlikGegeven: gelezen.heeftEigenBlikGegeven,
    }),
  };
}

export type Overzicht = Wie & {
  dossierId: string;
  gemeenteId: string;
  catalogus: Catalogus;
  /** The resident's completed assessments, oldest first (empty when not to be shown) */
  eigen: q.Beoordeling[];
  /** Other people's completed views: all of them for the resident, one's own for anyone else */
  anderen: q.Beoordeling[];
  concept: q.Beoordeling | undefined;
  /** What could help where it is not going well (her own latest view), per domain and source */
  hulp: { code: string; bronnen: HulpPerBron[] }[];
  /** The resident only: who in her own record (her netwerkkaart) helps, per domain */
  netwerk: HulpPerGebied;
};

/** The overview and the per-domain history read the same things. */
export async function leesOverzicht(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  nu: Date,
  hulpbronnen?: HulpPerLevensgebied,
  dossierHulp?: HulpUitDossier<Toegang>,
): Promise<Overzicht> {
  const overzicht = await viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read' },
    { now: nu },
    async (toegang) => {
      const eigenaar = toegang.grondslag === 'eigenaar';
      // One statement for the rounds: everyone's views for the resident, one's own for anyone
      // else — which also tells whether they gave one — her own, and the viewer's draft.
      const rondes = await q.overzichtRondes(toegang, { viewerId: viewer.accountId, alleAnderen: eigenaar });
      const wie = wieUit(toegang, {
        ...(await q.overzichtStand(toegang)),
        heeftEigenBlikGegeven: !eigenaar && rondes.anderen.length > 0,
      });
      const catalogus = await q.huidigeCatalogus(toegang, toegang.gemeenteId);
      return {
        ...wie,
        dossierId: toegang.dossierId,
        gemeenteId: toegang.gemeenteId,
        catalogus,
        // Decrypted only what is shown.
        eigen: wie.eigenZichtbaar ? await q.open(toegang, rondes.eigen) : [],
        anderen: await q.open(toegang, rondes.anderen),
        concept: wie.kanReageren && rondes.concept ? (await q.open(toegang, [rondes.concept]))[0] : undefined,
        // Her own map is hers to see; read in this pass through the door, never for anyone else.
        netwerk:
          eigenaar && dossierHulp
            ? await dossierHulp.voor(
                toegang,
                catalogus.gebieden.map((g) => g.code),
              )
            : {},
      };
    },
  );
  // After the door: public help for the domains her own latest view scores low; no personal data goes out.
  const hulp: Overzicht['hulp'] = [];
  if (hulpbronnen) {
    const codes = zichtbaar(overzicht.catalogus).map((g) => g.code);
    // Her latest answer per domain, also from an earlier round that the newest one skipped.
    const laatste =
      overzicht.eigen.length > 0 ? alleenAntwoorden(laatstePerGebied(overzicht.eigen)) : undefined;
    for (const code of gebiedenVoorHulp(codes, laatste)) {
      const bronnen = await hulpbronnen.voor({
        gemeenteId: overzicht.gemeenteId,
        levensgebied: code,
        aantal: 3,
        nu,
      });
      if (bronnen.length > 0) hulp.push({ code, bronnen });
    }
  }
  return { ...overzicht, hulp };
}

export type Invullen = Wie & {
  dossierId: string;
  catalogus: Catalogus;
  concept: q.Beoordeling | undefined;
  /** The resident's latest completed answers, for someone giving their view, when allowed */
  eigenLaatste: q.Beoordeling | undefined;
  /**
   * The viewer's own latest answer per domain from her completed rounds: a new round starts
   * from these ("klopt nog" keeps one, or she changes what changed).
   */
  vorige: Record<string, LaatsteAntwoord>;
};

async function invulStand(toegang: Toegang, viewer: Viewer): Promise<Invullen> {
  const wie = await wieIs(toegang, viewer);
  const concept = await q.conceptVan(toegang, viewer.accountId);
  const catalogus = concept
    ? await q.catalogusVersie(toegang, toegang.gemeenteId, concept.catalogusVersie)
    : await q.huidigeCatalogus(toegang, toegang.gemeenteId);
  const eigenLaatste =
    !wie.eigenaar && wie.eigenZichtbaar
      ? (await q.afgerondeBeoordelingen(toegang, { perspectief: 'eigen' })).at(-1)
      : undefined;
  const eigenRondes = await q.afgerondeBeoordelingen(
    toegang,
    wie.eigenaar ? { perspectief: 'eigen' } : { perspectief: 'ander', auteurId: viewer.accountId },
  );
  const vorige = laatstePerGebied(eigenRondes.filter((b) => b.auteurId === viewer.accountId));
  return { ...wie, dossierId: toegang.dossierId, catalogus, concept, eigenLaatste, vorige };
}

/** The fill-in pages: the viewer's own draft (or an empty one) in its catalog version. */
export async function leesInvullen(db: Db, viewer: Viewer, dossierId: string, nu: Date): Promise<Invullen> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'reageren', actie: 'read', itemId: 'invullen' },
    { now: nu },
    (toegang) => invulStand(toegang, viewer),
  );
}

export type BewaarUitkomst =
  | { soort: 'ok'; stand: Invullen; volgende: string | undefined; vorige: string | undefined }
  | { soort: 'onbekend-gebied'; stand: Invullen }
  | { soort: 'fout'; stand: Invullen; errors: FieldErrors; invoer: Invoer; versie: number }
  | { soort: 'conflict'; stand: Invullen; invoer: Invoer };

/**
 * Saves the answers about one domain in the viewer's draft (made on the first save). Nothing is
 * written when a field is wrong, when the domain is not in the draft's catalog version, or when
 * the form's `versie` is not the draft's (someone saved it in between: 409, input kept).
 */
export async function bewaarGebied(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; code: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<BewaarUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'reageren',
      actie: 'update',
      itemId: `beoordeling:${input.code.slice(0, 40)}`,
    },
    { now: input.nu },
    async (toegang): Promise<BewaarUitkomst> => {
      const stand = await invulStand(toegang, viewer);
      const codes = zichtbaar(stand.catalogus).map((g) => g.code);
      if (!codes.includes(input.code)) return { soort: 'onbekend-gebied', stand };
      // "Klopt nog": her previous answer about this domain, unchanged, in the new round.
      const kloptNog = input.body.klopt_nog === 'ja' ? stand.vorige[input.code]?.antwoord : undefined;
      const invoer = kloptNog ? invoerUitAntwoord(kloptNog) : invoerVan(input.body);
      const form = parseForm(antwoordForm, kloptNog ? formVanInvoer(invoer, input.body) : input.body, t);
      const versie = parseForm(versieForm, input.body, t);
      if (!form.ok || !versie.ok) {
        return {
          soort: 'fout',
          stand,
          errors: { ...(form.ok ? {} : form.errors), ...(versie.ok ? {} : versie.errors) },
          invoer,
          versie: versie.ok ? versie.data.versie : (stand.concept?.versie ?? 0),
        };
      }
      const gevraagd = versie.data.versie;
      let beoordelingId: string;
      if (!stand.concept) {
        if (gevraagd !== 0) return { soort: 'conflict', stand, invoer };
        const nieuw = await q.maakConcept(toegang, {
          auteurId: viewer.accountId,
          perspectief: stand.eigenaar ? 'eigen' : 'ander',
          catalogusVersie: stand.catalogus.versie,
          nu: input.nu,
        });
        if (!nieuw) return { soort: 'conflict', stand, invoer };
        beoordelingId = nieuw.id;
      } else {
        beoordelingId = stand.concept.id;
        if (stand.concept.versie !== gevraagd) return { soort: 'conflict', stand, invoer };
        if (!(await q.verhoogVersie(toegang, { beoordelingId, versie: gevraagd, nu: input.nu })))
          return { soort: 'conflict', stand, invoer };
      }
      await q.bewaarAntwoord(toegang, {
        beoordelingId,
        catalogusVersie: stand.catalogus.versie,
        antwoord: naarAntwoord(input.code, form.data),
        nu: input.nu,
      });
      return {
        soort: 'ok',
        stand,
        volgende: buur(codes, input.code, 1),
        vorige: buur(codes, input.code, -1),
      };
    },
  );
}

export type AfrondUitkomst =
  | { soort: 'ok' }
  | { soort: 'geen-concept' }
  | { soort: 'leeg'; stand: Invullen }
  | { soort: 'conflict'; stand: Invullen };

/** Completes the viewer's draft: it becomes part of the history and of the mirror. */
export async function rondAf(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; body: FormBody; nu: Date },
): Promise<AfrondUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId: input.dossierId, sectie: SECTIE, nodig: 'reageren', actie: 'update', itemId: 'beoordeling' },
    { now: input.nu },
    async (toegang): Promise<AfrondUitkomst> => {
      const stand = await invulStand(toegang, viewer);
      if (!stand.concept) return { soort: 'geen-concept' };
      const versie = versieForm.safeParse(input.body);
      // An empty draft cannot be completed whatever version the form names.
      if (!kanAfronden(stand.concept.antwoorden)) return { soort: 'leeg', stand };
      if (!versie.success || versie.data.versie !== stand.concept.versie) return { soort: 'conflict', stand };
      const gelukt = await q.verhoogVersie(toegang, {
        beoordelingId: stand.concept.id,
        versie: versie.data.versie,
        nu: input.nu,
        afronden: true,
      });
      return gelukt ? { soort: 'ok' } : { soort: 'conflict', stand };
    },
  );
}

/** The resident's setting, hers alone. */
export async function leesInstelling(db: Db, viewer: Viewer, dossierId: string, nu: Date) {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', itemId: 'instelling', alleenEigenaar: true },
    { now: nu },
    (toegang) => q.instellingVan(toegang),
  );
}

export type InstellingUitkomst =
  | { soort: 'ok' }
  | { soort: 'fout'; errors: FieldErrors; instelling: q.Instelling }
  | { soort: 'conflict'; instelling: q.Instelling };

export async function bewaarInstelling(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<InstellingUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      itemId: 'instelling',
      alleenEigenaar: true,
    },
    { now: input.nu },
    async (toegang): Promise<InstellingUitkomst> => {
      const huidig = await q.instellingVan(toegang);
      const form = parseForm(instellingForm, input.body, t);
      if (!form.ok) return { soort: 'fout', errors: form.errors, instelling: huidig };
      const gelukt = await q.bewaarInstelling(toegang, {
        anderenZienEerst: form.data.anderen_zien_eerst === 'ja',
        versie: form.data.versie,
        nu: input.nu,
      });
      return gelukt ? { soort: 'ok' } : { soort: 'conflict', instelling: await q.instellingVan(toegang) };
    },
  );
}

/**
 * For her card on "Mijn overzicht": when she last completed her own answers, and whether a
 * round is in progress. Read through the door as the viewer (an owner's read is not logged).
 */
export async function leesKaartStand(db: Db, viewer: Viewer, dossierId: string, nu: Date) {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read' },
    { now: nu },
    async (toegang) => {
      const { laatsteAfronding, heeftConcept } = await q.kaartGegevens(toegang, viewer.accountId);
      return kaartStand(laatsteAfronding, heeftConcept, nu);
    },
  );
}
