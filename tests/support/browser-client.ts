import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { RedzaamApp } from '../../src/app.js';
import { codeVoor, geheimUitPagina, onthoudGeheim } from './tweede-factor.js';

/**
 * Talks to the app in-process the way a browser without JavaScript would: keeps cookies,
 * reads the CSRF token from the last form it saw and posts url-encoded forms.
 */
export class BrowserClient {
  readonly cookies = new Map<string, string>();
  lastHtml = '';

  constructor(
    private readonly app: RedzaamApp,
    private readonly headers: Record<string, string> = {},
  ) {}

  async get(url: string, extra: Partial<InjectOptions> = {}): Promise<LightMyRequestResponse> {
    return this.send({ method: 'GET', url, ...extra });
  }

  /** Posts a form; the CSRF token of the last page is added unless `_csrf` is given. */
  async post(
    url: string,
    form: Record<string, string>,
    extra: Partial<InjectOptions> = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams({ _csrf: this.csrfToken() ?? '', ...form }).toString();
    return this.send({
      method: 'POST',
      url,
      payload: body,
      ...extra,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(extra.headers ?? {}) },
    });
  }

  csrfToken(): string | undefined {
    return /name="_csrf" value="([^"]+)"/.exec(this.lastHtml)?.[1];
  }

  /**
   * Logs in through the form and, like a browser, follows the redirect (the CSRF token is bound
   * to the session, so the login page's token is no good afterwards); when the account has (or
   * must set up) a second factor, completes it like a person with an authenticator app
   * (tests/support/tweede-factor.ts). Returns the response of the password step.
   */
  async login(email: string, password: string): Promise<LightMyRequestResponse> {
    const response = await this.loginWithPasswordOnly(email, password);
    if (response.statusCode === 303) await this.completeSecondFactor(email);
    return response;
  }

  /** Only the password step: the session then still has to pass the second factor. */
  async loginWithPasswordOnly(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/inloggen');
    const response = await this.post('/inloggen', { email, wachtwoord: password });
    if (response.statusCode === 303) await this.get(String(response.headers.location));
    return response;
  }

  /** Recovery codes shown when this client set up a second factor (the last time). */
  recoveryCodes: string[] = [];

  /** Sets up or types the second factor when the app asks for one; nothing when it does not. */
  async completeSecondFactor(email: string): Promise<void> {
    const stap = await this.get('/tweede-factor');
    if (stap.statusCode === 303 && stap.headers.location === '/tweede-factor/instellen') {
      const pagina = await this.get('/tweede-factor/instellen');
      const geheim = geheimUitPagina(pagina.body);
      if (!geheim) throw new Error('no secret on the enrolment page');
      onthoudGeheim(email, geheim);
      const klaar = await this.post('/tweede-factor/instellen', { code: await codeVoor(email, this.app) });
      if (klaar.statusCode !== 200)
        throw new Error(`setting up the second factor failed: ${klaar.statusCode}`);
      this.recoveryCodes = [...klaar.body.matchAll(/<code class="utrecht-code">([A-Z0-9-]+)<\/code>/g)].map(
        (m) => m[1] as string,
      );
    } else if (stap.statusCode === 200) {
      const klaar = await this.post('/tweede-factor', { code: await codeVoor(email, this.app) });
      if (klaar.statusCode !== 303) throw new Error(`the second factor was refused: ${klaar.statusCode}`);
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private async send(options: InjectOptions): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      ...options,
      headers: {
        accept: 'text/html',
        ...this.headers,
        ...(options.headers ?? {}),
        cookie: this.cookieHeader(),
      },
    });
    for (const cookie of response.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired =
        cookie.value === '' ||
        (cookie.expires && cookie.expires.getTime() < Date.now()) ||
        cookie.maxAge === 0;
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    if (String(response.headers['content-type'] ?? '').startsWith('text/html')) this.lastHtml = response.body;
    return response;
  }
}

/**
 * The page without the random values in it — the CSRF token and the CSP nonces, base64 that
 * may hold any short word by chance — for checks that a short name is absent. Everything else
 * stays, attributes such as aria-label included.
 */
export function zonderToeval(html: string): string {
  return html.replace(/(name="_csrf" value=)"[^"]*"/g, '$1""').replace(/\snonce="[^"]*"/g, '');
}
