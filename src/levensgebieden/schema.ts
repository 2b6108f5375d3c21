import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../platform/db/schema.js';

/**
 * Row types of the levensgebieden: the catalog versions, the resident's setting and the
 * assessments (migration 0007), added to the platform's Database by declaration merging. Kept
 * by hand: a migration that changes a table changes its type here in the same commit.
 */
declare module '../platform/db/schema.js' {
  interface Database {
    levensgebied_catalogus: LevensgebiedCatalogusTable;
    levensgebied: LevensgebiedTable;
    levensgebieden_instelling: LevensgebiedenInstellingTable;
    beoordeling: BeoordelingTable;
    beoordeling_antwoord: BeoordelingAntwoordTable;
  }
}

/** Levensgebieden (migration 0007): one version of a gemeente's domain catalog; versions never change. */
export type LevensgebiedCatalogusTable = {
  gemeente_id: string;
  versie: number;
  created_at: CreatedAt;
  /** The beheerder who made this version; null for the first version, made from the defaults */
  created_by_account_id: string | null;
};

/** One domain in one catalog version. naam/uitleg null: the default text of the i18n catalog. */
export type LevensgebiedTable = {
  gemeente_id: string;
  catalogus_versie: number;
  code: string;
  naam: string | null;
  uitleg: string | null;
  icoon: string;
  volgorde: number;
  verborgen: boolean;
};

/** The resident's choice: do others see her answers before they give their own view? */
export type LevensgebiedenInstellingTable = {
  gemeente_id: string;
  dossier_id: string;
  anderen_zien_eerst: boolean;
  versie: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

/** An assessment of a record's domains: the resident's own view or someone else's. */
export type BeoordelingTable = {
  id: Generated<string>;
  gemeente_id: string;
  dossier_id: string;
  catalogus_versie: number;
  auteur_account_id: string;
  perspectief: 'eigen' | 'ander';
  status: 'concept' | 'afgerond';
  /** Optimistic concurrency: every save raises it; a form with an older number gets 409 */
  versie: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  afgerond_at: Date | null;
};

/** The answers about one domain in one assessment; every question may be left empty. */
export type BeoordelingAntwoordTable = {
  gemeente_id: string;
  beoordeling_id: string;
  catalogus_versie: number;
  code: string;
  /** 1 "het gaat helemaal niet" … 5 "ik doe dit helemaal zelf"; null: skipped or "weet ik niet" */
  score: number | null;
  weet_niet: boolean;
  wie_helpt: ColumnType<string[], string[] | undefined, string[]>;
  doel: string;
  belang: 'niet' | 'beetje' | 'erg' | null;
  goed_gaat: string;
  trots: string;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};
