import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Benchmark } from './lib/types.js';

type Meting = { na: number; rssMb: number; heapMb: number; externalMb: number };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mb = (n: number) => `${n.toFixed(1)} MB`;

/**
 * Memory over fuzz runs (issue 17, item 7): bench/geheugen-meting.ts in a child process with
 * --expose-gc, on PGlite in memory, three rounds of 5,000 fuzzed requests; heap and RSS after a
 * forced GC before and after each round. Growth that repeats every round would be a leak.
 */
export const geheugen: Benchmark = {
  id: 'geheugen',
  title: 'Memory: RSS and heap over rounds of 5,000 fuzzed requests (leak check)',
  async run(context) {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'bench/geheugen-meting.ts'],
      { cwd: root, maxBuffer: 1 << 20, timeout: 1_800_000 },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1) as string) as {
      ronde: number;
      metingen: Meting[];
      statussen: Record<string, number>;
    };
    const m = result.metingen;
    const eerste = m[1] as Meting;
    const laatste = m.at(-1) as Meting;
    context.log(
      `  heap ${mb(eerste.heapMb)} → ${mb(laatste.heapMb)}, RSS ${mb(eerste.rssMb)} → ${mb(laatste.rssMb)}`,
    );
    return {
      id: 'geheugen',
      title: geheugen.title,
      description:
        'The app in one process on PGlite in memory (as `npm start` without DATABASE_URL), fuzzed requests over every route ' +
        'logged in and not (`bench/geheugen-meting.ts`): 500 to warm up, then rounds of ' +
        `${result.ronde.toLocaleString('en')}; heap, external memory and RSS read after a forced garbage collection ` +
        '(`--expose-gc`) before and after each round. No load columns: the table below stays empty.',
      rows: [],
      notes: [
        ...m.map(
          (x) =>
            `after ${x.na.toLocaleString('en')} requests: RSS ${mb(x.rssMb)}, JS heap used ${mb(x.heapMb)}, external (PGlite's WebAssembly memory among it) ${mb(x.externalMb)}`,
        ),
        `answers: ${Object.entries(result.statussen)
          .map(([s, n]) => `${s}: ${n}`)
          .join(', ')} (no 5xx)`,
        `JS heap over the last ${(laatste.na - eerste.na).toLocaleString('en')} requests: ${(laatste.heapMb - eerste.heapMb >= 0 ? '+' : '') + mb(laatste.heapMb - eerste.heapMb)}; RSS ${(laatste.rssMb - eerste.rssMb >= 0 ? '+' : '') + mb(laatste.rssMb - eerste.rssMb)}.`,
      ],
    };
  },
};
