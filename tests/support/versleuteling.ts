import type { Db } from '../../src/platform/db/database.js';
import { findDossier } from '../../src/regie/door/queries.js';
import { ontsleutelVeld, type Veld } from '../../src/regie/door/sleutel.js';
import { maakToegang } from '../../src/regie/door/toegang.js';

/**
 * Tests only: decrypts a value read straight from a table, as the queries files would, so a
 * test can compare what is stored. (Application code reaches a key only through the door.)
 */
export async function ontsleutelOpgeslagen(db: Db, dossierId: string, veld: Veld, waarde: string) {
  const dossier = await findDossier(db, dossierId);
  if (!dossier) throw new Error(`no record ${dossierId}`);
  const toegang = maakToegang(
    {
      dossierId,
      gemeenteId: dossier.gemeenteId,
      sectie: null,
      niveau: 'lezen',
      grondslag: 'systeem',
      niveaus: {},
      noodtoegangTot: null,
    },
    db,
  );
  return ontsleutelVeld(toegang, veld, waarde);
}
