import type { ColumnType, Generated, Selectable } from 'kysely';

/**
 * Row types of the platform's own tables. Each capability keeps the row types of its tables in
 * its own schema.ts and adds them to Database by declaration merging
 * (`declare module '…/platform/db/schema.js' { interface Database { … } }`), so Db knows every
 * table while the platform names no capability. Kept by hand next to the migrations: a
 * migration that changes a table changes its type in the same commit.
 */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** Roles of accounts (auth's account table); here because the platform's Viewer has one. */
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

/** Every table: the platform's here, each capability's added by its schema.ts (see above). */
export interface Database {
  gemeente: GemeenteTable;
  mail_outbox: MailOutboxTable;
}

export type Gemeente = Selectable<GemeenteTable>;
