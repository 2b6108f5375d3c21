import type { ColumnType } from 'kysely';

/**
 * Row types of the keukentafelgesprek (migration 0024), added to the platform's Database by
 * declaration merging. Kept by hand. `voorbereiding` holds ciphertext (`v1.…`, docs/decisions/020)
 * of the preparation as JSON.
 */
declare module '../platform/db/schema.js' {
  interface Database {
    gesprek_instelling: GesprekInstellingTable;
    gesprek: GesprekTable;
    gesprek_verslag: GesprekVerslagTable;
    gesprek_beraad: GesprekBeraadTable;
    gesprek_beraad_genodigde: GesprekBeraadGenodigdeTable;
  }
}

export type GesprekInstellingTable = {
  gemeente_id: string;
  plan_dagen: ColumnType<number, number | undefined, number>;
  onderzoek_dagen: ColumnType<number, number | undefined, number>;
  herinner_dagen: ColumnType<number, number | undefined, number>;
  version: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type GesprekTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  /** Calendar days, 'YYYY-MM-DD' */
  gemeld_op: string;
  plan_uiterlijk: string;
  onderzoek_uiterlijk: string;
  gemeld_door: string | null;
  voorbereiding: ColumnType<string, string | undefined, string>;
  plan_ingediend_op: ColumnType<string | null, string | null | undefined, string | null>;
  versie: ColumnType<number, number | undefined, number>;
  /** The professional's notes of the talk, one JSON document, encrypted (migration 0028) */
  aantekeningen: ColumnType<string, string | undefined, string>;
  aantekeningen_versie: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

/** One version of the report (migration 0028); `inhoud` and `reactie` hold ciphertext. */
export type GesprekVerslagTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  gesprek_id: string;
  nummer: number;
  inhoud: string;
  reactie: ColumnType<string, string | undefined, string>;
  auteur_account_id: string | null;
  auteur_rol: 'inwoner' | 'naaste' | 'professional';
  besluit: ColumnType<
    'akkoord' | 'oneens' | null,
    'akkoord' | 'oneens' | null | undefined,
    'akkoord' | 'oneens'
  >;
  besloten_at: ColumnType<Date | null, Date | null | undefined, Date>;
  doelen_voorgesteld_at: ColumnType<Date | null, Date | null | undefined, Date>;
  created_at: ColumnType<Date, Date | undefined, never>;
};

/** The netwerkberaad of one gesprek (migration 0037); `inhoud` and `reactie` hold ciphertext. */
export type GesprekBeraadTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  gesprek_id: string;
  /** Calendar day of the meeting, 'YYYY-MM-DD' */
  datum: string;
  inhoud: string;
  eigen_tijd_sinds: ColumnType<Date | null, Date | null | undefined, Date | null>;
  besluit: ColumnType<
    'akkoord' | 'oneens' | null,
    'akkoord' | 'oneens' | null | undefined,
    'akkoord' | 'oneens'
  >;
  besloten_at: ColumnType<Date | null, Date | null | undefined, Date>;
  reactie: ColumnType<string, string | undefined, string>;
  doelen_voorgesteld_at: ColumnType<Date | null, Date | null | undefined, Date>;
  versie: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

/** One person from her map invited to the netwerkberaad, with her consent; `aanbod` holds ciphertext. */
export type GesprekBeraadGenodigdeTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  beraad_id: string;
  persoon_id: string;
  toestemming_at: Date;
  token_hash: string | null;
  antwoord: ColumnType<
    'komt' | 'komt-niet' | null,
    'komt' | 'komt-niet' | null | undefined,
    'komt' | 'komt-niet'
  >;
  aanbod: ColumnType<string, string | undefined, string>;
  beantwoord_at: ColumnType<Date | null, Date | null | undefined, Date>;
  created_at: ColumnType<Date, Date | undefined, never>;
};
