import type { ColumnType } from 'kysely';
import type { GroepSoort, LidAntwoord } from './rules.js';

/** Row types of Samen groups (migration 0041), added to the platform's Database by declaration merging. */
declare module '../../platform/db/schema.js' {
  interface Database {
    samen_groep: SamenGroepTable;
    samen_groep_lid: SamenGroepLidTable;
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
