import type { Gemeente, Rol } from '../db/schema.js';
import type { Locale, Translate } from '../i18n/i18n.js';

/** The logged-in person, as the auth module puts it on the request. */
export type Viewer = {
  accountId: string;
  sessionId: string;
  gemeenteId: string;
  naam: string;
  email: string;
  rol: Rol;
  organisatieId: string | null;
  organisatieNaam: string | null;
  /**
   * The capability flags this account holds (platform/extensions/bevoegdheden.ts), read with the
   * session in the same statement on every request; never cached between requests.
   */
  bevoegdheden: readonly string[];
};

declare module 'fastify' {
  interface FastifyRequest {
    /** The tenant this request is for, resolved from the host name. Undefined only on /healthz and /static. */
    gemeente: Gemeente | undefined;
    locale: Locale;
    t: Translate;
    viewer: Viewer | undefined;
    /** True when the request carried a session cookie that is no longer valid */
    sessionExpired: boolean;
    /**
     * The id of that ended session: a form filled in before it ended still passes the CSRF
     * check, so the person gets the login page (401) rather than "het formulier is verlopen".
     */
    expiredSessionId: string | undefined;
  }
}
