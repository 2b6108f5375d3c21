import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { type Cluster, maakCluster } from './cluster.js';
import { absorbCookies, header, logIn } from './login.js';
import { freePort, type ServerProcess, startServer } from './processes.js';

/**
 * Crash proof (issue 17, item 12a; docs/security.md test 7): one writer adds a life domain to the
 * catalog over HTTP, one after the other — each write is a whole new catalog version (a version
 * row plus a copy of every domain) in one transaction — and records every write the app
 * acknowledged (303). Meanwhile, at random moments, either the app is killed with SIGKILL and
 * started again, or PostgreSQL is stopped with `pg_ctl stop -m immediate` and started again
 * (the app keeps running). Then: every acknowledged write must be in the newest version, and
 * every version must be whole (one domain more than the one before, no gaps).
 */
export type CrashUitslag = {
  modus: 'app' | 'database';
  cycles: number;
  acknowledged: number;
  lost: number;
  halfDone: number;
  /** Database cycles after which the same app process (no restart) acknowledged writes again. */
  recoveredWithoutRestart: number;
  /** Times the writer had to log in again (its session cookie was gone after an outage). */
  relogins: number;
  /** Status codes the writer saw while something was down (0 = no answer at all). */
  statusesWhileDown: Record<string, number>;
  seconds: number;
};

const BEHEERDER = 'beheerder@lindewaard.example';

export async function crashProef(options: {
  modus: 'app' | 'database';
  cycles: number;
  root: string;
  log?: (message: string) => void;
}): Promise<CrashUitslag> {
  const began = Date.now();
  const log = options.log ?? (() => {});
  const cluster = await maakCluster(await freePort());
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'redzaam-crash-'));
  const port = await freePort();
  const env = {
    DATABASE_URL: cluster.url,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
    DEMO_DATA: 'true',
    DEFAULT_GEMEENTE: 'demo',
    LOG_LEVEL: process.env.CRASH_LOG_LEVEL ?? 'fatal',
    REDZAAM_MASTER_KEY: randomBytes(32).toString('base64'),
    DATABASE_CONNECT_TIMEOUT_MS: '2000',
    DATABASE_STATEMENT_TIMEOUT_MS: '10000',
  };
  const startApp = () =>
    startServer({
      name: 'crash-app',
      args: ['--import', 'tsx', 'src/server.ts'],
      cwd: options.root,
      port,
      healthPath: '/healthz',
      env,
    });
  let app: ServerProcess | undefined;
  const writer = new Schrijver(`http://127.0.0.1:${port}`);
  try {
    app = await startApp();
    await writer.login();
    const loop = writer.run();
    for (let cycle = 1; cycle <= options.cycles; cycle++) {
      await slaap(300 + Math.random() * 1200);
      const voor = writer.acked.length;
      writer.down = true;
      if (options.modus === 'app') {
        process.kill(app.pid, 'SIGKILL');
        await slaap(Math.random() * 300);
        app = await startApp();
      } else {
        await cluster.stopImmediate();
        await slaap(200 + Math.random() * 800);
        await cluster.start();
      }
      writer.down = false;
      const pid = app.pid;
      // Serving again: the writer's next acknowledged write, from the same process for a database cycle.
      const terug = await writer.waitForAckAfter(voor, 60_000);
      if (options.modus === 'database' && terug && app.pid === pid) writer.recovered++;
      log(`cycle ${cycle}/${options.cycles} (${options.modus}): ${writer.acked.length} acknowledged so far`);
    }
    writer.stop = true;
    await loop;
    await app.stop();
    const { lost, halfDone } = await controleer(cluster, writer.acked);
    return {
      modus: options.modus,
      cycles: options.cycles,
      acknowledged: writer.acked.length,
      lost,
      halfDone,
      recoveredWithoutRestart: writer.recovered,
      relogins: writer.relogins,
      statusesWhileDown: writer.statusesWhileDown,
      seconds: (Date.now() - began) / 1000,
    };
  } finally {
    writer.stop = true;
    await app?.stop();
    await cluster.destroy();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The writer: logs in as the demo beheerder, adds domains one by one, keeps the acknowledged ones. */
export class Schrijver {
  acked: string[] = [];
  down = false;
  stop = false;
  recovered = 0;
  relogins = 0;
  statusesWhileDown: Record<string, number> = {};
  private cookies = new Map<string, string>();
  private n = 0;

  constructor(private readonly baseUrl: string) {}

  async login(): Promise<void> {
    this.cookies = (await logIn(this.baseUrl, BEHEERDER, DEMO_PASSWORD)).cookies;
  }

  async run(): Promise<void> {
    while (!this.stop) {
      const status = await this.schrijf().catch((error: unknown) => {
        if (process.env.CRASH_DEBUG)
          console.error('writer:', (error as Error).message, (error as Error).cause);
        return 0;
      });
      if (status !== 303 && this.down)
        this.statusesWhileDown[status] = (this.statusesWhileDown[status] ?? 0) + 1;
      if (status !== 303) await slaap(50);
    }
  }

  async waitForAckAfter(count: number, ms: number): Promise<boolean> {
    const tot = Date.now() + ms;
    while (Date.now() < tot) {
      if (this.acked.length > count) return true;
      await slaap(50);
    }
    return false;
  }

  /** One write: read the form (version, CSRF token), post a new domain. 303 = acknowledged. */
  private async schrijf(): Promise<number> {
    const form = await fetch(`${this.baseUrl}/beheer/levensgebieden`, {
      headers: { accept: 'text/html', cookie: header(this.cookies) },
      signal: AbortSignal.timeout(5_000),
    });
    absorbCookies(form, this.cookies);
    const html = await form.text();
    const versie = /name="catalogus_versie" value="(\d+)"/.exec(html)?.[1];
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if ((form.status === 401 || form.status === 303) && !this.down) {
      // Logged out (a session cookie dropped while something was down): log in again, and count it.
      await this.login();
      this.relogins++;
      return form.status;
    }
    if (form.status !== 200 || !versie || !csrf) return form.status;
    const naam = `Schrijf ${++this.n}`;
    const post = await fetch(`${this.baseUrl}/beheer/levensgebieden`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        accept: 'text/html',
        'content-type': 'application/x-www-form-urlencoded',
        cookie: header(this.cookies),
      },
      body: new URLSearchParams({
        _csrf: csrf,
        catalogus_versie: versie,
        naam,
        uitleg: '',
        icoon: 'ster',
      }).toString(),
      signal: AbortSignal.timeout(5_000),
    });
    absorbCookies(post, this.cookies);
    await post.arrayBuffer();
    if (post.status === 303) this.acked.push(naam);
    return post.status;
  }
}

/** Lost: acknowledged but not in the newest version. Half-done: a version that is not whole. */
async function controleer(cluster: Cluster, acked: string[]): Promise<{ lost: number; halfDone: number }> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ versie: number; aantal: number; namen: string[] }>(
      `select c.versie, count(l.code)::int as aantal, coalesce(array_agg(l.naam) filter (where l.naam is not null), '{}') as namen
         from levensgebied_catalogus c
         join gemeente g on g.id = c.gemeente_id and g.code = 'demo'
         left join levensgebied l on l.gemeente_id = c.gemeente_id and l.catalogus_versie = c.versie
        group by c.versie order by c.versie`,
    );
    const eerste = rows[0];
    const laatste = rows.at(-1);
    if (!eerste || !laatste) return { lost: acked.length, halfDone: 0 };
    const halfDone = rows.filter(
      (r, i) => r.versie !== eerste.versie + i || r.aantal !== eerste.aantal + (r.versie - eerste.versie),
    ).length;
    const nu = new Set(laatste.namen);
    return { lost: acked.filter((naam) => !nu.has(naam)).length, halfDone };
  } finally {
    await client.end();
  }
}

function slaap(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
