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
export const ROLLEN = [
  'inwoner',
  'naaste',
  'professional',
  'beheerder',
  'analist',
  'buur',
  'panelmedewerker',
] as const;
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

/** A durable job (src/platform/jobs, docs/decisions/018). */
export type JobTable = {
  id: Generated<string>;
  name: string;
  /** Idempotency key: at most one job per name and key */
  key: string | null;
  /** Ids and numbers only, never personal text */
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  gemeente_id: string | null;
  status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>;
  run_at: ColumnType<Date, Date | undefined, Date>;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  /** Cron expression of a repeating job */
  schedule: string | null;
  locked_by: string | null;
  locked_until: Date | null;
  /** The error's kind (class or code), never its message */
  last_error: string | null;
  created_at: CreatedAt;
  finished_at: Date | null;
};

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** Every table: the platform's here, each capability's added by its schema.ts (see above). */
export interface Database {
  gemeente: GemeenteTable;
  mail_outbox: MailOutboxTable;
  job: JobTable;
}

export type Gemeente = Selectable<GemeenteTable>;
