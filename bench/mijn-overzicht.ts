import { errorCount, pool } from './lib/load.js';
import { paginaDoel } from './lib/paginas.js';
import type { BenchEntry, Benchmark, EntryRow, LoadResult, MemoryChange } from './lib/types.js';

const ID = 'mijn-overzicht';
const TITLE = "'Mijn overzicht' (logged in) vs. bare Fastify + one database round trip";
const TARGET_RATIO = 0.5;
/** App + PostgreSQL CPU per page at most this many times the baseline's (issue 20). */
const TARGET_CPU_FACTOR = 4;

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

    const overzicht = await paginaDoel('mijn-overzicht', app.baseUrl);
    const page = { ...overzicht, server: app };
    // The same target for the resident's levensgebieden and a professional's granted section
    // page (issue 20): the door and the capabilities pay the per-request path too.
    const anderePaginas = [
      {
        naam: 'resident `GET /dossiers/<id>/levensgebieden`',
        doel: await paginaDoel('levensgebieden', app.baseUrl),
      },
      {
        naam: 'professional (granted) `GET /dossiers/<id>/levensgebieden`',
        doel: await paginaDoel('levensgebieden-professional', app.baseUrl),
      },
    ].map((p) => ({ naam: p.naam, doel: { ...p.doel, server: app }, rondes: [] as LoadResult[] }));
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
    for (const andere of anderePaginas) await context.load(andere.doel, settings.warmupSeconds);
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
      for (const andere of anderePaginas) {
        log(`round ${round}/${settings.rounds}: ${andere.naam} ${settings.durationSeconds}s`);
        andere.rondes.push(await context.load(andere.doel, settings.durationSeconds));
      }
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
      for (const andere of anderePaginas) {
        const r = andere.rondes[i] as LoadResult;
        rows.push({ what: andere.naam, round, result: r, ratio: r.requestsPerSecond / b.requestsPerSecond });
      }
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
    const andereAll = anderePaginas.map((andere) => ({ naam: andere.naam, result: pool(andere.rondes) }));
    for (const andere of andereAll) {
      rows.push({
        what: andere.naam,
        round: 'all',
        result: andere.result,
        ratio: andere.result.requestsPerSecond / baseAll.requestsPerSecond,
        summary: true,
      });
    }

    const notes: string[] = [];
    const errors = errorCount(baseAll) + errorCount(pageAll);
    if (errors > 0) {
      notes.push(
        `**${errors} errors** in the measured rounds (status codes page: ${JSON.stringify(pageAll.statusCodes)}, ` +
          `baseline: ${JSON.stringify(baseAll.statusCodes)}); requests/s counts good responses only.`,
      );
    }
    const cpuUs = (r: LoadResult) =>
      r.cpu ? r.cpu.serverUsPerRequest + r.cpu.databaseUsPerRequest : Number.NaN;
    const baseUs = cpuUs(baseAll);
    const allePaginas = [{ naam: 'page `GET /mijn-overzicht`', result: pageAll }, ...andereAll];
    // The target holds for every page: requests/s and CPU per page, both against the baseline.
    const laagsteAandeel = Math.min(
      ...allePaginas.map((p) => p.result.requestsPerSecond / baseAll.requestsPerSecond),
    );
    const cpuFactoren = allePaginas.map((p) => cpuUs(p.result) / baseUs);
    const cpuGehaald = cpuFactoren.every((factor) => factor <= TARGET_CPU_FACTOR);
    for (const { naam, result } of allePaginas) {
      const share = result.requestsPerSecond / baseAll.requestsPerSecond;
      const us = cpuUs(result);
      notes.push(
        `${naam}: ${(share * 100).toFixed(1)}% of the baseline's requests/s (target ≥ ${Math.round(TARGET_RATIO * 100)}%: ` +
          `${share >= TARGET_RATIO ? 'met' : '**missed**'}); CPU per request (server + PostgreSQL) ${Math.round(us)} µs = ` +
          `${(us / baseUs).toFixed(1)}× the baseline's ${Math.round(baseUs)} µs (target ≤ ${TARGET_CPU_FACTOR}×: ` +
          `${us / baseUs <= TARGET_CPU_FACTOR ? 'met' : '**missed**'})` +
          (result.cpu
            ? `; its app process alone ${Math.round(result.cpu.serverUsPerRequest)} µs, i.e. one core serves at most ` +
              `~${Math.round(1e6 / result.cpu.serverUsPerRequest).toLocaleString('en-US')} pages/s.`
            : '.'),
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
          `${settings.connections} connections. In each round the resident's levensgebieden overview and the same`,
        'page read by the professional she granted access (the door reads the grant and writes an audit entry)',
        'follow, held to the same target.',
        `The **all** rows pool the rounds: requests/s over their summed time, percentiles over all their`,
        'samples; the ratio and the target are judged on them.',
      ].join('\n'),
      rows,
      target: {
        description:
          `each of the ${allePaginas.length} pages: requests/s ≥ ${Math.round(TARGET_RATIO * 100)}% of the baseline's ` +
          `and app + PostgreSQL CPU per page ≤ ${TARGET_CPU_FACTOR}× the baseline's (measured: the lowest share; ` +
          `CPU ${cpuFactoren.map((f) => `${f.toFixed(1)}×`).join(' / ')}${cpuGehaald ? '' : ', **missed**'})`,
        required: TARGET_RATIO,
        measured: laagsteAandeel,
        met: laagsteAandeel >= TARGET_RATIO && cpuGehaald,
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
