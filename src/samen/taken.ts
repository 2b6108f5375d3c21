import type { Db } from '../platform/db/database.js';
import type { JobRunner } from '../platform/jobs/jobs.js';
import { ruimOpenAanmeldingenOp } from './buren/queries.js';
import { groepSuggestieRonde } from './groepen/systeem.js';
import * as q from './queries.js';
import { AANMELDING_BEWAARD_DAGEN, matchingRonde } from './systeem.js';

const DAG_MS = 86_400_000;

/**
 * Daily at 04:20 (durable job `samen.ronde`), for every gemeente with participants: a matching
 * round, then the possible groups worked out again (decision 054: counts only, nothing proposed).
 * Each takes the gemeente's round lock; one already running there (a coordinator's, or another
 * instance's) is enough, and that step is skipped for that gemeente.
 */
export function registreerSamenTaken(jobs: JobRunner, deps: { db: Db }): void {
  jobs.repeat('samen.ronde', '20 4 * * *', async (job) => {
    // Sign-ups no coordinator decided on in time are deleted, details and all (decision 048).
    await ruimOpenAanmeldingenOp(deps.db, new Date(job.now().getTime() - AANMELDING_BEWAARD_DAGEN * DAG_MS));
    for (const gemeenteId of await q.gemeentenMetDeelnemers(deps.db)) {
      await matchingRonde({ db: deps.db, now: job.now }, gemeenteId, null);
      await groepSuggestieRonde({ db: deps.db, now: job.now }, gemeenteId);
    }
  });
}
