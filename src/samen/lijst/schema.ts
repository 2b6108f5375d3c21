import type { ColumnType } from 'kysely';

/**
 * Row type of a gemeente's own skill list (migration 0042), added to the platform's Database by
 * declaration merging. Gemeente-level data, no personal data.
 */
declare module '../../platform/db/schema.js' {
  interface Database {
    samen_vaardigheid: SamenVaardigheidTable;
  }
}

export type SamenVaardigheidTable = {
  gemeente_id: string;
  code: string;
  naam: string | null;
  naam_en: string | null;
  verborgen: ColumnType<boolean, boolean | undefined, boolean>;
  eigen: ColumnType<boolean, boolean | undefined, never>;
  versie: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};
