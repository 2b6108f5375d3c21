import type { Db } from '../platform/db/database.js';
import type { Viewer } from '../platform/http/request-context.js';
import { viaDeDeur } from './door/door.js';
import * as q from './queries.js';

export type LogboekFilter = {
  persoon?: string | undefined;
  sectie?: string | undefined;
  van?: Date | undefined;
  /** Inclusive: the end of the last day */
  tot?: Date | undefined;
};

/** The resident reads her own trail; reading it is itself logged (security.md). */
export async function leesLogboek(
  db: Db,
  now: Date,
  viewer: Viewer,
  dossierId: string,
  filter: LogboekFilter,
) {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId,
      sectie: null,
      nodig: 'lezen',
      actie: 'read',
      itemId: 'logboek',
      alleenEigenaar: true,
      auditEigenLezen: true,
    },
    { now },
    async (toegang) => ({
      regels: await q.listAuditOfDossier(toegang, {
        actorAccountId: filter.persoon,
        sectie: filter.sectie,
        from: filter.van,
        until: filter.tot,
      }),
      personen: await q.listAuditActors(toegang),
      // Her eyes only (the trail is the owner's): the reasons given for emergency access.
      noodtoegangen: await q.listNoodtoegangen(toegang),
    }),
  );
}
