import type { FastifyInstance } from 'fastify';

/**
 * Behind a reverse proxy the client's address is in `X-Forwarded-For`, which Fastify only
 * believes with `TRUST_PROXY=true`. Without it every request seems to come from the proxy:
 * login throttling then counts the whole gemeente as one client, and cookies may miss TLS.
 * In production the first request that carries the header while the proxy is not trusted
 * logs one warning (no address, no path: only that it happened).
 */
export function registerProxyWarning(
  app: FastifyInstance,
  options: { production: boolean; trustProxy: boolean },
) {
  if (!options.production || options.trustProxy) return;
  let warned = false;
  app.addHook('onRequest', async (request) => {
    if (warned || request.headers['x-forwarded-for'] === undefined) return;
    warned = true;
    app.log.warn(
      { event: 'proxy-niet-vertrouwd' },
      'Requests arrive with X-Forwarded-For but TRUST_PROXY is not set: every client seems to be the proxy, so login throttling counts them as one. Set TRUST_PROXY=true behind a reverse proxy (docs/configuration.md).',
    );
  });
}
