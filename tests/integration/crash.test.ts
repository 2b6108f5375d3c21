import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kanClusterMaken } from '../../bench/lib/cluster.js';
import { crashProef } from '../../bench/lib/crash.js';
import { stopAllServers } from '../../bench/lib/processes.js';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Issue 17, item 12a, the short version (the bench entry `crash` runs many cycles): acknowledged
 * writes survive SIGKILL of the app and `pg_ctl stop -m immediate` of PostgreSQL — on a
 * throw-away cluster this test makes with initdb on its own port — nothing is half written, and
 * after a database stop the same app process serves again without a restart.
 */
describe.runIf(kanClusterMaken())('no acknowledged write lost in a crash', () => {
  afterAll(async () => {
    await stopAllServers();
  });

  it('app killed with SIGKILL at random moments: 0 lost, 0 half-done', async () => {
    const r = await crashProef({ modus: 'app', cycles: 3, root });
    console.log(`[crash app] ${JSON.stringify(r)}`);
    expect(r.acknowledged).toBeGreaterThan(0);
    expect({ lost: r.lost, halfDone: r.halfDone }).toEqual({ lost: 0, halfDone: 0 });
  }, 300_000);

  it('PostgreSQL stopped with -m immediate at random moments: 0 lost, 0 half-done, the app serves again by itself', async () => {
    const r = await crashProef({ modus: 'database', cycles: Number(process.env.CRASH_CYCLES ?? 3), root });
    console.log(`[crash database] ${JSON.stringify(r)}`);
    expect(r.acknowledged).toBeGreaterThan(0);
    expect({ lost: r.lost, halfDone: r.halfDone }).toEqual({ lost: 0, halfDone: 0 });
    expect(r.recoveredWithoutRestart).toBe(r.cycles);
  }, 300_000);
});
