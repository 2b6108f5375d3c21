import type { FastifyInstance } from 'fastify';
import { gemeenteOf, requireRole } from '../../auth/routes.js';
import type { Db } from '../../platform/db/database.js';
import { HttpError } from '../../platform/http/errors.js';
import { isUuid } from '../../platform/http/ids.js';
import type { JobRunner } from '../../platform/jobs/jobs.js';
import { listFailedJobs, retryFailedJob } from '../../platform/jobs/queries.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { TakenPage } from './taken-page.js';

export type TakenDeps = { db: Db; now: () => Date; jobs: JobRunner };

/**
 * The beheerder's page of failed jobs of her gemeente (docs/decisions/018): which kind of job,
 * how many tries, the kind of error, when — no payload, no personal data — and a button to
 * queue one again. Jobs of another gemeente and the platform's own are not shown here.
 */
export async function takenRoutes(app: FastifyInstance, deps: TakenDeps): Promise<void> {
  const guard = { preHandler: requireRole('beheerder') };

  app.get('/beheer/taken', guard, async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const mislukt = await listFailedJobs(deps.db, gemeente.id);
    const opnieuw = (request.query as Record<string, string | undefined>).opnieuw !== undefined;
    return sendPage(reply, <TakenPage ctx={pageContext(request, reply)} taken={mislukt} opnieuw={opnieuw} />);
  });

  app.post(
    '/beheer/taken/:id/opnieuw',
    { ...guard, preValidation: app.csrfProtection },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!isUuid(id)) throw new HttpError('NOT_FOUND');
      if (!(await retryFailedJob(deps.db, gemeenteOf(request).id, id, deps.now())))
        throw new HttpError('NOT_FOUND');
      deps.jobs.kick();
      return reply.redirect('/beheer/taken?opnieuw', 303);
    },
  );
}
