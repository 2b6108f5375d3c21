import type { Db } from '../../platform/db/database.js';
import './schema.js';

/** The only SQL of OpenID Connect login. Every query is scoped to one gemeente. */

export async function bewaarAanvraag(
  db: Db,
  input: {
    id: string;
    gemeenteId: string;
    dienst: string;
    browser: string;
    nonce: string;
    codeVerifier: string;
    terug: string | undefined;
    expiresAt: Date;
  },
) {
  await db
    .insertInto('oidc_aanvraag')
    .values({
      id: input.id,
      gemeente_id: input.gemeenteId,
      dienst: input.dienst,
      browser: input.browser,
      nonce: input.nonce,
      code_verifier: input.codeVerifier,
      terug: input.terug ?? null,
      expires_at: input.expiresAt,
    })
    .execute();
}

/** Takes a login request once: a second callback with the same state finds nothing. */
export async function neemAanvraag(db: Db, gemeenteId: string, id: string, now: Date) {
  return db
    .deleteFrom('oidc_aanvraag')
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .returning(['dienst', 'browser', 'nonce', 'code_verifier', 'terug'])
    .executeTakeFirst();
}

export async function ruimAanvragenOp(db: Db, now: Date) {
  await db.deleteFrom('oidc_aanvraag').where('expires_at', '<=', now).execute();
}

export async function accountOpEmail(db: Db, gemeenteId: string, email: string) {
  return db
    .selectFrom('account')
    .select(['id', 'gemeente_id', 'rol', 'disabled_at'])
    .where('gemeente_id', '=', gemeenteId)
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function accountOpSub(db: Db, gemeenteId: string, dienst: string, sub: string) {
  return db
    .selectFrom('account_oidc')
    .innerJoin('account', 'account.id', 'account_oidc.account_id')
    .select(['account.id', 'account.gemeente_id', 'account.rol', 'account.disabled_at'])
    .where('account_oidc.gemeente_id', '=', gemeenteId)
    .where('account_oidc.dienst', '=', dienst)
    .where('account_oidc.sub', '=', sub)
    .executeTakeFirst();
}

export async function koppelSub(
  db: Db,
  input: { gemeenteId: string; dienst: string; sub: string; accountId: string },
) {
  await db
    .insertInto('account_oidc')
    .values({
      gemeente_id: input.gemeenteId,
      dienst: input.dienst,
      sub: input.sub,
      account_id: input.accountId,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function rolVan(db: Db, gemeenteId: string, accountId: string) {
  return (
    await db
      .selectFrom('account')
      .select('rol')
      .where('gemeente_id', '=', gemeenteId)
      .where('id', '=', accountId)
      .executeTakeFirst()
  )?.rol;
}
