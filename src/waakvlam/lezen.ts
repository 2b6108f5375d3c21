import type { Db } from '../platform/db/database.js';
import { HttpError } from '../platform/http/errors.js';
import type { Viewer } from '../platform/http/request-context.js';
import { type Toegang, viaDeDeur } from '../regie/door/door.js';
import { inwonerNaamVan, listToegangen } from '../regie/queries.js';
import { isLive, niveauVolstaat } from '../regie/rules.js';
import { type Vragen, vragenVan } from './checkin.js';
import * as q from './queries.js';
import {
  afschalenAanbieden,
  fasenSindsWissel,
  type Samenvatting,
  samenvatting,
  type Zicht,
  zichtVoor,
} from './rules.js';
import { SECTIE } from './systeem.js';

/**
 * Reading the waakvlam. Each use case passes the door once (section `waakvlam`). What a viewer
 * gets depends on who they are to the plan (`zichtVoor`): the resident everything, someone she
 * chose for "the phase only" just the phase, anyone else with a grant the plan and its history —
 * never her check-in answers.
 */

export type OverzichtData = {
  dossierId: string;
  eigenaar: boolean;
  inwonerNaam: string;
  zicht: Zicht;
  /** Without a plan: nothing set up yet */
  plan: q.Plan | undefined;
  overgangen: q.OvergangRij[];
  samenvatting: Samenvatting;
  afschalen: boolean;
  /** The resident only: her latest answered check-in */
  laatsteCheckin: q.Checkin | undefined;
  /** The resident only: the names of the people she chose */
  gekozenNamen: string[];
};

/** Live grantees who may read the waakvlam: whom she can choose. */
export async function kiesbareMensen(toegang: Toegang, nu: Date) {
  const mensen = new Map<string, { accountId: string; naam: string }>();
  for (const r of await listToegangen(toegang))
    if (
      isLive({ ingetrokkenOp: r.ingetrokken_op, eindigtOp: r.eindigt_op }, nu) &&
      niveauVolstaat(r.niveaus[SECTIE], 'lezen')
    )
      mensen.set(r.account_id, { accountId: r.account_id, naam: r.naam });
  return [...mensen.values()];
}

export async function leesOverzicht(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  nu: Date,
): Promise<OverzichtData> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read' },
    { now: nu },
    async (toegang): Promise<OverzichtData> => {
      const eigenaar = toegang.grondslag === 'eigenaar';
      const plan = await q.planVan(toegang);
      const zicht = zichtVoor({ eigenaar, accountId: viewer.accountId, alleenFase: plan?.alleenFase ?? [] });
      const alle = zicht === 'alleen-fase' ? [] : await q.overgangen(toegang);
      const laatsteCheckin = eigenaar
        ? (await q.checkins(toegang)).find((c) => c.beantwoordOp !== null)
        : undefined;
      const gekozen = eigenaar && plan ? await kiesbareMensen(toegang, nu) : [];
      return {
        dossierId: toegang.dossierId,
        eigenaar,
        inwonerNaam: await inwonerNaamVan(toegang),
        zicht,
        plan,
        overgangen: alle,
        samenvatting: samenvatting(alle, nu),
        afschalen:
          eigenaar && plan !== undefined
            ? afschalenAanbieden({
                stand: { fase: plan.fase, intensiteit: plan.intensiteit },
                fasenSindsdien: fasenSindsWissel(alle),
                afschaalNa: plan.afschaalNa,
              })
            : false,
        laatsteCheckin,
        gekozenNamen: gekozen.filter((m) => plan?.gekozen.includes(m.accountId)).map((m) => m.naam),
      };
    },
  );
}

export type PlanFormData = {
  dossierId: string;
  plan: q.Plan | undefined;
  kiesbaar: { accountId: string; naam: string }[];
};

export async function planFormStand(toegang: Toegang, nu: Date): Promise<PlanFormData> {
  return {
    dossierId: toegang.dossierId,
    plan: await q.planVan(toegang),
    kiesbaar: await kiesbareMensen(toegang, nu),
  };
}

/** The plan's form: hers alone. */
export async function leesPlanForm(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  nu: Date,
): Promise<PlanFormData> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'bewerken', actie: 'read', alleenEigenaar: true },
    { now: nu },
    (toegang) => planFormStand(toegang, nu),
  );
}

/** The questions of a check-in for the resident in the app (her plan's; 404 without a plan). */
export async function leesCheckinVragen(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  nu: Date,
): Promise<Vragen> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'bewerken', actie: 'read', itemId: 'checkin', alleenEigenaar: true },
    { now: nu },
    async (toegang) => {
      const plan = await q.planVan(toegang);
      if (!plan) throw new HttpError('NOT_FOUND');
      return vragenVan(plan);
    },
  );
}
