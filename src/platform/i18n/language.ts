import type { FastifyInstance } from 'fastify';
import { formString } from '../http/body.js';
import { safeReturnPath } from '../http/redirect.js';
import { DEFAULT_LOCALE, isLocale, translator } from './i18n.js';

const COOKIE = 'taal';
const ONE_YEAR_S = 365 * 24 * 3600;

/**
 * The language of every request: the "taal" cookie, else Dutch. Kept in a cookie rather
 * than the session so the choice also holds before logging in.
 */
export function registerLanguage(app: FastifyInstance, alwaysSecure: boolean): void {
  app.decorateRequest('locale', DEFAULT_LOCALE);
  app.decorateRequest('t', translator(DEFAULT_LOCALE));
  app.addHook('onRequest', async (request) => {
    const chosen = request.cookies[COOKIE];
    if (isLocale(chosen) && chosen !== DEFAULT_LOCALE) {
      request.locale = chosen;
      request.t = translator(chosen);
    }
  });

  app.post('/taal', { preValidation: app.csrfProtection }, async (request, reply) => {
    const taal = formString(request.body, 'taal');
    const terug = safeReturnPath(formString(request.body, 'terug')) ?? '/';
    const locale = isLocale(taal) ? taal : DEFAULT_LOCALE;
    reply.setCookie(COOKIE, locale, {
      path: '/',
      maxAge: ONE_YEAR_S,
      sameSite: 'lax',
      httpOnly: true,
      secure: alwaysSecure || request.protocol === 'https',
    });
    return reply.redirect(terug, 303);
  });
}
