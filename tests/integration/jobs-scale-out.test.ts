import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGemeente } from '../../src/demo/factories.js';
import type { DatabaseHandle } from '../../src/platform/db/database.js';
import { enqueueJob } from '../../src/platform/jobs/jobs.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { openSameDatabase, openTestDatabase, type TestDatabase } from '../support/test-database.js';

declare module '../../src/platform/jobs/types.js' {
  interface JobTypes {
    'test.schaal': { n: number };
  }
}

const JOBS = 300;

/**
 * Two app instances, each with its own pool, on one PostgreSQL: both workers claim from the
 * same queue at once, and every job runs exactly once (skip locked and the lease). PGlite is
 * one process and cannot be shared, hence PostgreSQL only.
 */
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))(
  'durable jobs with two app instances on one PostgreSQL',
  () => {
    let database: TestDatabase;
    let second: DatabaseHandle;
    let a: TestApp;
    let b: TestApp;

    beforeAll(async () => {
      database = await openTestDatabase('postgres');
      second = await openSameDatabase(database);
      a = await startTestApp('postgres', { database });
      b = await startTestApp('postgres', { database: second });
    });
    afterAll(async () => {
      await a.close();
      await b.close();
      await second.close();
      await database.dispose();
    });

    it('runs every job exactly once, with both instances taking part', async () => {
      const runs = new Map<number, string[]>();
      for (const [naam, app] of [
        ['a', a],
        ['b', b],
      ] as const) {
        app.app.jobs.register('test.schaal', async (job) => {
          runs.set(job.payload.n, [...(runs.get(job.payload.n) ?? []), naam]);
          // A little work, so the instances' rounds overlap.
          await new Promise((resolve) => setTimeout(resolve, 2));
        });
      }
      const gemeente = await createGemeente(database.db, { code: 'schaal', naam: 'Schaal' });
      await database.db.transaction().execute(async (trx) => {
        for (let n = 0; n < JOBS; n++)
          await enqueueJob(trx, new Date(), { name: 'test.schaal', payload: { n }, gemeenteId: gemeente.id });
      });
      // Both workers at full speed at the same time, beside their own polling.
      await Promise.all([a.app.jobs.runDue(), b.app.jobs.runDue(), a.app.jobs.runDue(), b.app.jobs.runDue()]);
      for (let i = 0; i < 100 && runs.size < JOBS; i++)
        await new Promise((resolve) => setTimeout(resolve, 100));

      expect(runs.size).toBe(JOBS);
      const twice = [...runs].filter(([, wie]) => wie.length !== 1);
      expect(twice).toEqual([]);
      const alle = [...runs.values()].flat();
      const perInstance = {
        a: alle.filter((wie) => wie === 'a').length,
        b: alle.filter((wie) => wie === 'b').length,
      };
      expect(perInstance.a).toBeGreaterThan(0);
      expect(perInstance.b).toBeGreaterThan(0);
      const done = await database.db
        .selectFrom('job')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('name', '=', 'test.schaal')
        .where('status', '=', 'done')
        .where('attempts', '=', 1)
        .executeTakeFirstOrThrow();
      expect(Number(done.n)).toBe(JOBS);
    });
  },
);
