import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerToelating, type ToelatingStand } from './toelating.js';

/** A real server on a free port: requests that wait until the test lets them go, in order. */
async function server(gelijktijdig: number, wachtrij: number) {
  const app: FastifyInstance = Fastify();
  const stand = registerToelating(app, { gelijktijdig, wachtrij, retryAfterSeconden: 2 }, (reply) =>
    reply.code(503).send('druk'),
  );
  const gestart: string[] = [];
  const loslaten = new Map<string, () => void>();
  app.get('/werk/:naam', async (request) => {
    const { naam } = request.params as { naam: string };
    gestart.push(naam);
    await new Promise<void>((klaar) => loslaten.set(naam, klaar));
    return naam;
  });
  app.get('/healthz/live', async () => 'ok');
  await app.listen({ port: 0, host: '127.0.0.1' });
  const poort = (app.server.address() as AddressInfo).port;
  return { app, stand, gestart, loslaten, poort };
}

type Antwoord = { status: number; body: string; retryAfter: string | undefined };

function vraag(poort: number, pad: string, agent: http.Agent) {
  let req: http.ClientRequest | undefined;
  const antwoord = new Promise<Antwoord>((resolve, reject) => {
    req = http.get({ host: '127.0.0.1', port: poort, path: pad, agent }, (res) => {
      let body = '';
      res.on('data', (deel) => {
        body += deel;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body, retryAfter: res.headers['retry-after'] as string }),
      );
    });
    req.on('error', reject);
  });
  return { antwoord, afbreken: () => req?.destroy() };
}

/** Waits until the server's state satisfies `klopt` (no timing: it polls the state itself). */
async function totdat(klopt: () => boolean): Promise<void> {
  while (!klopt()) await new Promise((r) => setImmediate(r));
}

describe('admission: a few requests at a time, the rest in arrival order', () => {
  let app: FastifyInstance | undefined;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('works on at most N at once, lets the waiting ones in by arrival, and answers 503 + Retry-After when the queue is full', async () => {
    const s = await server(2, 2);
    app = s.app;
    const namen = ['a', 'b', 'c', 'd'];
    const antwoorden: Promise<Antwoord>[] = [];
    for (const naam of namen) {
      antwoorden.push(vraag(s.poort, `/werk/${naam}`, agent).antwoord);
      // Each one arrives before the next, so the queue's order is known.
      await totdat(() => s.stand().bezig + s.stand().wachtend === antwoorden.length);
    }
    expect(s.stand()).toEqual<ToelatingStand>({ bezig: 2, wachtend: 2, geweigerd: 0 });
    expect(s.gestart).toEqual(['a', 'b']);

    const vijfde = await vraag(s.poort, '/werk/e', agent).antwoord;
    expect(vijfde).toEqual({ status: 503, body: 'druk', retryAfter: '2' });
    expect(s.gestart).not.toContain('e');

    // Health checks never wait in the queue.
    expect((await vraag(s.poort, '/healthz/live', agent).antwoord).status).toBe(200);

    // Finishing one lets the longest waiting one in: c before d.
    await totdat(() => s.loslaten.has('b'));
    s.loslaten.get('b')?.();
    await totdat(() => s.gestart.length === 3);
    expect(s.gestart).toEqual(['a', 'b', 'c']);
    s.loslaten.get('a')?.();
    await totdat(() => s.gestart.length === 4);
    expect(s.gestart).toEqual(['a', 'b', 'c', 'd']);
    await totdat(() => s.loslaten.has('c') && s.loslaten.has('d'));
    s.loslaten.get('c')?.();
    s.loslaten.get('d')?.();

    const klaar = await Promise.all(antwoorden);
    expect(klaar.map((a) => `${a.status} ${a.body}`)).toEqual(['200 a', '200 b', '200 c', '200 d']);
    await totdat(() => s.stand().bezig === 0);
    expect(s.stand()).toEqual<ToelatingStand>({ bezig: 0, wachtend: 0, geweigerd: 1 });
  });

  it('drops a waiting request whose client went away: it is never worked on and frees its place', async () => {
    const s = await server(1, 5);
    app = s.app;
    const eerste = vraag(s.poort, '/werk/eerste', agent);
    await totdat(() => s.stand().bezig === 1);
    const weg = vraag(s.poort, '/werk/weg', new http.Agent());
    weg.antwoord.catch(() => undefined);
    await totdat(() => s.stand().wachtend === 1);
    const derde = vraag(s.poort, '/werk/derde', agent);
    await totdat(() => s.stand().wachtend === 2);

    weg.afbreken();
    await totdat(() => s.stand().wachtend === 1);
    await totdat(() => s.loslaten.has('eerste'));
    s.loslaten.get('eerste')?.();
    await totdat(() => s.loslaten.has('derde'));
    s.loslaten.get('derde')?.();

    expect((await eerste.antwoord).body).toBe('eerste');
    expect((await derde.antwoord).body).toBe('derde');
    expect(s.gestart).toEqual(['eerste', 'derde']);
    await totdat(() => s.stand().bezig === 0);
    expect(s.stand()).toEqual<ToelatingStand>({ bezig: 0, wachtend: 0, geweigerd: 0 });
  });
});
