/**
 * Logs in over real HTTP the way a browser without JavaScript does: GET the form (CSRF
 * token in the HTML, CSRF secret in a cookie), POST it, keep the session cookie. Cookies
 * are handled by hand because Node's fetch has no cookie jar; over plain http the app
 * still marks them Secure in production, which only a browser would enforce.
 */
export type Session = {
  cookies: Map<string, string>;
  cookieHeader: string;
};

export function absorbCookies(response: Response, cookies: Map<string, string>): void {
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';', 1)[0] ?? '';
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = value === '' || /;\s*max-age=0\b/i.test(line) || /expires=thu, 01 jan 1970/i.test(line);
    if (expired) cookies.delete(name);
    else cookies.set(name, value);
  }
}

export function header(cookies: Map<string, string>): string {
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

export async function logIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const cookies = new Map<string, string>();
  const form = await fetch(`${baseUrl}/inloggen`, { headers: { accept: 'text/html' } });
  absorbCookies(form, cookies);
  const html = await form.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (form.status !== 200 || !csrf) {
    throw new Error(`GET /inloggen answered ${form.status} without a CSRF token`);
  }

  const login = await fetch(`${baseUrl}/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      cookie: header(cookies),
    },
    body: new URLSearchParams({ _csrf: csrf, email, wachtwoord: password }).toString(),
  });
  absorbCookies(login, cookies);
  await login.arrayBuffer();
  if (login.status !== 303) {
    throw new Error(`POST /inloggen answered ${login.status}, expected 303 (wrong password or throttled?)`);
  }
  return { cookies, cookieHeader: header(cookies) };
}
