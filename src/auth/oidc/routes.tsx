import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Inlogdiensten } from '../../platform/config-inlogdiensten.js';
import type { Db } from '../../platform/db/database.js';
import { formString } from '../../platform/http/body.js';
import { HttpError } from '../../platform/http/errors.js';
import { safeReturnPath } from '../../platform/http/redirect.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { baseUrlFor } from '../account-links.js';
import { gemeenteOf } from '../routes.js';
import { type SessionSettings, startSession } from '../sessions.js';
import { voldaanDoorInlogdienst } from '../tweede-factor/tweede-factor.js';
import { AANVRAAG_MS, BROWSER_COOKIE, begin, dienstVoor, InlogdienstFout, rondAf } from './oidc.js';
import { type FoutReden, OidcFoutPage } from './pages/oidc-pages.js';

export type OidcDeps = {
  db: Db;
  sessions: SessionSettings;
  inlogdiensten: Inlogdiensten;
  publicUrl: string | undefined;
};

const STATUS: Record<FoutReden, number> = {
  verlopen: 400,
  'geweigerd-door-dienst': 400,
  onbereikbaar: 503,
  'email-niet-geverifieerd': 403,
  onbekend: 403,
  rol: 403,
};

export async function oidcRoutes(app: FastifyInstance, deps: OidcDeps): Promise<void> {
  const { db } = deps;
  const now = deps.sessions.now;
  const redirectUri = (request: FastifyRequest) =>
    `${baseUrlFor(gemeenteOf(request), deps.publicUrl, `${request.protocol}://${request.host}`)}/inloggen/oidc/terug`;
  const cookieOpties = (request: FastifyRequest) => ({
    path: '/inloggen/oidc',
    httpOnly: true,
    // Lax: the broker sends the browser back with a top-level GET, which carries Lax cookies.
    sameSite: 'lax' as const,
    secure: deps.sessions.alwaysSecure === true || request.protocol === 'https',
    maxAge: AANVRAAG_MS / 1000,
  });
  const fout = (request: FastifyRequest, reply: FastifyReply, reden: FoutReden) =>
    sendPage(reply, <OidcFoutPage ctx={pageContext(request, reply)} reden={reden} />, STATUS[reden]);

  app.post('/inloggen/oidc', { preValidation: app.csrfProtection }, async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const dienst = dienstVoor(deps.inlogdiensten, gemeente);
    if (!dienst) throw new HttpError('NOT_FOUND');
    try {
      const { url, browser } = await begin(db, {
        dienst,
        gemeenteId: gemeente.id,
        redirectUri: redirectUri(request),
        terug: safeReturnPath(formString(request.body, 'terug')),
        now: now(),
      });
      reply.setCookie(BROWSER_COOKIE, browser, cookieOpties(request));
      return reply.redirect(url, 303);
    } catch (error) {
      if (error instanceof InlogdienstFout) return fout(request, reply, 'onbereikbaar');
      throw error;
    }
  });

  app.get('/inloggen/oidc/terug', async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const dienst = dienstVoor(deps.inlogdiensten, gemeente);
    if (!dienst) throw new HttpError('NOT_FOUND');
    const browser = request.cookies[BROWSER_COOKIE];
    reply.clearCookie(BROWSER_COOKIE, cookieOpties(request));
    // The URL the broker sent the browser to, rebuilt from our own base URL (never the Host header alone).
    const callbackUrl = new URL(request.url, redirectUri(request));
    const afloop = await rondAf(db, { dienst, gemeenteId: gemeente.id, callbackUrl, browser, now: now() });
    if (!afloop.ok) return fout(request, reply, afloop.reden);
    // The same session as after a password (decision 004); the broker's MFA may count as the second factor.
    const sessionId = await startSession(db, deps.sessions, request, reply, afloop.account);
    if (afloop.mfa) await voldaanDoorInlogdienst(db, gemeente.id, sessionId, now());
    return reply.redirect(afloop.terug ?? '/mijn-overzicht', 303);
  });
}
