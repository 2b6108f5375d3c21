import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { CreatedAt, Rol } from '../platform/db/schema.js';

/**
 * Row types of the accounts, their organisations, sessions, one-time links and login attempts
 * (migration 0001), added to the platform's Database by declaration merging. Kept by hand: a
 * migration that changes a table changes its type here in the same commit.
 */
declare module '../platform/db/schema.js' {
  interface Database {
    organisatie: OrganisatieTable;
    account: AccountTable;
    session: SessionTable;
    account_token: AccountTokenTable;
    login_attempt: LoginAttemptTable;
  }
}

export type OrganisatieTable = {
  id: Generated<string>;
  gemeente_id: string;
  naam: string;
  created_at: CreatedAt;
};

export type AccountTable = {
  id: Generated<string>;
  gemeente_id: string;
  email: string;
  naam: string;
  rol: Rol;
  organisatie_id: string | null;
  /** argon2id PHC string; null until the account holder sets a password via the activation link */
  password_hash: string | null;
  disabled_at: Date | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type SessionTable = {
  /** SHA-256 of the cookie token: a database leak does not hand out live sessions */
  id: string;
  account_id: string;
  gemeente_id: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date, Date>;
  absolute_expires_at: ColumnType<Date, Date, never>;
  /** Coarse description ("Chrome op Android") so people recognise their own sessions */
  device: string;
  /** When this session passed the second factor (migration 0014; src/auth/tweede-factor/) */
  tweede_factor_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** How it passed: our own code (or a recovery code), or the identity broker's MFA (migration 0023) */
  tweede_factor_via: ColumnType<
    'code' | 'inlogdienst' | null,
    'code' | 'inlogdienst' | null | undefined,
    'code' | 'inlogdienst' | null
  >;
};

export type AccountTokenTable = {
  id: string;
  account_id: string;
  gemeente_id: string;
  purpose: 'wachtwoord-herstel' | 'activatie';
  expires_at: ColumnType<Date, Date, never>;
  used_at: Date | null;
  created_at: CreatedAt;
};

export type LoginAttemptTable = {
  id: Generated<string>;
  /** SHA-256 of gemeente + e-mail + client address; no plain e-mail or IP is stored */
  key_hash: string;
  attempted_at: ColumnType<Date, Date, never>;
};

export type Account = Selectable<AccountTable>;
export type NewAccount = Insertable<AccountTable>;
