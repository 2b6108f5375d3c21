import type { ColumnType } from 'kysely';

/**
 * Row types of the monitor (migration 0019), added to the platform's Database by declaration
 * merging. Kept by hand: a migration that changes a table changes its type here.
 */
declare module '../platform/db/schema.js' {
  interface Database {
    monitor_instelling: MonitorInstellingTable;
    monitor_deelname: MonitorDeelnameTable;
  }
}

/** The gemeente's rules for publishing figures; no row = the defaults. */
export type MonitorInstellingTable = {
  gemeente_id: string;
  minimum: ColumnType<number, number | undefined, number>;
  marge: ColumnType<number, number | undefined, number>;
  gebied_niveau: ColumnType<GebiedNiveau, GebiedNiveau | undefined, GebiedNiveau>;
  gebieden: ColumnType<string[], string[] | undefined, string[]>;
  versie: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type GebiedNiveau = 'gemeente' | 'stadsdeel' | 'wijk';
export type Geslacht = 'man' | 'vrouw' | 'anders' | 'onbekend';

/** A resident's "meetellen": her assessments count in the figures, with these few facts. */
export type MonitorDeelnameTable = {
  dossier_id: string;
  gemeente_id: string;
  /** The first year of her birth-year band of ten years, e.g. "1970" */
  geboortejaren: string;
  gebied: string | null;
  geslacht: Geslacht;
  versie: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};
