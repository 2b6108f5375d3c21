import { randomUUID } from 'node:crypto';

/** What a proxy's request id may look like: short, no spaces or markup (it is logged and shown). */
const VEILIG = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The id of a request: a fresh UUID, unique over processes and restarts. An `x-request-id`
 * from the proxy in front is used instead only when that proxy is trusted (TRUST_PROXY) and
 * the id looks like one, so a client cannot choose what lands in the logs.
 */
export function requestIdVan(header: string | string[] | undefined, vertrouwProxy: unknown): string {
  if (vertrouwProxy && typeof header === 'string' && VEILIG.test(header)) return header;
  return randomUUID();
}
