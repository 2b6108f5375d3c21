import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../platform/db/schema.js';

/**
 * Row types of eigen regie: records, access, invitations, emergency access and the audit trail
 * (migration 0002), added to the platform's Database by declaration merging. Kept by hand: a
 * migration that changes a table changes its type here in the same commit.
 */
declare module '../platform/db/schema.js' {
  interface Database {
    dossier: DossierTable;
    toegang: ToegangTable;
    toegang_sectie: ToegangSectieTable;
    uitnodiging: UitnodigingTable;
    noodtoegang: NoodtoegangTable;
    audit_event: AuditEventTable;
    sleutel_dossier: SleutelDossierTable;
    sleutel_wissing: SleutelWissingTable;
  }
}

/** The key store (migration 0011, docs/decisions/020): a record's data key, wrapped under a master key. */
export type SleutelDossierTable = {
  dossier_id: string;
  gemeente_id: string;
  /** `v1.<iv>.<tag>.<ct>`: the data key under the master key, bound to gemeente and record */
  verpakt: string;
  /** Which master key wrapped it (first 16 hex digits of its SHA-256) */
  meester_id: string;
  created_at: CreatedAt;
  herverpakt_at: Date | null;
};

/** The erasure log: records whose data key was destroyed. Append-only (trigger). */
export type SleutelWissingTable = {
  dossier_id: string;
  gemeente_id: string;
  gewist_op: Date;
};

export const NIVEAUS = ['lezen', 'reageren', 'voorstellen', 'bewerken'] as const;
export type Niveau = (typeof NIVEAUS)[number];
export const AUDIT_ACTIES = ['read', 'create', 'update', 'delete', 'export', 'emergency'] as const;
export type AuditActie = (typeof AUDIT_ACTIES)[number];
/** allowed: done; denied: refused (by the door or by a rule inside the work); failed: went wrong */
export type AuditUitkomst = 'allowed' | 'denied' | 'failed';

export type DossierTable = {
  id: Generated<string>;
  gemeente_id: string;
  inwoner_account_id: string;
  created_at: CreatedAt;
};

export type ToegangTable = {
  id: Generated<string>;
  gemeente_id: string;
  dossier_id: string;
  grantee_account_id: string;
  soort: 'uitnodiging' | 'vertegenwoordiger';
  /** "Waarom": the purpose the resident gave, in their words */
  doel: ColumnType<string, string | undefined, string>;
  /** For a representative: bewindvoering, mentorschap or curatele, with the court decision */
  wettelijke_grondslag: string | null;
  eindigt_op: Date | null;
  ingetrokken_op: Date | null;
  created_at: CreatedAt;
  created_by_account_id: string;
  /** Optimistic locking: a change names the version it saw */
  version: ColumnType<number, number | undefined, number>;
};

export type ToegangSectieTable = {
  toegang_id: string;
  gemeente_id: string;
  sectie: string;
  niveau: Niveau;
};

export type UitnodigingTable = {
  /** SHA-256 of the link's token */
  id: string;
  gemeente_id: string;
  dossier_id: string;
  email: string;
  rol: 'naaste' | 'professional';
  secties: ColumnType<Record<string, Niveau>, string, string>;
  doel: ColumnType<string, string | undefined, string>;
  eindigt_op: Date | null;
  expires_at: ColumnType<Date, Date, never>;
  accepted_at: Date | null;
  ingetrokken_op: Date | null;
  created_at: CreatedAt;
};

export type NoodtoegangTable = {
  id: Generated<string>;
  gemeente_id: string;
  dossier_id: string;
  professional_account_id: string;
  reden: string;
  started_at: ColumnType<Date, Date, never>;
  expires_at: ColumnType<Date, Date, never>;
};

export type AuditEventTable = {
  seq: ColumnType<number, never, never>;
  id: Generated<string>;
  gemeente_id: string;
  occurred_at: ColumnType<Date, Date, never>;
  actor_account_id: string | null;
  actor_rol: string | null;
  actor_organisatie_id: string | null;
  namens_account_id: string | null;
  dossier_id: string | null;
  sectie: string | null;
  item_id: string | null;
  actie: AuditActie;
  uitkomst: AuditUitkomst;
  grondslag: string;
  toegang_id: string | null;
  noodtoegang: boolean;
  origin: string;
  /** Filled in once by the sealer: position in the gemeente's chain, previous hash, own hash */
  chain_pos: ColumnType<number | null, never, number>;
  prev_hash: ColumnType<string | null, never, string>;
  hash: ColumnType<string | null, never, string>;
};
