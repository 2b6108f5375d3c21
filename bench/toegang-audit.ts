import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/seed.js';
import { errorCount } from './lib/load.js';
import { logIn } from './lib/login.js';
import { meetPaar } from './lib/paar.js';
import type { BenchEntry, Benchmark } from './lib/types.js';

const ID = 'toegang-audit';
const TITLE = 'Authorization + audit: a granted section read by a professional vs. by its owner';
const TARGET_MS = 2;
/**
 * One connection: the target is the cost *per request*. Under a saturating load the p95 grows
 * with the queue (connections ÷ throughput), which would multiply any per-request cost by the
 * number of connections instead of measuring it.
 */
const CONNECTIONS = Number(process.env.BENCH_AUDIT_CONNECTIONS ?? 1);
const MARKER = 'Mijn plan';

/**
 * The same page, `GET /dossiers/<id>/secties/plan` of the demo resident, read by the resident
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
    const account = (rol: string) => {
      const found = DEMO_ACCOUNTS.find((a) => a.rol === rol);
      if (!found) throw new Error(`no demo ${rol}`);
      return found;
    };
    const owner = await logIn(app.baseUrl, account('inwoner').email, DEMO_PASSWORD);
    const grantee = await logIn(app.baseUrl, account('professional').email, DEMO_PASSWORD);
    const redirect = await fetch(`${app.baseUrl}/wie-kan-wat-zien`, {
      headers: { cookie: owner.cookieHeader },
      redirect: 'manual',
    });
    const dossierId = /\/dossiers\/([0-9a-f-]{36})\//.exec(redirect.headers.get('location') ?? '')?.[1];
    if (!dossierId) throw new Error(`could not find the demo record (${redirect.status})`);
    const url = `${app.baseUrl}/dossiers/${dossierId}/secties/plan`;
    const target = (cookie: string) => ({
      server: app,
      url,
      headers: { accept: 'text/html', cookie },
      checkBody: (body: string) => body.includes(MARKER),
    });
    const ownerTarget = target(owner.cookieHeader);
    const granteeTarget = target(grantee.cookieHeader);
    for (const [name, t] of [
      ['owner', ownerTarget],
      ['grantee', granteeTarget],
    ] as const) {
      const probe = await fetch(t.url, { headers: t.headers });
      if (probe.status !== 200) throw new Error(`${name} got ${probe.status} on ${url}`);
    }

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

    const notes = [
      `p95 difference (professional − owner): **${difference.toFixed(2)} ms**; p50 difference ${(granteeAll.p50 - ownerAll.p50).toFixed(2)} ms.`,
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
        'The section page `GET /dossiers/<id>/secties/plan` of the demo resident, read by herself and by',
        'the buurtteam professional she gave access to (level *voorstellen* on her plan). Both go through',
        'the one door (src/regie/door.ts); for the professional it also reads the grant and emergency access',
        'and appends an audit entry in the same transaction (chained by the sealer moments later). Same server,',
        `same run, taking turns, one request at a time (${CONNECTIONS} connection).`,
      ].join('\n'),
      rows,
      target: {
        description: `p95 difference ≤ ${TARGET_MS} ms`,
        required: TARGET_MS,
        measured: difference,
        met: difference <= TARGET_MS,
        unit: 'ms',
      },
      notes,
    };
  },
};
