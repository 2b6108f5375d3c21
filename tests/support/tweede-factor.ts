import { generate } from 'otplib';

/**
 * The tests' authenticator app: remembers the TOTP secret each test account set up (read from
 * the enrolment page, as a person would scan it) and makes the code a phone would show.
 * Each code works once (the app refuses a time step it has seen), so a second login within
 * the same 30 seconds uses the next step's code, which the app accepts (one step of clock
 * drift); a third waits for the next step. Nothing is switched off for tests.
 */
const geheimen = new Map<string, string>();
const laatsteStap = new Map<string, number>();
const PERIODE_S = 30;

/**
 * The clock of each test app (tests move it forward): the phone's clock goes along. When both
 * codes the app would accept now have been used, the person waits for the next code: the test
 * clock is moved on to it (real time only when there is no test clock).
 */
type Klok = { now(): Date; advance?(ms: number): void };
const klokken = new WeakMap<object, Klok>();
let laatsteKlok: Klok | undefined;
export function gebruikKlok(app: object, klok: Klok): void {
  klokken.set(app, klok);
  laatsteKlok = klok;
}

export function onthoudGeheim(email: string, geheim: string): void {
  geheimen.set(email.toLowerCase(), geheim.replace(/\s/g, ''));
  laatsteStap.delete(email.toLowerCase());
}

export function geheimVan(email: string): string | undefined {
  return geheimen.get(email.toLowerCase());
}

/** The secret as shown on the enrolment page (`<code class="… redzaam-geheim">ABCD EFGH …</code>`). */
export function geheimUitPagina(html: string): string | undefined {
  return /class="utrecht-code redzaam-geheim"[^>]*>([A-Z2-7 ]+)</.exec(html)?.[1]?.replace(/\s/g, '');
}

/** A fresh code for this account, as its phone would show it (never one used before). */
export async function codeVoor(email: string, app?: object): Promise<string> {
  const sleutel = email.toLowerCase();
  const geheim = geheimen.get(sleutel);
  if (!geheim) throw new Error(`no second factor set up by the tests for ${email}`);
  const klok = (app && klokken.get(app)) ?? laatsteKlok ?? { now: () => new Date() };
  const stapNu = () => Math.floor(klok.now().getTime() / 1000 / PERIODE_S);
  const stap = Math.max(stapNu(), (laatsteStap.get(sleutel) ?? -1) + 1);
  while (stap > stapNu() + 1) {
    // Wait for the next code, as a person would.
    const wachtMs = (stap - 1) * PERIODE_S * 1000 - klok.now().getTime() + 1;
    if (klok.advance) klok.advance(wachtMs);
    else await new Promise((resolve) => setTimeout(resolve, Math.min(wachtMs, 1000)));
  }
  laatsteStap.set(sleutel, stap);
  return generate({ secret: geheim, epoch: stap * PERIODE_S });
}
