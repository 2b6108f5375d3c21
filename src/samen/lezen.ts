import type { Db } from '../platform/db/database.js';
import type { Viewer } from '../platform/http/request-context.js';
import { viaDeDeur } from '../regie/door/door.js';
import * as q from './queries.js';
import { type Bevestiging, eigenBeeld, statusVan, type VoorstelStatus } from './rules.js';
import { type AnderLid, alsVoorstel, andereLeden, SECTIE } from './systeem.js';

/**
 * Her Samen page: her part (what she offers and asks), her proposals with what each member
 * would do, and her own give-and-receive picture. Her own record through the door (the owner
 * only); the other members' first name and neighbourhood through the named system path.
 */

export type VoorstelKaart = {
  id: string;
  soort: q.VoorstelRij['soort'];
  status: VoorstelStatus;
  verlooptOp: Date;
  mijnAntwoord: 'open' | 'ja' | 'nee';
  /** What she gives, to whom (by the other's place in the proposal) */
  ikGeef: { aan: number; vaardigheid: string }[];
  ikKrijg: { van: number; vaardigheid: string }[];
  anderen: AnderLid[];
  /** She said "it happened" for her side */
  gebeurd: boolean;
};

export type SamenData = {
  profiel: q.Profiel | undefined;
  voorstellen: VoorstelKaart[];
  beeld: { gegeven: string[]; ontvangen: string[] };
};

export async function leesSamen(db: Db, viewer: Viewer, dossierId: string, nu: Date): Promise<SamenData> {
  const { profiel, voorstellen } = await viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', alleenEigenaar: true },
    { now: nu },
    async (toegang) => ({ profiel: await q.profiel(toegang), voorstellen: await q.mijnVoorstellen(toegang) }),
  );
  const kaarten: VoorstelKaart[] = [];
  const bevestigingen: Bevestiging[] = [];
  for (const v of voorstellen) {
    const status = statusVan(alsVoorstel(v), nu);
    const plek = (id: string) => v.leden.find((l) => l.dossierId === id)?.volgorde ?? -1;
    for (const h of v.hulp)
      bevestigingen.push({
        voorstel: v.id,
        van: h.van,
        naar: h.naar,
        vaardigheid: h.vaardigheid,
        doorGever: h.geverBevestigdOp !== null,
        doorOntvanger: h.ontvangerBevestigdOp !== null,
      });
    // Declined and expired proposals are closed: no names are read for them any more.
    const open = status === 'open' || status === 'geaccepteerd';
    kaarten.push({
      id: v.id,
      soort: v.soort,
      status,
      verlooptOp: v.verlooptOp,
      mijnAntwoord: v.leden.find((l) => l.dossierId === dossierId)?.antwoord ?? 'open',
      ikGeef: v.hulp
        .filter((h) => h.van === dossierId)
        .map((h) => ({ aan: plek(h.naar), vaardigheid: h.vaardigheid })),
      ikKrijg: v.hulp
        .filter((h) => h.naar === dossierId)
        .map((h) => ({ van: plek(h.van), vaardigheid: h.vaardigheid })),
      anderen: open ? await andereLeden(db, viewer, dossierId, v, nu) : [],
      gebeurd: v.hulp.some(
        (h) =>
          (h.van === dossierId && h.geverBevestigdOp !== null) ||
          (h.naar === dossierId && h.ontvangerBevestigdOp !== null),
      ),
    });
  }
  return { profiel, voorstellen: kaarten, beeld: eigenBeeld(bevestigingen, dossierId) };
}
