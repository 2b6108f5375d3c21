import type { Db } from '../platform/db/database.js';
import { HttpError } from '../platform/http/errors.js';
import type { Viewer } from '../platform/http/request-context.js';
import { systeemToegang, type Toegang, viaDeDeur } from '../regie/door/door.js';
import { inwonerNaamVan, listAuditOfDossier, listToegangen } from '../regie/queries.js';
import { isLive, type Niveau, niveauVolstaat } from '../regie/rules.js';
import * as q from './queries.js';
import {
  type Actie,
  type Doel,
  huishoudWaarschuwingen,
  isLopend,
  type PlanTelling,
  type ProfessionalOpPlan,
  type ProfessioneleActie,
  planTelling,
  STANDAARD_MAX_PROFESSIONALS,
  type Waarschuwing,
  waarschuwingen,
} from './rules.js';

/**
 * Reading Mijn plan. Each use case goes through the door exactly once (section `plan`) and
 * hands the pages the plan as this viewer may see it: names on the network map only where the
 * resident shows them, proposals all for whoever decides and one's own for the others.
 */

export const SECTIE = 'plan';

export type Wie = {
  dossierId: string;
  gemeenteId: string;
  eigenaar: boolean;
  inwonerNaam: string;
  viewerAccountId: string;
  kanReageren: boolean;
  kanVoorstellen: boolean;
  /** Changes take effect at once (the resident, or `bewerken`) */
  kanBewerken: boolean;
  /** Accepts or declines proposals: the resident, or her legal representative with `bewerken` */
  kanBeslissen: boolean;
};

export async function wieIs(toegang: Toegang, viewer: Viewer): Promise<Wie> {
  const eigenaar = toegang.grondslag === 'eigenaar';
  return {
    dossierId: toegang.dossierId,
    gemeenteId: toegang.gemeenteId,
    eigenaar,
    inwonerNaam: await inwonerNaamVan(toegang),
    viewerAccountId: viewer.accountId,
    kanReageren: eigenaar || niveauVolstaat(toegang.niveau, 'reageren'),
    kanVoorstellen: eigenaar || niveauVolstaat(toegang.niveau, 'voorstellen'),
    kanBewerken: eigenaar || niveauVolstaat(toegang.niveau, 'bewerken'),
    kanBeslissen: magBeslissen(toegang),
  };
}

/** The resident, or her court-appointed representative whose level on the plan is `bewerken`. */
export function magBeslissen(toegang: Toegang): boolean {
  return (
    toegang.grondslag === 'eigenaar' ||
    (toegang.grondslag === 'vertegenwoordiger' && niveauVolstaat(toegang.niveau, 'bewerken'))
  );
}

/** Someone with a live grant on the record: what they are, and what they may do with the plan. */
export type Betrokkene = {
  accountId: string;
  naam: string;
  rol: string;
  organisatie: string | null;
  vertegenwoordiger: boolean;
  /** Their level per section (only sections they hold a level on) */
  niveaus: Partial<Record<string, Niveau>>;
};

export async function betrokkenen(toegang: Toegang, nu: Date): Promise<Betrokkene[]> {
  const rijen = await listToegangen(toegang);
  return rijen
    .filter((r) => isLive({ ingetrokkenOp: r.ingetrokken_op, eindigtOp: r.eindigt_op }, nu))
    .map((r) => ({
      accountId: r.account_id,
      naam: r.naam,
      rol: r.rol,
      organisatie: r.organisatie_naam,
      vertegenwoordiger: r.soort === 'vertegenwoordiger',
      niveaus: r.niveaus,
    }));
}

/** Who does an action, in words this viewer may see. */
export type DoenerWeergave =
  | { soort: 'ikzelf' }
  | { soort: 'netwerk'; naam: string | null; relatie: string | null }
  | { soort: 'vrijwilliger'; naam: string }
  | { soort: 'professional'; naam: string; organisatie: string | null };

export type ActieWeergave = Actie & { doenerWeergave: DoenerWeergave; notities: q.Notitie[] };
export type DoelWeergave = Doel & { acties: ActieWeergave[] };

export type VoorstelWeergave = q.Voorstel & {
  /** The goal or action as it is now (for a change), to put beside the proposal */
  huidig: Doel | Actie | undefined;
  /** The goal a new action is for */
  doelTekst: string | null;
};

export type PlanData = Wie & {
  gebieden: q.Gebied[];
  doelen: DoelWeergave[];
  voorstellen: VoorstelWeergave[];
  betrokkenen: Betrokkene[];
  regievoerder: Betrokkene | undefined;
  standVersie: number;
  /** Only for the resident and the regievoerder; empty for everyone else */
  waarschuwingen: Waarschuwing[];
  /** The changes to the plan from the trail, newest first, for the log's sentences */
  wijzigingen: Awaited<ReturnType<typeof listAuditOfDossier>>;
};

function doenerWeergave(
  a: Actie,
  eigenaar: boolean,
  netwerk: q.NetwerkPersoon[],
  namen: Map<string, Betrokkene>,
): DoenerWeergave {
  switch (a.doener) {
    case 'ikzelf':
      return { soort: 'ikzelf' };
    case 'netwerk': {
      const p = netwerk.find((n) => n.id === a.netwerkPersoonId);
      return {
        soort: 'netwerk',
        naam: p && (eigenaar || p.naamZichtbaar) ? p.naam : null,
        relatie: p?.relatie ?? null,
      };
    }
    case 'vrijwilliger':
      return { soort: 'vrijwilliger', naam: a.doenerNaam };
    case 'professional': {
      const b = a.doenerAccountId ? namen.get(a.doenerAccountId) : undefined;
      return {
        soort: 'professional',
        naam: b?.naam ?? a.doenerNaam,
        organisatie: b?.organisatie ?? null,
      };
    }
  }
}

/** The coordination warnings of this plan (pure rules over what is read here). */
export function planWaarschuwingen(
  doelen: readonly Doel[],
  acties: readonly Actie[],
  betrokken: readonly Betrokkene[],
  drempel = STANDAARD_MAX_PROFESSIONALS,
): Waarschuwing[] {
  return waarschuwingen({ ...coordinatieInvoer(doelen, acties, betrokken), drempel });
}

/** What the coordination rules count of one plan: professionals on it, and running professional actions. */
function coordinatieInvoer(
  doelen: readonly Doel[],
  acties: readonly Actie[],
  betrokken: readonly Betrokkene[],
): { acties: ProfessioneleActie[]; professionals: ProfessionalOpPlan[] } {
  const namen = new Map(betrokken.map((b) => [b.accountId, b]));
  const professionals: ProfessionalOpPlan[] = betrokken
    .filter((b) => b.rol === 'professional' && b.niveaus.plan !== undefined)
    .map((b) => ({ accountId: b.accountId, organisatie: b.organisatie ?? b.naam }));
  const lopend = acties.filter((a) => a.doener === 'professional' && isLopend(a));
  for (const a of lopend)
    if (a.doenerAccountId && !professionals.some((p) => p.accountId === a.doenerAccountId))
      professionals.push({
        accountId: a.doenerAccountId,
        organisatie: namen.get(a.doenerAccountId)?.organisatie ?? '',
      });
  return {
    acties: lopend.map((a) => {
      const b = a.doenerAccountId ? namen.get(a.doenerAccountId) : undefined;
      return {
        levensgebieden: doelen.find((d) => d.id === a.doelId)?.levensgebieden ?? [],
        organisatie: b?.organisatie ?? b?.naam ?? a.doenerNaam,
      };
    }),
    professionals,
  };
}

/**
 * The household's part of the warning (issue 11 item 4): each other record of her household is
 * opened by the system path `huishouden-telling` (audited in that record, in this transaction)
 * only to count its professionals and organisations; what leaves it is a `PlanTelling`, and the
 * warning made of it holds numbers only.
 */
async function huishoudWaarschuwingenVan(
  toegang: Toegang,
  viewer: Viewer,
  eigen: { doelen: readonly Doel[]; acties: readonly Actie[]; betrokken: readonly Betrokkene[] },
  drempel: number,
  nu: Date,
): Promise<Waarschuwing[]> {
  const genoten = await q.huishoudgenoten(toegang);
  if (genoten.length === 0) return [];
  const anderen: PlanTelling[] = [];
  for (const genoot of genoten)
    anderen.push(
      await systeemToegang(
        toegang,
        {
          reden: 'huishouden-telling',
          gemeenteId: toegang.gemeenteId,
          dossierId: genoot.dossierId,
          now: nu,
          actor: viewer,
          actie: 'read',
          sectie: SECTIE,
          itemId: 'huishouden:telling',
        },
        async (ander) =>
          planTelling(
            coordinatieInvoer(await q.doelen(ander), await q.acties(ander), await betrokkenen(ander, nu)),
          ),
      ),
    );
  return huishoudWaarschuwingen(
    planTelling(coordinatieInvoer(eigen.doelen, eigen.acties, eigen.betrokken)),
    anderen,
    drempel,
  );
}

/** The whole plan, read in one pass through the door. */
export async function planStand(toegang: Toegang, viewer: Viewer, nu: Date): Promise<PlanData> {
  const wie = await wieIs(toegang, viewer);
  const doelen = await q.doelen(toegang);
  const acties = await q.acties(toegang);
  const notities = await q.notities(toegang);
  const netwerk = await q.netwerkPersonen(toegang);
  const betrokken = await betrokkenen(toegang, nu);
  const namen = new Map(betrokken.map((b) => [b.accountId, b]));
  const stand = await q.stand(toegang);
  const regievoerder = stand.regievoerderAccountId ? namen.get(stand.regievoerderAccountId) : undefined;
  const alleVoorstellen = wie.kanBeslissen
    ? await q.voorstellen(toegang)
    : wie.kanVoorstellen
      ? await q.voorstellen(toegang, { auteurId: viewer.accountId })
      : [];
  const zietWaarschuwing = wie.eigenaar || regievoerder?.accountId === viewer.accountId;
  const trail = await listAuditOfDossier(toegang, { sectie: SECTIE, alleenWijzigingen: true, limit: 500 });
  const drempel = zietWaarschuwing ? await q.maxProfessionals(toegang, toegang.gemeenteId) : 0;
  const huishouden = zietWaarschuwing
    ? await huishoudWaarschuwingenVan(toegang, viewer, { doelen, acties, betrokken }, drempel, nu)
    : [];
  return {
    ...wie,
    gebieden: await q.gebieden(toegang, toegang.gemeenteId),
    doelen: doelen.map((d) => ({
      ...d,
      acties: acties
        .filter((a) => a.doelId === d.id)
        .map((a) => ({
          ...a,
          doenerWeergave: doenerWeergave(a, wie.eigenaar, netwerk, namen),
          notities: notities.filter((n) => n.actieId === a.id),
        })),
    })),
    voorstellen: alleVoorstellen
      .filter((v) => v.status === 'open')
      .map((v) => ({
        ...v,
        huidig:
          v.soort === 'actie'
            ? v.actieId
              ? acties.find((a) => a.id === v.actieId)
              : undefined
            : v.doelId
              ? doelen.find((d) => d.id === v.doelId)
              : undefined,
        doelTekst: v.doelId ? (doelen.find((d) => d.id === v.doelId)?.tekst ?? null) : null,
      })),
    betrokkenen: betrokken,
    regievoerder,
    standVersie: stand.versie,
    waarschuwingen: zietWaarschuwing
      ? [...planWaarschuwingen(doelen, acties, betrokken, drempel), ...huishouden]
      : [],
    wijzigingen: trail,
  };
}

export async function leesPlan(db: Db, viewer: Viewer, dossierId: string, nu: Date): Promise<PlanData> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read' },
    { now: nu },
    (toegang) => planStand(toegang, viewer, nu),
  );
}

/** What a goal or action form needs: the choices, and the item being changed. */
export type FormData = Wie & {
  gebieden: q.Gebied[];
  netwerk: (q.NetwerkPersoon & { label: string | null })[];
  professionals: Betrokkene[];
  doel: Doel | undefined;
  actie: Actie | undefined;
  /** Who she can pick for the evaluation reminder: everyone with a live grant on the plan */
  herinnerKandidaten: Betrokkene[];
  /** Whom she picked for the goal, and for the action (empty for a new one) */
  herinnerenDoel: string[];
  herinnerenActie: string[];
};

export async function formStand(
  toegang: Toegang,
  viewer: Viewer,
  input: { doelId?: string | undefined; actieId?: string | undefined; nu: Date },
): Promise<FormData> {
  const wie = await wieIs(toegang, viewer);
  const actie = input.actieId ? await q.actie(toegang, input.actieId) : undefined;
  if (input.actieId && !actie) throw new HttpError('NOT_FOUND', 'plan-actie');
  const doelId = actie?.doelId ?? input.doelId;
  const doel = doelId ? await q.doel(toegang, doelId) : undefined;
  if (doelId && !doel) throw new HttpError('NOT_FOUND', 'plan-doel');
  const netwerk = await q.netwerkPersonen(toegang);
  const betrokken = await betrokkenen(toegang, input.nu);
  return {
    ...wie,
    gebieden: await q.gebieden(toegang, toegang.gemeenteId),
    netwerk: netwerk.map((p) => ({ ...p, label: wie.eigenaar || p.naamZichtbaar ? p.naam : null })),
    professionals: betrokken.filter((b) => b.rol === 'professional'),
    doel,
    actie,
    herinnerKandidaten: betrokken.filter((b) => b.niveaus[SECTIE] !== undefined),
    herinnerenDoel: doel ? await q.herinneren(toegang, 'doel', doel.id) : [],
    herinnerenActie: actie ? await q.herinneren(toegang, 'actie', actie.id) : [],
  };
}

export async function leesForm(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; doelId?: string; actieId?: string; nu: Date },
): Promise<FormData> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'voorstellen',
      actie: 'read',
      itemId: input.actieId
        ? `actie:${input.actieId.slice(0, 40)}`
        : input.doelId
          ? `doel:${input.doelId.slice(0, 40)}`
          : 'nieuw',
    },
    { now: input.nu },
    (toegang) => formStand(toegang, viewer, input),
  );
}
