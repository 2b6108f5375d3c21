import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/seed.js';
import { samenTegelijk } from './lib/load.js';
import { logIn } from './lib/login.js';
import type { BenchEntry, Benchmark, EntryRow, LoadResult } from './lib/types.js';

/** Connections in all and seconds of the measured round; BENCH_LOAD_CONNECTIONS / BENCH_LOAD_SECONDS override. */
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS) || 500;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS) || 60;

const fouten = (r: LoadResult) => r.non2xx + r.badBodies + r.socketErrors;

/**
 * Issue 17, item 12d: 500 connections for 60 s on a mix of public and logged-in pages at the
 * same time, against one app instance (pool 10): errors (target 0), latency percentiles and the
 * server's memory growth (RSS before the warm-up and after the measured round).
 */
export const belasting: Benchmark = {
  id: 'belasting',
  title: 'Load: 500 connections for 60 s on public and logged-in pages',
  async run(context): Promise<BenchEntry> {
    const app = await context.app();
    const inwoner = DEMO_ACCOUNTS.find((account) => account.rol === 'inwoner');
    if (!inwoner) throw new Error('no demo inwoner account');
    const session = await logIn(app.baseUrl, inwoner.email, DEMO_PASSWORD);
    const html = { accept: 'text/html' };
    const ingelogd = { ...html, cookie: session.cookieHeader };
    const targets = [
      { what: 'public `GET /sociale-kaart`', url: '/sociale-kaart', headers: html, check: '<h1' },
      { what: 'public `GET /inloggen`', url: '/inloggen', headers: html, check: 'name="_csrf"' },
      { what: 'logged in `GET /mijn-overzicht`', url: '/mijn-overzicht', headers: ingelogd, check: 'Welkom' },
      { what: 'logged in `GET /mijn-sessies`', url: '/mijn-sessies', headers: ingelogd, check: '<h1' },
    ].map((t) => ({
      what: t.what,
      server: app,
      url: `${app.baseUrl}${t.url}`,
      headers: t.headers,
      checkBody: (body: string) => body.includes(t.check),
    }));
    const per = Math.max(1, Math.floor(CONNECTIONS / targets.length));
    const rssBefore = (await app.rssKb()) ?? 0;
    context.log(
      `  warm-up ${context.settings.warmupSeconds} s, then ${SECONDS} s with ${per * targets.length} connections`,
    );
    await Promise.all(targets.map((t) => context.load(t, context.settings.warmupSeconds, per)));
    const results = await Promise.all(targets.map((t) => context.load(t, SECONDS, per)));
    const rssAfter = (await app.rssKb()) ?? 0;
    const alles = samenTegelijk(results);
    // The four loads share one server: its CPU per request is only known over all of them.
    const rows: EntryRow[] = results.map((result, i) => {
      const { cpu: _gedeeld, ...zonderCpu } = result;
      return { what: `${targets[i]?.what} (${per} connections)`, round: 'all', result: zonderCpu };
    });
    rows.push({
      what: `all four at once (${per * targets.length} connections)`,
      round: 'all',
      result: alles,
      memory: { beforeKb: rssBefore, afterKb: rssAfter },
      summary: true,
    });
    const errors = fouten(alles);
    return {
      id: 'belasting',
      title: belasting.title,
      description:
        `${per * targets.length} keep-alive connections (${per} per page) load four pages of one app instance at the same ` +
        `time for ${SECONDS} s after a ${context.settings.warmupSeconds} s warm-up: two public pages and two pages ` +
        'of a logged-in resident. Every response must be 2xx with the expected text; anything else is an error.',
      rows,
      notes: [
        `Errors: ${errors} (non-2xx ${alles.non2xx}, wrong body ${alles.badBodies}, socket errors/timeouts ${alles.socketErrors}) — target 0: ${errors === 0 ? 'met' : 'missed'}.`,
        `p50 ${alles.p50.toFixed(1)} ms, p95 ${alles.p95.toFixed(1)} ms, p99 ${alles.p99.toFixed(1)} ms over all pages.`,
        `Server memory (RSS): ${(rssBefore / 1024).toFixed(0)} MiB before the warm-up, ${(rssAfter / 1024).toFixed(0)} MiB after the measured round (+${((rssAfter - rssBefore) / 1024).toFixed(0)} MiB).`,
        `Status codes: ${JSON.stringify(alles.statusCodes)}.`,
      ],
    };
  },
};
