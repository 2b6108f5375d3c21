import { randomFillSync } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

declare module 'fastify' {
  interface FastifyReply {
    /** This response's CSP nonces (fresh per response), as @fastify/helmet named them. */
    cspNonce: { script: string; style: string };
  }
}

/** Stand-ins for the nonces while helmet builds the header once; replaced per response. */
const SCRIPT = 'NONCE0SCRIPT0PLAATSHOUDER';
const STYLE = 'NONCE0STYLE0PLAATSHOUDER';

type Kop = { naam: string; waarde: string };

/**
 * The security headers helmet would set, worked out once: helmet runs at start-up on a dummy
 * response with stand-in nonces, and what it set is kept. The Content-Security-Policy is kept as
 * parts around the stand-ins.
 */
export function kopVoorbeeld(options: HelmetOptions): {
  vast: Kop[];
  csp: { naam: string; delen: string[] };
} {
  const gezet = new Map<string, string>();
  const res = {
    setHeader: (naam: string, waarde: string | number | string[]) => {
      gezet.set(naam, Array.isArray(waarde) ? waarde.join(', ') : String(waarde));
    },
    removeHeader: (naam: string) => gezet.delete(naam),
    getHeader: () => undefined,
  } as unknown as ServerResponse;
  const csp = options.contentSecurityPolicy;
  if (!csp || csp === true || !csp.directives) throw new Error('security headers: CSP directives required');
  const directives = { ...csp.directives };
  const met = (lijst: unknown, nonce: string) => [
    ...((lijst as string[] | undefined) ?? []),
    `'nonce-${nonce}'`,
  ];
  directives.scriptSrc = met(directives.scriptSrc, SCRIPT);
  directives.styleSrc = met(directives.styleSrc, STYLE);
  let fout: unknown;
  helmet({ ...options, contentSecurityPolicy: { ...csp, directives } })(
    {} as IncomingMessage,
    res,
    (error?: unknown) => {
      fout = error;
    },
  );
  if (fout) throw fout;
  const cspNaam = [...gezet.keys()].find((naam) => /^content-security-policy(-report-only)?$/i.test(naam));
  if (!cspNaam) throw new Error('security headers: helmet set no CSP');
  const cspWaarde = gezet.get(cspNaam) as string;
  gezet.delete(cspNaam);
  const [voor, midden] = cspWaarde.split(`'nonce-${SCRIPT}'`);
  const [tussen, na] = (midden ?? '').split(`'nonce-${STYLE}'`);
  if (voor === undefined || tussen === undefined || na === undefined) {
    throw new Error('security headers: nonces not found in the CSP');
  }
  return {
    vast: [...gezet].map(([naam, waarde]) => ({ naam, waarde })),
    csp: { naam: cspNaam, delen: [voor, tussen, na] },
  };
}

/**
 * Random bytes from the operating system's CSPRNG, fetched 4 KiB at a time: one system call
 * per 128 responses instead of two per response. Every byte is handed out once.
 */
const POOL = Buffer.alloc(4096);
let positie = POOL.length;

function willekeurig(bytes: number): Buffer {
  if (positie + bytes > POOL.length) {
    randomFillSync(POOL);
    positie = 0;
  }
  const stuk = POOL.subarray(positie, positie + bytes);
  positie += bytes;
  // A copy, so a later refill cannot change a nonce still in use.
  return Buffer.from(stuk);
}

/**
 * Every response gets helmet's security headers and a Content-Security-Policy with its own two
 * nonces (128 bits each, as @fastify/helmet makes them; `reply.cspNonce`). Replaces
 * registering @fastify/helmet, which built the whole helmet middleware again on every request
 * (issue 20): the headers are the same, byte for byte, only worked out once.
 */
export function registerBeveiligingskoppen(app: FastifyInstance, options: HelmetOptions): void {
  const { vast, csp } = kopVoorbeeld(options);
  const [voor, tussen, na] = csp.delen as [string, string, string];
  app.decorateReply('cspNonce', undefined as unknown as { script: string; style: string });
  app.addHook('onRequest', (_request, reply, done) => {
    const bytes = willekeurig(32);
    const script = bytes.toString('hex', 0, 16);
    const style = bytes.toString('hex', 16, 32);
    reply.cspNonce = { script, style };
    const raw = reply.raw;
    for (const kop of vast) raw.setHeader(kop.naam, kop.waarde);
    raw.removeHeader('X-Powered-By');
    raw.setHeader(csp.naam, `${voor}'nonce-${script}'${tussen}'nonce-${style}'${na}`);
    done();
  });
}
