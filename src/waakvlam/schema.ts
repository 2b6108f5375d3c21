import type { ColumnType } from 'kysely';

/**
 * Row types of the waakvlam (migration 0018), added to the platform's Database by declaration
 * merging. `fasen` and `antwoorden` hold ciphertext (`v1.…`, docs/decisions/020).
 */
declare module '../platform/db/schema.js' {
  interface Database {
    waakvlam_plan: WaakvlamPlanTable;
    waakvlam_checkin: WaakvlamCheckinTable;
    waakvlam_overgang: WaakvlamOvergangTable;
  }
}

type FaseKolom = 'goed' | 'let-op' | 'crisis';

/** The signaleringsplan of one record, with its current phase and intensity. */
export type WaakvlamPlanTable = {
  gemeente_id: string;
  dossier_id: string;
  fasen: string;
  gebieden: ColumnType<string[], string[] | undefined, string[]>;
  interval_dagen: number;
  stilte_dagen: number | null;
  afschaal_na: ColumnType<number, number | undefined, number>;
  gekozen: ColumnType<string[], string[] | undefined, string[]>;
  alleen_fase: ColumnType<string[], string[] | undefined, string[]>;
  fase: ColumnType<FaseKolom, FaseKolom | undefined, FaseKolom>;
  intensiteit: ColumnType<number, number | undefined, number>;
  volgende_checkin_op: Date;
  stilte_gemeld_op: Date | null;
  versie: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

/** One check-in sent: its link's token (as a hash), and once answered the answers and phase. */
export type WaakvlamCheckinTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  token_hash: string;
  verstuurd_op: Date;
  verloopt_op: Date;
  beantwoord_op: Date | null;
  antwoorden: string | null;
  fase: FaseKolom | null;
};

/** One move of the phase or intensity. */
export type WaakvlamOvergangTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  op: Date;
  van: FaseKolom | null;
  naar: FaseKolom;
  intensiteit: number;
  reden: 'start' | 'checkin' | 'afschalen' | 'stilte';
  checkin_id: string | null;
  gemeld_op: Date | null;
};
