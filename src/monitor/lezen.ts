import type { Db } from '../platform/db/database.js';
import type { Viewer } from '../platform/http/request-context.js';
import { systeemAggregaat, viaDeDeur } from '../regie/door/door.js';
import { monitorAanvaller } from './aanvaller-snel.js';
import * as q from './queries.js';
import { groepenVan, maakTabellen, type Tabel, type Uitsplitsing, type Variabele } from './rules.js';

/**
 * Reading in the monitor: her own choice (through the door, her record's section "meetellen",
 * the owner only) and the report (through the door's named system path for sums, audited,
 * never one record).
 */
export const SECTIE = 'meetellen';

export type MeetellenData = {
  deelname: q.Deelname | undefined;
  instelling: q.MonitorInstelling;
};

export async function leesMeetellen(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  nu: Date,
): Promise<MeetellenData> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', alleenEigenaar: true },
    { now: nu },
    async (toegang) => ({
      deelname: await q.deelname(toegang),
      instelling: await q.instelling(toegang, toegang.gemeenteId),
    }),
  );
}

export type RapportData = {
  instelling: q.MonitorInstelling;
  levensgebieden: { code: string; naam: string | null }[];
  tabellen: Tabel[];
};

/** The report for one variable and breakdown: sums from the database, then suppression. */
export async function leesRapport(
  db: Db,
  viewer: Viewer,
  vraag: { variabele: Variabele; uitsplitsing: Uitsplitsing[] },
  nu: Date,
): Promise<RapportData> {
  const { instelling, levensgebieden, tellingen } = await systeemAggregaat(
    db,
    { reden: 'monitor', gemeenteId: viewer.gemeenteId, now: nu, actor: viewer },
    async (toegang) => ({
      instelling: await q.instelling(toegang, toegang.gemeenteId),
      levensgebieden: await q.levensgebieden(toegang),
      tellingen:
        vraag.variabele === 'redzaamheid'
          ? await q.tellingenRedzaamheid(toegang)
          : await q.tellingenSchatting(toegang),
    }),
  );
  const tabellen = await maakTabellen({
    tellingen,
    variabele: vraag.variabele,
    codes: levensgebieden.map((g) => g.code),
    groepen: groepenVan(nu, instelling.gebieden),
    uitsplitsing: vraag.uitsplitsing,
    regels: { minimum: instelling.minimum, marge: instelling.marge },
    aanvaller: monitorAanvaller,
  });
  return { instelling, levensgebieden, tabellen };
}
