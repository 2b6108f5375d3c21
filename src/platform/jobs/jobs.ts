import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Cron } from 'croner';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.js';
import * as q from './queries.js';
import type { HandlerOptions, JobContext, JobHandler, JobName, JobPayload, NewJob } from './types.js';

/** The zone cron expressions are read in: "every day at 9" means 9 in the Netherlands. */
const TIME_ZONE = 'Europe/Amsterdam';
const MAX_BACKOFF_MS = 6 * 3_600_000;
const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Queues a job, in the caller's transaction when `db` is one: the job exists exactly when the
 * change that asked for it committed. Returns the job's id, or undefined when a job with the
 * same name and key already exists (idempotency).
 */
export async function enqueueJob<N extends JobName>(
  db: Db,
  now: Date,
  job: NewJob<N> & { payload: JobPayload },
): Promise<string | undefined> {
  return q.insertJob(db, {
    name: job.name,
    payload: job.payload,
    key: job.key ?? null,
    runAt: job.runAt ?? now,
    gemeenteId: job.gemeenteId ?? null,
    maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
  });
}

/** The next time a cron expression fires after `from` (Dutch time). Throws on a bad expression. */
export function nextRun(schedule: string, from: Date): Date {
  const next = new Cron(schedule, { timezone: TIME_ZONE, paused: true }).nextRun(from);
  if (!next) throw new Error(`cron expression "${schedule}" never fires`);
  return next;
}

export type JobRunner = {
  /** Registers the handler of a job type; this instance then claims jobs of that name. */
  register<N extends JobName>(name: N, handler: JobHandler<N>, options?: HandlerOptions): void;
  /**
   * A repeating job: one row per name, run at every time the cron expression gives (Dutch
   * time, five fields, or six with seconds first). Its payload is empty.
   */
  repeat<N extends JobName>(
    name: N,
    schedule: string,
    handler: JobHandler<N>,
    options?: HandlerOptions & { maxAttempts?: number },
  ): void;
  /** Writes the schedules and starts polling. */
  start(): Promise<void>;
  /** Runs rounds until nothing is due now; the number of jobs run. Tests call it instead of waiting. */
  runDue(): Promise<number>;
  /** Asks for a round soon, without waiting (after a job was queued). */
  kick(): void;
  /** Stops polling and waits for the jobs in hand to finish. */
  stop(): Promise<void>;
  readonly workerId: string;
};

export type JobRunnerOptions = {
  db: Db;
  log: FastifyBaseLogger;
  now: () => Date;
  /** How often to look for due jobs */
  pollMs?: number;
  /** How long a claimed job is this instance's without a heartbeat */
  leaseMs?: number;
  /** Jobs claimed (and run side by side) per round */
  batch?: number;
};

type Registered = {
  handler: JobHandler<JobName>;
  backoffMs: number;
  schedule?: { cron: string; maxAttempts: number };
};

/**
 * The worker of one app instance. Every instance runs one; the database decides who runs
 * what (skip locked plus a lease), so several instances never run a job side by side.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, log, now } = options;
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = options.leaseMs ?? 60_000;
  const batch = options.batch ?? 10;
  const workerId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const handlers = new Map<string, Registered>();
  let running: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const register = (name: string, registered: Registered) => {
    if (handlers.has(name)) throw new Error(`job ${name} registered twice`);
    if (!/^[a-z0-9.-]{1,80}$/.test(name)) throw new Error(`job name ${name} is not <owner>.<what>`);
    handlers.set(name, registered);
  };

  async function runOne(job: q.ClaimedJob): Promise<void> {
    const registered = handlers.get(job.name) as Registered;
    const next = registered.schedule ? nextRun(registered.schedule.cron, now()) : undefined;
    // The lease of an instance that died ran out on the last try: no try left to run it.
    if (job.attempts > job.max_attempts) {
      await q.markFailed(db, job, workerId, now(), 'lease-verlopen', next);
      log.warn({ job: job.name, id: job.id }, 'job failed: its instance stopped during the last try');
      return;
    }
    const heartbeat = setInterval(() => {
      void q.renewLease(db, job.id, workerId, new Date(now().getTime() + leaseMs)).catch(() => {});
    }, leaseMs / 3);
    heartbeat.unref();
    const context: JobContext<JobName> = {
      id: job.id,
      name: job.name as JobName,
      payload: job.payload as never,
      gemeenteId: job.gemeente_id,
      attempt: job.attempts,
      maxAttempts: job.max_attempts,
      now,
    };
    try {
      await registered.handler(context);
      clearInterval(heartbeat);
      await q.completeJob(db, job.id, workerId, now(), next);
    } catch (error) {
      clearInterval(heartbeat);
      const kind = errorKind(error);
      // Name, id and the error's kind only: a message may quote personal data (decision 009).
      if (job.attempts >= job.max_attempts) {
        await q.markFailed(db, job, workerId, now(), kind, next);
        log.error({ job: job.name, id: job.id, attempts: job.attempts, error: kind }, 'job failed');
      } else {
        const wait = Math.min(registered.backoffMs * 2 ** (job.attempts - 1), MAX_BACKOFF_MS);
        await q.retryLater(db, job.id, workerId, new Date(now().getTime() + wait), kind);
        log.warn({ job: job.name, id: job.id, attempts: job.attempts, error: kind }, 'job will be retried');
      }
    }
  }

  async function round(): Promise<number> {
    const claimed = await q.claimJobs(db, {
      names: [...handlers.keys()],
      now: now(),
      workerId,
      leaseMs,
      limit: batch,
    });
    // One job's bookkeeping failing (the database went away) must not hide the others'.
    const results = await Promise.allSettled(claimed.map((job) => runOne(job)));
    for (const result of results)
      if (result.status === 'rejected') log.error({ err: result.reason }, 'job bookkeeping failed');
    return claimed.length;
  }

  /** One round at a time per instance; callers wait for the one in progress. */
  async function exclusive(work: () => Promise<number>): Promise<number> {
    while (running) await running.catch(() => 0);
    if (stopped) return 0;
    running = work().finally(() => {
      running = undefined;
    });
    return running;
  }

  const tick = () =>
    void exclusive(round).catch((error) => {
      if (!stopped) log.error({ err: error }, 'job round failed');
    });

  return {
    workerId,
    register(name, handler, handlerOptions = {}) {
      register(name, {
        handler: handler as JobHandler<JobName>,
        backoffMs: handlerOptions.backoffMs ?? 10_000,
      });
    },
    repeat(name, schedule, handler, handlerOptions = {}) {
      nextRun(schedule, now());
      register(name, {
        handler: handler as JobHandler<JobName>,
        backoffMs: handlerOptions.backoffMs ?? 10_000,
        schedule: { cron: schedule, maxAttempts: handlerOptions.maxAttempts ?? 3 },
      });
    },
    async start() {
      for (const [name, registered] of handlers) {
        if (!registered.schedule) continue;
        const { cron, maxAttempts } = registered.schedule;
        await q.ensureSchedule(db, { name, schedule: cron, next: nextRun(cron, now()), maxAttempts });
      }
      timer = setInterval(tick, pollMs);
      timer.unref();
      tick();
    },
    runDue: () =>
      exclusive(async () => {
        let total = 0;
        for (let rounds = 0; rounds < 100; rounds++) {
          const n = await round();
          total += n;
          if (n === 0) break;
        }
        return total;
      }),
    kick() {
      if (!stopped) setImmediate(tick);
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      while (running) await running.catch(() => 0);
    },
  };
}

/** The kind of an error, for the table and the log: its code or class name, never its message. */
export function errorKind(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const safeCode = typeof code === 'string' && /^[A-Za-z0-9_.-]{1,60}$/.test(code) ? `:${code}` : '';
    return `${error.name.slice(0, 60)}${safeCode}`;
  }
  return typeof error;
}

declare module './types.js' {
  interface JobTypes {
    /** Removes done jobs after 30 days (failed ones stay until retried or the gemeente goes). */
    'platform.taken-opruimen': Record<string, never>;
  }
}

/** How long a done job (and so its idempotency key) is kept. */
export const DONE_JOBS_KEPT_DAYS = 30;

/** The queue's own housekeeping, every night at 03:17. */
export function registerJobHousekeeping(jobs: JobRunner, db: Db, now: () => Date): void {
  jobs.repeat('platform.taken-opruimen', '17 3 * * *', async () => {
    await q.deleteDoneJobs(db, new Date(now().getTime() - DONE_JOBS_KEPT_DAYS * 86_400_000));
  });
}
