import { createHash } from 'node:crypto';
import { type Compilable, CompiledQuery } from 'kysely';
import type { Db } from './database.js';

/**
 * Fixed statements for the per-request path (issue 20): the queries every page runs (the
 * session, the door's record and grant, the overview's lists) are built with Kysely once, the
 * first time they run, and from then on only their parameters change. That saves the query
 * building and compiling on every request (a third of the app's CPU on "Mijn overzicht"), and
 * on PostgreSQL each one runs as a named prepared statement, so every connection parses and
 * plans it once instead of on every page (see `sqlVanVasteStatement`, used by database.ts).
 *
 * The statement is the same on both engines: it is built by the same Kysely query code, with
 * placeholders where the parameters go. A parameter must be a single value (text, number, Date,
 * boolean, null), never a list: a list would change the SQL (`in ($1, $2, …)`).
 */

const PLAATSHOUDER = Symbol('plaatshouder');
type Plaatshouder = { [PLAATSHOUDER]: string };

function isPlaatshouder(waarde: unknown): waarde is Plaatshouder {
  return typeof waarde === 'object' && waarde !== null && PLAATSHOUDER in waarde;
}

/** SQL text → the name it is prepared under on PostgreSQL. */
const namen = new Map<string, string>();

/**
 * The name a fixed statement is prepared under, or undefined for any other SQL (which then
 * runs unnamed, as before). A name is derived from the text, so every instance and connection
 * agrees on it, and a changed statement gets a new name.
 */
export function naamVanVasteStatement(sql: string): string | undefined {
  return namen.get(sql);
}

type Gecompileerd = { sql: string; parameters: (string | { waarde: unknown })[] };

export type VasteStatement<P, R> = {
  /** All rows. */
  alle(db: Db, parameters: P): Promise<R[]>;
  /** The first row, or undefined. */
  eerste(db: Db, parameters: P): Promise<R | undefined>;
  /** For tests: the SQL it runs. */
  sql(db: Db): string;
};

/**
 * A query built once: `bouw` gets placeholders for its parameters (use each only as a value)
 * and returns the Kysely query. Run it with real parameters by name.
 */
export function vasteStatement<P extends Record<string, unknown>, R>(
  bouw: (db: Db, p: P) => Compilable<R>,
): VasteStatement<P, R> {
  let gecompileerd: Gecompileerd | undefined;
  const compileer = (db: Db): Gecompileerd => {
    if (gecompileerd) return gecompileerd;
    const p = new Proxy({} as P, {
      get: (_doel, naam) => ({ [PLAATSHOUDER]: String(naam) }),
    });
    const query = bouw(db, p).compile();
    const parameters = query.parameters.map((waarde) =>
      isPlaatshouder(waarde) ? waarde[PLAATSHOUDER] : { waarde },
    );
    gecompileerd = { sql: query.sql, parameters };
    namen.set(query.sql, `vast_${createHash('sha256').update(query.sql).digest('hex').slice(0, 24)}`);
    return gecompileerd;
  };
  const voer = async (db: Db, waarden: P): Promise<R[]> => {
    const { sql, parameters } = compileer(db);
    const params = parameters.map((p) => {
      if (typeof p !== 'string') return p.waarde;
      if (!(p in waarden)) throw new Error(`fixed statement: parameter ${p} missing`);
      const waarde = waarden[p];
      if (Array.isArray(waarde)) throw new Error(`fixed statement: parameter ${p} is a list`);
      return waarde;
    });
    return (await db.executeQuery<R>(CompiledQuery.raw(sql, params))).rows;
  };
  return {
    alle: voer,
    eerste: async (db, waarden) => (await voer(db, waarden))[0],
    sql: (db) => compileer(db).sql,
  };
}
