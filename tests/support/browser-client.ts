import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { RedzaamApp } from '../../src/app.js';

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
   * Logs in and, like a browser, follows the redirect: the CSRF token is bound to the session,
   * so the login page's token is no good afterwards and the next page gives a fresh one.
   * Returns the login's own answer.
   */
  async login(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/inloggen');
    const response = await this.post('/inloggen', { email, wachtwoord: password });
    if (response.statusCode === 303) await this.get(String(response.headers.location));
    return response;
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
