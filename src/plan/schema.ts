import type { ColumnType } from 'kysely';

/**
 * Row types of Mijn plan (migration 0016), added to the platform's Database by declaration
 * merging. Kept by hand: a migration that changes a table changes its type here. `tekst`,
 * `waarom`, `gelukt_als`, `wat`, `doener_naam`, `status_waarom` and `gegevens` hold ciphertext
 * (`v1.…`, docs/decisions/020).
 */
declare module '../platform/db/schema.js' {
  interface Database {
    plan_stand: PlanStandTable;
    plan_doel: PlanDoelTable;
    plan_actie: PlanActieTable;
    plan_notitie: PlanNotitieTable;
    plan_voorstel: PlanVoorstelTable;
    plan_instelling: PlanInstellingTable;
    plan_huishouden: PlanHuishoudenTable;
    plan_huishouden_lid: PlanHuishoudenLidTable;
    plan_huishouden_code: PlanHuishoudenCodeTable;
  }
}

/** Per gemeente (migration 0025): how many professionals on one plan before it warns. */
export type PlanInstellingTable = {
  gemeente_id: string;
  max_professionals: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

/** Per record: the regievoerder she chose, with its version; locked while goals are added. */
export type PlanStandTable = {
  gemeente_id: string;
  dossier_id: string;
  regievoerder_account_id: string | null;
  versie: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type PlanDoelTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  tekst: string;
  waarom: string;
  gelukt_als: string;
  levensgebieden: ColumnType<string[], string[] | undefined, string[]>;
  aanleiding: string | null;
  /** A calendar day, 'YYYY-MM-DD' */
  evaluatie_op: ColumnType<string | null, string | null, string | null>;
  /** Accounts she picked to get the evaluation reminder too (migration 0036) */
  herinneren: ColumnType<string[], string[] | undefined, string[]>;
  versie: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type PlanActieTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  doel_id: string;
  wat: string;
  doener: string;
  netwerk_persoon_id: string | null;
  doener_naam: string;
  doener_account_id: string | null;
  wanneer: ColumnType<string | null, string | null, string | null>;
  status: string;
  status_waarom: string;
  evaluatie_op: ColumnType<string | null, string | null, string | null>;
  /** Accounts she picked to get the evaluation reminder too (migration 0036) */
  herinneren: ColumnType<string[], string[] | undefined, string[]>;
  versie: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type PlanNotitieTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  actie_id: string;
  auteur_account_id: string | null;
  tekst: string;
  created_at: ColumnType<Date, Date | undefined, never>;
};

export type PlanVoorstelTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  soort: 'doel' | 'actie';
  doel_id: string | null;
  actie_id: string | null;
  basis_versie: number | null;
  auteur_account_id: string;
  gegevens: string;
  status: ColumnType<'open' | 'aanvaard' | 'afgewezen', 'open' | undefined, 'aanvaard' | 'afgewezen'>;
  created_at: ColumnType<Date, Date | undefined, never>;
  besloten_at: Date | null;
  besloten_door: string | null;
};

/** A household of linked records (migration 0040): only the members' rows say who is in it. */
export type PlanHuishoudenTable = {
  id: string;
  gemeente_id: string;
  created_at: ColumnType<Date, Date | undefined, never>;
};

/** A record in a household, by its resident's consent; one household per record. */
export type PlanHuishoudenLidTable = {
  gemeente_id: string;
  dossier_id: string;
  huishouden_id: string;
  sinds: ColumnType<Date, Date | undefined, never>;
};

/** Her open link code: only its SHA-256 (hex), valid until `verloopt_op`; one per record. */
export type PlanHuishoudenCodeTable = {
  gemeente_id: string;
  dossier_id: string;
  code_hash: string;
  verloopt_op: Date;
  created_at: ColumnType<Date, Date | undefined, never>;
};
