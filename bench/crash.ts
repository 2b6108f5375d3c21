import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CrashUitslag, crashProef } from './lib/crash.js';
import type { BenchEntry, Benchmark } from './lib/types.js';

/** Cycles per kind of crash; BENCH_CRASH_CYCLES overrides. */
const CYCLES = Number(process.env.BENCH_CRASH_CYCLES) || 20;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function regel(r: CrashUitslag): string {
  return (
    `${r.modus === 'app' ? 'App killed with SIGKILL' : 'PostgreSQL stopped with `pg_ctl stop -m immediate`'}, ${r.cycles} cycles in ${r.seconds.toFixed(0)} s: ` +
    `**${r.acknowledged} writes acknowledged, ${r.lost} lost, ${r.halfDone} half-done**` +
    (r.modus === 'database'
      ? `; the same app process served again after ${r.recoveredWithoutRestart} of ${r.cycles} stops without a restart; answers while the database was down: ${JSON.stringify(r.statusesWhileDown)}`
      : '') +
    (r.relogins > 0 ? `; the writer had to log in again ${r.relogins} time(s)` : '') +
    '.'
  );
}

/**
 * Issue 17, item 12a, many cycles (tests/integration/crash.test.ts runs 3 of each): see
 * bench/lib/crash.ts. Runs on a throw-away cluster of its own (initdb), not the bench database.
 */
export const crash: Benchmark = {
  id: 'crash',
  title: 'Crash proof: acknowledged writes through SIGKILL and an immediate PostgreSQL stop',
  async run(context): Promise<BenchEntry> {
    const uitslagen: CrashUitslag[] = [];
    for (const modus of ['app', 'database'] as const) {
      uitslagen.push(await crashProef({ modus, cycles: CYCLES, root, log: (m) => context.log(`  ${m}`) }));
    }
    const verloren = uitslagen.reduce((n, r) => n + r.lost + r.halfDone, 0);
    return {
      id: 'crash',
      title: crash.title,
      description:
        'One writer adds a life domain to the catalog over HTTP, one write after the other; each write is a new catalog ' +
        'version (a version row and a copy of every domain) in one transaction. At random moments (every 0.3–1.5 s) the app ' +
        'is killed with SIGKILL and started again, or — separately — PostgreSQL (a throw-away cluster made with initdb, ' +
        '`fsync` and `synchronous_commit` on) is stopped with `pg_ctl stop -m immediate` and started again while the app ' +
        'keeps running. Afterwards every acknowledged (303) write must be in the newest version, and every version must be ' +
        'whole (one domain more than the one before, no gaps).',
      rows: [],
      notes: [
        ...uitslagen.map(regel),
        `Target: 0 lost and 0 half-done — ${verloren === 0 ? 'met' : 'missed'}.`,
      ],
    };
  },
};
