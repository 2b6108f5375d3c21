import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.js';
import { createGemeente } from '../../demo/factories.js';
import { createLogger } from '../logging.js';
import { createJobRunner, enqueueJob, errorKind, type JobRunner, nextRun } from './jobs.js';
import { claimJobs, listFailedJobs, retryFailedJob } from './queries.js';

declare module './types.js' {
  interface JobTypes {
    'test.tel': { n: number };
    'test.faalt': { id: string };
    'test.herhaal': Record<string, never>;
  }
}

const log = createLogger('silent');

describe.each(ENGINES)('durable jobs on %s', (engine) => {
  let database: TestDatabase;
  let gemeenteId: string;
  let runner: JobRunner | undefined;
  let clock = new Date('2026-12-07T08:00:00Z');
  const now = () => clock;
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    gemeenteId = (await createGemeente(database.db, { code: 'taken', naam: 'Taken' })).id;
  });
  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
    await database.db.deleteFrom('job').execute();
  });
  afterAll(async () => database.dispose());

  const newRunner = () => {
    runner = createJobRunner({ db: database.db, log, now, pollMs: 3_600_000 });
    return runner;
  };

  it('runs a job once, and a second job with the same key is never queued, also after it ran', async () => {
    const seen: number[] = [];
    const jobs = newRunner();
    jobs.register('test.tel', async (job) => {
      seen.push(job.payload.n);
    });
    const first = await enqueueJob(database.db, now(), { name: 'test.tel', payload: { n: 1 }, key: 'een' });
    expect(first).toBeDefined();
    expect(
      await enqueueJob(database.db, now(), { name: 'test.tel', payload: { n: 2 }, key: 'een' }),
    ).toBeUndefined();
    expect(await jobs.runDue()).toBe(1);
    expect(await jobs.runDue()).toBe(0);
    expect(
      await enqueueJob(database.db, now(), { name: 'test.tel', payload: { n: 3 }, key: 'een' }),
    ).toBeUndefined();
    await enqueueJob(database.db, now(), { name: 'test.tel', payload: { n: 4 } });
    await jobs.runDue();
    expect(seen).toEqual([1, 4]);
    const row = await database.db
      .selectFrom('job')
      .selectAll()
      .where('id', '=', first as string)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'done', attempts: 1, locked_by: null });
  });

  it('waits for its time, in the app clock', async () => {
    const seen: number[] = [];
    const jobs = newRunner();
    jobs.register('test.tel', async (job) => {
      seen.push(job.payload.n);
    });
    await enqueueJob(database.db, now(), {
      name: 'test.tel',
      payload: { n: 7 },
      runAt: new Date(clock.getTime() + 60_000),
    });
    expect(await jobs.runDue()).toBe(0);
    advance(59_000);
    expect(await jobs.runDue()).toBe(0);
    advance(1_000);
    expect(await jobs.runDue()).toBe(1);
    expect(seen).toEqual([7]);
  });

  it('retries a job that throws, backing off, then shows it as failed (without payload) until retried', async () => {
    let fail = true;
    const attempts: number[] = [];
    const jobs = newRunner();
    jobs.register(
      'test.faalt',
      async (job) => {
        attempts.push(job.attempt);
        if (fail) throw Object.assign(new Error('geheim: ilse@example.test'), { code: 'ECONNREFUSED' });
      },
      { backoffMs: 1_000 },
    );
    const id = (await enqueueJob(database.db, now(), {
      name: 'test.faalt',
      payload: { id: 'abc' },
      gemeenteId,
      maxAttempts: 3,
    })) as string;
    expect(await jobs.runDue()).toBe(1);
    // Not again at once: 1 s, then 2 s later.
    expect(await jobs.runDue()).toBe(0);
    advance(1_000);
    expect(await jobs.runDue()).toBe(1);
    advance(1_999);
    expect(await jobs.runDue()).toBe(0);
    advance(1);
    expect(await jobs.runDue()).toBe(1);
    advance(3_600_000);
    expect(await jobs.runDue()).toBe(0);
    expect(attempts).toEqual([1, 2, 3]);

    const failed = await listFailedJobs(database.db, gemeenteId);
    expect(failed).toEqual([
      expect.objectContaining({ id, name: 'test.faalt', attempts: 3, last_error: 'Error:ECONNREFUSED' }),
    ]);
    expect(JSON.stringify(failed)).not.toMatch(/geheim|ilse|abc/);
    // Another gemeente's beheerder neither sees nor retries it.
    const ander = (await createGemeente(database.db, { code: 'ander', naam: 'Ander' })).id;
    expect(await listFailedJobs(database.db, ander)).toEqual([]);
    expect(await retryFailedJob(database.db, ander, id, now())).toBe(false);

    fail = false;
    expect(await retryFailedJob(database.db, gemeenteId, id, now())).toBe(true);
    expect(await retryFailedJob(database.db, gemeenteId, id, now())).toBe(false);
    expect(await jobs.runDue()).toBe(1);
    expect(attempts).toEqual([1, 2, 3, 1]);
    expect(await listFailedJobs(database.db, gemeenteId)).toEqual([]);
  });

  it('repeats a scheduled job at its cron times, and a failure neither stops nor hides it', async () => {
    let runs = 0;
    let fail = false;
    const jobs = newRunner();
    jobs.repeat(
      'test.herhaal',
      '0 * * * *',
      async () => {
        runs++;
        if (fail) throw new TypeError('kapot');
      },
      { maxAttempts: 1 },
    );
    await jobs.start();
    await jobs.runDue();
    expect(runs).toBe(0);
    advance(3_600_000);
    expect(await jobs.runDue()).toBe(1);
    expect(await jobs.runDue()).toBe(0);
    const row = await database.db
      .selectFrom('job')
      .selectAll()
      .where('name', '=', 'test.herhaal')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'queued', key: 'schedule', schedule: '0 * * * *', attempts: 0 });
    expect(row.run_at.getTime()).toBe(nextRun('0 * * * *', clock).getTime());

    fail = true;
    advance(3_600_000);
    expect(await jobs.runDue()).toBe(1);
    const rows = await database.db.selectFrom('job').selectAll().where('name', '=', 'test.herhaal').execute();
    expect(rows.map((r) => r.status).sort()).toEqual(['failed', 'queued']);
    expect(rows.find((r) => r.status === 'failed')?.last_error).toBe('TypeError');
    // A restart keeps the schedule's next time (no extra run, none skipped).
    await jobs.stop();
    const again = newRunner();
    again.repeat('test.herhaal', '0 * * * *', async () => {
      runs++;
    });
    await again.start();
    expect(await again.runDue()).toBe(0);
    advance(3_600_000);
    expect(await again.runDue()).toBe(1);
    expect(runs).toBe(3);
  });

  it('gives a job whose instance died to another once the lease has run out', async () => {
    const seen: number[] = [];
    await enqueueJob(database.db, now(), { name: 'test.tel', payload: { n: 9 } });
    // An instance claims it and dies without finishing (no heartbeat, no completion).
    const claimed = await claimJobs(database.db, {
      names: ['test.tel'],
      now: now(),
      workerId: 'dood',
      leaseMs: 60_000,
      limit: 10,
    });
    expect(claimed).toHaveLength(1);
    const jobs = newRunner();
    jobs.register('test.tel', async (job) => {
      seen.push(job.payload.n);
    });
    expect(await jobs.runDue()).toBe(0);
    advance(60_001);
    expect(await jobs.runDue()).toBe(1);
    expect(seen).toEqual([9]);
    const row = await database.db.selectFrom('job').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('claims with for update skip locked: a row locked by another transaction is passed over', async () => {
    await enqueueJob(database.db, now(), { name: 'test.tel', payload: { n: 1 } });
    const claim = () =>
      claimJobs(database.db, { names: ['test.tel'], now: now(), workerId: 'a', leaseMs: 1000, limit: 5 });
    if (engine === 'pglite') {
      // PGlite has one connection, so no second transaction can hold the lock; the statement must still run.
      expect(await claim()).toHaveLength(1);
      return;
    }
    const { openSameDatabase } = await import('../../../tests/support/test-database.js');
    const other = await openSameDatabase(database);
    try {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const holder = other.db.transaction().execute(async (trx) => {
        await trx.selectFrom('job').select('id').forUpdate().execute();
        await held;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await claim()).toEqual([]);
      release();
      await holder;
      expect(await claim()).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});

describe('errorKind', () => {
  it('keeps the class and a plain code, never the message', () => {
    expect(errorKind(Object.assign(new Error('mail naar ilse@example.test'), { code: 'EAUTH' }))).toBe(
      'Error:EAUTH',
    );
    expect(errorKind(Object.assign(new RangeError('x'), { code: 'met spaties ilse' }))).toBe('RangeError');
    expect(errorKind('tekst')).toBe('string');
  });
});
