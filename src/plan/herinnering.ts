import type { Db } from '../platform/db/database.js';
import { type Locale, translator } from '../platform/i18n/i18n.js';
import type { JobRunner } from '../platform/jobs/jobs.js';
import { systeemToegang, type Toegang } from '../regie/door/door.js';
import { mailOverDossier } from '../regie/queries.js';
import { SECTIE } from './lezen.js';
import * as q from './queries.js';
import { isLopend } from './rules.js';

declare module '../platform/jobs/types.js' {
  interface JobTypes {
    /** On a goal's or action's evaluation day: a mail with a link to the plan (ids and the day only). */
    'plan.evaluatieherinnering': { dossierId: string; soort: 'doel' | 'actie'; id: string; datum: string };
  }
}

export const EVALUATIE_JOB = 'plan.evaluatieherinnering';

/** The morning of the evaluation day (08:00 UTC: 09:00 or 10:00 in the Netherlands); now when past. */
export function evaluatieMoment(datum: string, nu: Date): Date {
  const moment = new Date(`${datum}T08:00:00Z`);
  return moment < nu ? nu : moment;
}

/**
 * Queues the reminder of a goal or action with an evaluation day, in the door's transaction:
 * it exists exactly when the save does. The key (item and day) makes saving the same day again
 * a no-op; a new day queues a new reminder, and the old one, when it runs, finds the day moved
 * and sends nothing.
 */
export async function planEvaluatie(
  toegang: Toegang,
  input: { soort: 'doel' | 'actie'; id: string; datum: string | null; nu: Date },
): Promise<void> {
  if (!input.datum) return;
  await q.zetJobInRij(toegang, input.nu, {
    name: EVALUATIE_JOB,
    payload: { dossierId: toegang.dossierId, soort: input.soort, id: input.id, datum: input.datum },
    key: `${input.soort}:${input.id}:${input.datum}`,
    runAt: evaluatieMoment(input.datum, input.nu),
    gemeenteId: toegang.gemeenteId,
  });
}

/**
 * The handler: opens the record by the named system path (the job acts for no one). When the
 * goal or action still has that evaluation day (and an action still runs), it mails the resident
 * and the people she chose for it — her regievoerder, the one she chose to do the action, and
 * whoever she picked on the goal's or action's form — while they still have a live grant on the
 * plan. The mail holds a link only: no name, no goal,
 * no content (security.md). Running again after a crash sends again at most what failed: mails
 * are queued in the same transaction as the job's audit entry.
 */
export function registreerEvaluatieHerinnering(
  jobs: JobRunner,
  deps: { db: Db; publicUrl: string | undefined; locale?: Locale },
): void {
  const { db } = deps;
  jobs.register(EVALUATIE_JOB, async (job) => {
    const { dossierId, soort, id, datum } = job.payload;
    if (!job.gemeenteId) return;
    const nu = job.now();
    const t = translator(deps.locale ?? 'nl');
    await systeemToegang(
      db,
      {
        reden: 'plan-evaluatie',
        gemeenteId: job.gemeenteId,
        dossierId,
        now: nu,
        actor: null,
        actie: 'read',
        sectie: SECTIE,
        itemId: `${soort}:${id.slice(0, 40)}:evaluatie`,
        origin: 'job',
      },
      async (toegang) => {
        const item = soort === 'doel' ? await q.doel(toegang, id) : await q.actie(toegang, id);
        if (!item || item.evaluatieOp !== datum) return;
        if (soort === 'actie' && 'status' in item && !isLopend(item)) return;
        const gekozen = [
          (await q.stand(toegang)).regievoerderAccountId,
          'doenerAccountId' in item ? item.doenerAccountId : null,
          ...(await q.herinneren(toegang, soort, id)),
        ].filter((a): a is string => a !== null);
        const link = `${deps.publicUrl ?? ''}/dossiers/${dossierId}/plan`;
        for (const to of await q.herinneringOntvangers(toegang, gekozen, nu))
          await mailOverDossier(toegang, nu, {
            to,
            subject: t('plan.mail.evaluatie.onderwerp'),
            body: t('plan.mail.evaluatie.tekst', { link }),
          });
      },
    );
  });
}
