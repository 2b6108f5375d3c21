import type { ColumnType } from 'kysely';
import type { GroepSoort, LidAntwoord } from './rules.js';

/** Row types of Samen groups (migration 0041), added to the platform's Database by declaration merging. */
declare module '../../platform/db/schema.js' {
  interface Database {
    samen_groep: SamenGroepTable;
    samen_groep_lid: SamenGroepLidTable;
    samen_ervaringsdeskundige: SamenErvaringsdeskundigeTable;
    samen_groep_suggestie: SamenGroepSuggestieTable;
  }
}

export type SamenGroepTable = {
  id: string;
  gemeente_id: string;
  soort: GroepSoort;
  /** A skill code of the members' requests: what the group is about. */
  thema: string;
  coordinator_account_id: string;
  leider_account_id: string;
  /** A sociale kaart location: its id and a copy of its name and address. */
  plek_id: string | null;
  plek_naam: string | null;
  plek_adres: string | null;
  gemaakt_op: Date;
  verloopt_op: Date;
  gestart_op: Date | null;
  versie: ColumnType<number, number | undefined, number>;
};

export type SamenGroepLidTable = {
  gemeente_id: string;
  groep_id: string;
  dossier_id: string;
  antwoord: ColumnType<LidAntwoord, LidAntwoord | undefined, LidAntwoord>;
  geantwoord_op: Date | null;
};

/** Professionals marked as ervaringsdeskundige: only they lead a lotgenotengroep (migration 0048). */
export type SamenErvaringsdeskundigeTable = {
  gemeente_id: string;
  account_id: string;
  gemarkeerd_door: string | null;
  gemarkeerd_op: Date;
};

/**
 * A possible group the daily job found (migration 0054, decision 054): per kind and theme how many
 * people could form how many groups, and when. Counts only, no personal data.
 */
export type SamenGroepSuggestieTable = {
  gemeente_id: string;
  soort: GroepSoort;
  thema: string;
  mensen: number;
  groepen: number;
  berekend_op: Date;
};
