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

/** Called only by door.ts (the architecture test fails on any other importer). */
export function maakToegang(velden: ToegangVelden, db: Db): Toegang {
  return new Toegang(alleenDeDeur, velden, db);
}

/**
 * The transaction behind a `Toegang`, for SQL in a queries module. A plain `Db` passes
 * through, so a query of gemeente-level data (a catalog) can run inside the door's
 * transaction too. Imported only by `queries.ts` files: the architecture test fails otherwise.
 */
export function ontsluit(toegangOfDb: Toegang | Db): Db {
  if (!(toegangOfDb instanceof Toegang)) return toegangOfDb;
  const db = transacties.get(toegangOfDb);
  if (!db) throw new Error('Toegang without a transaction');
  return db;
}
