import type { ColumnType } from 'kysely';
import type { CreatedAt } from '../../platform/db/schema.js';

/** Row types of migration 0014's OpenID Connect tables (kept by hand). */
declare module '../../platform/db/schema.js' {
  interface Database {
    oidc_aanvraag: OidcAanvraagTable;
    account_oidc: AccountOidcTable;
  }
}

export type OidcAanvraagTable = {
  /** SHA-256 of the `state` sent to the broker */
  id: string;
  gemeente_id: string;
  dienst: string;
  /** SHA-256 of the cookie that binds the login to the browser that started it */
  browser: string;
  nonce: string;
  code_verifier: string;
  terug: string | null;
  expires_at: ColumnType<Date, Date, never>;
  created_at: CreatedAt;
};

export type AccountOidcTable = {
  gemeente_id: string;
  dienst: string;
  sub: string;
  account_id: string;
  created_at: CreatedAt;
};
