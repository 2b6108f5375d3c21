import { errorCount } from './load.js';
import type { BenchEntry, EntryRow } from './types.js';

export type Machine = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  loadAverage: number[];
};

export type RunInfo = {
  date: Date;
  commit: string | undefined;
  machine: Machine;
  appMode: string;
  settings: { warmupSeconds: number; durationSeconds: number; connections: number; rounds: number };
  durationSeconds: number;
  entries: BenchEntry[];
  failures: { id: string; title: string; error: string }[];
};

/** The whole of docs/benchmarks.md, rewritten from one run's results. */
export function renderReport(run: RunInfo): string {
  const m = run.machine;
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (bench/run.ts). Do not edit by hand: the next run replaces this file. -->',
    '',
    '## How to run',
    '',
    '`npm run bench` (about 70 s per benchmark with the defaults) needs a running PostgreSQL; nothing else',
    'should run on the machine meanwhile. Environment:',
    '',
    '- `BENCH_DATABASE_URL`: default `postgres://postgres@127.0.0.1:5432/redzaam_bench`. A database whose',
    '  name contains "bench" is dropped and created again at every run, then migrated and seeded with the',
    '  demo gemeente, so schema and data match the code; any other is only created when missing.',
    '- `BENCH_WARMUP` (seconds per target, default 5), `BENCH_DURATION` (seconds per measured round,',
    '  default 15), `BENCH_ROUNDS` (default 2), `BENCH_CONNECTIONS` (default 20).',
    '- `BENCH_APP_MODE`: `production` (default) or `development`; `BENCH_OUTPUT`: default this file.',
    '- `BENCH_AUDIT_CONNECTIONS` (default 1): connections of the authorization + audit entry, which measures cost per request.',
    '- `BENCH_SCHAAL` (default 1000,100000,3600000 resident records), `BENCH_SCHAAL_LOGBOEK` (default 100000),',
    '  `BENCH_SCHAAL_SECONDS` (default `BENCH_DURATION`): the cost-growth entry `schaal` (runs last; it grows the',
    '  bench database; plans go to `benchmarks-schaal-plannen.md` next to the report).',
    '- `BENCH_JOBS` (default 5000): jobs per round of the job-queue entry; `BENCH_ONLY` (e.g. `taken`): run only these benchmarks (the report then holds only them).',
    '',
    'The app (`src/server.ts`) and the baseline (`bench/baseline-server.ts`) each run in a child process;',
    'autocannon runs in the parent. A missed target is reported here; it does not fail the command. A new',
    'benchmark is a module exporting a `Benchmark` (see `bench/lib/types.ts`), listed in `bench/run.ts`.',
    '',
    'How to read the tables:',
    '',
    '- Requests/s counts only responses that were 2xx and passed the body check.',
    '- Latency percentiles are exact nearest-rank values over every 2xx response time of the round(s),',
    "  recorded from autocannon's `response` event (autocannon's own histogram has no p95 and whole ms).",
    '- *Server CPU/req* and *PostgreSQL CPU/req*: CPU time (user + system, from /proc) of the loaded server',
    "  process and of the bench database's backends during the round, divided by its good responses. They",
    '  depend much less than requests/s on how client, servers and database share the cores.',
    "- *Other CPU*: share of the whole machine's CPU time used during the round by processes outside the",
    "  bench (not this process, the servers or the bench database's backends). Anything above a few",
    '  percent means other work disturbed the round.',
    '- Client, servers and PostgreSQL share the same cores, so absolute numbers are lower than on a real',
    '  deployment; compare the ratios against the baseline measured in the same run.',
    '',
    '## Last run',
    '',
    `- Date: ${formatDate(run.date)}${run.commit ? ` (commit \`${run.commit}\`)` : ''}`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB memory, ${m.os}`,
    `- Node ${m.node}, PostgreSQL ${m.postgres} (same machine)`,
    `- Load average at the start: ${m.loadAverage.map((value) => value.toFixed(2)).join(' / ')} (1 / 5 / 15 min)`,
    `- App: ${run.appMode}`,
    `- Settings: warm-up ${run.settings.warmupSeconds} s, ${run.settings.rounds} × ${run.settings.durationSeconds} s ` +
      `measured per target, ${run.settings.connections} connections`,
    `- The run took ${formatDuration(run.durationSeconds)}.`,
    '',
  ];

  if (run.entries.length + run.failures.length > 0) {
    lines.push('## Summary', '', '| Benchmark | Target | Measured | Result |', '| --- | --- | --- | --- |');
    for (const entry of run.entries) {
      const t = entry.target;
      lines.push(
        t
          ? `| [${entry.title}](#${entry.id}) | ${t.description} | ${measure(t)} | ${t.met ? 'PASS' : '**FAIL**'} |`
          : `| [${entry.title}](#${entry.id}) | — | — | — |`,
      );
    }
    for (const failure of run.failures) lines.push(`| ${failure.title} | — | — | **did not run** |`);
    lines.push('');
  }

  for (const entry of run.entries) lines.push(...renderEntry(entry));
  for (const failure of run.failures) {
    lines.push(
      `## ${failure.title}`,
      '',
      `This benchmark failed: \`${failure.error.replace(/`/g, "'")}\``,
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Share of the machine's CPU other processes may use before a round counts as disturbed. */
const QUIET_LIMIT = 0.05;

function renderEntry(entry: BenchEntry): string[] {
  const lines = [`<a id="${entry.id}"></a>`, '', `## ${entry.title}`, '', entry.description, ''];
  // Entries that measure no load (the restore drill, the crash proof) report in their notes only.
  if (entry.rows.length > 0) {
    lines.push(
      '| What | Round | Requests/s | p50 | p95 | p99 | Errors / non-2xx | vs. baseline | Server CPU/req | PostgreSQL CPU/req | App RSS | Other CPU |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    );
    for (const row of entry.rows) lines.push(renderRow(row));
    lines.push('');
  }
  const t = entry.target;
  if (t) {
    lines.push(
      `**Target:** ${t.description}. **Measured:** ${measure(t)} → ` +
        (t.met
          ? '**PASS**.'
          : t.unit === 'ms'
            ? `**FAIL** (over by ${(t.measured - t.required).toFixed(2)} ms).`
            : t.unit === 'times'
              ? `**FAIL** (over by ${(t.measured - t.required).toFixed(2)}×).`
              : `**FAIL** (short by ${pct(t.required - t.measured)} of the baseline).`),
      '',
    );
  }
  const notes = [...entry.notes];
  const busiest = Math.max(0, ...entry.rows.map((row) => row.result.cpu?.other ?? 0));
  if (busiest > QUIET_LIMIT) {
    notes.unshift(
      `**The machine was not quiet:** processes outside the bench used up to ${pct(busiest)} of its CPU ` +
        'during a measured round, so these numbers are disturbed; rerun on a quiet machine.',
    );
  }
  for (const note of notes) lines.push(`- ${note}`);
  if (notes.length > 0) lines.push('');
  return lines;
}

function renderRow(row: EntryRow): string {
  const r = row.result;
  const bold = (text: string) => (row.summary ? `**${text}**` : text);
  const errors = `${errorCount(r)} / ${r.non2xx}`;
  const memory = row.memory
    ? `${mib(row.memory.beforeKb)} → ${mib(row.memory.afterKb)} (${signed(row.memory.afterKb - row.memory.beforeKb)})`
    : '';
  const cells = [
    row.what,
    row.round,
    Math.round(r.requestsPerSecond).toLocaleString('en-US'),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    errors,
    row.ratio === undefined ? '' : pct(row.ratio),
    r.cpu ? us(r.cpu.serverUsPerRequest) : 'n/a',
    r.cpu ? us(r.cpu.databaseUsPerRequest) : 'n/a',
    memory,
    r.cpu ? `${(r.cpu.other * 100).toFixed(0)}%` : 'n/a',
  ];
  return `| ${cells.map((cell) => (cell === '' ? '' : bold(cell))).join(' | ')} |`;
}

function formatDate(date: Date): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

function ms(value: number): string {
  return Number.isNaN(value) ? '–' : `${value.toFixed(2)} ms`;
}

function us(value: number): string {
  return Number.isNaN(value) ? '–' : `${Math.round(value)} µs`;
}

export function measure(target: { measured: number; unit?: 'ratio' | 'ms' | 'times' }): string {
  if (target.unit === 'ms') return `${target.measured.toFixed(2)} ms`;
  if (target.unit === 'times') return `${target.measured.toFixed(2)}×`;
  return pct(target.measured);
}

function pct(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

function mib(kb: number): string {
  return `${(kb / 1024).toFixed(1)} MiB`;
}

function signed(kb: number): string {
  return `${kb >= 0 ? '+' : '−'}${(Math.abs(kb) / 1024).toFixed(1)} MiB`;
}

function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return minutes > 0 ? `${minutes} min ${rest} s` : `${rest} s`;
}
