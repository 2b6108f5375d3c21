import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../platform/db/database.js';
import type { Bevoegdheid } from '../platform/extensions/bevoegdheden.js';
import * as q from './queries.js';
import { describeDevice } from './rules.js';

export type SessionSettings = {
  idleMs: number;
  absoluteMs: number;
  now: () => Date;
  /** Production: Secure and __Host- always, even when a proxy does not tell us the request came over TLS. */
  alwaysSecure?: boolean;
};

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The session's second-factor state, read with the session in the same statement (this
     * request's, never cached): the second-factor gate decides from it without a query.
     */
    tweedeFactorStaat: { ingesteld: boolean; sessieVoldaan: boolean; doorInlogdienst: boolean } | undefined;
  }
}

/** Touch last_seen_at at most this often, so a busy page does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

/** 256 bits from the OS's CSPRNG; only its SHA-256 is stored. */
export function newToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function secure(request: FastifyRequest, settings: SessionSettings): boolean {
  return settings.alwaysSecure === true || request.protocol === 'https';
}

/** Secure cookies get the __Host- prefix, which browsers only accept as Secure, Path=/ and host-only. */
export function sessionCookieName(request: FastifyRequest, settings: SessionSettings): string {
  return secure(request, settings) ? '__Host-redzaam-sessie' : 'redzaam-sessie';
}

/** The cookie holding the CSRF secret (@fastify/csrf-protection, registered in app.tsx). */
export function csrfCookieName(production: boolean): string {
  return production ? '__Host-redzaam-csrf' : 'redzaam-csrf';
}

/** A new CSRF secret with a new session state: the next page sets a fresh one. */
function renewCsrf(request: FastifyRequest, reply: FastifyReply, settings: SessionSettings): void {
  const production = settings.alwaysSecure === true;
  reply.clearCookie(csrfCookieName(production), { path: '/', secure: secure(request, settings) });
}

function cookieOptions(request: FastifyRequest, settings: SessionSettings) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: secure(request, settings) };
}

/** Starts a fresh session (a new id at every login: no session fixation) and sets its cookie. */
export async function startSession(
  db: Db,
  settings: SessionSettings,
  request: FastifyRequest,
  reply: FastifyReply,
  account: { id: string; gemeente_id: string },
): Promise<string> {
  const previous = request.cookies[sessionCookieName(request, settings)];
  if (previous) await q.deleteSession(db, hashToken(previous));
  const { token, id } = newToken();
  const now = settings.now();
  await q.insertSession(db, {
    id,
    accountId: account.id,
    gemeenteId: account.gemeente_id,
    now,
    absoluteExpiresAt: new Date(now.getTime() + settings.absoluteMs),
    device: describeDevice(request.headers['user-agent']),
  });
  reply.setCookie(sessionCookieName(request, settings), token, cookieOptions(request, settings));
  renewCsrf(request, reply, settings);
  return id;
}

/** Ends the session on the server (so a replayed cookie is worthless) and clears the cookie. */
export async function endSession(
  db: Db,
  settings: SessionSettings,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  if (request.viewer) await q.deleteSession(db, request.viewer.sessionId);
  reply.clearCookie(sessionCookieName(request, settings), cookieOptions(request, settings));
  renewCsrf(request, reply, settings);
}

/**
 * Puts the logged-in person on every request. Sessions live in the database, so any app
 * instance can serve any request; a revoked or disabled account is out on its next request, and
 * so is a capability flag taken away (`bevoegdheden`, read in the same statement).
 */
export function registerSessionLoading(
  app: FastifyInstance,
  db: Db,
  settings: SessionSettings,
  bevoegdheden: readonly Bevoegdheid[] = [],
): void {
  const findLiveSession = q.liveSessionLezer(bevoegdheden);
  app.decorateRequest('viewer', undefined);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('expiredSessionId', undefined);
  app.decorateRequest('tweedeFactorStaat', undefined);
  app.addHook('onRequest', async (request, reply) => {
    const gemeente = request.gemeente;
    if (!gemeente) return;
    const token = request.cookies[sessionCookieName(request, settings)];
    if (!token) return;
    const now = settings.now();
    const session = await findLiveSession(
      db,
      hashToken(token),
      gemeente.id,
      new Date(now.getTime() - settings.idleMs),
      now,
    );
    if (!session) {
      request.sessionExpired = true;
      request.expiredSessionId = hashToken(token);
      reply.clearCookie(sessionCookieName(request, settings), cookieOptions(request, settings));
      return;
    }
    if (now.getTime() - session.last_seen_at.getTime() > TOUCH_EVERY_MS) {
      await q.touchSession(db, session.session_id, now);
    }
    request.tweedeFactorStaat = {
      ingesteld: Boolean(session.tweede_factor_ingesteld),
      sessieVoldaan: Boolean(session.tweede_factor_at),
      doorInlogdienst: session.tweede_factor_via === 'inlogdienst',
    };
    request.viewer = {
      accountId: session.account_id,
      sessionId: session.session_id,
      gemeenteId: session.gemeente_id,
      naam: session.naam,
      email: session.email,
      rol: session.rol,
      organisatieId: session.organisatie_id,
      organisatieNaam: session.organisatie_naam,
      bevoegdheden: session.bevoegdheden,
    };
  });
}
