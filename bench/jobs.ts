import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest, openDatabase } from '../src/platform/db/database.js';
import { createJobRunner, enqueueJob } from '../src/platform/jobs/jobs.js';
import { createLogger } from '../src/platform/logging.js';
import type { Benchmark, EntryRow, LoadResult } from './lib/types.js';

declare module '../src/platform/jobs/types.js' {
  interface JobTypes {
    'bench.leeg': { n: number };
  }
}

/** Jobs per round; BENCH_JOBS overrides. */
const JOBS = Number(process.env.BENCH_JOBS) || 5000;

function nearestRank(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Job throughput on PostgreSQL: JOBS jobs with an empty handler are queued, then one or two
 * workers (each its own pool of 10, as two app instances) run them with their normal claim
 * (skip locked, batches of 10, a lease per job) until none is left. Measures the queue, not work.
 */
export const taken: Benchmark = {
  id: 'taken',
  title: 'Durable jobs: throughput of the queue on PostgreSQL',
  async run(context) {
    const schema = `bench_jobs_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: context.databaseUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const log = createLogger('silent');
    const rows: EntryRow[] = [];
    try {
      for (const instances of [1, 2]) {
        const handles = await Promise.all(
          Array.from({ length: instances }, () =>
            openDatabase({ engine: 'postgres', connectionString: context.databaseUrl, searchPath: schema }),
          ),
        );
        const db = (handles[0] as (typeof handles)[number]).db;
        await migrateToLatest(db);
        await db.deleteFrom('job').execute();
        await db.transaction().execute(async (trx) => {
          for (let n = 0; n < JOBS; n++)
            await enqueueJob(trx, new Date(), { name: 'bench.leeg', payload: { n } });
        });
        context.log(`  ${JOBS} jobs queued; running them with ${instances} worker(s)`);
        const started = performance.now();
        const ranAfter: number[] = [];
        const runners = handles.map((handle) => {
          const runner = createJobRunner({ db: handle.db, log, now: () => new Date(), pollMs: 3_600_000 });
          runner.register('bench.leeg', async () => {
            ranAfter.push(performance.now() - started);
          });
          return runner;
        });
        await Promise.all(runners.map((runner) => runner.runDue()));
        // runDue stops after 100 rounds; go on until the queue is empty.
        while (ranAfter.length < JOBS) {
          const n = (await Promise.all(runners.map((runner) => runner.runDue()))).reduce((a, b) => a + b, 0);
          if (n === 0) break;
        }
        const seconds = (performance.now() - started) / 1000;
        await Promise.all(runners.map((runner) => runner.stop()));
        const sorted = [...ranAfter].sort((a, b) => a - b);
        const result: LoadResult = {
          goodResponses: ranAfter.length,
          seconds,
          requestsPerSecond: ranAfter.length / seconds,
          p50: nearestRank(sorted, 50),
          p95: nearestRank(sorted, 95),
          p99: nearestRank(sorted, 99),
          non2xx: JOBS - ranAfter.length,
          badBodies: 0,
          socketErrors: 0,
          statusCodes: {},
          latencies: [],
        };
        context.log(`  ${instances} worker(s): ${result.requestsPerSecond.toFixed(0)} jobs/s`);
        rows.push({
          what: `${instances} instance${instances > 1 ? 's' : ''}`,
          round: `${JOBS} jobs`,
          result,
          summary: true,
        });
        await Promise.all(handles.map((handle) => handle.close()));
      }
    } finally {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
    return {
      id: 'taken',
      title: this.title,
      description:
        `${JOBS} jobs with an empty handler are queued at once; then one worker, and in a second round two ` +
        "workers with a pool each (as two app instances), claim and run them with the app's own code " +
        '(`for update skip locked`, batches of 10, a lease per job, one update to finish each) until none is left.',
      rows,
      notes: [
        'In this table *Requests/s* is **jobs/s** (jobs run per second of the round), and p50/p95/p99 are the ' +
          'milliseconds from the start of the round until a job ran (how long the last ones waited), not request latencies. ' +
          '*Errors* counts jobs that did not run.',
        'Measured only, no target: a real job (mail over SMTP) costs far more than the queue around it.',
      ],
    };
  },
};
