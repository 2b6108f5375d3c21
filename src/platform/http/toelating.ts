import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Admission: at most `gelijktijdig` requests are worked on at once; the rest wait their turn in
 * arrival order, and beyond `wachtrij` waiting ones a request gets 503 with Retry-After at once.
 *
 * Why (issue 17, load at 500 connections): without it every request starts at once. Cheap pages
 * that need no database then fill the event loop, while each page that does waits behind
 * hundreds of others for every one of its round trips and for a pool connection — in the load
 * test the database pages timed out (10 s) while the login page answered in 30 ms. With a
 * queue in front, the requests being worked on are few, so their round trips come back quickly
 * and hold a pool connection briefly, and every request waits about as long as any other.
 *
 * Health checks and static files are not queued: they use no database and must answer a load
 * balancer even when the queue is full.
 */
export type ToelatingOpties = {
  /** Requests worked on at once (default in config: twice the database pool) */
  gelijktijdig: number;
  /** Requests that may wait; one more gets 503 + Retry-After */
  wachtrij: number;
  /** Seconds a refused client is asked to wait */
  retryAfterSeconden: number;
};

export type ToelatingStand = { bezig: number; wachtend: number; geweigerd: number };

const BUITEN_DE_RIJ = ['/healthz', '/static/', '/metrics'];

export function registerToelating(
  app: FastifyInstance,
  opties: ToelatingOpties,
  weiger: (reply: FastifyReply) => unknown,
): () => ToelatingStand {
  let bezig = 0;
  let geweigerd = 0;
  const wachtend: (() => void)[] = [];

  const volgende = () => {
    bezig--;
    const beurt = wachtend.shift();
    if (beurt) {
      bezig++;
      beurt();
    }
  };

  app.addHook('onRequest', async (request, reply) => {
    const url = request.routeOptions.url ?? request.url;
    if (BUITEN_DE_RIJ.some((prefix) => url.startsWith(prefix))) return;
    // Released exactly once, when the response is done or its connection closed.
    let klaar = false;
    const vrij = () => {
      if (klaar) return;
      klaar = true;
      volgende();
    };
    if (bezig < opties.gelijktijdig) {
      bezig++;
      reply.raw.once('close', vrij);
      return;
    }
    if (wachtend.length >= opties.wachtrij) {
      geweigerd++;
      reply.header('retry-after', String(opties.retryAfterSeconden));
      return weiger(reply);
    }
    await new Promise<void>((door) => {
      wachtend.push(door);
      reply.raw.once('close', () => {
        // Gone before its turn: it leaves the queue and is never worked on.
        const plek = wachtend.indexOf(door);
        if (plek >= 0) wachtend.splice(plek, 1);
        else vrij();
      });
    });
  });

  return () => ({ bezig, wachtend: wachtend.length, geweigerd });
}
