import type { Db } from '../platform/db/database.js';
import { HttpError } from '../platform/http/errors.js';
import type { Viewer } from '../platform/http/request-context.js';
import type { Translate } from '../platform/i18n/i18n.js';
import { type Toegang, viaDeDeur } from '../regie/door/door.js';
import { inwonerNaamVan, listToegangen } from '../regie/queries.js';
import { isLive, niveauVolstaat } from '../regie/rules.js';
import type { Samenvatting } from './codes.js';
import * as q from './queries.js';
import {
  afgeleideSamenvatting,
  type GebiedStand,
  geldendeSamenvatting,
  type Signaal,
  signalen,
  standPerGebied,
  tekorten,
} from './rules.js';
import { type Zichtbaar, zichtbarePersonen } from './weergave.js';

/**
 * Reading the netwerkkaart. Each use case goes through the door exactly once (section
 * `netwerk`) and hands the pages people as this viewer may see them (weergave.ts).
 */

export const SECTIE = 'netwerk';

export type Wie = {
  dossierId: string;
  gemeenteId: string;
  eigenaar: boolean;
  inwonerNaam: string;
  /** May propose changes (or more) */
  kanVoorstellen: boolean;
  /** Changes take effect at once (the resident, or `bewerken`) */
  kanBewerken: boolean;
};

export async function wieIs(toegang: Toegang): Promise<Wie> {
  const eigenaar = toegang.grondslag === 'eigenaar';
  return {
    dossierId: toegang.dossierId,
    gemeenteId: toegang.gemeenteId,
    eigenaar,
    inwonerNaam: await inwonerNaamVan(toegang),
    kanVoorstellen: eigenaar || niveauVolstaat(toegang.niveau, 'voorstellen'),
    kanBewerken: eigenaar || niveauVolstaat(toegang.niveau, 'bewerken'),
  };
}

/** The people on the record's grants, live or ended, for linking and for "heeft toegang". */
export type Grantee = { accountId: string; naam: string; live: boolean };

export async function granteesVan(toegang: Toegang, nu: Date): Promise<Grantee[]> {
  const rijen = await listToegangen(toegang);
  const perAccount = new Map<string, Grantee>();
  for (const r of rijen) {
    const live = isLive({ ingetrokkenOp: r.ingetrokken_op, eindigtOp: r.eindigt_op }, nu);
    const eerder = perAccount.get(r.account_id);
    perAccount.set(r.account_id, {
      accountId: r.account_id,
      naam: r.naam,
      live: live || (eerder?.live ?? false),
    });
  }
  return [...perAccount.values()];
}

export type KaartData = Wie & {
  gebieden: q.GebiedNaam[];
  personen: Zichtbaar[];
  signalen: Signaal[];
  afgeleid: Samenvatting;
  keuze: Samenvatting | null;
  geldend: Samenvatting;
  kaartVersie: number;
  stand: Record<string, GebiedStand>;
  tekorten: string[];
  /** The resident only: whether each linked person's grant is live */
  grantees: Grantee[];
  openVoorstellen: number;
};

/** The map page: summary, signals, people, picture and list. */
export async function leesKaart(db: Db, viewer: Viewer, dossierId: string, nu: Date, t: Translate) {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read' },
    { now: nu },
    async (toegang): Promise<KaartData> => {
      const wie = await wieIs(toegang);
      const alle = await q.personen(toegang);
      const gebieden = await q.levensgebieden(toegang, toegang.gemeenteId);
      const relaties = await q.relatieInstellingen(toegang, toegang.gemeenteId);
      const codes = gebieden.map((g) => g.code);
      const kaart = await q.kaartVan(toegang);
      const afgeleid = afgeleideSamenvatting(alle);
      const open = wie.kanVoorstellen
        ? (await q.voorstellen(toegang, wie.eigenaar ? {} : { auteurId: viewer.accountId })).filter(
            (v) => v.status === 'open',
          ).length
        : 0;
      return {
        ...wie,
        gebieden,
        personen: zichtbarePersonen(alle, wie.eigenaar, t, relaties),
        signalen: signalen(alle, codes),
        afgeleid,
        keuze: kaart.samenvatting,
        geldend: geldendeSamenvatting(afgeleid, kaart.samenvatting),
        kaartVersie: kaart.versie,
        stand: standPerGebied(alle, codes),
        tekorten: alle.length > 0 ? tekorten(alle, codes) : codes,
        grantees: wie.eigenaar ? await granteesVan(toegang, nu) : [],
        openVoorstellen: open,
      };
    },
  );
}

export type FormData = Wie & {
  gebieden: q.GebiedNaam[];
  /** The gemeente's own wording of the relationships, and which ones are not offered to new people */
  relaties: q.RelatieInstelling[];
  /** The person being changed, as this viewer may see them; undefined for a new person */
  persoon: Zichtbaar | undefined;
  /** The resident only: people with a live grant she can link a person to */
  grantees: Grantee[];
};

/** The add and change form (needs `voorstellen`: a proposal, or `bewerken`: a change). */
export async function formStand(
  toegang: Toegang,
  persoonId: string | undefined,
  nu: Date,
  t: Translate,
): Promise<FormData> {
  const wie = await wieIs(toegang);
  const gebieden = await q.levensgebieden(toegang, toegang.gemeenteId);
  const relaties = await q.relatieInstellingen(toegang, toegang.gemeenteId);
  let persoon: Zichtbaar | undefined;
  if (persoonId) {
    const alle = await q.personen(toegang);
    persoon = zichtbarePersonen(alle, wie.eigenaar, t, relaties).find((z) => z.persoon.id === persoonId);
    if (!persoon) throw new HttpError('NOT_FOUND', 'netwerk-persoon');
  }
  return {
    ...wie,
    gebieden,
    relaties,
    persoon,
    grantees: wie.eigenaar ? (await granteesVan(toegang, nu)).filter((g) => g.live) : [],
  };
}

export async function leesForm(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; persoonId?: string; nu: Date },
  t: Translate,
): Promise<FormData> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'voorstellen',
      actie: 'read',
      itemId: input.persoonId ? `persoon:${input.persoonId.slice(0, 40)}` : 'nieuw',
    },
    { now: input.nu },
    (toegang) => formStand(toegang, input.persoonId, input.nu, t),
  );
}

export type VoorstelRegel = {
  id: string;
  auteurNaam: string;
  /** The person proposed (new) or changed, as this viewer may see them */
  naam: string;
  soort: 'nieuw' | 'wijzig';
  status: q.Voorstel['status'];
  createdAt: Date;
  /** What the proposal would put on the map, in words for the card */
  kaart: Zichtbaar;
};

export type VoorstellenData = Wie & { voorstellen: VoorstelRegel[]; gebieden: q.GebiedNaam[] };

/** The proposals: all of them for the resident, one's own for a grantee who may propose. */
export async function leesVoorstellen(db: Db, viewer: Viewer, dossierId: string, nu: Date, t: Translate) {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'voorstellen', actie: 'read', itemId: 'voorstellen' },
    { now: nu },
    async (toegang): Promise<VoorstellenData> => {
      const wie = await wieIs(toegang);
      const alle = await q.personen(toegang);
      const relaties = await q.relatieInstellingen(toegang, toegang.gemeenteId);
      const zichtbaar = zichtbarePersonen(alle, wie.eigenaar, t, relaties);
      const lijst = await q.voorstellen(toegang, wie.eigenaar ? {} : { auteurId: viewer.accountId });
      return {
        ...wie,
        gebieden: await q.levensgebieden(toegang, toegang.gemeenteId),
        voorstellen: lijst.map((v) => {
          const huidig = v.persoonId ? zichtbaar.find((z) => z.persoon.id === v.persoonId) : undefined;
          const voorbeeld = zichtbarePersonen(
            [
              {
                ...v.invoer,
                id: v.id,
                versie: 0,
                createdAt: v.createdAt,
                naamZichtbaar: huidig?.persoon.naamZichtbaar ?? false,
              },
            ],
            true,
            t,
            relaties,
          )[0] as Zichtbaar;
          return {
            id: v.id,
            auteurNaam: v.auteurNaam,
            naam: huidig?.label ?? v.invoer.naam,
            soort: v.persoonId ? 'wijzig' : 'nieuw',
            status: v.status,
            createdAt: v.createdAt,
            kaart: voorbeeld,
          };
        }),
      };
    },
  );
}

export type VergelijkData = Wie & {
  versies: { id: string; op: Date }[];
  gekozen: { id: string; op: Date } | undefined;
  toen: Zichtbaar[];
  nu: Zichtbaar[];
};

/**
 * Now beside an earlier version: the one asked for, or else the newest from before today (the
 * first one when all are from today). Versions are read whole; names follow today's rule.
 */
export async function leesVergelijking(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; versieId?: string | undefined; nu: Date },
  t: Translate,
) {
  return viaDeDeur(
    db,
    viewer,
    { dossierId: input.dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', itemId: 'vergelijk' },
    { now: input.nu },
    async (toegang): Promise<VergelijkData> => {
      const wie = await wieIs(toegang);
      const alle = await q.personen(toegang);
      const versies = await q.versies(toegang);
      const relaties = await q.relatieInstellingen(toegang, toegang.gemeenteId);
      const vandaag = new Date(input.nu);
      vandaag.setUTCHours(0, 0, 0, 0);
      const gekozen =
        versies.find((v) => v.id === input.versieId) ??
        versies.filter((v) => v.op < vandaag).at(-1) ??
        versies[0];
      const toen = gekozen ? ((await q.versie(toegang, gekozen.id))?.personen ?? []) : [];
      // Labels of then and now from one numbering, so "Vriend 2" is the same person in both.
      const samen = [...alle, ...toen.filter((p) => !alle.some((n) => n.id === p.id))];
      const labels = new Map(
        zichtbarePersonen(samen, wie.eigenaar, t, relaties).map((z) => [z.persoon.id, z.label]),
      );
      const metLabel = (lijst: Zichtbaar[]) =>
        lijst.map((z) => {
          const label = labels.get(z.persoon.id) ?? z.label;
          return { ...z, label, kaart: { ...z.kaart, label } };
        });
      return {
        ...wie,
        versies,
        gekozen,
        toen: metLabel(zichtbarePersonen(toen, wie.eigenaar, t, relaties)),
        nu: metLabel(zichtbarePersonen(alle, wie.eigenaar, t, relaties)),
      };
    },
  );
}
