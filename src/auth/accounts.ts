import type { Db } from '../platform/db/database.js';
import type { Gemeente, Rol } from '../platform/db/schema.js';
import type { Locale, MessageKey } from '../platform/i18n/i18n.js';
import { sendAccountLink } from './account-links.js';
import { hashPassword } from './passwords.js';
import * as q from './queries.js';

export type NewAccountInput = {
  gemeente: Gemeente;
  naam: string;
  email: string;
  rol: Rol;
  organisatieId: string | undefined;
  locale: Locale;
  baseUrl: string;
  /**
   * Runs in the account's own transaction, right after it is written: what a layer above
   * makes with an account (regie: a resident's record, so no GET ever has to make it).
   */
  naAanmaken?: (trx: Db, account: { id: string; rol: Rol }) => Promise<void>;
};

export type CreateAccountResult =
  | { ok: true; accountId: string }
  | { ok: false; field: string; error: MessageKey };

const UNIQUE_VIOLATION = '23505';

/**
 * A beheerder creates an account: the account and its activation e-mail are written in one
 * transaction. The account holder chooses their own password through the link.
 */
export async function createAccount(db: Db, now: Date, input: NewAccountInput): Promise<CreateAccountResult> {
  if (input.organisatieId && !(await q.findOrganisatie(db, input.gemeente.id, input.organisatieId))) {
    // An organisation id from another gemeente (or made up) is refused like an empty choice.
    return { ok: false, field: 'organisatie', error: 'veld.fout.organisatie-nodig' };
  }
  try {
    const accountId = await db.transaction().execute(async (trx) => {
      const account = await q.insertAccount(trx, {
        gemeente_id: input.gemeente.id,
        naam: input.naam,
        email: input.email,
        rol: input.rol,
        organisatie_id: input.organisatieId ?? null,
        password_hash: null,
      });
      await input.naAanmaken?.(trx, { id: account.id, rol: input.rol });
      await sendAccountLink(trx, now, {
        gemeente: input.gemeente,
        account,
        purpose: 'activatie',
        locale: input.locale,
        baseUrl: input.baseUrl,
      });
      return account.id;
    });
    return { ok: true, accountId };
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
      return { ok: false, field: 'email', error: 'veld.fout.email-bestaat' };
    }
    throw error;
  }
}

/**
 * Someone invited by a resident makes their own naaste account from the invitation link:
 * the address is the one the invitation was sent to, so it needs no activation mail.
 */
export async function createInvitedAccount(
  db: Db,
  input: { gemeenteId: string; naam: string; email: string; password: string },
): Promise<{ ok: true; account: { id: string; gemeente_id: string } } | { ok: false }> {
  const hash = await hashPassword(input.password);
  try {
    const account = await q.insertAccount(db, {
      gemeente_id: input.gemeenteId,
      naam: input.naam,
      email: input.email,
      rol: 'naaste',
      organisatie_id: null,
      password_hash: hash,
    });
    return { ok: true, account: { id: account.id, gemeente_id: input.gemeenteId } };
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return { ok: false };
    throw error;
  }
}

/** Blocks an account and ends all its sessions at once (ASVS 7.4.2). */
export async function blockAccount(
  db: Db,
  now: Date,
  gemeenteId: string,
  accountId: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const blocked = await q.disableAccount(trx, gemeenteId, accountId, now);
    if (blocked) await q.deleteSessionsOfAccount(trx, accountId);
    return blocked;
  });
}

export const listAccounts = q.listAccounts;
export const listOrganisaties = q.listOrganisaties;
export const findAccountByEmail = q.findAccountByEmail;
