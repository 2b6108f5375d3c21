import type { Db } from '../platform/db/database.js';
import { isUuid } from '../platform/http/ids.js';
import type { Viewer } from '../platform/http/request-context.js';
import { appendAudit } from './audit.js';
import type { AuditActie } from './schema.js';

/**
 * Logs a refused attempt that never reached the door because the form itself broke a rule of
 * eigen regie (inviting oneself, a section that does not exist, a forged grant id, an
 * invitation for someone else). Nothing else is written.
 */
export async function registreerPoging(
  db: Db,
  viewer: Viewer,
  poging: {
    dossierId: string | null;
    sectie: string | null;
    actie: AuditActie;
    reden: string;
    itemId?: string;
  },
  now: Date,
): Promise<void> {
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      gemeenteId: viewer.gemeenteId,
      occurredAt: now,
      actorAccountId: viewer.accountId,
      actorRol: viewer.rol,
      actorOrganisatieId: viewer.organisatieId,
      namensAccountId: null,
      // An id from a URL is only kept when it is a real id; garbage is not stored (nor able to fail the insert).
      dossierId: isUuid(poging.dossierId) ? poging.dossierId : null,
      sectie: poging.sectie,
      itemId: poging.itemId ?? null,
      actie: poging.actie,
      uitkomst: 'denied',
      grondslag: `geweigerd:${poging.reden}`,
      toegangId: null,
      noodtoegang: false,
      origin: 'web',
    }),
  );
}
