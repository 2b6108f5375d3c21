import type { Db } from '../platform/db/database.js';
import { systeemToegang } from './door/door.js';
import { gewisteDossiersInData, pasWislogToe } from './door/sleutel.js';
import * as q from './queries.js';
import type { SectieRegister } from './secties.js';

/**
 * Field encryption's two steps at start (docs/decisions/020), also run by `npm run sleutels`.
 * Both are safe to run again, and on several instances at once.
 */

/**
 * Encrypts, in place, every free-text value stored before field encryption: regie's own
 * (a grant's and an invitation's "waarom", an emergency reason) and each section's. A value
 * is plain text when it is not empty and does not start with `v1.`. One record at a time, on
 * the system path (reason `versleuteling`), so its data key is unlocked as the door does.
 */
export async function versleutelBestaande(db: Db, secties: SectieRegister, now: Date): Promise<number> {
  const dossiers = new Map<string, string>();
  for (const d of await q.dossiersMetKlareTekst(db)) dossiers.set(d.dossierId, d.gemeenteId);
  for (const sectie of secties.alle())
    if (sectie.klareTekst)
      for (const d of await sectie.klareTekst.dossiers(db)) dossiers.set(d.dossierId, d.gemeenteId);
  let aantal = 0;
  for (const [dossierId, gemeenteId] of dossiers)
    aantal += await systeemToegang(
      db,
      { reden: 'versleuteling', gemeenteId, dossierId, now, actor: null, actie: 'update', origin: 'systeem' },
      async (toegang) => {
        let hier = await q.versleutelKlareRegie(toegang);
        for (const sectie of secties.alle())
          if (sectie.klareTekst) hier += await sectie.klareTekst.versleutel(toegang);
        return hier;
      },
    );
  return aantal;
}

/**
 * After restoring a backup (and at every start): the erasure log — the table and the file in
 * the key directory, each completing the other — is applied again: every erased record's data
 * key is destroyed, and a record that came back with a restored data backup is erased again
 * (reason `herstel-wissing`), so it neither decrypts nor shows up.
 */
export async function herstelWissingen(
  db: Db,
  now: Date,
): Promise<{ sleutelsVernietigd: number; wissingen: number; dossiersOpnieuwGewist: number }> {
  const { sleutelsVernietigd, wissingen } = await pasWislogToe(db);
  const terug = await gewisteDossiersInData(db);
  for (const dossier of terug)
    await systeemToegang(
      db,
      {
        reden: 'herstel-wissing',
        gemeenteId: dossier.gemeente_id,
        dossierId: dossier.id,
        now,
        actor: null,
        actie: 'delete',
        itemId: 'alles',
        origin: 'systeem',
      },
      (toegang) => q.eraseDossierAndAccount(toegang, dossier.inwoner_account_id, now),
    );
  return { sleutelsVernietigd, wissingen, dossiersOpnieuwGewist: terug.length };
}
