import type { Db } from '../platform/db/database.js';
import { type Locale, translator } from '../platform/i18n/i18n.js';
import type { JobRunner } from '../platform/jobs/jobs.js';
import { systeemToegang, type Toegang } from '../regie/door/door.js';
import { granteesOfSectie, mailOverDossier } from '../regie/queries.js';
import * as q from './queries.js';
import { herinnerMoment, type TermijnSoort } from './rules.js';

declare module '../platform/jobs/types.js' {
  interface JobTypes {
    /** Warns the professionals on a record before a deadline of a melding passes (ids only). */
    'gesprekken.termijnherinnering': { gesprekId: string; dossierId: string; soort: TermijnSoort };
  }
}

export const HERINNERING_JOB = 'gesprekken.termijnherinnering';

/**
 * Queues the reminders of a new melding, in the door's transaction: they exist exactly when
 * the melding does. One per deadline; the key makes a second queueing a no-op.
 */
export async function planHerinneringen(
  toegang: Toegang,
  input: {
    gesprekId: string;
    planUiterlijk: string;
    onderzoekUiterlijk: string;
    herinnerDagen: number;
    nu: Date;
  },
): Promise<void> {
  for (const [soort, uiterlijk] of [
    ['plan', input.planUiterlijk],
    ['onderzoek', input.onderzoekUiterlijk],
  ] as const) {
    await q.zetJobInRij(toegang, input.nu, {
      name: HERINNERING_JOB,
      payload: { gesprekId: input.gesprekId, dossierId: toegang.dossierId, soort },
      key: `${input.gesprekId}:${soort}`,
      runAt: herinnerMoment(uiterlijk, input.herinnerDagen, input.nu),
      gemeenteId: toegang.gemeenteId,
    });
  }
}

/**
 * The handler: opens the record by the named system path (the job acts for no one), and when
 * the deadline's work is still open mails each professional with a live grant on `gesprekken`
 * a notice with only a link — no name, no content (security.md). A melding erased meanwhile,
 * or a plan already handed in, ends the job quietly.
 */
export function registreerHerinnering(
  jobs: JobRunner,
  deps: { db: Db; publicUrl: string | undefined; locale?: Locale },
): void {
  const { db } = deps;
  jobs.register(HERINNERING_JOB, async (job) => {
    const { gesprekId, dossierId, soort } = job.payload;
    if (!job.gemeenteId) return;
    const nu = job.now();
    const t = translator(deps.locale ?? 'nl');
    await systeemToegang(
      db,
      {
        reden: 'termijnherinnering',
        gemeenteId: job.gemeenteId,
        dossierId,
        now: nu,
        actor: null,
        actie: 'read',
        sectie: 'gesprekken',
        itemId: `gesprek:${gesprekId.slice(0, 40)}`,
        origin: 'job',
      },
      async (toegang) => {
        const gesprek = await q.gesprek(toegang, gesprekId);
        if (!gesprek) return;
        if (soort === 'plan' && gesprek.planIngediendOp !== null) return;
        const link = `${deps.publicUrl ?? ''}/dossiers/${dossierId}/gesprekken/${gesprekId}`;
        const uiterlijk = soort === 'plan' ? gesprek.planUiterlijk : gesprek.onderzoekUiterlijk;
        const professionals = (await granteesOfSectie(toegang, 'gesprekken', nu)).filter(
          (g) => g.rol === 'professional',
        );
        for (const p of professionals) {
          await mailOverDossier(toegang, nu, {
            to: p.email,
            subject: t('gesprekken.mail.herinnering.onderwerp'),
            body: t(`gesprekken.mail.herinnering.${soort}`, { datum: uiterlijk, link }),
          });
        }
      },
    );
  });
}
