import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HttpError } from './errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Form or query fields this route accepts more than once (a group of check boxes sharing
     * one name, such as `wie_helpt`). Every other field must come exactly once.
     */
    herhaalbaar?: readonly string[];
    persoonsgegevens?: boolean;
    openbaar?: boolean;
  }
}

/**
 * Control characters no person types: NUL, the rest of C0, DEL and C1. Tab, line feed and
 * carriage return stay allowed (a textarea sends CR LF).
 */
const STUURTEKEN = /(?![\t\n\r])\p{Cc}/u;

const schoon = z.string().refine((tekst) => !STUURTEKEN.test(tekst), { message: 'stuurteken' });

/** One field's value: text, or (the route decides whether that is allowed) a list of texts. */
const waarde = z.union([schoon, z.array(schoon)]);

/** Query strings, path parameters and form bodies: flat, names and values plain text. */
const velden = z.record(schoon, waarde);

export type InvoerFout = { waar: 'query' | 'params' | 'body'; veld: string; reden: string };

/**
 * Checks one part of a request against the schema: a flat map of text values, no control
 * characters, and a value repeated only where the route declared the field `herhaalbaar`.
 * Returns the first problem, or undefined.
 */
export function controleerVelden(
  waar: InvoerFout['waar'],
  invoer: unknown,
  herhaalbaar: ReadonlySet<string>,
): InvoerFout | undefined {
  if (invoer === undefined || invoer === null) return undefined;
  // Most requests carry no query, parameters or body at all: nothing to check, no schema to run.
  if (isLeegObject(invoer)) return undefined;
  const result = velden.safeParse(invoer);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { waar, veld: String(issue?.path[0] ?? ''), reden: issue?.message ?? 'ongeldig' };
  }
  for (const [naam, value] of Object.entries(result.data)) {
    if (Array.isArray(value) && !herhaalbaar.has(naam)) return { waar, veld: naam, reden: 'herhaald' };
  }
  return undefined;
}

function isLeegObject(invoer: unknown): boolean {
  if (typeof invoer !== 'object' || invoer === null) return false;
  const proto = Object.getPrototypeOf(invoer);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const _ in invoer) return false;
  return Object.getOwnPropertySymbols(invoer).length === 0;
}

/** The first problem with a request's query, path parameters or body, or undefined. */
export function controleerVerzoek(request: FastifyRequest): InvoerFout | undefined {
  const herhaalbaar = new Set(request.routeOptions.config?.herhaalbaar ?? []);
  return (
    controleerVelden('params', request.params, new Set()) ??
    controleerVelden('query', request.query, herhaalbaar) ??
    controleerVelden('body', request.body, herhaalbaar)
  );
}

export type InvoerOpties = {
  /**
   * Called when a request is refused, before the 400 is sent: the composition root uses it to
   * write the refused attempt on a record into the audit trail (the door would have).
   */
  bijWeigering?: (request: FastifyRequest, fout: InvoerFout) => Promise<void>;
};

/**
 * The one schema layer for every route (docs/decisions/006): before any handler runs, the
 * query string, path parameters and body must be flat text without control characters, each
 * field once unless the route declared it `herhaalbaar`. Anything else is a 400 — the Dutch
 * page, or JSON for API clients — so no handler ever sees an array, an object or a NUL byte
 * where it expects a string. Registered on the root, so routes added later are covered too.
 */
export function registerInvoerControle(app: FastifyInstance, opties: InvoerOpties = {}): void {
  app.addHook('preValidation', async (request) => {
    const fout = controleerVerzoek(request);
    if (!fout) return;
    request.log.info({ invoer: { waar: fout.waar, reden: fout.reden } }, 'input refused');
    await opties.bijWeigering?.(request, fout);
    throw new HttpError('BAD_REQUEST', `ongeldige-invoer:${fout.waar}`);
  });
}
