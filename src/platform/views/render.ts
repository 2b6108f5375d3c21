import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { csrfBindingVoorNieuwePagina } from '../http/csrf.js';
import type { PageContext } from './page-context.js';

/** Builds the context every page renders with, from the request the platform hooks prepared. */
export function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  const gemeente = request.gemeente;
  const viewer = request.viewer;
  return {
    t: request.t,
    locale: request.locale,
    gemeente: gemeente
      ? { code: gemeente.code, naam: gemeente.naam, hasLogo: Boolean(gemeente.thema.logoSvg) }
      : { code: '', naam: '', hasLogo: false },
    account: viewer ? { naam: viewer.naam, rol: viewer.rol } : undefined,
    csrfToken: reply.generateCsrf({ userInfo: csrfBindingVoorNieuwePagina(request) }),
    nonce: (reply as unknown as { cspNonce?: { script: string } }).cspNonce?.script ?? '',
    path: request.url.split('?')[0] ?? '/',
    menu: request.server.menu?.voor(viewer) ?? [],
  };
}

/** Sends a server-rendered page. Personal pages must never be cached; see the onSend hook in app.ts. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .send(`<!doctype html>${renderToString(page)}`);
}
