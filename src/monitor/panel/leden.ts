import type { Db } from '../../platform/db/database.js';
import type { Gemeente } from '../../platform/db/schema.js';
import type { Viewer } from '../../platform/http/request-context.js';
import { type Locale, translator } from '../../platform/i18n/i18n.js';
import { systeemAggregaat } from '../../regie/door/door.js';
import type { AggregaatToegang } from '../../regie/door/toegang.js';
import { instelling } from '../queries.js';
import { nieuweCode, peilingMail } from './panel.js';
import * as q from './queries.js';
import { verborgenEmail } from './rules.js';

/**
 * The beheerder's page of the panel's members (issue 15): who is in the panel, how many still
 * have to answer each open peiling, removing a member on request and a new code. Every read and
 * change passes the door's named system path (`panel-leden`): one audit entry, no record. The
 * page never says who answered: a used code has no member any more (decision 032), and a new
 * code gets the same answer whether she still had something open or not.
 */

const pad =
  (db: Db, viewer: Viewer, nu: Date, actie: 'read' | 'update' | 'delete') =>
  <T>(werk: (toegang: AggregaatToegang) => Promise<T>) =>
    systeemAggregaat(
      db,
      { reden: 'panel-leden', gemeenteId: viewer.gemeenteId, now: nu, actor: viewer, actie },
      werk,
    );

export type LidRegel = { id: string; naam: string; email: string; aangemeldOp: Date };

export type LedenOverzicht = {
  leden: LidRegel[];
  /** Peilingen still open (the last day not past), with how many were invited and still have to answer */
  open: q.PeilingStand[];
  minimum: number;
};

/** The list: names and a hidden e-mail address (the full address never leaves this function). */
export async function ledenOverzicht(db: Db, viewer: Viewer, nu: Date): Promise<LedenOverzicht> {
  const vandaag = nu.toISOString().slice(0, 10);
  const open = (await q.peilingen(db, viewer.gemeenteId)).filter((p) => p.sluitOp >= vandaag);
  const { minimum } = await instelling(db, viewer.gemeenteId);
  const leden = await pad(db, viewer, nu, 'read')((toegang) => q.ledenLijst(toegang));
  return { leden: leden.map((l) => ({ ...l, email: verborgenEmail(l.email) })), open, minimum };
}

/** Removes a member on request; false when no such member is in her gemeente's panel (nothing written). */
export async function verwijderLid(db: Db, viewer: Viewer, lidId: string, nu: Date): Promise<boolean> {
  return pad(db, viewer, nu, 'delete')((toegang) => q.verwijderLid(toegang, lidId));
}

/**
 * A new code for every open peiling she still has to answer, by mail; the old codes stop
 * working. False only when the member is unknown. Whether she had anything open, the answer
 * is the same: the beheerder does not learn whether she answered.
 */
export async function stuurNieuweCode(
  db: Db,
  invoer: { viewer: Viewer; gemeente: Gemeente; lidId: string; nu: Date; baseUrl: string; locale: Locale },
): Promise<boolean> {
  const { viewer, nu } = invoer;
  return pad(
    db,
    viewer,
    nu,
    'update',
  )(async (toegang) => {
    const lid = await q.lidVan(toegang, invoer.lidId);
    if (!lid) return false;
    const t = translator(invoer.locale);
    for (const open of await q.openCodesVan(toegang, lid.id, nu)) {
      const { code, hash } = nieuweCode();
      if (!(await q.vervangCode(toegang, open.tokenHash, hash))) continue;
      await q.mailAanLid(
        toegang,
        nu,
        peilingMail(t, { ...invoer, to: lid.email, code, sluitOp: open.sluitOp }),
      );
    }
    return true;
  });
}
