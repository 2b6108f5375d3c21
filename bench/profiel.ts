// The catalog of UI text first: every capability's messages (see catalog.ts).
import '../src/catalog.js';
/**
 * Where the time of one logged-in page goes (issue 20): starts the app (production mode, as the
 * bench does) under `node --cpu-prof`, logs in, loads one page with a bench-like load, stops the
 * app so V8 writes its profile, and prints (1) the app's CPU self time per step of the request
 * path (Fastify, tenant, session, CSRF, CSP nonce, i18n, door, queries, rendering, logging …),
 * (2) the hottest functions, and (3) PostgreSQL statements and transactions per page (from
 * pg_stat_database). Not part of `npm run bench`: a tool to find what to cut.
 *
 *   node --import tsx bench/profiel.ts [mijn-overzicht|levensgebieden|plan-eigenaar|plan-professional|plan-groot]
 *
 * BENCH_DATABASE_URL (a name with "bench" in it: it is recreated), PROFIEL_SECONDS (15),
 * PROFIEL_CONNECTIONS (20), PROFIEL_DIR (where the .cpuprofile goes; /tmp/redzaam-profiel).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { gebruikSleutelring, meestersleutel, Sleutelring } from '../src/platform/crypto/sleutelring.js';
import { prepareDatabase } from './lib/database.js';
import { runLoad } from './lib/load.js';
import { paginaDoel, paginaNamen } from './lib/paginas.js';
import { freePort, startServer } from './lib/processes.js';
import { planGrootDoel, zaaiPlan } from './plan-groot.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MASTER_KEY = randomBytes(32);
gebruikSleutelring(new Sleutelring(meestersleutel(MASTER_KEY)));

function log(message: string): void {
  process.stdout.write(`[profiel] ${message}\n`);
}

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };

/** The step of the request path a function belongs to, by its file. */
const STAPPEN: [RegExp, string][] = [
  [
    /node_modules\/(fastify|find-my-way|avvio|light-my-request|fast-json-stringify|@fastify\/(error|ajv-compiler|fast-json-stringify-compiler|proxy-addr|forwarded)|fastify-plugin|process-warning|toad-cache|fast-querystring|content-type|safe-regex2|ret|rfdc|abstract-logging|proxy-addr|forwarded)\//,
    'Fastify: routing, hooks, reply',
  ],
  [/node_modules\/(@fastify\/helmet|helmet)\//, 'security headers + CSP nonce (helmet)'],
  [/node_modules\/@fastify\/csrf(-protection)?\/|src\/platform\/http\/csrf/, 'CSRF token (@fastify/csrf)'],
  [/node_modules\/(@fastify\/cookie|cookie|cookie-signature)\//, 'cookies (parse/serialize)'],
  [
    /node_modules\/(pg|pg-protocol|pg-types|pg-pool|pg-connection-string|postgres-[a-z]+|pgpass|buffer-writer|packet-reader)\//,
    'PostgreSQL driver (pg)',
  ],
  [/node_modules\/kysely\//, 'query building (Kysely)'],
  [/node_modules\/(preact|preact-render-to-string)\//, 'rendering (preact-render-to-string)'],
  [/node_modules\/(intl-messageformat|@formatjs\/[^/]+)\/|src\/platform\/i18n\//, 'i18n (messages)'],
  [
    /node_modules\/(pino|pino-std-serializers|sonic-boom|thread-stream|on-exit-leak-free|quick-format-unescaped|atomic-sleep|fast-redact|safe-stable-stringify)\//,
    'logging (pino)',
  ],
  [/node_modules\/zod\/|src\/platform\/http\/invoer/, 'input schema (zod)'],
  [/node_modules\/(tsx|esbuild|get-tsconfig)\//, 'tsx loader'],
  [/src\/platform\/gemeente\//, 'tenant'],
  [/src\/auth\//, 'session + second factor'],
  [/src\/regie\//, 'the door (regie)'],
  [
    /src\/platform\/(views|extensions)\/|src\/[a-z-]+\/pages\/|src\/[a-z-]+\/[a-z-]+\/pages\//,
    'page components (JSX)',
  ],
  [/src\//, 'other app code'],
  [/node:internal\/crypto|node:crypto/, 'Node crypto (random, HMAC, hash)'],
  [
    /node:internal\/(http|_http|streams|net|stream_base|url|querystring)|node:(http|net|stream|url|querystring|_http)/,
    'Node HTTP, sockets, streams',
  ],
  [/node_modules\//, 'other packages'],
  [/^node:|^$/, 'Node core / native'],
];

function stapVan(frame: CallFrame): string {
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  if (frame.functionName === '(program)') return 'V8 / native (program)';
  for (const [patroon, stap] of STAPPEN) if (patroon.test(frame.url)) return stap;
  return 'other';
}

/**
 * Self time per step over the measured window only: V8 stamps samples with the monotonic clock
 * that `process.hrtime` reads too (both CLOCK_MONOTONIC on Linux), so start-up and warm-up fall out.
 */
function samenvatting(profile: CpuProfile, pages: number, vanUs: number, totUs: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (t >= vanUs && t <= totUs) self.set(id, (self.get(id) ?? 0) + delta);
  });
  const perStap = new Map<string, number>();
  const perFunctie = new Map<string, number>();
  let totaal = 0;
  for (const [id, us] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    totaal += us;
    const stap = stapVan(frame);
    perStap.set(stap, (perStap.get(stap) ?? 0) + us);
    const naam = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^file:\/\/.*?\/(node_modules|src)\//, '$1/')}:${frame.lineNumber + 1}`;
    perFunctie.set(naam, (perFunctie.get(naam) ?? 0) + us);
  }
  const regels = [
    `App CPU (profiled, busy samples): ${Math.round(totaal / 1000)} ms for ${pages} pages = ${Math.round(totaal / pages)} µs/page`,
    '',
    '| Step (CPU self time by file) | µs/page | share |',
    '| --- | ---: | ---: |',
  ];
  for (const [stap, us] of [...perStap].sort((a, b) => b[1] - a[1])) {
    regels.push(`| ${stap} | ${Math.round(us / pages)} | ${((100 * us) / totaal).toFixed(1)}% |`);
  }
  regels.push('', 'Hottest functions (self time):');
  for (const [naam, us] of [...perFunctie].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    regels.push(`  ${(us / pages).toFixed(1).padStart(7)} µs/page  ${naam}`);
  }
  return regels;
}

async function databaseTellers(client: pg.Client) {
  const row = (
    await client.query<{ xact: string; tup: string }>(
      'select xact_commit + xact_rollback as xact, tup_returned + tup_fetched as tup from pg_stat_database where datname = current_database()',
    )
  ).rows[0];
  return { xact: Number(row?.xact ?? 0), tup: Number(row?.tup ?? 0) };
}

async function main(): Promise<void> {
  const pagina = process.argv[2] ?? 'mijn-overzicht';
  if (!paginaNamen.includes(pagina) && pagina !== 'plan-groot')
    throw new Error(`unknown page ${pagina}; one of ${[...paginaNamen, 'plan-groot'].join(', ')}`);
  const url = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/redzaam_profiel_bench';
  const seconds = Number(process.env.PROFIEL_SECONDS ?? 15);
  const connections = Number(process.env.PROFIEL_CONNECTIONS ?? 20);
  const dir = process.env.PROFIEL_DIR || path.join(os.tmpdir(), 'redzaam-profiel');
  await mkdir(dir, { recursive: true });
  await prepareDatabase(url, log);
  // The plan bench's resident (30 goals, 150 actions), read by the professional.
  const grootDossier = pagina === 'plan-groot' ? await zaaiPlan(url, log) : undefined;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'redzaam-profiel-data-'));
  const port = await freePort();
  const voor = new Set(await readdir(dir));
  const app = await startServer({
    name: 'app',
    args: ['--cpu-prof', '--cpu-prof-dir', dir, '--import', 'tsx', 'src/server.ts'],
    cwd: root,
    port,
    healthPath: '/healthz',
    env: {
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      DEMO_DATA: 'false',
      REDZAAM_MASTER_KEY: MASTER_KEY.toString('base64'),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const doel = grootDossier
      ? await planGrootDoel(app.baseUrl, grootDossier)
      : await paginaDoel(pagina, app.baseUrl);
    log(`warm-up 3 s on ${doel.url}`);
    await runLoad(doel, 3, connections);
    const before = await databaseTellers(client);
    log(`profiling ${seconds} s, ${connections} connections`);
    const vanUs = Number(process.hrtime.bigint() / 1000n);
    const result = await runLoad(doel, seconds, connections);
    const totUs = Number(process.hrtime.bigint() / 1000n);
    const after = await databaseTellers(client);
    const pages = result.goodResponses;
    log(
      `${pages} good pages (${result.requestsPerSecond.toFixed(0)}/s), errors ${result.non2xx + result.badBodies}`,
    );
    await app.stop();
    // The main thread's profile (`….<pid>.0.<seq>.cpuprofile`); workers (the logger's) write their own.
    const nieuw = (await readdir(dir)).filter((f) => /\.0\.\d+\.cpuprofile$/.test(f) && !voor.has(f));
    const bestand = nieuw.sort().at(-1);
    if (!bestand) throw new Error(`no profile written in ${dir}`);
    const profile = JSON.parse(await readFile(path.join(dir, bestand), 'utf8')) as CpuProfile;
    for (const regel of samenvatting(profile, pages, vanUs, totUs)) process.stdout.write(`${regel}\n`);
    process.stdout.write(
      `\nPostgreSQL per page (pg_stat_database, incl. the monitor's own few): ${((after.xact - before.xact) / pages).toFixed(2)} transactions, ` +
        `${((after.tup - before.tup) / pages).toFixed(1)} tuples read\nprofile: ${path.join(dir, bestand)}\n`,
    );
  } finally {
    await app.stop();
    await client.end();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error('[profiel] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
