import type { Db } from '../platform/db/database.js';
import { HttpError } from '../platform/http/errors.js';
import type { Viewer } from '../platform/http/request-context.js';
import { type Toegang, viaDeDeur } from '../regie/door/door.js';
import { niveauVolstaat } from '../regie/rules.js';
import type { AfspraakStatus, Taak, VeldCode } from './codes.js';
import * as q from './queries.js';
import {
  afspraakTelling,
  geldigeWaarschuwPersonen,
  gevuldeDelen,
  hercontroleNodig,
  hercontroleOp,
  type Inhoud,
  legeInhoud,
  opDeKaart,
} from './rules.js';

/**
 * Reading the crisiskaart. Each use case passes the door once (section `crisiskaart`). Under
 * emergency access a professional gets the card's content only: `leesKaart` gives nothing
 * else, and every other use case refuses (403, written in the trail as refused).
 */

export const SECTIE = 'crisiskaart';

export type Wie = {
  dossierId: string;
  eigenaar: boolean;
  inwonerNaam: string;
  kanVoorstellen: boolean;
  kanBewerken: boolean;
  /** Emergency access: until when */
  noodtoegangTot: Date | null;
};

export async function wieIs(toegang: Toegang): Promise<Wie> {
  const eigenaar = toegang.grondslag === 'eigenaar';
  const nood = toegang.grondslag === 'noodtoegang';
  return {
    dossierId: toegang.dossierId,
    eigenaar,
    inwonerNaam: (await q.inwonerVan(toegang)).naam,
    kanVoorstellen: !nood && (eigenaar || niveauVolstaat(toegang.niveau, 'voorstellen')),
    kanBewerken: !nood && (eigenaar || niveauVolstaat(toegang.niveau, 'bewerken')),
    noodtoegangTot: toegang.noodtoegangTot,
  };
}

/** Only the card's content: emergency access reaches nothing else. */
export function geenNoodtoegang(toegang: Toegang): void {
  if (toegang.grondslag === 'noodtoegang') throw new HttpError('FORBIDDEN', 'alleen-de-kaart');
}

export type KaartAfspraak = {
  id: string;
  taak: Taak;
  toelichting: string;
  wie: string;
  status: AfspraakStatus;
};

/** The card as everyone who may read it sees it: what she put on it, and confirmed agreements. */
export type KaartData = Wie & {
  bestaat: boolean;
  naam: string;
  delen: { code: VeldCode; tekst: string }[];
  waarschuwen: string[];
  afspraken: KaartAfspraak[];
  gemaaktOp: Date | null;
  gecontroleerdOp: Date | null;
  /** The card is older than 18 months (since it was checked) */
  hercontrole: boolean;
  hercontroleOp: Date | null;
  versie: number;
  /** For the resident: open proposals and open requests to people on her map */
  openVoorstellen: number;
  telling: Record<AfspraakStatus, number>;
};

async function namenVan(toegang: Toegang): Promise<Map<string, q.MapPersoon>> {
  return new Map((await q.mapPersonen(toegang)).map((p) => [p.id, p]));
}

function metNaam(afspraak: q.Afspraak, personen: Map<string, q.MapPersoon>): KaartAfspraak {
  return {
    id: afspraak.id,
    taak: afspraak.taak,
    toelichting: afspraak.toelichting,
    wie: personen.get(afspraak.persoonId)?.naam ?? '',
    status: afspraak.status,
  };
}

/** The card's content from a `Toegang` (also for the PDF). */
export async function kaartVan(toegang: Toegang, nu: Date): Promise<KaartData> {
  const wie = await wieIs(toegang);
  const kaart = await q.kaart(toegang);
  const personen = await namenVan(toegang);
  const inhoud = kaart?.inhoud ?? legeInhoud();
  const alle = await q.afspraken(toegang);
  return {
    ...wie,
    bestaat: kaart !== undefined,
    naam: kaart?.naam ?? '',
    delen: gevuldeDelen(inhoud, true),
    waarschuwen: geldigeWaarschuwPersonen(inhoud, [...personen.keys()]).map(
      (id) => personen.get(id)?.naam ?? '',
    ),
    afspraken: opDeKaart(alle).map((a) => metNaam(a, personen)),
    gemaaktOp: kaart?.gemaaktOp ?? null,
    gecontroleerdOp: kaart?.gecontroleerdOp ?? null,
    hercontrole: kaart ? hercontroleNodig(kaart.gecontroleerdOp, nu) : false,
    hercontroleOp: kaart ? hercontroleOp(kaart.gecontroleerdOp) : null,
    versie: kaart?.versie ?? 0,
    openVoorstellen: wie.eigenaar
      ? (await q.voorstellen(toegang)).filter((v) => v.status === 'open').length
      : 0,
    telling: wie.eigenaar ? afspraakTelling(alle) : { gevraagd: 0, afgesproken: 0, afgewezen: 0 },
  };
}

export async function leesKaart(db: Db, viewer: Viewer, dossierId: string, nu: Date): Promise<KaartData> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read' },
    { now: nu },
    (t) => kaartVan(t, nu),
  );
}

/**
 * The card for printing (the PDF): the same content as the phone page, taken out of the app, so
 * audited as an export. For whoever may read the card; not under emergency access (the
 * professional reads the page, and takes nothing with her).
 */
export async function leesKaartVoorPdf(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  nu: Date,
): Promise<KaartData> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'export', itemId: 'kaartje-pdf' },
    { now: nu },
    async (toegang) => {
      geenNoodtoegang(toegang);
      const data = await kaartVan(toegang, nu);
      if (!data.bestaat) throw new HttpError('NOT_FOUND');
      return data;
    },
  );
}

export type PlanAfspraak = KaartAfspraak & {
  persoonId: string;
  /** The viewer is this person (linked account): may answer in the app */
  aanMij: boolean;
  createdAt: Date;
};

/** The longer crisisplan: everything she wrote, with what is on the card, and every agreement. */
export type PlanData = Wie & {
  bestaat: boolean;
  naam: string;
  delen: { code: VeldCode; tekst: string; opKaart: boolean }[];
  waarschuwen: string[];
  afspraken: PlanAfspraak[];
  personen: { id: string; naam: string; gekoppeld: boolean }[];
  gemaaktOp: Date | null;
  gecontroleerdOp: Date | null;
};

export async function leesPlan(db: Db, viewer: Viewer, dossierId: string, nu: Date): Promise<PlanData> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', itemId: 'crisisplan' },
    { now: nu },
    async (toegang) => {
      geenNoodtoegang(toegang);
      const wie = await wieIs(toegang);
      const kaart = await q.kaart(toegang);
      const personen = await namenVan(toegang);
      const inhoud = kaart?.inhoud ?? legeInhoud();
      const alle = await q.afspraken(toegang);
      return {
        ...wie,
        bestaat: kaart !== undefined,
        naam: kaart?.naam ?? '',
        delen: gevuldeDelen(inhoud, false).map((d) => ({ ...d, opKaart: inhoud.delen[d.code].opKaart })),
        waarschuwen: geldigeWaarschuwPersonen(inhoud, [...personen.keys()]).map(
          (id) => personen.get(id)?.naam ?? '',
        ),
        afspraken: alle.map((a) => ({
          ...metNaam(a, personen),
          persoonId: a.persoonId,
          aanMij: personen.get(a.persoonId)?.accountId === viewer.accountId,
          createdAt: a.createdAt,
        })),
        personen: wie.eigenaar
          ? [...personen.values()].map((p) => ({ id: p.id, naam: p.naam, gekoppeld: p.email !== null }))
          : [],
        gemaaktOp: kaart?.gemaaktOp ?? null,
        gecontroleerdOp: kaart?.gecontroleerdOp ?? null,
      };
    },
  );
}

/** What the editor needs: the stored plan (or an empty one), the people on her map, the version. */
export type FormStand = Wie & {
  inhoud: Inhoud;
  naam: string;
  versie: number;
  personen: { id: string; naam: string }[];
};

export async function formStand(toegang: Toegang): Promise<FormStand> {
  geenNoodtoegang(toegang);
  const wie = await wieIs(toegang);
  const kaart = await q.kaart(toegang);
  return {
    ...wie,
    inhoud: kaart?.inhoud ?? legeInhoud(),
    naam: kaart?.naam ?? '',
    versie: kaart?.versie ?? 0,
    personen: (await q.mapPersonen(toegang)).map((p) => ({ id: p.id, naam: p.naam })),
  };
}

export async function leesForm(db: Db, viewer: Viewer, dossierId: string, nu: Date): Promise<FormStand> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'voorstellen', actie: 'read', itemId: 'bewerken' },
    { now: nu },
    formStand,
  );
}

export type VoorstellenData = Wie & {
  voorstellen: (Omit<q.Voorstel, 'inhoud'> & {
    delen: { code: VeldCode; tekst: string; opKaart: boolean }[];
  })[];
};

/** Proposals: all for the resident; a grantee sees their own. */
export async function leesVoorstellen(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  nu: Date,
): Promise<VoorstellenData> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'voorstellen', actie: 'read', itemId: 'voorstellen' },
    { now: nu },
    async (toegang) => {
      const wie = await wieIs(toegang);
      const lijst = await q.voorstellen(toegang, wie.eigenaar ? undefined : viewer.accountId);
      return {
        ...wie,
        voorstellen: lijst.map(({ inhoud, ...v }) => ({
          ...v,
          delen: gevuldeDelen(inhoud, false).map((d) => ({ ...d, opKaart: inhoud.delen[d.code].opKaart })),
        })),
      };
    },
  );
}
