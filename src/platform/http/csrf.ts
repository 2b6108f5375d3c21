import type { FastifyRequest } from 'fastify';

/**
 * What a CSRF token is bound to (ASVS 3.5.1): the session id, or "anoniem" before login (the
 * library refuses an empty value; a session id is 64 hex digits, so the two never meet). Pages
 * make their token with it (views/render.ts) and the check reads it (app.tsx), so a token made
 * before login, or under another person's session, does not pass. A session that just ended
 * keeps its id here, so its open forms are answered with the login page, not a CSRF refusal.
 */
export function csrfUserInfo(request: FastifyRequest): string {
  return request.viewer?.sessionId ?? request.expiredSessionId ?? 'anoniem';
}

/**
 * What a new page's token is bound to: the live session, or "anoniem". Never an ended session:
 * a page rendered after the session ended (the login page it leads to) is an anonymous page,
 * and its form is posted without that session's cookie.
 */
export function csrfBindingVoorNieuwePagina(request: FastifyRequest): string {
  return request.viewer?.sessionId ?? 'anoniem';
}
