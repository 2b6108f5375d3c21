import type { Db } from '../platform/db/database.js';
import type { HulpPerGebied, HulpUitDossier } from '../platform/extensions/hulp-uit-dossier.js';
import type { ZorgenUitDossier } from '../platform/extensions/zorgen-uit-dossier.js';
import type { Viewer } from '../platform/http/request-context.js';
import { type Toegang, viaDeDeur } from '../regie/door/door.js';
import * as buren from './buren/queries.js';
import { GEBIED_VAARDIGHEDEN } from './netwerk-suggestie.js';
import * as q from './queries.js';
import { type Bevestiging, bevestigingenVan, eigenBeeld, statusVan, type VoorstelStatus } from './rules.js';
import type { BuurSoort } from './schema.js';
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
  /** A neighbour without a resident's record (decision 048): a volunteer only gives. */
  buur: BuurSoort | undefined;
  voorstellen: VoorstelKaart[];
  beeld: { gegeven: string[]; ontvangen: string[] };
  /**
   * Who on her own netwerkkaart helps per part of life a neighbour could help with (the
   * `HulpUitDossier` sources, read inside the same door call; she is the owner). Undefined when
   * no source is wired.
   */
  netwerkHulp?: HulpPerGebied;
  /**
   * The parts of life where her own latest levensgebieden answer says it is not going well (the
   * `ZorgenUitDossier` sources, same door call, she is the owner). Undefined when none is wired.
   */
  zorgen?: string[];
};

/** The sources read inside her door call for the tips (both hers only; neither for a neighbour). */
export type SamenBronnen = {
  dossierHulp?: HulpUitDossier<Toegang> | undefined;
  dossierZorgen?: ZorgenUitDossier<Toegang> | undefined;
};

export async function leesSamen(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  nu: Date,
  bronnen: SamenBronnen = {},
): Promise<SamenData> {
  const { dossierHulp, dossierZorgen } = bronnen;
  const { profiel, voorstellen, buur, netwerkHulp, zorgen } = await viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', alleenEigenaar: true },
    { now: nu },
    async (toegang) => {
      const buur = (await buren.buurSoort(toegang))?.soort;
      return {
        profiel: await q.profiel(toegang),
        voorstellen: await q.mijnVoorstellen(toegang),
        buur,
        // A neighbour without a resident's record has no netwerkkaart to take tips from.
        netwerkHulp:
          dossierHulp && !buur
            ? await dossierHulp.voor(toegang, Object.keys(GEBIED_VAARDIGHEDEN))
            : undefined,
        // Nor levensgebieden: her own latest answers, read only for her (the door: owner only).
        zorgen: dossierZorgen && !buur ? await dossierZorgen.voor(toegang) : undefined,
      };
    },
  );
  const kaarten: VoorstelKaart[] = [];
  const bevestigingen: Bevestiging[] = [];
  for (const v of voorstellen) {
    const status = statusVan(alsVoorstel(v), nu);
    const plek = (id: string) => v.leden.find((l) => l.dossierId === id)?.volgorde ?? -1;
    bevestigingen.push(...bevestigingenVan([v]));
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
  return {
    profiel,
    buur,
    voorstellen: kaarten,
    beeld: eigenBeeld(bevestigingen, dossierId),
    ...(netwerkHulp ? { netwerkHulp } : {}),
    ...(zorgen ? { zorgen } : {}),
  };
}
