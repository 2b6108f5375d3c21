import { createHash, randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import type { Inlogdienst, Inlogdiensten } from '../../platform/config-inlogdiensten.js';
import { omgevingsCode } from '../../platform/config-inlogdiensten.js';
import type { Db } from '../../platform/db/database.js';
import type { Gemeente, Rol } from '../../platform/db/schema.js';
import { normalizeEmail } from '../rules.js';
import { noteerGebeurtenis } from '../tweede-factor/queries.js';
import * as q from './queries.js';

/**
 * Logging in through a gemeente's identity broker with OpenID Connect (docs/decisions/021):
 * authorization code flow with PKCE (S256), state and nonce, all kept on the server and bound
 * to the browser that started the login (a cookie whose hash is stored with them), for ten
 * minutes and for one use. `openid-client` does discovery, the token request and the ID token
 * checks (signature, issuer, audience, nonce, expiry). The person is linked to an existing
 * account by a verified claim; no account is ever made here.
 */

export const AANVRAAG_MS = 10 * 60_000;
export const BROWSER_COOKIE = 'redzaam-oidc';

const sha256 = (tekst: string) => createHash('sha256').update(tekst).digest('hex');

export class InlogdienstFout extends Error {
  constructor(readonly reden: 'onbereikbaar' | 'ongeldig') {
    super(reden);
  }
}

export function dienstVoor(
  inlogdiensten: Inlogdiensten | undefined,
  gemeente: Pick<Gemeente, 'code'> | undefined,
) {
  if (!inlogdiensten || !gemeente) return undefined;
  return inlogdiensten.diensten.get(omgevingsCode(gemeente.code));
}

/** Whether this role may not log in with a local password in this gemeente. */
export function wachtwoordUit(
  inlogdiensten: Inlogdiensten | undefined,
  gemeente: Pick<Gemeente, 'code'>,
  rol: Rol,
) {
  return Boolean(inlogdiensten?.wachtwoordUit.get(omgevingsCode(gemeente.code))?.includes(rol));
}

export async function magMetWachtwoord(
  db: Db,
  inlogdiensten: Inlogdiensten | undefined,
  gemeente: Pick<Gemeente, 'id' | 'code'>,
  accountId: string,
): Promise<boolean> {
  const rol = await q.rolVan(db, gemeente.id, accountId);
  return !rol || !wachtwoordUit(inlogdiensten, gemeente, rol);
}

/** Discovery, cached per broker; a failure is not cached, so the next login tries again. */
const configuraties = new Map<string, Promise<client.Configuration>>();

async function configuratie(dienst: Inlogdienst): Promise<client.Configuration> {
  const sleutel = `${dienst.issuer}\u0000${dienst.clientId}`;
  let config = configuraties.get(sleutel);
  if (!config) {
    const url = new URL(dienst.issuer);
    const http = url.protocol === 'http:';
    config = client.discovery(
      url,
      dienst.clientId,
      undefined,
      client.ClientSecretPost(dienst.clientSecret),
      // http only for a broker on localhost outside production (checked in the configuration).
      { ...(http ? { execute: [client.allowInsecureRequests] } : {}), timeout: 10 },
    );
    configuraties.set(sleutel, config);
    config.catch(() => configuraties.delete(sleutel));
  }
  try {
    return await config;
  } catch {
    throw new InlogdienstFout('onbereikbaar');
  }
}

/** Starts a login: stores state, nonce and PKCE verifier, and returns where to send the browser. */
export async function begin(
  db: Db,
  input: {
    dienst: Inlogdienst;
    gemeenteId: string;
    redirectUri: string;
    terug: string | undefined;
    now: Date;
  },
): Promise<{ url: string; browser: string }> {
  const config = await configuratie(input.dienst);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const browser = randomBytes(32).toString('base64url');
  await q.bewaarAanvraag(db, {
    id: sha256(state),
    gemeenteId: input.gemeenteId,
    dienst: input.dienst.gemeenteCode,
    browser: sha256(browser),
    nonce,
    codeVerifier,
    terug: input.terug,
    expiresAt: new Date(input.now.getTime() + AANVRAAG_MS),
  });
  await q.ruimAanvragenOp(db, input.now);
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: input.redirectUri,
    scope: 'openid email',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url: url.href, browser };
}

export type Afloop =
  | { ok: true; account: { id: string; gemeente_id: string }; mfa: boolean; terug: string | undefined }
  | {
      ok: false;
      reden:
        | 'verlopen'
        | 'geweigerd-door-dienst'
        | 'onbereikbaar'
        | 'email-niet-geverifieerd'
        | 'onbekend'
        | 'rol';
    };

/**
 * Finishes a login at the callback. The request must carry the cookie of the browser that
 * started it; state, nonce, PKCE and the ID token are checked by openid-client. Links:
 * - `email`: the ID token's `email` with `email_verified: true`, to the account with that
 *   address in this gemeente;
 * - `sub`: the account this broker's `sub` was linked to; the first time by verified e-mail as
 *   above, after which the `sub` is stored and the address no longer matters.
 * An unknown person gets no account (the beheerder makes one); a blocked account or a role
 * the broker is not configured for is refused.
 */
export async function rondAf(
  db: Db,
  input: {
    dienst: Inlogdienst;
    gemeenteId: string;
    callbackUrl: URL;
    browser: string | undefined;
    now: Date;
  },
): Promise<Afloop> {
  const state = input.callbackUrl.searchParams.get('state') ?? '';
  const aanvraag = await q.neemAanvraag(db, input.gemeenteId, sha256(state), input.now);
  if (
    !aanvraag ||
    !input.browser ||
    aanvraag.browser !== sha256(input.browser) ||
    aanvraag.dienst !== input.dienst.gemeenteCode
  )
    return { ok: false, reden: 'verlopen' };
  let claims: client.IDToken | undefined;
  try {
    const config = await configuratie(input.dienst);
    const tokens = await client.authorizationCodeGrant(config, input.callbackUrl, {
      pkceCodeVerifier: aanvraag.code_verifier,
      expectedState: state,
      expectedNonce: aanvraag.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
    // Claims asked for by scope (email) come from userinfo when an access token is issued
    // (OIDC Core 5.4); openid-client checks that its `sub` is the ID token's.
    if (claims && (claims.email === undefined || claims.email_verified === undefined)) {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      claims = { ...claims, email: info.email, email_verified: info.email_verified };
    }
  } catch (fout) {
    if (fout instanceof InlogdienstFout) return { ok: false, reden: 'onbereikbaar' };
    return { ok: false, reden: 'geweigerd-door-dienst' };
  }
  if (!claims) return { ok: false, reden: 'geweigerd-door-dienst' };
  const sub = claims.sub;
  const verified = claims.email_verified === true && typeof claims.email === 'string';
  let account =
    input.dienst.koppelen === 'sub'
      ? await q.accountOpSub(db, input.gemeenteId, input.dienst.gemeenteCode, sub)
      : undefined;
  let nieuwGekoppeld = false;
  if (!account) {
    if (!verified) return { ok: false, reden: 'email-niet-geverifieerd' };
    account = await q.accountOpEmail(db, input.gemeenteId, normalizeEmail(claims.email as string));
    nieuwGekoppeld = Boolean(account) && input.dienst.koppelen === 'sub';
  }
  if (!account || account.disabled_at) return { ok: false, reden: 'onbekend' };
  if (!input.dienst.rollen.includes(account.rol)) return { ok: false, reden: 'rol' };
  if (nieuwGekoppeld)
    await q.koppelSub(db, {
      gemeenteId: input.gemeenteId,
      dienst: input.dienst.gemeenteCode,
      sub,
      accountId: account.id,
    });
  await noteerGebeurtenis(db, {
    gemeenteId: input.gemeenteId,
    accountId: account.id,
    soort: nieuwGekoppeld ? 'oidc-gekoppeld' : 'oidc-ingelogd',
    now: input.now,
  });
  const amr = Array.isArray(claims.amr) ? claims.amr.map(String) : [];
  const mfa = input.dienst.mfaAmr.some((waarde) => amr.includes(waarde));
  return {
    ok: true,
    account: { id: account.id, gemeente_id: account.gemeente_id },
    mfa,
    terug: aanvraag.terug ?? undefined,
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The identity brokers per gemeente (app.tsx decorates the root instance). */
    inlogdiensten?: Inlogdiensten;
  }
}

/** The name of this gemeente's broker, for the button on the login page; undefined when there is none. */
export function inlogdienstNaam(request: {
  server: { inlogdiensten?: Inlogdiensten };
  gemeente: Pick<Gemeente, 'code'> | undefined;
}): string | undefined {
  return dienstVoor(request.server.inlogdiensten, request.gemeente)?.naam;
}
