import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import type { Gemeente } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { findGemeenteByCode, findGemeenteByHost } from './queries.js';
import { themeCss } from './theme.js';

const CACHE_MS = 30_000;

/** Paths served the same for every gemeente (and before we know which one). */
export function isTenantFree(url: string): boolean {
  const pad = url.split('?')[0] as string;
  // Health checks and metrics answer for the process, and must work while the database is down.
  return (
    pad === '/healthz' || pad.startsWith('/healthz/') || pad === '/metrics' || url.startsWith('/static/')
  );
}

/**
 * A host name as the gemeente table stores it: lower case, without the trailing dot of a fully
 * qualified name (`beekdal.test.` is `beekdal.test`). Anything else stays as it came, so it
 * simply matches nothing.
 */
export function normaliseerHost(hostname: string): string {
  const host = hostname.toLowerCase();
  return host.endsWith('.') && !host.endsWith('..') ? host.slice(0, -1) : host;
}

/**
 * Resolves the tenant of every request from its host name (redzaam.lindewaard.nl). In
 * production an unknown host is a 404 ("Deze gemeente kennen we niet") before anything else
 * runs: never another gemeente's pages, sessions or data. Outside production a host that matches
 * no gemeente gets the default (`DEFAULT_GEMEENTE`, `demo`), for development on localhost;
 * config.ts refuses a default in production. Resolved gemeenten are cached briefly per instance.
 */
export function registerTenantResolution(
  app: FastifyInstance,
  db: Db,
  defaultGemeente: string | undefined,
  production: boolean,
): void {
  const cache = new Map<string, { gemeente: Gemeente | undefined; until: number }>();
  const standaard = production ? undefined : defaultGemeente;

  async function resolve(host: string): Promise<Gemeente | undefined> {
    const hit = cache.get(host);
    if (hit && hit.until > Date.now()) return hit.gemeente;
    const gemeente =
      (await findGemeenteByHost(db, host)) ??
      (standaard ? await findGemeenteByCode(db, standaard) : undefined);
    if (cache.size > 1000) cache.clear();
    cache.set(host, { gemeente, until: Date.now() + CACHE_MS });
    return gemeente;
  }

  app.decorateRequest('gemeente', undefined);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (isTenantFree(request.url)) return;
    const gemeente = await resolve(normaliseerHost(request.hostname));
    if (!gemeente) throw new HttpError('UNKNOWN_GEMEENTE');
    request.gemeente = gemeente;
  });

  app.get('/thema.css', async (request, reply) => {
    const gemeente = request.gemeente as Gemeente;
    return reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(themeCss(gemeente.thema));
  });
  app.get('/thema/logo.svg', async (request, reply) => {
    const logo = (request.gemeente as Gemeente).thema.logoSvg;
    if (!logo) throw new HttpError('NOT_FOUND');
    return reply.type('image/svg+xml').header('cache-control', 'public, max-age=300').send(logo);
  });
}
