import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../platform/db/schema.js';

/** Row types of migration 0014's second-factor and account-event tables (kept by hand). */
declare module '../../platform/db/schema.js' {
  interface Database {
    tweede_factor: TweedeFactorTable;
    herstelcode: HerstelcodeTable;
    account_gebeurtenis: AccountGebeurtenisTable;
  }
}

export type TweedeFactorTable = {
  account_id: string;
  gemeente_id: string;
  /** The confirmed TOTP secret, encrypted (sleutelring.versleutelAccountGeheim) */
  geheim: string | null;
  geheim_meester_id: string | null;
  /** A secret being set up, until its first code is typed */
  nieuw_geheim: string | null;
  nieuw_meester_id: string | null;
  /** The last TOTP time step accepted: each code works once */
  laatste_stap: ColumnType<string | null, number | null | undefined, number | null>;
  bevestigd_at: Date | null;
  created_at: CreatedAt;
};

export type HerstelcodeTable = {
  id: Generated<string>;
  account_id: string;
  gemeente_id: string;
  /** argon2id PHC string of the code */
  hash: string;
  gebruikt_at: Date | null;
  created_at: CreatedAt;
};

export const GEBEURTENISSEN = [
  'tweede-factor-ingesteld',
  'tweede-factor-gelukt',
  'tweede-factor-mislukt',
  'tweede-factor-te-vaak',
  'herstelcode-gebruikt',
  'herstelcode-mislukt',
  'tweede-factor-gereset',
  'oidc-ingelogd',
  'oidc-gekoppeld',
] as const;
export type Gebeurtenis = (typeof GEBEURTENISSEN)[number];

export type AccountGebeurtenisTable = {
  id: Generated<string>;
  gemeente_id: string;
  account_id: string;
  /** Who did it when it was someone else (a beheerder's reset) */
  door_account_id: string | null;
  soort: Gebeurtenis;
  occurred_at: ColumnType<Date, Date, never>;
};
