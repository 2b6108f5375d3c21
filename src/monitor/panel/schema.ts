import type { ColumnType } from 'kysely';

/**
 * Row types of the monitor's panel (migration 0030), added to the platform's Database by
 * declaration merging. Kept by hand: a migration that changes a table changes its type here.
 */
declare module '../../platform/db/schema.js' {
  interface Database {
    panel_lid: PanelLidTable;
    peiling: PeilingTable;
    peiling_uitnodiging: PeilingUitnodigingTable;
    peiling_uitgenodigd: PeilingUitgenodigdTable;
    peiling_inzending: PeilingInzendingTable;
    peiling_antwoord: PeilingAntwoordTable;
    peiling_open_antwoord: PeilingOpenAntwoordTable;
  }
}

/** Who is in the panel, and the hashed link to leave it. */
export type PanelLidTable = {
  id: ColumnType<string, string | undefined, never>;
  gemeente_id: string;
  /** Ciphertext (migration 0053, docs/decisions/053) */
  naam: string;
  /** Ciphertext (migration 0053) */
  email: string;
  /** HMAC of the normalised address under the gemeente's derived index key: one member per address */
  email_index: string;
  /** The master key the gemeente's panel-member keys were derived from */
  meester_id: string;
  afmeld_hash: string;
  created_at: ColumnType<Date, Date | undefined, never>;
};

export type PeilingTable = {
  id: ColumnType<string, string | undefined, never>;
  gemeente_id: string;
  titel: string;
  /** Question codes of the question bank (vraagbank.ts), in order */
  vragen: string[];
  sluit_op: ColumnType<Date, string, string>;
  created_at: ColumnType<Date, Date | undefined, never>;
};

/** Who still has to answer: a hashed one-time token, never a reference to the answers. */
export type PeilingUitnodigingTable = {
  gemeente_id: string;
  token_hash: string;
  peiling_id: string;
  lid_id: string | null;
  verloopt_op: Date;
  gebruikt: ColumnType<boolean, boolean | undefined, boolean>;
};

/**
 * Who was ever invited to a peiling (migration 0052, docs/decisions/032): so inviting again reaches
 * only members never invited. No code, no time: nothing to match with a submission.
 */
export type PeilingUitgenodigdTable = {
  gemeente_id: string;
  peiling_id: string;
  lid_id: string;
};

/** One submitted questionnaire: no member, no token, only the day. */
export type PeilingInzendingTable = {
  gemeente_id: string;
  id: ColumnType<string, string | undefined, never>;
  peiling_id: string;
  geholpen: boolean;
  ingediend_op: ColumnType<Date, string, never>;
};

export type PeilingAntwoordTable = {
  gemeente_id: string;
  inzending_id: string;
  vraag: string;
  waarden: string[];
  weet_niet: boolean;
};

/** An open answer, apart even from its submission, until the review removed identifying details. */
export type PeilingOpenAntwoordTable = {
  gemeente_id: string;
  id: ColumnType<string, string | undefined, never>;
  peiling_id: string;
  vraag: string;
  /** Ciphertext (docs/decisions/042); plain text only in rows from before migration 0039. */
  tekst: string;
  /** The master key the gemeente's panel key was derived from; null: a plain-text row. */
  meester_id: string | null;
  beoordeeld: ColumnType<boolean, boolean | undefined, boolean>;
  /** Raised by every review (migration 0044): a review of an older version is refused (409). */
  versie: ColumnType<number, number | undefined, number>;
  /** Thrown away by the reviewer: the text is an encrypted empty text, and it never counts. */
  weggelaten: ColumnType<boolean, boolean | undefined, boolean>;
};
