/**
 * Bench-only preload (`node --import tsx --import ./bench/lib/sql-opname.ts src/server.ts`):
 * writes every distinct SQL text the app sends to PostgreSQL, with the parameters of its first
 * run, as one JSON line to the file in BENCH_SQL_OPNAME. The cost-growth entry (bench/schaal.ts)
 * then shows the plan PostgreSQL chooses for each of them at every size. Only the first run of a
 * text is written (a set lookup per query afterwards); parameters are personal data of the
 * fictional bench dataset only. Not loaded by the app itself.
 */
import { appendFileSync } from 'node:fs';
import pg from 'pg';

const bestand = process.env.BENCH_SQL_OPNAME;

if (bestand) {
  const gezien = new Set<string>();
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this only forwards them.
  const origineel = pg.Client.prototype.query as (...args: any[]) => any;
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this only forwards them.
  pg.Client.prototype.query = function (this: pg.Client, config: any, values?: any, callback?: any): any {
    const tekst: unknown = typeof config === 'string' ? config : config?.text;
    const waarden: unknown = typeof config === 'string' ? values : (config?.values ?? values);
    if (typeof tekst === 'string' && !gezien.has(tekst)) {
      gezien.add(tekst);
      appendFileSync(
        bestand,
        `${JSON.stringify({ sql: tekst, values: Array.isArray(waarden) ? waarden : [] })}\n`,
      );
    }
    return origineel.call(this, config, values, callback);
  } as typeof pg.Client.prototype.query;
}
