import type { Db } from '../platform/db/database.js';
import type { Viewer } from '../platform/http/request-context.js';
import { loginKeys, loginThrottled } from './login.js';
import { verifyPassword } from './passwords.js';
import * as q from './queries.js';

/**
 * Checking the password of someone who is already logged in (erasing her record, and later
 * changing a password or re-authenticating). Every such check goes through the login's own
 * throttle (account + address, and the address across accounts; rules.ts), so guessing here
 * counts towards the same limit as guessing at the login form, and a success clears the
 * account's count as a login does.
 *
 * A check comes in three steps, because a caller may have to run the middle one inside other
 * work (erasure checks the password inside the door, after the door let her in):
 * `begin` (is she over the limit?), `klopt` (argon2, writes nothing), then `mislukt` or `gelukt`
 * (written outside that work, so undoing the work does not undo the count).
 * `controleerWachtwoord` does all three for a caller without such work. Auditing is the
 * caller's: the door writes the erasure's entry; a caller outside the door passes `registreer`.
 */
export type Wachtwoordpoging = {
  /** Over the limit: do not check; answer 429 with the login's "te vaak" text. */
  teVaak: boolean;
  /** Whether the password is hers (a blocked account or one without a password: never). */
  klopt(wachtwoord: string): Promise<boolean>;
  mislukt(): Promise<void>;
  gelukt(): Promise<void>;
};

export type WachtwoordUitkomst = 'gelukt' | 'onjuist' | 'te-vaak';

export async function beginWachtwoordpoging(
  db: Db,
  now: Date,
  input: { viewer: Pick<Viewer, 'gemeenteId' | 'email'>; clientAddress: string },
): Promise<Wachtwoordpoging> {
  const { viewer } = input;
  const keys = loginKeys(viewer.gemeenteId, viewer.email, input.clientAddress);
  const teVaak = await loginThrottled(db, keys, now);
  // Read now, outside any work: the account is the logged-in person's own.
  const account = teVaak ? undefined : await q.findAccountByEmail(db, viewer.gemeenteId, viewer.email);
  const hash = account && !account.disabled_at ? account.password_hash : null;
  return {
    teVaak,
    klopt: (wachtwoord) => verifyPassword(hash, wachtwoord),
    mislukt: () => q.recordAttempts(db, [keys.account, keys.client], now),
    gelukt: () => q.clearAttempts(db, keys.account),
  };
}

/** The whole check for a caller that runs no other work around it; `registreer` audits the outcome. */
export async function controleerWachtwoord(
  db: Db,
  now: Date,
  input: {
    viewer: Pick<Viewer, 'gemeenteId' | 'email'>;
    clientAddress: string;
    wachtwoord: string;
    registreer: (uitkomst: WachtwoordUitkomst) => Promise<void>;
  },
): Promise<WachtwoordUitkomst> {
  const poging = await beginWachtwoordpoging(db, now, input);
  const uitkomst: WachtwoordUitkomst = poging.teVaak
    ? 'te-vaak'
    : (await poging.klopt(input.wachtwoord))
      ? 'gelukt'
      : 'onjuist';
  if (uitkomst === 'onjuist') await poging.mislukt();
  if (uitkomst === 'gelukt') await poging.gelukt();
  await input.registreer(uitkomst);
  return uitkomst;
}
