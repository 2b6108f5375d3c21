import type { ColumnType } from 'kysely';

/**
 * Row types of the netwerkkaart (migration 0012), added to the platform's Database by
 * declaration merging. Kept by hand: a migration that changes a table changes its type here.
 * `naam`, `notitie`, `gegevens` and `personen` hold ciphertext (`v1.…`, docs/decisions/020).
 */
declare module '../platform/db/schema.js' {
  interface Database {
    netwerk_kaart: NetwerkKaartTable;
    netwerk_persoon: NetwerkPersoonTable;
    netwerk_voorstel: NetwerkVoorstelTable;
    netwerk_versie: NetwerkVersieTable;
    netwerk_relatie: NetwerkRelatieTable;
  }
}

/** The map's own state: the resident's choice in the summary, with its version. */
export type NetwerkKaartTable = {
  gemeente_id: string;
  dossier_id: string;
  samenvatting: 'genoeg-en-vraagt' | 'genoeg-vraagt-niet' | 'te-weinig' | null;
  versie: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

/** One person (or organisation) on the map. */
export type NetwerkPersoonTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  naam: string;
  naam_zichtbaar: boolean;
  relatie: string;
  cirkel: string;
  contact: string;
  dichtbij: boolean;
  krijgt: ColumnType<string[], string[] | undefined, string[]>;
  geeft: ColumnType<string[], string[] | undefined, string[]>;
  helpt_bij: ColumnType<string[], string[] | undefined, string[]>;
  eigen_problemen: boolean;
  zwaar_belast: boolean;
  liever_niet: boolean;
  liever_niet_reden: string | null;
  kost_energie: boolean;
  notitie: string;
  account_id: string | null;
  versie: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

/** A change proposed by a grantee with `voorstellen`: a new person, or a change to one. */
export type NetwerkVoorstelTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  persoon_id: string | null;
  persoon_versie: number | null;
  auteur_account_id: string;
  gegevens: string;
  status: ColumnType<'open' | 'aanvaard' | 'afgewezen', 'open' | undefined, 'aanvaard' | 'afgewezen'>;
  created_at: ColumnType<Date, Date | undefined, never>;
  besloten_at: Date | null;
};

/** A dated copy of the whole map (every person's data, encrypted as one JSON text). */
export type NetwerkVersieTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  op: Date;
  personen: string;
};

/** A gemeente's own wording of one relationship code (migration 0015); no personal data. */
export type NetwerkRelatieTable = {
  gemeente_id: string;
  code: string;
  naam: string | null;
  naam_en: string | null;
  verborgen: boolean;
  versie: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};
