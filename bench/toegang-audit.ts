import { errorCount } from './lib/load.js';
import { meetPaar } from './lib/paar.js';
import { paginaDoel } from './lib/paginas.js';
import type { BenchEntry, Benchmark } from './lib/types.js';

const ID = 'toegang-audit';
const TITLE = 'Authorization + audit: a granted section read by a professional vs. by its owner';
/** Same-run target (issue 20): the professional's requests/s at least this share of the owner's. */
const TARGET_RATIO = 0.8;
/**
 * One connection: the target is the cost *per request*. Under a saturating load the p95 grows
 * with the queue (connections ÷ throughput), which would multiply any per-request cost by the
 * number of connections instead of measuring it.
 */
const CONNECTIONS = Number(process.env.BENCH_AUDIT_CONNECTIONS ?? 1);

/**
 * The same page, `GET /dossiers/<id>/plan` of the demo resident (Mijn plan), read by the resident
 * herself (the door checks ownership; owners' reads are not logged) and by the professional she
 * granted access (the door reads the grant and any emergency access, and appends a hash-chained
 * audit entry under the gemeente's chain lock, all in one transaction). The p95 difference is the
 * price of eigen regie per request.
 */
export const toegangAudit: Benchmark = {
  id: ID,
  title: TITLE,
  async run(context): Promise<BenchEntry> {
    const app = await context.app();
    // Each reader's own heading ("Mijn plan", "Het plan van …") is the check of a good answer.
    const ownerTarget = { ...(await paginaDoel('plan-eigenaar', app.baseUrl)), server: app };
    const granteeTarget = { ...(await paginaDoel('plan-professional', app.baseUrl)), server: app };

    const {
      rows,
      basis: ownerAll,
      proef: granteeAll,
    } = await meetPaar(context, {
      basis: { what: 'owner reads her plan', target: ownerTarget },
      proef: { what: 'professional reads it (grant + audit)', target: granteeTarget },
      connections: CONNECTIONS,
    });
    const difference = granteeAll.p95 - ownerAll.p95;
    const ratio = granteeAll.requestsPerSecond / ownerAll.requestsPerSecond;

    const notes = [
      `p95 difference (professional − owner), for reference: **${difference.toFixed(2)} ms**; p50 difference ${(granteeAll.p50 - ownerAll.p50).toFixed(2)} ms.`,
      `Measured with ${CONNECTIONS} connection(s) (BENCH_AUDIT_CONNECTIONS), so latency is the work of one request, not ` +
        'time spent queueing behind others. Audit entries are written without a lock and chained by the sealer ' +
        "a moment later, so concurrent accesses do not wait for each other. Requests/s in the ratio column is relative to the owner's.",
    ];
    const errors = errorCount(ownerAll) + errorCount(granteeAll);
    if (errors > 0) notes.push(`**${errors} errors** in the measured rounds.`);
    if (ownerAll.cpu && granteeAll.cpu) {
      notes.push(
        `CPU per request (server + PostgreSQL): owner ${Math.round(ownerAll.cpu.serverUsPerRequest + ownerAll.cpu.databaseUsPerRequest)} µs, ` +
          `professional ${Math.round(granteeAll.cpu.serverUsPerRequest + granteeAll.cpu.databaseUsPerRequest)} µs.`,
      );
    }
    return {
      id: ID,
      title: TITLE,
      description: [
        'The plan page `GET /dossiers/<id>/plan` of the demo resident, read by herself and by',
        'the buurtteam professional she gave access to (level *voorstellen* on her plan). Both go through',
        'the one door (src/regie/door.ts); for the professional it also reads the grant and emergency access',
        'and appends an audit entry in the same transaction (chained by the sealer moments later). Same server,',
        `same run, taking turns, one request at a time (${CONNECTIONS} connection).`,
      ].join('\n'),
      rows,
      target: {
        description: `professional's requests/s ≥ ${Math.round(TARGET_RATIO * 100)}% of the owner's (same run)`,
        required: TARGET_RATIO,
        measured: ratio,
        met: ratio >= TARGET_RATIO,
      },
      notes,
    };
  },
};
