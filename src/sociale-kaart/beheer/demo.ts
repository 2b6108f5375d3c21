import type { Db } from '../../platform/db/database.js';
import { markeerGecontroleerd } from './onderhoud.js';
import { idsVanNamen } from './queries.js';
import { controleGrens } from './rules.js';

/** Demo entries that show up as "not checked for too long", with how many months ago they were checked. */
export const VEROUDERDE_DEMO_DIENSTEN: { naam: string; maandenGeleden: number }[] = [
  { naam: 'Taalcafé', maandenGeleden: 14 },
  { naam: 'Repair Café', maandenGeleden: 19 },
  { naam: 'Rolstoel lenen', maandenGeleden: 26 },
];

/**
 * Ages a few entries of the demo sociale kaart, so the beheerder's "niet gecontroleerd" list
 * has something to show. Goes through the normal HSDS check and import, like every write.
 * Entries missing from the dataset are skipped.
 */
export async function verouderDemoDiensten(db: Db, gemeenteId: string, now: Date): Promise<number> {
  const ids = await idsVanNamen(
    db,
    gemeenteId,
    VEROUDERDE_DEMO_DIENSTEN.map((d) => d.naam),
  );
  let aged = 0;
  for (const { naam, maandenGeleden } of VEROUDERDE_DEMO_DIENSTEN) {
    const serviceId = ids.get(naam);
    if (!serviceId) continue;
    const toen = new Date(`${controleGrens(now, maandenGeleden)}T12:00:00Z`);
    await markeerGecontroleerd(db, toen, { gemeenteId, serviceId, email: 'beheerder@lindewaard.example' });
    aged++;
  }
  return aged;
}
