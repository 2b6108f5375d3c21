// The catalog of UI text first: every capability's messages (see catalog.ts).
import '../src/catalog.js';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { gebruikSleutelring, meestersleutel, Sleutelring } from '../src/platform/crypto/sleutelring.js';
import { belasting } from './belasting.js';
import { crash } from './crash.js';
import { geheugen } from './geheugen.js';
import { herstelOefening } from './herstel-oefening.js';
import { taken } from './jobs.js';
import { levensgebiedenVersleuteling } from './levensgebieden-versleuteling.js';
import { cpuSample, cpuUse } from './lib/cpu.js';
import { prepareDatabase } from './lib/database.js';
import { type LoadTarget, runLoad, stopAllLoad } from './lib/load.js';
import {
  freePort,
  killAllServersNow,
  type ServerProcess,
  startServer,
  stopAllServers,
} from './lib/processes.js';
import { type Machine, measure, renderReport } from './lib/report.js';
import type { BenchContext, BenchEntry, Benchmark, LoadSettings } from './lib/types.js';
import { mijnOverzicht } from './mijn-overzicht.js';
import { monitor } from './monitor.js';
import { planGroot } from './plan-groot.js';
import { samenMatching } from './samen-matching.js';
import { schaal } from './schaal.js';
import { socialeKaartZoeken } from './sociale-kaart-zoeken.js';
import { toegangAudit } from './toegang-audit.js';

/** Every benchmark, in the order they run and appear in docs/benchmarks.md. Add new modules here. */
const BENCHMARKS: Benchmark[] = [
  mijnOverzicht,
  toegangAudit,
  levensgebiedenVersleuteling,
  socialeKaartZoeken,
  taken,
  herstelOefening,
  belasting,
  crash,
  geheugen,
  samenMatching,
  monitor,
  planGroot,
  // Last: it grows the bench database to national size, which the others must not see.
  schaal,
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/redzaam_bench';
/** One master key for the run: the seeding here and the app under load must share it. */
const MASTER_KEY = randomBytes(32);
gebruikSleutelring(new Sleutelring(meestersleutel(MASTER_KEY)));
/** Pool size of the app (openDatabase's default) and of the baseline. */
const POOL_SIZE = 10;

function log(message: string): void {
  process.stdout.write(`[bench] ${message}\n`);
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

function settingsFromEnv(): LoadSettings {
  return {
    warmupSeconds: positiveInt('BENCH_WARMUP', 5),
    durationSeconds: positiveInt('BENCH_DURATION', 15),
    connections: positiveInt('BENCH_CONNECTIONS', 20),
    rounds: positiveInt('BENCH_ROUNDS', 2),
  };
}

function machine(postgres: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres,
    loadAverage: os.loadavg(),
  };
}

/** The commit measured; "+ uncommitted changes" when the working tree differs from it. */
function gitCommit(): string | undefined {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!docs'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    ).trim();
    return dirty === '' ? commit : `${commit} + uncommitted changes`;
  } catch {
    return undefined;
  }
}

const serverPids = new Set<number>();
/** Temporary DATA_DIR of the app (mail outbox); removed at the end and on Ctrl-C. */
let dataDir: string | undefined;

async function removeDataDir(): Promise<void> {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}

/** Starts a server the first time it is asked for; later callers get the same process. */
function lazily(start: () => Promise<ServerProcess>): () => Promise<ServerProcess> {
  let started: Promise<ServerProcess> | undefined;
  return () => {
    started ??= start().then((server) => {
      serverPids.add(server.pid);
      return server;
    });
    return started;
  };
}

/** Queries on the one monitor client, one after the other: a load entry measures several targets at once, and pg refuses overlapping queries on a client from version 9. */
let monitorQueue: Promise<unknown> = Promise.resolve();

/** The PostgreSQL backends serving the bench database (other than the monitor's own). */
function databasePids(monitor: pg.Client): Promise<number[]> {
  const next = monitorQueue.then(async () => {
    const backends = await monitor.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    return backends.rows.map((row) => row.pid);
  });
  monitorQueue = next.catch(() => undefined);
  return next;
}

async function main(): Promise<number> {
  const began = Date.now();
  const settings = settingsFromEnv();
  const databaseUrl = process.env.BENCH_DATABASE_URL || DEFAULT_DATABASE_URL;
  const mode = process.env.BENCH_APP_MODE || 'production';
  if (mode !== 'production' && mode !== 'development') {
    throw new Error(`BENCH_APP_MODE must be production or development, got "${mode}"`);
  }
  const output = path.resolve(root, process.env.BENCH_OUTPUT || 'docs/benchmarks.md');

  log(`database ${databaseUrl.replace(/\/\/[^@/]*@/, '//…@')}`);
  const postgres = await prepareDatabase(databaseUrl, log);
  const host = machine(postgres);
  const appDataDir = await mkdtemp(path.join(os.tmpdir(), 'redzaam-bench-'));
  dataDir = appDataDir;
  const monitor = new pg.Client({ connectionString: databaseUrl });
  await monitor.connect();
  const monitorPid =
    (await monitor.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid ?? 0;

  const appMode =
    mode === 'production'
      ? '`NODE_ENV=production` (`PUBLIC_URL=http://127.0.0.1:<port>`, demo gemeente on host 127.0.0.1, ' +
        '`LOG_LEVEL=warn`), plain HTTP on 127.0.0.1: helmet with CSP nonces, `__Host-redzaam-csrf` ' +
        'cookie, session cookie `redzaam-sessie` (http), pg pool 10'
      : '`NODE_ENV=development` (`LOG_LEVEL=warn`), plain HTTP on 127.0.0.1: helmet with CSP nonces, ' +
        '`redzaam-csrf` cookie, session cookie `redzaam-sessie`, pg pool 10';

  /** The real app in a child process; `extra` adds environment (the bench-only decryption switch). */
  const startApp = async (name: string, extra: Record<string, string>, imports: string[] = []) => {
    const port = await freePort();
    log(`starting ${name} (${mode}) on port ${port}`);
    return startServer({
      name,
      args: ['--import', 'tsx', ...imports.flatMap((module) => ['--import', module]), 'src/server.ts'],
      cwd: root,
      port,
      healthPath: '/healthz',
      env: {
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DATA_DIR: appDataDir,
        NODE_ENV: mode,
        DEMO_DATA: 'false',
        ...(mode === 'production' ? {} : { DEFAULT_GEMEENTE: 'demo' }),
        REDZAAM_MASTER_KEY: MASTER_KEY.toString('base64'),
        ...(mode === 'production' ? { PUBLIC_URL: `http://127.0.0.1:${port}` } : {}),
        ...extra,
      },
    });
  };

  const context: BenchContext = {
    settings,
    databaseUrl,
    masterKeyBase64: MASTER_KEY.toString('base64'),
    appMode,
    log,
    load: async (
      target: LoadTarget & { server: ServerProcess },
      seconds: number,
      connections = settings.connections,
    ) => {
      const ownPids = () => [process.pid, monitorPid, ...serverPids];
      const databaseBefore = await databasePids(monitor);
      const before = await cpuSample([...ownPids(), ...databaseBefore]);
      const result = await runLoad(target, seconds, connections);
      // Connections opened during the round count too; ones closed during it are lost (rare).
      const database = [...new Set([...databaseBefore, ...(await databasePids(monitor))])];
      const after = await cpuSample([...ownPids(), ...database]);
      const cpu = cpuUse(before, after, {
        serverPid: target.server.pid,
        databasePids: database,
        requests: result.goodResponses,
      });
      return cpu ? { ...result, cpu } : result;
    },
    app: lazily(() => startApp('app', {})),
    appZonderOntsleutelen: lazily(() =>
      startApp('app-zonder-ontsleutelen', { REDZAAM_BENCH_ZONDER_ONTSLEUTELEN: 'ja' }),
    ),
    appMet: async (name, extra, imports) => {
      const server = await startApp(name, extra, imports);
      serverPids.add(server.pid);
      return server;
    },
    baseline: lazily(async () => {
      const port = await freePort();
      log(`starting the baseline on port ${port}`);
      return startServer({
        name: 'baseline',
        args: ['--import', 'tsx', 'bench/baseline-server.ts'],
        cwd: root,
        port,
        healthPath: '/healthz',
        env: {
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          HOST: '127.0.0.1',
          NODE_ENV: mode,
          POOL_SIZE: String(POOL_SIZE),
        },
      });
    }),
  };

  const entries: BenchEntry[] = [];
  const failures: { id: string; title: string; error: string }[] = [];
  try {
    // BENCH_ONLY=<id>[,<id>…] runs a subset (the report then holds only those).
    const alleen = process.env.BENCH_ONLY?.split(',').map((id) => id.trim());
    for (const benchmark of BENCHMARKS.filter((b) => !alleen || alleen.includes(b.id))) {
      log(`▶ ${benchmark.title}`);
      try {
        const entry = await benchmark.run(context);
        entries.push(entry);
        if (entry.target) {
          log(
            `  ${entry.target.description}: measured ${measure(entry.target)} → ${entry.target.met ? 'PASS' : 'FAIL'}`,
          );
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`  failed: ${message}`);
        failures.push({ id: benchmark.id, title: benchmark.title, error: message.split('\n')[0] ?? message });
      }
    }
  } finally {
    await stopAllServers();
    await monitor.end();
    await removeDataDir();
  }

  const durationSeconds = (Date.now() - began) / 1000;
  const report = renderReport({
    date: new Date(began),
    commit: gitCommit(),
    machine: host,
    appMode,
    settings,
    durationSeconds,
    entries,
    failures,
  });
  await writeFile(output, report);
  log(`wrote ${path.relative(root, output)} (run took ${durationSeconds.toFixed(0)} s)`);
  // A missed target is reported, not an error; a benchmark that could not run is.
  return failures.length > 0 ? 1 : 0;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping`);
    stopAllLoad();
    void stopAllServers()
      .then(removeDataDir)
      .finally(() => process.exit(130));
  });
}
process.on('exit', killAllServersNow);

main()
  .then((code) => process.exit(code))
  .catch(async (error) => {
    console.error('[bench] failed:', error instanceof Error ? error.message : error);
    await stopAllServers();
    await removeDataDir();
    process.exit(1);
  });
