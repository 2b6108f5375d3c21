import { newToken } from '../auth/sessions.js';
import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import type { Viewer } from '../platform/http/request-context.js';
import type { Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import { viaDeDeur } from '../regie/door/door.js';
import { beantwoord, type Vragen } from './checkin.js';
import { afschalenForm, naarInvoer, planForm, versieForm, type Waarden, waardenVan } from './forms.js';
import { type PlanFormData, planFormStand } from './lezen.js';
import * as q from './queries.js';
import { afgeschaald, afschalenAanbieden, type Fase, fasenSindsWissel, type Intensiteit } from './rules.js';
import { SECTIE } from './systeem.js';

/**
 * Changing the waakvlam: the plan (hers alone; a stale form is a 409 with the input kept) and
 * scaling down when offered. Each use case passes the door once; nothing is written when a
 * field is wrong or the form is stale.
 */

const DAG_MS = 24 * 3_600_000;

export type PlanUitkomst =
  | { soort: 'bewaard' }
  | { soort: 'fout'; stand: PlanFormData; errors: FieldErrors; waarden: Waarden; versie: number }
  | { soort: 'conflict'; stand: PlanFormData; waarden: Waarden; versie: number };

export async function bewaarPlan(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<PlanUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      itemId: 'plan',
      alleenEigenaar: true,
    },
    { now: input.nu },
    async (toegang): Promise<PlanUitkomst> => {
      const stand = await planFormStand(toegang, input.nu);
      const waarden = waardenVan(input.body);
      const huidigeVersie = stand.plan?.versie ?? 0;
      const form = parseForm(planForm, input.body, t);
      const versie = parseForm(versieForm, input.body, t);
      if (!form.ok || !versie.ok)
        return {
          soort: 'fout',
          stand,
          errors: { ...(form.ok ? {} : form.errors), ...(versie.ok ? {} : versie.errors) },
          waarden,
          versie: versie.ok ? versie.data.versie : huidigeVersie,
        };
      const invoer = naarInvoer(form.data);
      // Only people who may read the waakvlam now can be chosen; someone chosen before whose grant ended stays.
      const kiesbaar = new Set([...stand.kiesbaar.map((m) => m.accountId), ...(stand.plan?.gekozen ?? [])]);
      if (invoer.gekozen.some((id) => !kiesbaar.has(id)))
        return {
          soort: 'fout',
          stand,
          errors: { gekozen: t('veld.fout.keuze') },
          waarden,
          versie: versie.data.versie,
        };
      if (versie.data.versie !== huidigeVersie)
        return { soort: 'conflict', stand, waarden, versie: huidigeVersie };
      const volgende =
        stand.plan && stand.plan.intervalDagen === invoer.intervalDagen
          ? stand.plan.volgendeCheckinOp
          : new Date(input.nu.getTime() + invoer.intervalDagen * DAG_MS);
      if (
        !(await q.bewaarPlan(toegang, {
          invoer,
          versie: huidigeVersie,
          volgendeCheckinOp: volgende,
          nu: input.nu,
        }))
      )
        return {
          soort: 'conflict',
          stand: await planFormStand(toegang, input.nu),
          waarden,
          versie: huidigeVersie,
        };
      if (!stand.plan)
        await q.voegOvergangToe(toegang, {
          op: input.nu,
          van: null,
          naar: 'goed',
          intensiteit: 1,
          reden: 'start',
          checkinId: null,
        });
      return { soort: 'bewaard' };
    },
  );
}

export type AfschalenUitkomst = { soort: 'afgeschaald' } | { soort: 'kan-niet' };

/** One step down, when it is offered and the page showed the current intensity. */
export async function schaalAf(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; body: FormBody; nu: Date },
): Promise<AfschalenUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      itemId: 'afschalen',
      alleenEigenaar: true,
    },
    { now: input.nu },
    async (toegang): Promise<AfschalenUitkomst> => {
      const form = afschalenForm.safeParse(input.body);
      const plan = await q.planVan(toegang);
      if (!form.success || !plan || Number(form.data.intensiteit) !== plan.intensiteit)
        return { soort: 'kan-niet' };
      const alle = await q.overgangen(toegang);
      const stand = { fase: plan.fase, intensiteit: plan.intensiteit };
      if (!afschalenAanbieden({ stand, fasenSindsdien: fasenSindsWissel(alle), afschaalNa: plan.afschaalNa }))
        return { soort: 'kan-niet' };
      const intensiteit: Intensiteit = afgeschaald(plan.intensiteit);
      await q.zetStand(toegang, { fase: plan.fase, intensiteit, nu: input.nu });
      await q.voegOvergangToe(toegang, {
        op: input.nu,
        van: plan.fase,
        naar: plan.fase,
        intensiteit,
        reden: 'afschalen',
        checkinId: null,
      });
      return { soort: 'afgeschaald' };
    },
  );
}

export type CheckinUitkomst =
  | { soort: 'bedankt'; fase: Fase }
  | { soort: 'invoer'; vragen: Vragen; errors: FieldErrors; waarden: Waarden };

/**
 * The resident answers a check-in in the app (logged in, no link needed). It answers the
 * check-in that was mailed and is still open — so that link is used up and one period has one
 * answer — or, when none is open, a new one that no link names. The same rules follow as from
 * the link: the phase moves, the move is kept, a rise queues the notification.
 */
export async function checkInApp(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<CheckinUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      itemId: 'checkin',
      alleenEigenaar: true,
    },
    { now: input.nu },
    async (toegang): Promise<CheckinUitkomst> => {
      const plan = await q.planVan(toegang);
      if (!plan) throw new HttpError('NOT_FOUND');
      const uitkomst = await beantwoord(
        toegang,
        {
          plan,
          body: input.body,
          nu: input.nu,
          // The mailed check-in still open, else a new one: its token is a hash nobody holds.
          welke: async () =>
            (await q.checkins(toegang)).find(
              (c) => c.beantwoordOp === null && c.verlooptOp.getTime() > input.nu.getTime(),
            )?.id ??
            (await q.maakCheckin(toegang, { tokenHash: newToken().id, nu: input.nu, verlooptOp: input.nu })),
        },
        t,
      );
      // Answered from the link at the same moment: that answer stands.
      if (uitkomst.soort === 'gebruikt') throw new HttpError('CONFLICT');
      return uitkomst.soort === 'invoer' ? uitkomst : { soort: 'bedankt', fase: uitkomst.fase };
    },
  );
}
