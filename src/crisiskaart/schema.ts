import type { ColumnType } from 'kysely';

/**
 * Row types of the crisiskaart (migration 0017), added to the platform's Database by
 * declaration merging. `inhoud`, `naam`, `gegevens` and `toelichting` hold ciphertext
 * (`v1.…`, docs/decisions/020).
 */
declare module '../platform/db/schema.js' {
  interface Database {
    crisiskaart: CrisiskaartTable;
    crisiskaart_voorstel: CrisiskaartVoorstelTable;
    crisiskaart_afspraak: CrisiskaartAfspraakTable;
  }
}

export type CrisiskaartTable = {
  gemeente_id: string;
  dossier_id: string;
  inhoud: string;
  naam: string;
  gemaakt_op: Date;
  gecontroleerd_op: Date;
  herinnerd_op: Date | null;
  versie: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type CrisiskaartVoorstelTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  auteur_account_id: string;
  kaart_versie: number;
  gegevens: string;
  status: ColumnType<'open' | 'aanvaard' | 'afgewezen', 'open' | undefined, 'aanvaard' | 'afgewezen'>;
  created_at: ColumnType<Date, Date | undefined, never>;
  besloten_at: Date | null;
};

export type CrisiskaartAfspraakTable = {
  id: string;
  gemeente_id: string;
  dossier_id: string;
  persoon_id: string;
  taak: string;
  toelichting: string;
  status: ColumnType<
    'gevraagd' | 'afgesproken' | 'afgewezen',
    'gevraagd' | undefined,
    'gevraagd' | 'afgesproken' | 'afgewezen'
  >;
  token_hash: string | null;
  token_verloopt: Date | null;
  /** The hash of a link once used: a second click is recognised and answered clearly. */
  gebruikt_hash: string | null;
  versie: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  besloten_at: Date | null;
};
