import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * One figure the app reports, read when Prometheus scrapes: the composition root registers
 * these (database pool, audit sealer, job queue) so this module knows no capability. Labels
 * name kinds of things (a status, a state), never a person, a record or a URL.
 */
export type Meting = {
  naam: string;
  help: string;
  labels?: readonly string[];
  lees: () => Promise<{ labels?: Record<string, string>; waarde: number }[]>;
};

export type MetricsOpties = {
  /** METRICS_TOKEN: `Authorization: Bearer <token>` opens /metrics */
  token: string | undefined;
  /** METRICS_ALLOW: networks (CIDR) that may read /metrics without the token */
  allow: readonly string[];
  metingen: readonly Meting[];
};

/** Node's own figures (heap, event loop, GC) once per process: they describe the process, not an app. */
let procesRegister: Registry | undefined;
function procesMetrics(): Registry {
  if (!procesRegister) {
    procesRegister = new Registry();
    collectDefaultMetrics({ register: procesRegister, prefix: 'redzaam_' });
  }
  return procesRegister;
}

/** Seconds buckets for page latency: from a cached asset to a slow PDF. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function netwerken(allow: readonly string[]): BlockList {
  const lijst = new BlockList();
  for (const cidr of allow) {
    const [adres = '', lengte = ''] = cidr.split('/');
    lijst.addSubnet(adres, Number(lengte), isIP(adres) === 6 ? 'ipv6' : 'ipv4');
  }
  return lijst;
}

const sha256 = (tekst: string) => createHash('sha256').update(tekst).digest();

/** Whether this request may read /metrics: the token, or an address in an allowed network. */
export function magMetricsLezen(
  request: Pick<FastifyRequest, 'headers' | 'ip'>,
  token: string | undefined,
  toegestaan: BlockList | undefined,
): boolean {
  const auth = request.headers.authorization;
  if (token && typeof auth === 'string' && auth.startsWith('Bearer ')) {
    // Hashes of equal length: the comparison takes the same time whatever was sent.
    if (timingSafeEqual(sha256(auth.slice('Bearer '.length).trim()), sha256(token))) return true;
  }
  if (!toegestaan) return false;
  const ip = request.ip.startsWith('::ffff:') ? request.ip.slice('::ffff:'.length) : request.ip;
  const versie = isIP(ip);
  return versie !== 0 && toegestaan.check(ip, versie === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Prometheus metrics (docs/decisions/023): request latency and counts per route pattern
 * (`/dossiers/:dossierId`, never the URL), plus the registered figures. /metrics answers only
 * with the token or from an allowed network; to anyone else it is a page that does not exist.
 */
export function registerMetrics(app: FastifyInstance, opties: MetricsOpties): void {
  const register = new Registry();
  const duur = new Histogram({
    name: 'redzaam_http_request_duration_seconds',
    help: 'Time to answer a request, per route pattern, method and status',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: BUCKETS,
    registers: [register],
  });
  const aantal = new Counter({
    name: 'redzaam_http_requests_total',
    help: 'Requests answered, per route pattern, method and status',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [register],
  });
  for (const meting of opties.metingen) {
    new Gauge({
      name: meting.naam,
      help: meting.help,
      labelNames: [...(meting.labels ?? [])],
      registers: [register],
      async collect() {
        this.reset();
        for (const { labels, waarde } of await meting.lees()) {
          if (labels) this.set(labels, waarde);
          else this.set(waarde);
        }
      },
    });
  }

  app.addHook('onResponse', async (request, reply) => {
    // The pattern Fastify matched; a request that matched nothing is counted as one group.
    const route = request.routeOptions.url ?? '(no route)';
    const labels = { method: request.method, route, status_code: String(reply.statusCode) };
    duur.observe(labels, reply.elapsedTime / 1000);
    aantal.inc(labels);
  });

  const toegestaan = opties.allow.length > 0 ? netwerken(opties.allow) : undefined;
  app.get('/metrics', async (request, reply) => {
    if (!magMetricsLezen(request, opties.token, toegestaan)) return reply.callNotFound();
    const proces = procesMetrics();
    const tekst = `${await proces.metrics()}\n${await register.metrics()}`;
    return reply.header('cache-control', 'no-store').type(register.contentType).send(tekst);
  });
}
