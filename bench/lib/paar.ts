import type { LoadTarget } from './load.js';
import { pool } from './load.js';
import type { ServerProcess } from './processes.js';
import type { BenchContext, EntryRow, LoadResult } from './types.js';

type Kant = { what: string; target: LoadTarget & { server: ServerProcess } };

/**
 * Two targets measured in turn, round after round, with the same connections: the basis first,
 * then the one whose extra cost is measured. Returns the rows for the report (per round and
 * pooled, the ratio relative to the basis) and the pooled results of both sides.
 */
export async function meetPaar(
  context: BenchContext,
  paar: { basis: Kant; proef: Kant; connections: number },
): Promise<{ rows: EntryRow[]; basis: LoadResult; proef: LoadResult }> {
  const { settings, log } = context;
  const { basis, proef, connections } = paar;
  log(`warm-up: ${basis.what} and ${proef.what}, ${settings.warmupSeconds}s each`);
  await context.load(basis.target, settings.warmupSeconds, connections);
  await context.load(proef.target, settings.warmupSeconds, connections);
  const basisRondes: LoadResult[] = [];
  const proefRondes: LoadResult[] = [];
  for (let ronde = 1; ronde <= settings.rounds; ronde++) {
    log(`round ${ronde}/${settings.rounds}: ${basis.what} ${settings.durationSeconds}s`);
    basisRondes.push(await context.load(basis.target, settings.durationSeconds, connections));
    log(`round ${ronde}/${settings.rounds}: ${proef.what} ${settings.durationSeconds}s`);
    proefRondes.push(await context.load(proef.target, settings.durationSeconds, connections));
  }
  const basisAlle = pool(basisRondes);
  const proefAlle = pool(proefRondes);
  const rows: EntryRow[] = [];
  const paren: [string, LoadResult, LoadResult][] = basisRondes.map((b, i) => [
    String(i + 1),
    b,
    proefRondes[i] as LoadResult,
  ]);
  paren.push(['all', basisAlle, proefAlle]);
  for (const [round, b, p] of paren) {
    const summary = round === 'all' ? { summary: true } : {};
    rows.push({ what: basis.what, round, result: b, ...summary });
    rows.push({
      what: proef.what,
      round,
      result: p,
      ratio: p.requestsPerSecond / b.requestsPerSecond,
      ...summary,
    });
  }
  return { rows, basis: basisAlle, proef: proefAlle };
}
