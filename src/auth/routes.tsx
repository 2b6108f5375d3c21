import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Db } from '../platform/db/database.js';
import type { Gemeente } from '../platform/db/schema.js';
import { formString } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import { safeReturnPath } from '../platform/http/redirect.js';
import type { Viewer } from '../platform/http/request-context.js';
import type { Mailer } from '../platform/mail/mailer.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { baseUrlFor, findUsableLink, setPasswordWithToken } from './account-links.js';
import { attemptLogin } from './login.js';
import { inlogdienstNaam, magMetWachtwoord } from './oidc/oidc.js';
import { ForgotPasswordPage } from './pages/forgot-password-page.js';
import { LoginPage } from './pages/login-page.js';
import { SessionsPage } from './pages/sessions-page.js';
import { LinkInvalidPage, SetPasswordPage } from './pages/set-password-page.js';
import { requestPasswordReset } from './password-reset.js';
import * as q from './queries.js';
import { forgotPasswordForm, LOGIN_WINDOW_MS, loginForm, setPasswordForm } from './rules.js';
import { endSession, hashToken, type SessionSettings, startSession } from './sessions.js';

export type AuthDeps = {
  db: Db;
  sessions: SessionSettings;
  mailer: Mailer;
  publicUrl: string | undefined;
};

function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

/**
 * Guards a route: without a live session the login page is answered in place (401), with
 * a note when the session ran out, and the person returns here after logging in.
 */
export const requireLogin: preHandlerAsyncHookHandler = async (request, reply) => {
  if (request.viewer) return;
  if (wantsJson(request)) throw new HttpError('UNAUTHENTICATED');
  const ctx = pageContext(request, reply);
  const terug = request.method === 'GET' ? safeReturnPath(request.url) : undefined;
  return sendPage(
    reply,
    <LoginPage
      ctx={ctx}
      terug={terug}
      inlogdienst={inlogdienstNaam(request)}
      {...(request.sessionExpired
        ? { notice: { type: 'info' as const, key: 'inloggen.sessie-verlopen' as const } }
        : {})}
    />,
    401,
  );
};

/** Guards a route for some roles only; everyone else gets the generic 403 page. */
export function requireRole(...roles: Viewer['rol'][]): preHandlerAsyncHookHandler[] {
  return [
    requireLogin,
    async (request) => {
      if (!request.viewer || !roles.includes(request.viewer.rol)) throw new HttpError('FORBIDDEN');
    },
  ];
}

export function viewerOf(request: FastifyRequest): Viewer {
  if (!request.viewer) throw new HttpError('UNAUTHENTICATED');
  return request.viewer;
}

export function gemeenteOf(request: FastifyRequest): Gemeente {
  if (!request.gemeente) throw new HttpError('UNKNOWN_GEMEENTE');
  return request.gemeente;
}

export async function authRoutes(app: FastifyInstance, deps: AuthDeps): Promise<void> {
  const { db } = deps;
  const now = deps.sessions.now;
  const csrf = { preValidation: app.csrfProtection };
  // Login, reset and set-password read and change an account's credentials: in the access matrix.
  const persoonsgegevens = { persoonsgegevens: true };

  app.get('/inloggen', { config: persoonsgegevens }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const terug = safeReturnPath(query.terug);
    if (request.viewer) return reply.redirect(terug ?? '/mijn-overzicht', 303);
    const ctx = pageContext(request, reply);
    const notice =
      query.uitgelogd !== undefined
        ? ({ type: 'ok', key: 'inloggen.uitgelogd' } as const)
        : query.wachtwoord === 'ingesteld'
          ? ({ type: 'ok', key: 'inloggen.wachtwoord-ingesteld' } as const)
          : undefined;
    return sendPage(
      reply,
      <LoginPage
        ctx={ctx}
        terug={terug}
        inlogdienst={inlogdienstNaam(request)}
        {...(notice ? { notice } : {})}
      />,
    );
  });

  app.post('/inloggen', { ...csrf, config: persoonsgegevens }, async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const terug = safeReturnPath(formString(request.body, 'terug'));
    const form = parseForm(loginForm, request.body, request.t);
    const email = formString(request.body, 'email') ?? '';
    if (!form.ok) {
      return sendPage(
        reply,
        <LoginPage
          ctx={pageContext(request, reply)}
          email={email}
          errors={form.errors}
          terug={terug}
          inlogdienst={inlogdienstNaam(request)}
        />,
        400,
      );
    }
    const result = await attemptLogin(db, now(), {
      gemeenteId: gemeente.id,
      email: form.data.email,
      password: form.data.wachtwoord,
      clientAddress: request.ip,
    });
    if (!result.ok) {
      const throttled = result.reason === 'te-vaak';
      const notice = throttled
        ? ({
            type: 'error',
            key: 'inloggen.fout.te-vaak',
            values: { minuten: LOGIN_WINDOW_MS / 60_000 },
          } as const)
        : ({ type: 'error', key: 'inloggen.fout.onjuist' } as const);
      if (throttled) reply.header('retry-after', String(LOGIN_WINDOW_MS / 1000));
      return sendPage(
        reply,
        <LoginPage
          ctx={pageContext(request, reply)}
          email={email}
          notice={notice}
          terug={terug}
          inlogdienst={inlogdienstNaam(request)}
        />,
        throttled ? 429 : 401,
      );
    }
    // Local passwords switched off for this role in this gemeente (src/auth/oidc): only after a right password.
    const naam = inlogdienstNaam(request);
    if (naam && !(await magMetWachtwoord(db, request.server.inlogdiensten, gemeente, result.account.id))) {
      const notice = { type: 'error', key: 'oidc.wachtwoord-uit', values: { naam } } as const;
      return sendPage(
        reply,
        <LoginPage
          ctx={pageContext(request, reply)}
          email={email}
          notice={notice}
          terug={terug}
          inlogdienst={naam}
        />,
        403,
      );
    }
    await startSession(db, deps.sessions, request, reply, result.account);
    return reply.redirect(terug ?? '/mijn-overzicht', 303);
  });

  app.post('/uitloggen', csrf, async (request, reply) => {
    await endSession(db, deps.sessions, request, reply);
    return reply.redirect('/inloggen?uitgelogd', 303);
  });

  app.get('/wachtwoord-vergeten', { config: persoonsgegevens }, async (request, reply) =>
    sendPage(reply, <ForgotPasswordPage ctx={pageContext(request, reply)} />),
  );

  app.post('/wachtwoord-vergeten', { ...csrf, config: persoonsgegevens }, async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const form = parseForm(forgotPasswordForm, request.body, request.t);
    if (!form.ok) {
      const email = formString(request.body, 'email') ?? '';
      return sendPage(
        reply,
        <ForgotPasswordPage ctx={pageContext(request, reply)} email={email} errors={form.errors} />,
        400,
      );
    }
    const { queued } = await requestPasswordReset(db, now(), {
      gemeente,
      email: form.data.email,
      locale: request.locale,
      baseUrl: baseUrlFor(gemeente, deps.publicUrl, `${request.protocol}://${request.host}`),
      clientAddress: request.ip,
    });
    if (queued) deps.mailer.kick();
    // The same page whatever happened: it must not tell whether the address is known.
    return sendPage(reply, <ForgotPasswordPage ctx={pageContext(request, reply)} sent />);
  });

  app.get('/wachtwoord-instellen/:token', { config: persoonsgegevens }, async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const { token } = request.params as { token: string };
    const link = await findUsableLink(db, gemeente.id, hashOf(token), now());
    const ctx = pageContext(request, reply);
    reply.header('referrer-policy', 'no-referrer');
    if (!link) return sendPage(reply, <LinkInvalidPage ctx={ctx} />, 410);
    return sendPage(reply, <SetPasswordPage ctx={ctx} token={token} purpose={link.purpose} />);
  });

  app.post('/wachtwoord-instellen/:token', { ...csrf, config: persoonsgegevens }, async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const { token } = request.params as { token: string };
    const tokenId = hashOf(token);
    const link = await findUsableLink(db, gemeente.id, tokenId, now());
    if (!link) return sendPage(reply, <LinkInvalidPage ctx={pageContext(request, reply)} />, 410);
    const form = parseForm(setPasswordForm, request.body, request.t);
    if (!form.ok) {
      return sendPage(
        reply,
        <SetPasswordPage
          ctx={pageContext(request, reply)}
          token={token}
          purpose={link.purpose}
          errors={form.errors}
        />,
        400,
      );
    }
    const done = await setPasswordWithToken(db, now(), {
      gemeenteId: gemeente.id,
      tokenId,
      password: form.data.wachtwoord,
    });
    if (!done) return sendPage(reply, <LinkInvalidPage ctx={pageContext(request, reply)} />, 410);
    return reply.redirect('/inloggen?wachtwoord=ingesteld', 303);
  });

  app.get(
    '/mijn-sessies',
    { preHandler: requireLogin, config: { persoonsgegevens: true } },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const t = now();
      const sessions = await q.listSessionsOfAccount(
        db,
        viewer.accountId,
        new Date(t.getTime() - deps.sessions.idleMs),
        t,
      );
      const ended = (request.query as Record<string, string | undefined>).beeindigd !== undefined;
      return sendPage(
        reply,
        <SessionsPage
          ctx={pageContext(request, reply)}
          sessions={sessions}
          currentId={viewer.sessionId}
          ended={ended}
        />,
      );
    },
  );

  app.post(
    '/mijn-sessies/:id/beeindigen',
    { ...csrf, preHandler: requireLogin, config: { persoonsgegevens: true } },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { id } = request.params as { id: string };
      // Only one's own sessions: another account's id simply matches nothing.
      const ended = await q.deleteSessionOfAccount(db, viewer.accountId, id);
      if (!ended) throw new HttpError('NOT_FOUND');
      if (id === viewer.sessionId) return reply.redirect('/inloggen?uitgelogd', 303);
      return reply.redirect('/mijn-sessies?beeindigd', 303);
    },
  );
}

function hashOf(token: string): string {
  // Tokens are base64url; anything else cannot be ours and must not reach the database.
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return '';
  return hashToken(token);
}
