import type { Db } from '../platform/db/database.js';
import type { Viewer } from '../platform/http/request-context.js';
import { viaDeDeur } from './door/door.js';
import * as q from './queries.js';
import { isLive } from './rules.js';

/** How many of the newest log lines the overview shows (the log page has them all). */
export const LOGBOEK_REGELS = 10;

export type OverzichtGegevens = Awaited<ReturnType<typeof leesOverzicht>>;

/**
 * "Mijn gegevens" at a glance, for the page and for its PDF: who she is, who may see what now,
 * open invitations, emergency access and the newest lines of her log. Owner only, through the
 * door once; it shows part of her log, so her reading it is logged like the log page
 * (security.md). The PDF is a download: actie `export`, like the JSON. The log lines leave out
 * her own visits of this page, so the PDF she downloads from it lists the lines she just saw.
 */
export async function leesOverzicht(
  db: Db,
  now: Date,
  viewer: Viewer,
  dossierId: string,
  actie: 'read' | 'export',
) {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId,
      sectie: null,
      nodig: 'lezen',
      actie,
      itemId: 'overzicht',
      alleenEigenaar: true,
      auditEigenLezen: true,
    },
    { now },
    async (toegang) => ({
      dossierId: toegang.dossierId,
      naam: viewer.naam,
      email: viewer.email,
      toegangen: (await q.listToegangen(toegang)).filter((t) =>
        isLive({ ingetrokkenOp: t.ingetrokken_op, eindigtOp: t.eindigt_op }, now),
      ),
      uitnodigingen: await q.listOpenUitnodigingen(toegang, now),
      noodtoegangen: await q.listNoodtoegangen(toegang),
      logboek: await q.listAuditOfDossier(toegang, {
        limit: LOGBOEK_REGELS,
        behalveLezenVan: { accountId: viewer.accountId, itemId: 'overzicht' },
      }),
    }),
  );
}
