import fastifyHelmet from '@fastify/helmet';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerBeveiligingskoppen } from './beveiligingskoppen.js';

const OPTIES = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: [],
    },
  },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  referrerPolicy: { policy: 'no-referrer' as const },
  crossOriginEmbedderPolicy: false,
};

async function koppen(registreer: (app: ReturnType<typeof Fastify>) => Promise<void>) {
  const app = Fastify();
  await registreer(app);
  app.get('/', async (_request, reply) => reply.cspNonce);
  const eerste = await app.inject({ url: '/' });
  const tweede = await app.inject({ url: '/' });
  await app.close();
  return { eerste, tweede };
}

const zonderNonces = (headers: Record<string, unknown>) => {
  const { date: _date, 'content-length': _lengte, ...rest } = headers;
  return {
    ...rest,
    'content-security-policy': String(rest['content-security-policy']).replace(
      /'nonce-[0-9a-f]+'/g,
      "'nonce-…'",
    ),
  };
};

describe('security headers worked out once', () => {
  it('sends exactly the headers @fastify/helmet sends, with fresh nonces that are in the CSP', async () => {
    const helmet = await koppen(async (app) => {
      await app.register(fastifyHelmet, { enableCSPNonces: true, ...OPTIES });
    });
    const eigen = await koppen(async (app) => registerBeveiligingskoppen(app, OPTIES));
    expect(zonderNonces(eigen.eerste.headers)).toEqual(zonderNonces(helmet.eerste.headers));

    const nonces = [eigen.eerste, eigen.tweede].map((r) => r.json() as { script: string; style: string });
    for (const [i, r] of [eigen.eerste, eigen.tweede].entries()) {
      const csp = String(r.headers['content-security-policy']);
      const nonce = nonces[i] as { script: string; style: string };
      expect(nonce.script).toMatch(/^[0-9a-f]{32}$/);
      expect(csp).toContain(`script-src 'self' 'nonce-${nonce.script}'`);
      expect(csp).toContain(`style-src 'self' 'nonce-${nonce.style}'`);
    }
    const alle = nonces.flatMap((n) => [n.script, n.style]);
    expect(new Set(alle).size).toBe(alle.length);
  });
});
