import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../platform/db/schema.js';

/**
 * Row types of the questionnaires of the levensgebieden section (migration 0008), added to the
 * platform's Database by declaration merging. Kept by hand: a migration that changes a table
 * changes its type here in the same commit.
 */
declare module '../../platform/db/schema.js' {
  interface Database {
    vragenlijst_instelling: VragenlijstInstellingTable;
    vragenlijst_ronde: VragenlijstRondeTable;
    vragenlijst_antwoord: VragenlijstAntwoordTable;
  }
}

/** Questionnaires of the levensgebieden section (src/levensgebieden/vragenlijsten/README.md). */
export type VragenlijstInstellingTable = {
  gemeente_id: string;
  /** The optional positieve-gezondheid lens: off until the beheerder turns it on */
  positieve_gezondheid: ColumnType<boolean, boolean | undefined, boolean>;
  version: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type VragenlijstRondeTable = {
  id: Generated<string>;
  gemeente_id: string;
  dossier_id: string;
  vragenlijst: 'eigen-regie' | 'positieve-gezondheid';
  vragenlijst_versie: string;
  invuller_account_id: string;
  invuller_rol: 'inwoner' | 'professional';
  status: 'concept' | 'ingediend';
  /** The note about the questionnaire as a whole, in the person's own words */
  toelichting: ColumnType<string, string | undefined, string>;
  /** Optimistic locking: a save names the version it saw */
  version: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  ingediend_op: Date | null;
};

export type VragenlijstAntwoordTable = {
  ronde_id: string;
  gemeente_id: string;
  item_code: string;
  /** 1–5 (eigen regie) or 0–10 (positieve gezondheid); null with weet_niet or a note only */
  score: number | null;
  weet_niet: ColumnType<boolean, boolean | undefined, boolean>;
  /** Positieve gezondheid: "hier wil ik over praten" */
  praten: ColumnType<boolean, boolean | undefined, boolean>;
  toelichting: ColumnType<string, string | undefined, string>;
};
