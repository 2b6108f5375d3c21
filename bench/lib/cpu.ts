import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/**
 * CPU accounting from /proc (Linux). Two uses: (1) tell whether other work on the machine
 * disturbed a round (the machine's busy time against the time of the bench's own processes:
 * this process, the servers and the PostgreSQL backends of the bench database); (2) CPU time
 * per request of the server and of PostgreSQL, which unlike requests/s hardly depends on how
 * the cores are shared between client, server and database.
 */
export type CpuSample = { total: number; busy: number; perPid: Map<number, number> };

export type CpuUse = {
  /** Share of all cores' time used by the bench's own processes, 0..1. */
  bench: number;
  /** Share of all cores' time used by everything else, 0..1. */
  other: number;
  /** CPU time of the loaded server process per good response, in microseconds. */
  serverUsPerRequest: number;
  /** CPU time of the PostgreSQL backends of the bench database per good response, in microseconds. */
  databaseUsPerRequest: number;
};

let ticksPerSecond: number | undefined;

/** USER_HZ, the unit of /proc times (100 on practically every Linux). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

async function machineTicks(): Promise<{ total: number; busy: number } | undefined> {
  try {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n', 1)[0] ?? '';
    // cpu user nice system idle iowait irq softirq steal guest guest_nice; guest is counted in user.
    const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = values.reduce((sum, value) => sum + value, 0);
    const idle = (values[3] ?? 0) + (values[4] ?? 0);
    return { total, busy: total - idle };
  } catch {
    return undefined;
  }
}

async function processTicks(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state is field 3, utime field 14, stime field 15.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[11] ?? 0) + Number(rest[12] ?? 0);
  } catch {
    return 0;
  }
}

export async function cpuSample(pids: number[]): Promise<CpuSample | undefined> {
  const machine = await machineTicks();
  if (!machine) return undefined;
  const unique = [...new Set(pids)];
  const ticks = await Promise.all(unique.map(processTicks));
  return { ...machine, perPid: new Map(unique.map((pid, i) => [pid, ticks[i] ?? 0])) };
}

/** Ticks the given processes used between two samples; a process first seen in `after` started in between. */
function ticksBetween(before: CpuSample, after: CpuSample, pids?: Iterable<number>): number {
  let delta = 0;
  for (const pid of pids ?? after.perPid.keys()) {
    const end = after.perPid.get(pid);
    if (end !== undefined) delta += Math.max(0, end - (before.perPid.get(pid) ?? 0));
  }
  return delta;
}

export function cpuUse(
  before: CpuSample | undefined,
  after: CpuSample | undefined,
  groups: { serverPid: number; databasePids: number[]; requests: number },
): CpuUse | undefined {
  if (!before || !after) return undefined;
  const total = after.total - before.total;
  if (total <= 0) return undefined;
  const busy = after.busy - before.busy;
  const ours = Math.min(busy, ticksBetween(before, after));
  const perRequest = (ticks: number) =>
    groups.requests > 0 ? ((ticks / clockTicks()) * 1e6) / groups.requests : Number.NaN;
  return {
    bench: ours / total,
    other: Math.max(0, busy - ours) / total,
    serverUsPerRequest: perRequest(ticksBetween(before, after, [groups.serverPid])),
    databaseUsPerRequest: perRequest(ticksBetween(before, after, groups.databasePids)),
  };
}
