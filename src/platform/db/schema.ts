import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * Row types of the tables that migrations/ creates. Kept by hand next to the migrations:
 * a migration that changes a table changes its type here in the same commit.
 */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export const ROLLEN = ['inwoner', 'naaste', 'professional', 'beheerder', 'analist'] as const;
export type Rol = (typeof ROLLEN)[number];

export type GemeenteTable = {
  id: Generated<string>;
  code: string;
  naam: string;
  /** Host names this gemeente is served on, e.g. redzaam.lindewaard.nl */
  hostnames: ColumnType<string[], string[] | undefined, string[]>;
  /** NL Design System token overrides and logo, see platform/theme.ts */
  thema: ColumnType<ThemaSettings, string | ThemaSettings, string | ThemaSettings>;
  created_at: CreatedAt;
};

export type ThemaSettings = {
  /** CSS custom properties (design tokens) without the leading "--", e.g. "utrecht-button-primary-action-background-color" */
  tokens?: Record<string, string>;
  /** Inline SVG logo, sanitised by the beheerder tooling; served from /thema/logo.svg */
  logoSvg?: string;
};

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

export type MailOutboxTable = {
  id: Generated<string>;
  gemeente_id: string;
  to_address: string;
  subject: string;
  /** Emptied once sent: a queued reset link must not outlive its delivery in the database */
  body: string;
  created_at: CreatedAt;
  sent_at: Date | null;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, Date | undefined, Date>;
};

export type Database = {
  gemeente: GemeenteTable;
  organisatie: OrganisatieTable;
  account: AccountTable;
  session: SessionTable;
  account_token: AccountTokenTable;
  login_attempt: LoginAttemptTable;
  mail_outbox: MailOutboxTable;
};

export type Gemeente = Selectable<GemeenteTable>;
export type Account = Selectable<AccountTable>;
export type NewAccount = Insertable<AccountTable>;
