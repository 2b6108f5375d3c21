import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/seed.js';
import { errorCount, pool } from './lib/load.js';
import { logIn } from './lib/login.js';
import type { BenchEntry, Benchmark, EntryRow, LoadResult, MemoryChange } from './lib/types.js';

const ID = 'mijn-overzicht';
const TITLE = "'Mijn overzicht' (logged in) vs. bare Fastify + one database round trip";
const TARGET_RATIO = 0.5;
/** The page's heading; the menu also says "Mijn overzicht", so the closing tag is part of the check. */
const MARKER = 'Mijn overzicht</h1>';

/**
 * The logged-in "Mijn overzicht" page (tenant lookup, session lookup and shared-records query in
 * the database, CSRF token, CSP nonce, Preact render) against a bare Fastify route doing one
 * `select 1`.
 */
export const mijnOverzicht: Benchmark = {
  id: ID,
  title: TITLE,
  async run(context): Promise<BenchEntry> {
    const { settings, log } = context;
    const app = await context.app();
    const baseline = await context.baseline();

    const inwoner = DEMO_ACCOUNTS.find((account) => account.rol === 'inwoner');
    if (!inwoner) throw new Error('no demo inwoner account');
    const session = await logIn(app.baseUrl, inwoner.email, DEMO_PASSWORD);
    const page = {
      server: app,
      url: `${app.baseUrl}/mijn-overzicht`,
      // Both cookies, as a browser would send them: session and CSRF secret.
      headers: { accept: 'text/html', cookie: session.cookieHeader },
      checkBody: (body: string) => body.includes(MARKER),
    };
    const probe = await fetch(page.url, { headers: page.headers });
    const probeBody = await probe.text();
    if (probe.status !== 200 || !probeBody.includes(MARKER)) {
      throw new Error(`GET /mijn-overzicht with the session answered ${probe.status} without "${MARKER}"`);
    }
    const base = {
      server: baseline,
      url: `${baseline.baseUrl}/db`,
      headers: { accept: 'application/json' },
      checkBody: (body: string) => body.includes('"ok":true'),
    };

    const rssAtStart = await app.rssKb();
    log(`warm-up: baseline ${settings.warmupSeconds}s`);
    const warmBase = await context.load(base, settings.warmupSeconds);
    log(`warm-up: page ${settings.warmupSeconds}s`);
    const warmPage = await context.load(page, settings.warmupSeconds);
    for (const [name, warm] of [
      ['baseline', warmBase],
      ['page', warmPage],
    ] as const) {
      if (warm.goodResponses === 0) {
        throw new Error(`warm-up of the ${name} had no good responses: ${JSON.stringify(warm.statusCodes)}`);
      }
    }

    const baseRounds: LoadResult[] = [];
    const pageRounds: LoadResult[] = [];
    const pageMemory: MemoryChange[] = [];
    const rssBefore = await app.rssKb();
    for (let round = 1; round <= settings.rounds; round++) {
      log(`round ${round}/${settings.rounds}: baseline ${settings.durationSeconds}s`);
      baseRounds.push(await context.load(base, settings.durationSeconds));
      log(`round ${round}/${settings.rounds}: page ${settings.durationSeconds}s`);
      const before = await app.rssKb();
      pageRounds.push(await context.load(page, settings.durationSeconds));
      const after = await app.rssKb();
      if (before !== undefined && after !== undefined) pageMemory.push({ beforeKb: before, afterKb: after });
    }
    const rssAfter = await app.rssKb();

    const baseAll = pool(baseRounds);
    const pageAll = pool(pageRounds);
    const ratio = pageAll.requestsPerSecond / baseAll.requestsPerSecond;

    const rows: EntryRow[] = [];
    for (let i = 0; i < settings.rounds; i++) {
      const b = baseRounds[i] as LoadResult;
      const p = pageRounds[i] as LoadResult;
      const round = String(i + 1);
      rows.push({ what: 'baseline `GET /db`', round, result: b });
      const memory = pageMemory[i];
      rows.push({
        what: 'page `GET /mijn-overzicht`',
        round,
        result: p,
        ratio: p.requestsPerSecond / b.requestsPerSecond,
        ...(memory ? { memory } : {}),
      });
    }
    rows.push({ what: 'baseline `GET /db`', round: 'all', result: baseAll, summary: true });
    rows.push({
      what: 'page `GET /mijn-overzicht`',
      round: 'all',
      result: pageAll,
      ratio,
      summary: true,
      ...(rssBefore !== undefined && rssAfter !== undefined
        ? { memory: { beforeKb: rssBefore, afterKb: rssAfter } }
        : {}),
    });

    const notes: string[] = [];
    const errors = errorCount(baseAll) + errorCount(pageAll);
    if (errors > 0) {
      notes.push(
        `**${errors} errors** in the measured rounds (status codes page: ${JSON.stringify(pageAll.statusCodes)}, ` +
          `baseline: ${JSON.stringify(baseAll.statusCodes)}); requests/s counts good responses only.`,
      );
    }
    if (pageAll.cpu && baseAll.cpu) {
      const pageUs = pageAll.cpu.serverUsPerRequest + pageAll.cpu.databaseUsPerRequest;
      const baseUs = baseAll.cpu.serverUsPerRequest + baseAll.cpu.databaseUsPerRequest;
      notes.push(
        `CPU per request (server + PostgreSQL): page ${Math.round(pageUs)} µs, baseline ${Math.round(baseUs)} µs ` +
          `(${(pageUs / baseUs).toFixed(1)}×). The page's app process alone uses ` +
          `${Math.round(pageAll.cpu.serverUsPerRequest)} µs, i.e. one core serves at most ` +
          `~${Math.round(1e6 / pageAll.cpu.serverUsPerRequest).toLocaleString('en-US')} pages/s.`,
      );
    }
    const baselineRss = await baseline.rssKb();
    if (rssAtStart !== undefined && rssBefore !== undefined && rssAfter !== undefined) {
      notes.push(
        `App RSS: ${mib(rssAtStart)} after start-up, ${mib(rssBefore)} after the warm-ups, ` +
          `${mib(rssAfter)} after the measured rounds (${signedMib(rssAfter - rssBefore)})` +
          (baselineRss === undefined
            ? ''
            : `; the baseline process (also under tsx) ended at ${mib(baselineRss)}`) +
          '. RSS moves by tens of MiB as V8 grows and shrinks its heap, so one run says little about leaks.',
      );
    }

    return {
      id: ID,
      title: TITLE,
      description: [
        'The logged-in page `GET /mijn-overzicht` of the demo *inwoner* (session cookie from a real login',
        'over HTTP). Every request does the tenant lookup (cached), the session lookup (one query joining',
        'session, account and organisatie), the list of records shared with the viewer (a second query,',
        'since eigen regie), CSRF token, CSP nonce and the Preact render. It is compared with',
        `\`bench/baseline-server.ts\`: bare Fastify 5, no plugins or logging, pg pool of 10 like the app,`,
        `one \`select 1\` per request, a small JSON answer. A page response counts only when it is 200 and`,
        'has the heading "Mijn overzicht"; a baseline response only when it is 200 with `"ok":true`.',
        '',
        `Warm-up ${settings.warmupSeconds} s per target, then ${settings.rounds} measured round(s) of`,
        `${settings.durationSeconds} s per target, taking turns (baseline, page, baseline, page, …), ` +
          `${settings.connections} connections.`,
        `The **all** rows pool the rounds: requests/s over their summed time, percentiles over all their`,
        'samples; the ratio and the target are judged on them.',
      ].join('\n'),
      rows,
      target: {
        description: `page requests/s ≥ ${Math.round(TARGET_RATIO * 100)}% of the baseline's`,
        required: TARGET_RATIO,
        measured: ratio,
        met: ratio >= TARGET_RATIO,
      },
      notes,
    };
  },
};

function mib(kb: number): string {
  return `${(kb / 1024).toFixed(1)} MiB`;
}

function signedMib(kb: number): string {
  return `${kb >= 0 ? '+' : '−'}${(Math.abs(kb) / 1024).toFixed(1)} MiB`;
}
