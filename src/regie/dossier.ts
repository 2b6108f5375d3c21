import type { Db } from '../platform/db/database.js';
import type { Viewer } from '../platform/http/request-context.js';
import { viaDeDeur } from './door/door.js';
import * as q from './queries.js';

/** The record's front page and its generic section page: what the viewer may open, through the door once. */

export async function leesDossier(db: Db, now: Date, viewer: Viewer, dossierId: string) {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: null, nodig: 'lezen', actie: 'read' },
    { now },
    async (toegang) => ({
      dossierId: toegang.dossierId,
      eigenaar: toegang.grondslag === 'eigenaar',
      naam: await q.inwonerNaamVan(toegang),
      // The door read the viewer's grant already; the page shows its levels per section.
      niveaus: toegang.niveaus,
    }),
  );
}

export async function leesSectie(db: Db, now: Date, viewer: Viewer, dossierId: string, sectie: string) {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie, nodig: 'lezen', actie: 'read' },
    { now },
    async (toegang) => ({
      dossierId: toegang.dossierId,
      eigenaar: toegang.grondslag === 'eigenaar',
      naam: await q.inwonerNaamVan(toegang),
      niveau: toegang.niveau,
      noodtoegangTot: toegang.noodtoegangTot,
    }),
  );
}
