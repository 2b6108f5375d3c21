import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { JobStatus } from '../db/schema.js';

/** The columns a worker needs to run a job. */
export type ClaimedJob = {
  id: string;
  name: string;
  payload: Record<string, unknown>;
  gemeente_id: string | null;
  attempts: number;
  max_attempts: number;
  schedule: string | null;
};

export type JobInsert = {
  name: string;
  payload: Record<string, unknown>;
  key: string | null;
  runAt: Date;
  gemeenteId: string | null;
  maxAttempts: number;
};

/** Queues a job; with a key already used for this name nothing is queued (returns undefined). */
export async function insertJob(db: Db, job: JobInsert): Promise<string | undefined> {
  const row = await db
    .insertInto('job')
    .values({
      name: job.name,
      key: job.key,
      payload: JSON.stringify(job.payload),
      gemeente_id: job.gemeenteId,
      run_at: job.runAt,
      max_attempts: job.maxAttempts,
    })
    .onConflict((oc) => oc.columns(['name', 'key']).where('key', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/**
 * Takes up to `limit` jobs that are due — queued and run_at passed, or running with a lease
 * that ran out (its instance died) — for this worker, in one statement. `for update skip
 * locked` lets several instances claim at once without waiting for or taking each other's
 * jobs; the lease (locked_until) keeps them off until this worker finishes or stops renewing.
 * Counting the attempt here means a job that kills its instance still runs out of tries.
 */
export async function claimJobs(
  db: Db,
  options: { names: string[]; now: Date; workerId: string; leaseMs: number; limit: number },
): Promise<ClaimedJob[]> {
  if (options.names.length === 0) return [];
  const { now } = options;
  const due = db
    .selectFrom('job')
    .select('id')
    .where('name', 'in', options.names)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
        eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
      ]),
    )
    .orderBy('run_at')
    .limit(options.limit)
    .forUpdate()
    .skipLocked();
  return db
    .updateTable('job')
    .set({
      status: 'running',
      attempts: sql`attempts + 1`,
      locked_by: options.workerId,
      locked_until: new Date(now.getTime() + options.leaseMs),
    })
    .where('id', 'in', due)
    .returning(['id', 'name', 'payload', 'gemeente_id', 'attempts', 'max_attempts', 'schedule'])
    .execute();
}

/** Heartbeat: this worker still runs the job. False when another took it over (lease lost). */
export async function renewLease(db: Db, id: string, workerId: string, until: Date): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({ locked_until: until })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

const released = { locked_by: null, locked_until: null } as const;

/** Done; a repeating job is queued again for its next time instead. */
export async function completeJob(
  db: Db,
  id: string,
  workerId: string,
  now: Date,
  next: Date | undefined,
): Promise<void> {
  await db
    .updateTable('job')
    .set(
      next
        ? { ...released, status: 'queued', run_at: next, attempts: 0, last_error: null }
        : { ...released, status: 'done', finished_at: now },
    )
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
}

/** A try failed: queue it again at `retryAt`. */
export async function retryLater(
  db: Db,
  id: string,
  workerId: string,
  retryAt: Date,
  error: string,
): Promise<void> {
  await db
    .updateTable('job')
    .set({ ...released, status: 'queued', run_at: retryAt, last_error: error })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
}

/**
 * The last try failed. A one-off job is marked failed. A repeating job keeps its schedule
 * (queued for `next`, tries reset) and the failed occurrence is kept as its own failed row,
 * so the beheerder sees it and a failure never silently ends a schedule.
 */
export async function markFailed(
  db: Db,
  job: ClaimedJob,
  workerId: string,
  now: Date,
  error: string,
  next: Date | undefined,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!next) {
      await trx
        .updateTable('job')
        .set({ ...released, status: 'failed', finished_at: now, last_error: error })
        .where('id', '=', job.id)
        .where('locked_by', '=', workerId)
        .execute();
      return;
    }
    const mine = await trx
      .updateTable('job')
      .set({ ...released, status: 'queued', run_at: next, attempts: 0, last_error: error })
      .where('id', '=', job.id)
      .where('locked_by', '=', workerId)
      .executeTakeFirst();
    if (mine.numUpdatedRows === 0n) return;
    await trx
      .insertInto('job')
      .values({
        name: job.name,
        payload: JSON.stringify(job.payload),
        gemeente_id: job.gemeente_id,
        status: 'failed',
        attempts: job.attempts,
        max_attempts: job.max_attempts,
        last_error: error,
        finished_at: now,
      })
      .execute();
  });
}

/**
 * Makes sure a repeating job has its one row (key "schedule"). A changed cron expression takes
 * effect at once; an unchanged one keeps the row's next time, so a restart neither skips nor
 * repeats a run.
 */
export async function ensureSchedule(
  db: Db,
  job: { name: string; schedule: string; next: Date; maxAttempts: number },
): Promise<void> {
  await db
    .insertInto('job')
    .values({
      name: job.name,
      key: 'schedule',
      schedule: job.schedule,
      run_at: job.next,
      max_attempts: job.maxAttempts,
    })
    .onConflict((oc) =>
      oc
        .columns(['name', 'key'])
        .where('key', 'is not', null)
        .doUpdateSet({
          schedule: job.schedule,
          max_attempts: job.maxAttempts,
          run_at: sql`case when job.schedule is distinct from ${job.schedule} then ${job.next}::timestamptz else job.run_at end`,
          // A schedule row left done or failed by an older release is brought back to life.
          status: sql`case when job.status in ('done', 'failed') then 'queued' else job.status end`,
        }),
    )
    .execute();
}

export type FailedJobRow = {
  id: string;
  name: string;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  finished_at: Date | null;
};

/** A gemeente's failed jobs, newest first: name, tries, error kind and times — no payload. */
export async function listFailedJobs(db: Db, gemeenteId: string, limit = 200): Promise<FailedJobRow[]> {
  return db
    .selectFrom('job')
    .select(['id', 'name', 'attempts', 'last_error', 'created_at', 'finished_at'])
    .where('status', '=', 'failed')
    .where('gemeente_id', '=', gemeenteId)
    .orderBy('finished_at', 'desc')
    .limit(limit)
    .execute();
}

/** Queues a failed job of this gemeente again, now, with a full set of tries. */
export async function retryFailedJob(db: Db, gemeenteId: string, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({ status: 'queued', run_at: now, attempts: 0, finished_at: null })
    .where('id', '=', id)
    .where('gemeente_id', '=', gemeenteId)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Housekeeping: removes done jobs that finished before `before`. */
export async function deleteDoneJobs(db: Db, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('job')
    .where('status', '=', 'done')
    .where('finished_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** How many jobs there are per status (operations, bench). */
export async function countJobs(db: Db): Promise<Record<JobStatus, number>> {
  const rows = await db
    .selectFrom('job')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<JobStatus, number> = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}
