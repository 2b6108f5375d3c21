import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../platform/db/schema.js';

/**
 * Row types of the sociale kaart's upkeep (migration 0006), added to the platform's Database by
 * declaration merging. Kept by hand: a migration that changes a table changes its type here in
 * the same commit.
 */
declare module '../../platform/db/schema.js' {
  interface Database {
    sociale_kaart_instelling: SocialeKaartInstellingTable;
    sociale_kaart_controle_link: SocialeKaartControleLinkTable;
    sociale_kaart_melding: SocialeKaartMeldingTable;
  }
}

/** Sociale kaart upkeep (migration 0006): per gemeente, how long an entry may go unchecked. */
export type SocialeKaartInstellingTable = {
  gemeente_id: string;
  controle_maanden: number;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

/** A one-time "kloppen je gegevens nog?" link sent to an organisation; id is the SHA-256 of the token. */
export type SocialeKaartControleLinkTable = {
  id: string;
  gemeente_id: string;
  service_id: string;
  email: string;
  expires_at: ColumnType<Date, Date, never>;
  used_at: Date | null;
  created_at: CreatedAt;
  created_by_account_id: string;
};

/** "Er is iets veranderd": an organisation's note about its entry, for the beheerder. */
export type SocialeKaartMeldingTable = {
  id: Generated<string>;
  gemeente_id: string;
  service_id: string;
  tekst: string;
  email: string;
  created_at: CreatedAt;
  afgehandeld_op: Date | null;
};
