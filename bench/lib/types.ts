import type { CpuUse } from './cpu.js';
import type { LoadTarget } from './load.js';
import type { ServerProcess } from './processes.js';

/** How long and how hard every target is loaded; set from BENCH_* variables in bench/run.ts. */
export type LoadSettings = {
  /** Seconds of unmeasured load per target before the measured rounds. */
  warmupSeconds: number;
  /** Seconds of one measured round. */
  durationSeconds: number;
  /** Concurrent keep-alive connections autocannon keeps open. */
  connections: number;
  /** Measured rounds per target; targets take turns (A, B, A, B, …) to limit drift. */
  rounds: number;
};

/** One autocannon run (or several pooled), with latencies in milliseconds. */
export type LoadResult = {
  /** Responses that were 2xx and passed the target's body check. */
  goodResponses: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx responses. */
  non2xx: number;
  /** 2xx responses whose body did not pass the check. */
  badBodies: number;
  /** Socket errors and timeouts as autocannon counts them. */
  socketErrors: number;
  statusCodes: Record<string, number>;
  /** Every 2xx response time; kept so rounds can be pooled before taking percentiles. */
  latencies: number[];
  /** Machine CPU used by the bench's processes and by everything else during the run (Linux only). */
  cpu?: CpuUse;
};

export type MemoryChange = { beforeKb: number; afterKb: number };

export type EntryRow = {
  what: string;
  round: string;
  result: LoadResult;
  /** requests/s of this row divided by the baseline's (same round, or all rounds). */
  ratio?: number;
  memory?: MemoryChange;
  /** The summary row(s) the target is judged on; printed in bold. */
  summary?: boolean;
};

export type Target = {
  /** E.g. "page requests/s ≥ 50% of the baseline's". */
  description: string;
  required: number;
  measured: number;
  met: boolean;
  /** How `required` and `measured` read: a share of a baseline (default), milliseconds, or a multiple of a yardstick (at most). */
  unit?: 'ratio' | 'ms' | 'times';
};

/** What a benchmark module hands back; bench/lib/report.ts turns it into a section of docs/benchmarks.md. */
export type BenchEntry = {
  id: string;
  title: string;
  /** Markdown: what is compared and how. */
  description: string;
  rows: EntryRow[];
  target?: Target;
  notes: string[];
};

export type BenchContext = {
  settings: LoadSettings;
  databaseUrl: string;
  /** The master key (base64) the app runs with; a second app on a restored copy needs it too. */
  masterKeyBase64: string;
  /** The real app (src/server.ts) in a child process; started on first use, shared by all entries. */
  app(): Promise<ServerProcess>;
  /** The same app with decryption switched off (bench-only switch, docs/decisions/020); same database. */
  appZonderOntsleutelen(): Promise<ServerProcess>;
  /**
   * Another instance of the app on the same database, started now (not shared), with extra
   * environment and extra `--import` modules (e.g. bench/lib/sql-opname.ts); stopped at the end.
   */
  appMet(name: string, extra: Record<string, string>, imports?: string[]): Promise<ServerProcess>;
  /** bench/baseline-server.ts in a child process; started on first use, shared by all entries. */
  baseline(): Promise<ServerProcess>;
  /**
   * Loads a target served by `server` for `seconds` with the configured connections and records
   * the CPU use of the server, of PostgreSQL and of the rest of the machine meanwhile (see
   * bench/lib/cpu.ts). Use this rather than runLoad directly.
   */
  load(
    target: LoadTarget & { server: ServerProcess },
    seconds: number,
    connections?: number,
  ): Promise<LoadResult>;
  /** Human-readable description of how the app was started (mode, env). */
  appMode: string;
  log(message: string): void;
};

/** A benchmark module: `export const x: Benchmark`, listed in bench/run.ts. */
export type Benchmark = {
  id: string;
  title: string;
  run(context: BenchContext): Promise<BenchEntry>;
};
