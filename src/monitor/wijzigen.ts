import type { Db } from '../platform/db/database.js';
import { HttpError } from '../platform/http/errors.js';
import type { Viewer } from '../platform/http/request-context.js';
import { viaDeDeur } from '../regie/door/door.js';
import { SECTIE } from './lezen.js';
import * as q from './queries.js';
import type { Geslacht } from './schema.js';

/**
 * Her choice to count (or to stop): the owner only, through the door, one transaction. A
 * stale version is refused with 409 (the form shows it again with her input).
 */
export async function bewaarMeetellen(
  db: Db,
  viewer: Viewer,
  invoer: {
    dossierId: string;
    geboortejaren: string;
    gebied: string | null;
    geslacht: Geslacht;
    versie: number;
    nu: Date;
  },
): Promise<void> {
  await viaDeDeur(
    db,
    viewer,
    {
      dossierId: invoer.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: invoer.versie === 0 ? 'create' : 'update',
      alleenEigenaar: true,
    },
    { now: invoer.nu },
    async (toegang) => {
      const gelukt = await q.bewaarDeelname(
        toegang,
        { geboortejaren: invoer.geboortejaren, gebied: invoer.gebied, geslacht: invoer.geslacht },
        invoer.versie,
        invoer.nu,
      );
      if (!gelukt) throw new HttpError('CONFLICT');
    },
  );
}

export async function stopMeetellen(db: Db, viewer: Viewer, dossierId: string, nu: Date): Promise<void> {
  await viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'bewerken', actie: 'delete', alleenEigenaar: true },
    { now: nu },
    (toegang) => q.stopDeelname(toegang),
  );
}
