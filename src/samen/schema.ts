import type { ColumnType } from 'kysely';

/**
 * Row types of Samen (migrations 0035 and 0038), added to the platform's Database by declaration merging.
 * `contact` and `toelichting` hold ciphertext (`v1.…`, docs/decisions/020).
 */
declare module '../platform/db/schema.js' {
  interface Database {
    samen_deelnemer: SamenDeelnemerTable;
    samen_wens: SamenWensTable;
    samen_blokkade: SamenBlokkadeTable;
    samen_voorstel: SamenVoorstelTable;
    samen_lid: SamenLidTable;
    samen_hulp: SamenHulpTable;
    samen_melding: SamenMeldingTable;
    samen_coordinator: SamenCoordinatorTable;
    samen_ronde_slot: SamenRondeSlotTable;
    samen_aanmelding: SamenAanmeldingTable;
    samen_buur: SamenBuurTable;
  }
}

export type SamenDeelnemerTable = {
  dossier_id: string;
  gemeente_id: string;
  voornaam: string;
  wijk: string;
  postcode: string;
  lat: number;
  lon: number;
  max_km: number;
  dagdelen: number;
  geboortejaar: number;
  geslacht: 'v' | 'm' | 'x' | null;
  alleen_vrouwen: ColumnType<boolean, boolean | undefined, boolean>;
  contact: string;
  gepauzeerd_op: Date | null;
  identiteit_gecontroleerd_op: Date | null;
  vog_gecontroleerd_op: Date | null;
  /** Her choice: the people she exchanged help with on her netwerkkaart (migration 0050; default off). */
  op_netwerkkaart: ColumnType<boolean, boolean | undefined, boolean>;
  versie: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type WensSoort = 'aanbod' | 'vraag';
export type Frequentie = 'eenmalig' | 'regelmatig';
export type Vorm = 'een-op-een' | 'groep';

export type SamenWensTable = {
  gemeente_id: string;
  dossier_id: string;
  soort: WensSoort;
  vaardigheden: string[];
  toelichting: string | null;
  frequentie: Frequentie;
  vorm: Vorm;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type SamenBlokkadeTable = {
  gemeente_id: string;
  door_dossier_id: string;
  geblokkeerd_dossier_id: string;
  op: Date;
};

export type SamenVoorstelTable = {
  id: string;
  gemeente_id: string;
  soort: 'paar' | 'kring' | 'eenrichting';
  gemaakt_op: Date;
  verloopt_op: Date;
};

export type SamenLidTable = {
  gemeente_id: string;
  voorstel_id: string;
  dossier_id: string;
  volgorde: number;
  antwoord: ColumnType<'open' | 'ja' | 'nee', 'open' | 'ja' | 'nee' | undefined, 'open' | 'ja' | 'nee'>;
  geantwoord_op: Date | null;
};

export type SamenHulpTable = {
  gemeente_id: string;
  voorstel_id: string;
  van_dossier_id: string;
  naar_dossier_id: string;
  vaardigheid: string;
  gever_bevestigd_op: Date | null;
  ontvanger_bevestigd_op: Date | null;
};

export type MeldReden = 'onveilig' | 'ongepast' | 'niet-gekomen' | 'anders';

export type SamenMeldingTable = {
  id: string;
  gemeente_id: string;
  door_dossier_id: string;
  over_dossier_id: string;
  voorstel_id: string | null;
  /** A report about a member of a group (migration 0041) instead of a proposal. */
  groep_id: ColumnType<string | null, string | null | undefined, string | null>;
  reden: MeldReden;
  op: Date;
  afgehandeld_op: Date | null;
};

export type SamenCoordinatorTable = {
  gemeente_id: string;
  account_id: string;
};

/** A matching round in progress for a gemeente (migration 0038): who holds the lock, until when. */
export type SamenRondeSlotTable = {
  gemeente_id: string;
  houder: string;
  tot: Date;
};

/** Whether a neighbour without a resident's record only gives or also asks (decision 048). */
export type BuurSoort = 'vrijwilliger' | 'buurtbewoner';

/** A sign-up waiting for the coordinator (migration 0046); `gegevens` is ciphertext, emptied at the decision. */
export type SamenAanmeldingTable = {
  id: string;
  gemeente_id: string;
  soort: BuurSoort;
  gegevens: string | null;
  meester_id: string | null;
  aangemeld_op: Date;
  besluit: 'goedgekeurd' | 'geweigerd' | null;
  besloten_op: Date | null;
};

/** An approved neighbour's own light record (migration 0046): what kind of neighbour she is. */
export type SamenBuurTable = {
  dossier_id: string;
  gemeente_id: string;
  soort: BuurSoort;
  goedgekeurd_op: Date;
};
