import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { AfgeleideSoort } from '../../platform/crypto/herversleutelen.js';
import { SleutelFout, sleutelring } from '../../platform/crypto/sleutelring.js';
import type { Db } from '../../platform/db/database.js';
import type { Gemeente } from '../../platform/db/schema.js';
import type { Viewer } from '../../platform/http/request-context.js';
import { hashPassword, verifyPassword } from '../passwords.js';
import * as q from './queries.js';
import {
  CODE_MAX_POGINGEN,
  CODE_VENSTER_MS,
  HERSTELCODES_AANTAL,
  herstelcodeUitBytes,
  type Stap,
  tweedeFactorVerplicht,
  volgendeStap,
} from './rules.js';

/**
 * Use cases of the second factor (docs/decisions/022): TOTP (RFC 6238, 30 s, 6 digits, SHA-1 —
 * what every authenticator app does) with `otplib`, plus ten one-time recovery codes. Accounts
 * are not residents' records, so no door here: every function works on the logged-in account
 * itself, or (reset) on an account of the beheerder's own gemeente.
 */

const DOEL = 'totp';
/** One step either side: a phone whose clock is a little off still works. */
const TOLERANTIE_S = 30;
const PERIODE_S = 30;

type Wie = Pick<Viewer, 'accountId' | 'gemeenteId' | 'rol' | 'sessionId'>;

/**
 * `onleesbaar`: the stored secret does not decrypt for this account (a master key missing from
 * the configuration, or a secret copied from another account). No code can pass then; the
 * person gets in with a recovery code or a reset by the beheerder, never with a 500.
 */
export type Uitkomst = { ok: true } | { ok: false; reden: 'onjuist' | 'te-vaak' | 'onleesbaar' };

/** The secret in clear, or undefined when it does not decrypt for this account (see `Uitkomst`). */
function ontsleuteld(viewer: Wie, versleuteld: string, meesterId: string): string | undefined {
  try {
    return sleutelring().ontsleutelAccountGeheim(context(viewer), versleuteld, meesterId);
  } catch (fout) {
    if (fout instanceof SleutelFout) return undefined;
    throw fout;
  }
}

/** What this session still has to do (the gate asks on every request of a logged-in person). */
export async function stapVan(db: Db, viewer: Wie): Promise<Stap> {
  const rij = await q.stapVanSessie(db, viewer.gemeenteId, viewer.sessionId);
  return volgendeStap({
    rol: viewer.rol,
    ingesteld: Boolean(rij?.ingesteld),
    sessieVoldaan: Boolean(rij?.tweede_factor_at),
    doorInlogdienst: rij?.tweede_factor_via === 'inlogdienst',
  });
}

const context = (viewer: Wie) => ({ gemeenteId: viewer.gemeenteId, accountId: viewer.accountId, doel: DOEL });

export type Instelling = { geheim: string; uri: string; qrDataUrl: string };

/**
 * The secret to set up: the one already being set up (a reload shows the same QR code), or a
 * new one (160 bits). It only counts once a code made with it has been typed.
 */
export async function begonnenInstelling(
  db: Db,
  gemeente: Pick<Gemeente, 'naam'>,
  viewer: Wie & Pick<Viewer, 'email'>,
): Promise<Instelling> {
  const rij = await q.leesTweedeFactor(db, viewer.gemeenteId, viewer.accountId);
  // A secret being set up that no longer decrypts is simply replaced: nothing counted on it yet.
  let geheim =
    rij?.nieuw_geheim && rij.nieuw_meester_id
      ? ontsleuteld(viewer, rij.nieuw_geheim, rij.nieuw_meester_id)
      : undefined;
  if (geheim === undefined) {
    geheim = generateSecret();
    const { versleuteld, meesterId } = sleutelring().versleutelAccountGeheim(context(viewer), geheim);
    await q.bewaarNieuwGeheim(db, { ...context(viewer), versleuteld, meesterId });
  }
  const uri = generateURI({ issuer: `Redzaam ${gemeente.naam}`, label: viewer.email, secret: geheim });
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { geheim, uri, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

async function teVaak(db: Db, viewer: Wie, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - CODE_VENSTER_MS);
  if ((await q.recenteMislukkingen(db, viewer.gemeenteId, viewer.accountId, since)) < CODE_MAX_POGINGEN)
    return false;
  await q.noteerGebeurtenis(db, { ...context(viewer), soort: 'tweede-factor-te-vaak', now });
  return true;
}

async function klopt(geheim: string, code: string, now: Date, naStap: number | null) {
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({
    secret: geheim,
    token: code,
    epoch,
    epochTolerance: TOLERANTIE_S,
    ...(naStap !== null ? { afterTimeStep: naStap } : {}),
  });
  // The time step the code belongs to (period 30 s from 0): stored, so it works only once.
  return result.valid ? Math.floor(epoch / PERIODE_S) + result.delta : undefined;
}

/** Finishes setting up: the code must come from the new secret. Returns the recovery codes (shown once). */
export async function bevestigInstelling(
  db: Db,
  viewer: Wie,
  code: string,
  now: Date,
): Promise<
  { ok: true; herstelcodes: string[] } | { ok: false; reden: 'onjuist' | 'te-vaak' | 'niet-begonnen' }
> {
  if (await teVaak(db, viewer, now)) return { ok: false, reden: 'te-vaak' };
  const rij = await q.leesTweedeFactor(db, viewer.gemeenteId, viewer.accountId);
  const geheim =
    rij?.nieuw_geheim && rij.nieuw_meester_id
      ? ontsleuteld(viewer, rij.nieuw_geheim, rij.nieuw_meester_id)
      : undefined;
  if (!rij?.nieuw_geheim || geheim === undefined) return { ok: false, reden: 'niet-begonnen' };
  const stap = await klopt(geheim, code, now, null);
  if (stap === undefined) {
    await q.noteerGebeurtenis(db, { ...context(viewer), soort: 'tweede-factor-mislukt', now });
    return { ok: false, reden: 'onjuist' };
  }
  const herstelcodes = maakHerstelcodes();
  const hashes = await Promise.all(herstelcodes.map((c) => hashPassword(c)));
  const gelukt = await db.transaction().execute(async (trx) => {
    if (
      !(await q.bevestigNieuwGeheim(trx, {
        ...context(viewer),
        versleuteld: rij.nieuw_geheim as string,
        stap,
        now,
      }))
    )
      return false;
    await q.vervangHerstelcodes(trx, { ...context(viewer), hashes });
    await q.markeerSessieVoldaan(trx, viewer.gemeenteId, viewer.sessionId, now);
    await q.noteerGebeurtenis(trx, { ...context(viewer), soort: 'tweede-factor-ingesteld', now });
    return true;
  });
  return gelukt ? { ok: true, herstelcodes } : { ok: false, reden: 'niet-begonnen' };
}

/** The code step at login. Each code works once; wrong codes are counted and recorded. */
export async function controleerCode(db: Db, viewer: Wie, code: string, now: Date): Promise<Uitkomst> {
  if (await teVaak(db, viewer, now)) return { ok: false, reden: 'te-vaak' };
  const rij = await q.leesTweedeFactor(db, viewer.gemeenteId, viewer.accountId);
  const geheim =
    rij?.geheim && rij.geheim_meester_id ? ontsleuteld(viewer, rij.geheim, rij.geheim_meester_id) : undefined;
  if (rij?.geheim && geheim === undefined) {
    await q.noteerGebeurtenis(db, { ...context(viewer), soort: 'tweede-factor-mislukt', now });
    return { ok: false, reden: 'onleesbaar' };
  }
  const naStap = rij?.laatste_stap != null ? Number(rij.laatste_stap) : null;
  const stap = geheim ? await klopt(geheim, code, now, naStap) : undefined;
  const gelukt =
    stap !== undefined &&
    (await db.transaction().execute(async (trx) => {
      if (!(await q.gebruikStap(trx, viewer.gemeenteId, viewer.accountId, stap))) return false;
      await q.markeerSessieVoldaan(trx, viewer.gemeenteId, viewer.sessionId, now);
      await q.noteerGebeurtenis(trx, { ...context(viewer), soort: 'tweede-factor-gelukt', now });
      return true;
    }));
  if (!gelukt) {
    await q.noteerGebeurtenis(db, { ...context(viewer), soort: 'tweede-factor-mislukt', now });
    return { ok: false, reden: 'onjuist' };
  }
  return { ok: true };
}

/**
 * Lost phone: a recovery code lets this session in once, and the old secret stops counting,
 * so the person sets up the new phone next (required roles are sent there by the gate).
 */
export async function gebruikHerstelcode(db: Db, viewer: Wie, code: string, now: Date): Promise<Uitkomst> {
  if (await teVaak(db, viewer, now)) return { ok: false, reden: 'te-vaak' };
  const codes = await q.ongebruikteHerstelcodes(db, viewer.gemeenteId, viewer.accountId);
  let gevonden: string | undefined;
  for (const rij of codes) {
    if (await verifyPassword(rij.hash, code)) {
      gevonden = rij.id;
      break;
    }
  }
  if (codes.length === 0) await verifyPassword(null, code); // the same work when there are none
  const gelukt =
    gevonden !== undefined &&
    (await db.transaction().execute(async (trx) => {
      if (!(await q.gebruikHerstelcode(trx, gevonden as string, now))) return false;
      await q.vergeetGeheim(trx, viewer.gemeenteId, viewer.accountId);
      await q.markeerSessieVoldaan(trx, viewer.gemeenteId, viewer.sessionId, now);
      await q.noteerGebeurtenis(trx, { ...context(viewer), soort: 'herstelcode-gebruikt', now });
      return true;
    }));
  if (!gelukt) {
    await q.noteerGebeurtenis(db, { ...context(viewer), soort: 'herstelcode-mislukt', now });
    return { ok: false, reden: 'onjuist' };
  }
  return { ok: true };
}

function maakHerstelcodes(): string[] {
  const codes = new Set<string>();
  while (codes.size < HERSTELCODES_AANTAL) {
    const code = herstelcodeUitBytes(randomBytes(32));
    if (code) codes.add(code);
  }
  return [...codes];
}

/** The beheerder's overview of the gemeente's accounts and their second factor. */
export async function overzichtVoorBeheerder(db: Db, gemeenteId: string) {
  const accounts = await q.accountsMetTweedeFactor(db, gemeenteId);
  return accounts.map((a) => ({ ...a, verplicht: tweedeFactorVerplicht(a.rol) }));
}

/**
 * A beheerder resets someone's second factor (lost phone and lost codes): the secret and the
 * codes are gone, every session of that account ends, and the reset is recorded with who did it.
 * Only within the beheerder's own gemeente; false when there is no such account.
 */
export async function resetDoorBeheerder(
  db: Db,
  beheerder: Pick<Viewer, 'accountId' | 'gemeenteId'>,
  accountId: string,
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const account = await q.accountInGemeente(trx, beheerder.gemeenteId, accountId);
    if (!account) return false;
    await q.resetTweedeFactor(trx, beheerder.gemeenteId, accountId);
    await q.noteerGebeurtenis(trx, {
      gemeenteId: beheerder.gemeenteId,
      accountId,
      doorAccountId: beheerder.accountId,
      soort: 'tweede-factor-gereset',
      now,
    });
    return true;
  });
}

/** Marks a session as past the second factor without a code: an identity broker asserted MFA (decision 021). */
export async function voldaanDoorInlogdienst(db: Db, gemeenteId: string, sessionId: string, now: Date) {
  await q.markeerSessieVoldaan(db, gemeenteId, sessionId, now, 'inlogdienst');
}

/**
 * Demo data only (src/demo/seed.ts; DEMO_DATA is refused in production): the demo professional
 * and beheerder get a confirmed second factor with the fictional secret printed in the README,
 * so `npm start` works with any authenticator app and nobody has to switch the check off.
 */
export const DEMO_TOTP_GEHEIM = 'LINDEWAARDDEMOTWEEDEFACTOR234567';

export async function stelInVoorDemo(
  db: Db,
  account: { gemeenteId: string; accountId: string },
): Promise<void> {
  const ring = sleutelring();
  const ctx = { ...account, doel: DOEL };
  const { versleuteld, meesterId } = ring.versleutelAccountGeheim(ctx, DEMO_TOTP_GEHEIM);
  await q.bewaarNieuwGeheim(db, { ...account, versleuteld, meesterId });
  await q.bevestigNieuwGeheim(db, { ...account, versleuteld, stap: 0, now: new Date() });
}

/**
 * Second-factor secrets after a master key rotation (docs/decisions/052): each one decrypted under
 * its old master key and encrypted under the current one, confirmed and being-set-up alike.
 */
export const tweedeFactorGeheimen: AfgeleideSoort = {
  naam: 'second-factor secrets',
  telling: (db) => q.geheimenPerMeester(db),
  herversleutel: async (db, max) => {
    const ring = sleutelring();
    const rijen = await q.geheimenNietOnder(db, ring.huidige.id, max);
    for (const r of rijen) {
      const ctx = { gemeenteId: r.gemeente_id, accountId: r.account_id, doel: DOEL };
      const opnieuw = (versleuteld: string | null, meesterId: string | null) =>
        versleuteld === null || meesterId === null
          ? null
          : ring.versleutelAccountGeheim(ctx, ring.ontsleutelAccountGeheim(ctx, versleuteld, meesterId));
      await q.herversleuteldeGeheimen(db, {
        accountId: r.account_id,
        geheim: opnieuw(r.geheim, r.geheim_meester_id),
        nieuw: opnieuw(r.nieuw_geheim, r.nieuw_meester_id),
      });
    }
    return rijen.length;
  },
};
