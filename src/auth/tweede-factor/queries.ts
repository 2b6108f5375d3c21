import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Gebeurtenis } from './schema.js';

/** The only SQL of the second factor. Every query is scoped to one gemeente. */

/** What the gate needs per request: has this session passed, and is a secret set up? */
export async function stapVanSessie(db: Db, gemeenteId: string, sessionId: string) {
  return db
    .selectFrom('session')
    .leftJoin('tweede_factor', 'tweede_factor.account_id', 'session.account_id')
    .select([
      'session.tweede_factor_at',
      'session.tweede_factor_via',
      sql<boolean>`tweede_factor.geheim is not null`.as('ingesteld'),
    ])
    .where('session.gemeente_id', '=', gemeenteId)
    .where('session.id', '=', sessionId)
    .executeTakeFirst();
}

export async function markeerSessieVoldaan(
  db: Db,
  gemeenteId: string,
  sessionId: string,
  now: Date,
  via: 'code' | 'inlogdienst' = 'code',
) {
  await db
    .updateTable('session')
    .set({ tweede_factor_at: now, tweede_factor_via: via })
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', sessionId)
    .execute();
}

export async function leesTweedeFactor(db: Db, gemeenteId: string, accountId: string) {
  return db
    .selectFrom('tweede_factor')
    .selectAll()
    .where('gemeente_id', '=', gemeenteId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

/** Stores a secret being set up; a confirmed one stays valid until the new one is confirmed. */
export async function bewaarNieuwGeheim(
  db: Db,
  input: { gemeenteId: string; accountId: string; versleuteld: string; meesterId: string },
) {
  await db
    .insertInto('tweede_factor')
    .values({
      account_id: input.accountId,
      gemeente_id: input.gemeenteId,
      nieuw_geheim: input.versleuteld,
      nieuw_meester_id: input.meesterId,
    })
    .onConflict((oc) =>
      oc
        .column('account_id')
        .doUpdateSet({ nieuw_geheim: input.versleuteld, nieuw_meester_id: input.meesterId }),
    )
    .execute();
}

/**
 * Makes the new secret the confirmed one, if it is still the one the code was checked
 * against (a second tab that started again in between makes this match nothing).
 */
export async function bevestigNieuwGeheim(
  db: Db,
  input: { gemeenteId: string; accountId: string; versleuteld: string; stap: number; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('tweede_factor')
    .set((eb) => ({
      geheim: eb.ref('nieuw_geheim'),
      geheim_meester_id: eb.ref('nieuw_meester_id'),
      nieuw_geheim: null,
      nieuw_meester_id: null,
      laatste_stap: input.stap,
      bevestigd_at: input.now,
    }))
    .where('gemeente_id', '=', input.gemeenteId)
    .where('account_id', '=', input.accountId)
    .where('nieuw_geheim', '=', input.versleuteld)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records the time step of an accepted code, only if it is later than the last one (no replay, also not in parallel). */
export async function gebruikStap(
  db: Db,
  gemeenteId: string,
  accountId: string,
  stap: number,
): Promise<boolean> {
  const result = await db
    .updateTable('tweede_factor')
    .set({ laatste_stap: stap })
    .where('gemeente_id', '=', gemeenteId)
    .where('account_id', '=', accountId)
    .where('geheim', 'is not', null)
    .where((eb) => eb.or([eb('laatste_stap', 'is', null), eb('laatste_stap', '<', String(stap))]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** After a recovery code: the old phone's secret no longer counts; a new one must be set up. */
export async function vergeetGeheim(db: Db, gemeenteId: string, accountId: string) {
  await db
    .updateTable('tweede_factor')
    .set({ geheim: null, geheim_meester_id: null, bevestigd_at: null })
    .where('gemeente_id', '=', gemeenteId)
    .where('account_id', '=', accountId)
    .execute();
}

export async function vervangHerstelcodes(
  db: Db,
  input: { gemeenteId: string; accountId: string; hashes: string[] },
) {
  await db
    .deleteFrom('herstelcode')
    .where('gemeente_id', '=', input.gemeenteId)
    .where('account_id', '=', input.accountId)
    .execute();
  await db
    .insertInto('herstelcode')
    .values(
      input.hashes.map((hash) => ({ gemeente_id: input.gemeenteId, account_id: input.accountId, hash })),
    )
    .execute();
}

export async function ongebruikteHerstelcodes(db: Db, gemeenteId: string, accountId: string) {
  return db
    .selectFrom('herstelcode')
    .select(['id', 'hash'])
    .where('gemeente_id', '=', gemeenteId)
    .where('account_id', '=', accountId)
    .where('gebruikt_at', 'is', null)
    .execute();
}

/** Uses a recovery code once: a second request with the same code matches nothing. */
export async function gebruikHerstelcode(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('herstelcode')
    .set({ gebruikt_at: now })
    .where('id', '=', id)
    .where('gebruikt_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A beheerder's reset: secret and recovery codes gone, every session of the account ended. */
export async function resetTweedeFactor(db: Db, gemeenteId: string, accountId: string): Promise<void> {
  await db
    .deleteFrom('tweede_factor')
    .where('gemeente_id', '=', gemeenteId)
    .where('account_id', '=', accountId)
    .execute();
  await db
    .deleteFrom('herstelcode')
    .where('gemeente_id', '=', gemeenteId)
    .where('account_id', '=', accountId)
    .execute();
  await db
    .deleteFrom('session')
    .where('gemeente_id', '=', gemeenteId)
    .where('account_id', '=', accountId)
    .execute();
}

export async function noteerGebeurtenis(
  db: Db,
  input: { gemeenteId: string; accountId: string; soort: Gebeurtenis; now: Date; doorAccountId?: string },
) {
  await db
    .insertInto('account_gebeurtenis')
    .values({
      gemeente_id: input.gemeenteId,
      account_id: input.accountId,
      door_account_id: input.doorAccountId ?? null,
      soort: input.soort,
      occurred_at: input.now,
    })
    .execute();
}

export async function gebeurtenissenVan(db: Db, gemeenteId: string, accountId: string) {
  return db
    .selectFrom('account_gebeurtenis')
    .select(['soort', 'occurred_at', 'door_account_id'])
    .where('gemeente_id', '=', gemeenteId)
    .where('account_id', '=', accountId)
    .orderBy('occurred_at')
    .execute();
}

/** The beheerder's overview: every account of the gemeente with whether a second factor is set up. */
export async function accountsMetTweedeFactor(db: Db, gemeenteId: string) {
  return db
    .selectFrom('account')
    .leftJoin('tweede_factor', 'tweede_factor.account_id', 'account.id')
    .select([
      'account.id',
      'account.naam',
      'account.email',
      'account.rol',
      sql<boolean>`tweede_factor.geheim is not null`.as('ingesteld'),
    ])
    .where('account.gemeente_id', '=', gemeenteId)
    .where('account.disabled_at', 'is', null)
    .orderBy('account.naam')
    .execute();
}

export async function accountInGemeente(db: Db, gemeenteId: string, accountId: string) {
  return db
    .selectFrom('account')
    .select(['id', 'naam', 'rol'])
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', accountId)
    .executeTakeFirst();
}

/** Wrong codes (TOTP or recovery) since the window began and since the last success: the throttle. */
export async function recenteMislukkingen(db: Db, gemeenteId: string, accountId: string, since: Date) {
  const laatsteSucces = db
    .selectFrom('account_gebeurtenis')
    .select((eb) => eb.fn.max('occurred_at').as('t'))
    .where('gemeente_id', '=', gemeenteId)
    .where('account_id', '=', accountId)
    .where('soort', 'in', [
      'tweede-factor-gelukt',
      'tweede-factor-ingesteld',
      'herstelcode-gebruikt',
      'tweede-factor-gereset',
    ]);
  const rij = await db
    .selectFrom('account_gebeurtenis')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('gemeente_id', '=', gemeenteId)
    .where('account_id', '=', accountId)
    .where('soort', 'in', ['tweede-factor-mislukt', 'herstelcode-mislukt'])
    .where('occurred_at', '>', since)
    .where((eb) => eb.or([eb(laatsteSucces, 'is', null), eb('occurred_at', '>', laatsteSucces)]))
    .executeTakeFirstOrThrow();
  return Number(rij.n);
}

// --- after a master key rotation (docs/decisions/052) ---------------------------------------------

/** How many secrets (confirmed and being set up) are stored under which master key. */
export async function geheimenPerMeester(db: Db) {
  const rijen = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('tweede_factor')
        .select('geheim_meester_id as meester_id')
        .where('geheim', 'is not', null)
        .unionAll(
          eb
            .selectFrom('tweede_factor')
            .select('nieuw_meester_id as meester_id')
            .where('nieuw_geheim', 'is not', null),
        )
        .as('g'),
    )
    .select(['g.meester_id', sql<number>`count(*)::int`.as('aantal')])
    .groupBy('g.meester_id')
    .orderBy('g.meester_id')
    .execute();
  return rijen.map((r) => ({ meesterId: r.meester_id, aantal: r.aantal }));
}

/** Rows with a secret not under this master key, locked for re-encryption (others skip them). */
export async function geheimenNietOnder(db: Db, meesterId: string, max: number) {
  return db
    .selectFrom('tweede_factor')
    .select(['account_id', 'gemeente_id', 'geheim', 'geheim_meester_id', 'nieuw_geheim', 'nieuw_meester_id'])
    .where((eb) =>
      eb.or([
        eb.and([eb('geheim', 'is not', null), eb('geheim_meester_id', '!=', meesterId)]),
        eb.and([eb('nieuw_geheim', 'is not', null), eb('nieuw_meester_id', '!=', meesterId)]),
      ]),
    )
    .orderBy('account_id')
    .limit(max)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Stores the re-encrypted secrets of one account (the row is locked by `geheimenNietOnder`). */
export async function herversleuteldeGeheimen(
  db: Db,
  input: {
    accountId: string;
    geheim: { versleuteld: string; meesterId: string } | null;
    nieuw: { versleuteld: string; meesterId: string } | null;
  },
) {
  await db
    .updateTable('tweede_factor')
    .set({
      geheim: input.geheim?.versleuteld ?? null,
      geheim_meester_id: input.geheim?.meesterId ?? null,
      nieuw_geheim: input.nieuw?.versleuteld ?? null,
      nieuw_meester_id: input.nieuw?.meesterId ?? null,
    })
    .where('account_id', '=', input.accountId)
    .execute();
}
