import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/seed.js';
import { errorCount } from './lib/load.js';
import { logIn } from './lib/login.js';
import { meetPaar } from './lib/paar.js';
import type { BenchEntry, Benchmark } from './lib/types.js';

const ID = 'levensgebieden-versleuteling';
const TITLE = 'Field encryption: the levensgebieden overview with decryption vs. the same path without';
const TARGET_MS = 1;
/** One connection: the cost per request, not time spent queueing (see toegang-audit.ts). */
const CONNECTIONS = Number(process.env.BENCH_VERSLEUTELING_CONNECTIONS ?? 1);

/**
 * `GET /dossiers/<id>/levensgebieden` of the demo resident, read by herself from two servers on
 * the same database in the same run: the app as it runs (the record's data key read from the key
 * store, unwrapped, every free-text answer decrypted) and the app with the bench-only switch
 * REDZAAM_BENCH_ZONDER_ONTSLEUTELEN=ja (no key read, no unwrap, no decryption; the page shows
 * the stored ciphertext). The p95 difference is what field encryption costs this page.
 */
export const levensgebiedenVersleuteling: Benchmark = {
  id: ID,
  title: TITLE,
  async run(context): Promise<BenchEntry> {
    const met = await context.app();
    const zonder = await context.appZonderOntsleutelen();
    const inwoner = DEMO_ACCOUNTS.find((a) => a.rol === 'inwoner');
    if (!inwoner) throw new Error('no demo inwoner');
    const sessieMet = await logIn(met.baseUrl, inwoner.email, DEMO_PASSWORD);
    const sessieZonder = await logIn(zonder.baseUrl, inwoner.email, DEMO_PASSWORD);
    const redirect = await fetch(`${met.baseUrl}/wie-kan-wat-zien`, {
      headers: { cookie: sessieMet.cookieHeader },
      redirect: 'manual',
    });
    const dossierId = /\/dossiers\/([0-9a-f-]{36})\//.exec(redirect.headers.get('location') ?? '')?.[1];
    if (!dossierId) throw new Error(`could not find the demo record (${redirect.status})`);
    const pad = `/dossiers/${dossierId}/levensgebieden`;
    const metTarget = {
      server: met,
      url: `${met.baseUrl}${pad}`,
      headers: { accept: 'text/html', cookie: sessieMet.cookieHeader },
      // Her own words, decrypted.
      checkBody: (body: string) => body.includes('Ik open mijn post nu elke week.'),
    };
    const zonderTarget = {
      server: zonder,
      url: `${zonder.baseUrl}${pad}`,
      headers: { accept: 'text/html', cookie: sessieZonder.cookieHeader },
      // The same page with the stored ciphertext in place of her words.
      checkBody: (body: string) => body.includes('v1.') && !body.includes('Ik open mijn post nu elke week.'),
    };
    for (const [naam, t] of [
      ['with decryption', metTarget],
      ['without decryption', zonderTarget],
    ] as const) {
      const probe = await fetch(t.url, { headers: t.headers });
      const body = await probe.text();
      if (probe.status !== 200 || !t.checkBody(body)) throw new Error(`${naam}: ${probe.status} on ${pad}`);
    }

    const {
      rows,
      basis: zonderAlle,
      proef: metAlle,
    } = await meetPaar(context, {
      basis: { what: 'overview, decryption switched off', target: zonderTarget },
      proef: { what: 'overview, encrypted fields decrypted', target: metTarget },
      connections: CONNECTIONS,
    });
    const verschil = metAlle.p95 - zonderAlle.p95;
    const notes = [
      `p95 difference (decrypted − switched off): **${verschil.toFixed(2)} ms**; p50 difference ${(metAlle.p50 - zonderAlle.p50).toFixed(2)} ms.`,
      `Measured with ${CONNECTIONS} connection(s) (BENCH_VERSLEUTELING_CONNECTIONS). Requests/s in the ratio column is relative to the switched-off server's.`,
    ];
    const errors = errorCount(metAlle) + errorCount(zonderAlle);
    if (errors > 0) notes.push(`**${errors} errors** in the measured rounds.`);
    return {
      id: ID,
      title: TITLE,
      description: [
        'The levensgebieden overview `GET /dossiers/<id>/levensgebieden` of the demo resident, read by herself,',
        'from two app servers on the same database in the same run: one as it runs (the data key read from the',
        'key store, unwrapped under the master key, every free-text answer decrypted with AES-256-GCM), one with',
        'the bench-only switch `REDZAAM_BENCH_ZONDER_ONTSLEUTELEN=ja` (same code path, no key read, no unwrap, no',
        `decryption). Taking turns, one request at a time (${CONNECTIONS} connection). docs/decisions/020.`,
      ].join('\n'),
      rows,
      target: {
        description: `p95 difference ≤ ${TARGET_MS} ms`,
        required: TARGET_MS,
        measured: verschil,
        met: verschil <= TARGET_MS,
        unit: 'ms',
      },
      notes,
    };
  },
};
