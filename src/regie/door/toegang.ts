import type { Db } from '../../platform/db/database.js';
import type { Grondslag } from '../rules.js';
import type { Niveau } from '../schema.js';

/**
 * What the door hands out: permission to work on one resident's record, for one section, at
 * one level, inside the transaction that holds the audit entry. Only the door makes one (the
 * constructor checks a token only door.ts has), and its transaction is private: the queries
 * modules unwrap it with `ontsluit`, nothing else may (tests/integration/architecture.test.ts).
 */

const transacties = new WeakMap<Toegang, Db>();
const alleenDeDeur = Symbol('alleen de deur maakt toegang');

export type ToegangVelden = {
  dossierId: string;
  gemeenteId: string;
  sectie: string | null;
  niveau: Niveau;
  grondslag: Grondslag;
  /** The viewer's levels per section on this record (empty for the owner and the system) */
  niveaus: Partial<Record<string, Niveau>>;
  /** When emergency access was the ground: when it ends */
  noodtoegangTot: Date | null;
};

export class Toegang {
  readonly dossierId: string;
  readonly gemeenteId: string;
  readonly sectie: string | null;
  readonly niveau: Niveau;
  readonly grondslag: Grondslag;
  readonly niveaus: Partial<Record<string, Niveau>>;
  readonly noodtoegangTot: Date | null;

  constructor(token: typeof alleenDeDeur, velden: ToegangVelden, db: Db) {
    if (token !== alleenDeDeur) throw new Error('Toegang is only made by the door');
    this.dossierId = velden.dossierId;
    this.gemeenteId = velden.gemeenteId;
    this.sectie = velden.sectie;
    this.niveau = velden.niveau;
    this.grondslag = velden.grondslag;
    this.niveaus = velden.niveaus;
    this.noodtoegangTot = velden.noodtoegangTot;
    transacties.set(this, db);
    Object.freeze(this);
  }
}

/** Why sums over many records are read: each purpose is named here and written in the trail. */
export type AggregaatReden =
  /** the monitor's figures per life domain (src/monitor): counts only, never a record */
  | 'monitor'
  /** the review of a peiling's open answers (src/monitor/panel/beoordeling): anonymous texts, no record */
  | 'panel-beoordeling'
  /** the beheerder's list of panel members: removing one, a new code (src/monitor/panel/leden.ts); no record */
  | 'panel-leden';

/**
 * Permission to read sums over the records of one gemeente, for one named purpose — never one
 * record's data. Made only by the door (`systeemAggregaat`), bound to its audited transaction.
 */
export class AggregaatToegang {
  readonly gemeenteId: string;
  readonly reden: AggregaatReden;

  constructor(token: typeof alleenDeDeur, velden: { gemeenteId: string; reden: AggregaatReden }, db: Db) {
    if (token !== alleenDeDeur) throw new Error('AggregaatToegang is only made by the door');
    this.gemeenteId = velden.gemeenteId;
    this.reden = velden.reden;
    aggregaatTransacties.set(this, db);
    Object.freeze(this);
  }
}
const aggregaatTransacties = new WeakMap<AggregaatToegang, Db>();

/** Called only by door.ts, like `maakToegang`. */
export function maakAggregaatToegang(
  velden: { gemeenteId: string; reden: AggregaatReden },
  db: Db,
): AggregaatToegang {
  return new AggregaatToegang(alleenDeDeur, velden, db);
}

/** Called only by door.ts (the architecture test fails on any other importer). */
export function maakToegang(velden: ToegangVelden, db: Db): Toegang {
  return new Toegang(alleenDeDeur, velden, db);
}

/**
 * The transaction behind a `Toegang`, for SQL in a queries module. A plain `Db` passes
 * through, so a query of gemeente-level data (a catalog) can run inside the door's
 * transaction too. Imported only by `queries.ts` files: the architecture test fails otherwise.
 */
export function ontsluit(toegangOfDb: Toegang | AggregaatToegang | Db): Db {
  if (toegangOfDb instanceof AggregaatToegang) {
    const db = aggregaatTransacties.get(toegangOfDb);
    if (!db) throw new Error('AggregaatToegang without a transaction');
    return db;
  }
  if (!(toegangOfDb instanceof Toegang)) return toegangOfDb;
  const db = transacties.get(toegangOfDb);
  if (!db) throw new Error('Toegang without a transaction');
  return db;
}
