import type { Db } from '../db/database.js';

/**
 * Data encrypted under a key derived from the master key rather than under a record's data key
 * (docs/decisions/052): second-factor secrets, open answers of a peiling, Samen sign-ups waiting
 * for the coordinator. A rotation re-wraps data keys without touching the data, but these values
 * hang off the master key itself, so `npm run sleutels -- roteer` re-encrypts them too — else
 * they would no longer decrypt once the previous master key is removed. Each capability that
 * stores such data says here how to count and re-encrypt it (its SQL in its queries file).
 */
export type AfgeleideSoort = {
  /** What it is, for the operator's output */
  naam: string;
  /** How many values are stored under which master key id (null: stored before encryption) */
  telling(db: Db): Promise<{ meesterId: string | null; aantal: number }[]>;
  /**
   * Re-encrypts at most `max` values not yet under the current master key (plain-text ones too),
   * locking the rows it takes; returns how many it changed. Throws `SleutelFout` for a value
   * whose master key is not configured.
   */
  herversleutel(db: Db, max: number): Promise<number>;
};

const BATCH = 200;

/** Re-encrypts every value of every kind, a batch per transaction; safe to run again. */
export async function herversleutelAlles(
  db: Db,
  soorten: readonly AfgeleideSoort[],
): Promise<Map<string, number>> {
  const totaal = new Map<string, number>();
  for (const soort of soorten) {
    let n = 0;
    for (;;) {
      const aantal = await db.transaction().execute((trx) => soort.herversleutel(trx, BATCH));
      n += aantal;
      if (aantal === 0) break;
    }
    totaal.set(soort.naam, n);
  }
  return totaal;
}
