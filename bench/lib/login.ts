/**
 * Logs in over real HTTP the way a browser without JavaScript does: GET the form (CSRF
 * token in the HTML, CSRF secret in a cookie), POST it, keep the session cookie. Cookies
 * are handled by hand because Node's fetch has no cookie jar; over plain http the app
 * still marks them Secure in production, which only a browser would enforce.
 */

import { generate } from 'otplib';
import { DEMO_TOTP_GEHEIM } from '../../src/auth/tweede-factor/tweede-factor.js';
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
  // Professionals and beheerders type a code from their authenticator app (docs/decisions/022).
  const volgende = await fetch(`${baseUrl}${login.headers.get('location') ?? '/'}`, {
    redirect: 'manual',
    headers: { accept: 'text/html', cookie: header(cookies) },
  });
  absorbCookies(volgende, cookies);
  await volgende.arrayBuffer();
  if (volgende.headers.get('location')?.startsWith('/tweede-factor'))
    await tweedeStap(baseUrl, cookies, email);
  return { cookies, cookieHeader: header(cookies) };
}

const PERIODE_S = 30;
const laatsteStap = new Map<string, number>();

/**
 * The second step with the demo accounts' fictional TOTP key (README), as a phone would show
 * it: every code works once, so a second login within the same 30 s takes the next step's
 * code (the app allows one step of drift) and a third waits for the step after.
 */
async function tweedeStap(baseUrl: string, cookies: Map<string, string>, email: string): Promise<void> {
  const stapNu = () => Math.floor(Date.now() / 1000 / PERIODE_S);
  const stap = Math.max(stapNu(), (laatsteStap.get(email) ?? -1) + 1);
  while (stap > stapNu() + 1) await new Promise((resolve) => setTimeout(resolve, 1000));
  laatsteStap.set(email, stap);
  const code = await generate({ secret: DEMO_TOTP_GEHEIM, epoch: stap * PERIODE_S });
  const form = await fetch(`${baseUrl}/tweede-factor`, {
    headers: { accept: 'text/html', cookie: header(cookies) },
  });
  absorbCookies(form, cookies);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (form.status !== 200 || !csrf)
    throw new Error(`GET /tweede-factor answered ${form.status} without a CSRF token`);
  const antwoord = await fetch(`${baseUrl}/tweede-factor`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      cookie: header(cookies),
    },
    body: new URLSearchParams({ _csrf: csrf, code }).toString(),
  });
  absorbCookies(antwoord, cookies);
  await antwoord.arrayBuffer();
  if (antwoord.status !== 303)
    throw new Error(`POST /tweede-factor answered ${antwoord.status}, expected 303`);
}
