import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';
import { vasteStatement } from '../platform/db/vast.js';
import type { Bevoegdheid } from '../platform/extensions/bevoegdheden.js';
import type { AccountTokenTable, NewAccount } from './schema.js';

/** The only SQL of the auth capability. Every query is scoped to one gemeente. */

export async function findAccountByEmail(db: Db, gemeenteId: string, email: string) {
  return db
    .selectFrom('account')
    .select(['id', 'gemeente_id', 'naam', 'email', 'rol', 'password_hash', 'disabled_at'])
    .where('gemeente_id', '=', gemeenteId)
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function insertAccount(db: Db, account: NewAccount) {
  return db
    .insertInto('account')
    .values(account)
    .returning(['id', 'naam', 'email', 'rol'])
    .executeTakeFirstOrThrow();
}

export async function listAccounts(db: Db, gemeenteId: string) {
  return db
    .selectFrom('account')
    .leftJoin('organisatie', 'organisatie.id', 'account.organisatie_id')
    .select([
      'account.id',
      'account.naam',
      'account.email',
      'account.rol',
      'account.disabled_at',
      sql<boolean>`account.password_hash is not null`.as('has_password'),
      'organisatie.naam as organisatie_naam',
    ])
    .where('account.gemeente_id', '=', gemeenteId)
    .orderBy('account.naam')
    .execute();
}

export async function disableAccount(
  db: Db,
  gemeenteId: string,
  accountId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('account')
    .set({ disabled_at: now, updated_at: now })
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', accountId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setPasswordHash(
  db: Db,
  gemeenteId: string,
  accountId: string,
  hash: string,
  now: Date,
) {
  await db
    .updateTable('account')
    .set({ password_hash: hash, updated_at: now })
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', accountId)
    .execute();
}

export async function listOrganisaties(db: Db, gemeenteId: string) {
  return db
    .selectFrom('organisatie')
    .select(['id', 'naam'])
    .where('gemeente_id', '=', gemeenteId)
    .orderBy('naam')
    .execute();
}

export async function findOrganisatie(db: Db, gemeenteId: string, organisatieId: string) {
  return db
    .selectFrom('organisatie')
    .select(['id', 'naam'])
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', organisatieId)
    .executeTakeFirst();
}

// --- sessions ---

export async function insertSession(
  db: Db,
  session: {
    id: string;
    accountId: string;
    gemeenteId: string;
    now: Date;
    absoluteExpiresAt: Date;
    device: string;
  },
) {
  await db
    .insertInto('session')
    .values({
      id: session.id,
      account_id: session.accountId,
      gemeente_id: session.gemeenteId,
      created_at: session.now,
      last_seen_at: session.now,
      absolute_expires_at: session.absoluteExpiresAt,
      device: session.device,
    })
    .execute();
}

/**
 * The live session with its account, in one fixed statement (platform/db/vast.ts): the first
 * query of every logged-in request. A live session is not past either timeout, its account is
 * not disabled, same gemeente. It also brings the session's second-factor state (the
 * second-factor gate needs it on every request: no second round trip) and, per registered
 * capability flag (platform/extensions/bevoegdheden.ts, decision 031 addendum), whether the account holds
 * it — one `exists` on the capability's table by its primary key, in the same statement.
 */
function liveSessionStatement(bevoegdheden: readonly Bevoegdheid[]) {
  return vasteStatement((db, p: { sessionId: string; gemeenteId: string; idleSince: Date; now: Date }) =>
    db
      .selectFrom('session')
      .innerJoin('account', (join) =>
        join
          .onRef('account.id', '=', 'session.account_id')
          .onRef('account.gemeente_id', '=', 'session.gemeente_id'),
      )
      .leftJoin('organisatie', 'organisatie.id', 'account.organisatie_id')
      .leftJoin('tweede_factor', 'tweede_factor.account_id', 'session.account_id')
      .select([
        'session.id as session_id',
        'session.last_seen_at',
        'session.tweede_factor_at',
        'session.tweede_factor_via',
        sql<boolean>`tweede_factor.geheim is not null`.as('tweede_factor_ingesteld'),
        'account.id as account_id',
        'account.gemeente_id',
        'account.naam',
        'account.email',
        'account.rol',
        'account.organisatie_id',
        'organisatie.naam as organisatie_naam',
      ])
      .select(
        bevoegdheden.map((b, i) =>
          sql<boolean>`exists (select 1 from ${sql.table(b.tabel)} as vlag where vlag.gemeente_id = account.gemeente_id and vlag.account_id = account.id)`.as(
            `bevoegdheid_${i}`,
          ),
        ),
      )
      .where('session.id', '=', p.sessionId)
      .where('session.gemeente_id', '=', p.gemeenteId)
      .where('session.last_seen_at', '>', p.idleSince)
      .where('session.absolute_expires_at', '>', p.now)
      .where('account.disabled_at', 'is', null),
  );
}

/**
 * Builds the session lookup for the capability flags registered at start-up (once per app); it
 * returns the live session with `bevoegdheden`, the names of the flags the account holds.
 */
export function liveSessionLezer(bevoegdheden: readonly Bevoegdheid[]) {
  const statement = liveSessionStatement(bevoegdheden);
  return async (db: Db, sessionId: string, gemeenteId: string, idleSince: Date, now: Date) => {
    const rij = await statement.eerste(db, { sessionId, gemeenteId, idleSince, now });
    if (!rij) return undefined;
    const vlaggen = rij as unknown as Record<string, unknown>;
    return {
      ...rij,
      bevoegdheden: bevoegdheden.filter((_b, i) => vlaggen[`bevoegdheid_${i}`] === true).map((b) => b.naam),
    };
  };
}

export async function touchSession(db: Db, sessionId: string, now: Date) {
  await db.updateTable('session').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

export async function deleteSessionOfAccount(db: Db, accountId: string, sessionId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('session')
    .where('id', '=', sessionId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function deleteSessionsOfAccount(db: Db, accountId: string) {
  await db.deleteFrom('session').where('account_id', '=', accountId).execute();
}

/** Removes sessions past either timeout (housekeeping; lookups ignore them anyway). */
export async function deleteExpiredSessions(db: Db, idleSince: Date, now: Date) {
  await db
    .deleteFrom('session')
    .where((eb) => eb.or([eb('absolute_expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
    .execute();
}

export async function listSessionsOfAccount(db: Db, accountId: string, idleSince: Date, now: Date) {
  return db
    .selectFrom('session')
    .select(['id', 'device', 'created_at', 'last_seen_at'])
    .where('account_id', '=', accountId)
    .where('last_seen_at', '>', idleSince)
    .where('absolute_expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

// --- login throttling ---

export async function countRecentAttempts(db: Db, keyHash: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('login_attempt')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('key_hash', '=', keyHash)
    .where('attempted_at', '>', since)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function recordAttempts(db: Db, keyHashes: string[], now: Date) {
  await db
    .insertInto('login_attempt')
    .values(keyHashes.map((key_hash) => ({ key_hash, attempted_at: now })))
    .execute();
}

export async function clearAttempts(db: Db, keyHash: string) {
  await db.deleteFrom('login_attempt').where('key_hash', '=', keyHash).execute();
}

export async function deleteOldAttempts(db: Db, before: Date) {
  await db.deleteFrom('login_attempt').where('attempted_at', '<', before).execute();
}

// --- one-time tokens (password reset, account activation) ---

export async function insertAccountToken(
  db: Db,
  token: {
    id: string;
    accountId: string;
    gemeenteId: string;
    purpose: AccountTokenTable['purpose'];
    expiresAt: Date;
  },
) {
  await db
    .insertInto('account_token')
    .values({
      id: token.id,
      account_id: token.accountId,
      gemeente_id: token.gemeenteId,
      purpose: token.purpose,
      expires_at: token.expiresAt,
    })
    .execute();
}

export async function findUsableToken(db: Db, tokenId: string, gemeenteId: string, now: Date) {
  return db
    .selectFrom('account_token')
    .innerJoin('account', 'account.id', 'account_token.account_id')
    .select(['account_token.id', 'account_token.purpose', 'account.id as account_id', 'account.rol'])
    .where('account_token.id', '=', tokenId)
    .where('account_token.gemeente_id', '=', gemeenteId)
    .where('account_token.used_at', 'is', null)
    .where('account_token.expires_at', '>', now)
    .where('account.disabled_at', 'is', null)
    .executeTakeFirst();
}

/** Marks a token used; false when another request used it first (the row is already taken). */
export async function claimToken(db: Db, tokenId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('account_token')
    .set({ used_at: now })
    .where('id', '=', tokenId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertOrganisatie(db: Db, gemeenteId: string, naam: string): Promise<{ id: string }> {
  return db
    .insertInto('organisatie')
    .values({ gemeente_id: gemeenteId, naam })
    .returning('id')
    .executeTakeFirstOrThrow();
}
