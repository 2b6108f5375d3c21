import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.js';
import { HttpError } from '../../platform/http/errors.js';
import { isUuid } from '../../platform/http/ids.js';
import type { Viewer } from '../../platform/http/request-context.js';
import { viaDeDeur } from '../../regie/door/door.js';
import type { Toegang } from '../../regie/door/toegang.js';
import * as sq from '../queries.js';
import type { MeldReden } from '../schema.js';
import { SECTIE } from '../systeem.js';
import * as q from './queries.js';
import {
  beantwoordGroep,
  type GroepAntwoordFout,
  type GroepStatus,
  groepStatus,
  type LidAntwoord,
} from './rules.js';
import { type AnderGroepslid, alsGroep, andereGroepsleden } from './systeem.js';

/**
 * Her groups: reading them, joining or declining (no reason asked), blocking and reporting a
 * member. Each passes the door once (her own record, the owner only), in one transaction with its
 * audit entry; a refused answer throws a 409 with the reason and writes nothing.
 */

export class GroepFout extends HttpError {
  constructor(readonly fout: GroepAntwoordFout | 'onbekend-lid') {
    super('CONFLICT', fout);
  }
}

export type GroepKaart = {
  id: string;
  soort: q.GroepRij['soort'];
  thema: string;
  leiderNaam: string;
  plek: q.GroepRij['plek'];
  status: GroepStatus;
  verlooptOp: Date;
  mijnAntwoord: LidAntwoord;
  /** How many joined so far (a number, no names). */
  aantalJa: number;
  anderen: AnderGroepslid[];
};

const deur = (
  dossierId: string,
  actie: 'read' | 'create' | 'update',
  nodig: 'lezen' | 'bewerken',
  itemId?: string,
) => ({
  dossierId,
  sectie: SECTIE,
  nodig,
  actie,
  alleenEigenaar: true,
  ...(itemId ? { itemId } : {}),
});

export async function leesMijnGroepen(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  nu: Date,
): Promise<GroepKaart[]> {
  const groepen = await viaDeDeur(
    db,
    viewer,
    deur(dossierId, 'read', 'lezen', 'groepen'),
    { now: nu },
    (toegang) => q.mijnGroepen(toegang),
  );
  const kaarten: GroepKaart[] = [];
  for (const g of groepen) {
    const groep = alsGroep(g);
    kaarten.push({
      id: g.id,
      soort: g.soort,
      thema: g.thema,
      leiderNaam: g.leiderNaam,
      plek: g.plek,
      status: groepStatus(groep, nu),
      verlooptOp: g.verlooptOp,
      mijnAntwoord: groep.antwoorden[dossierId] ?? 'open',
      aantalJa: g.leden.filter((l) => l.antwoord === 'ja').length,
      anderen: await andereGroepsleden(db, viewer, dossierId, g, nu),
    });
  }
  return kaarten;
}

async function eigenGroep(toegang: Toegang, groepId: string): Promise<q.GroepRij> {
  const g = (await q.mijnGroepen(toegang)).find((x) => x.id === groepId);
  if (!g) throw new HttpError('NOT_FOUND');
  return g;
}

/** She joins or declines; the answer that brings enough members starts the group. */
export async function beantwoordGroepVoorstel(
  db: Db,
  viewer: Viewer,
  invoer: { dossierId: string; groepId: string; keuze: 'ja' | 'nee'; nu: Date },
): Promise<void> {
  if (!isUuid(invoer.groepId)) throw new HttpError('NOT_FOUND');
  await viaDeDeur(
    db,
    viewer,
    deur(invoer.dossierId, 'update', 'bewerken', `groep:${invoer.groepId}`),
    { now: invoer.nu },
    async (toegang) => {
      const g = await eigenGroep(toegang, invoer.groepId);
      const uitkomst = beantwoordGroep(alsGroep(g), toegang.dossierId, invoer.keuze, invoer.nu);
      if (!uitkomst.ok) throw new GroepFout(uitkomst.fout);
      if (!(await q.zetGroepAntwoord(toegang, g.id, invoer.keuze, invoer.nu)))
        throw new GroepFout('al-beantwoord');
      if (uitkomst.start) await q.zetGestart(toegang, g.id, invoer.nu);
    },
  );
}

/**
 * Blocks another member (never in a group or match together again) and, with a reason, reports
 * her to the coordinator. While she has not answered yet, her answer becomes "no": she will not
 * be in a group with someone she blocked.
 */
export async function blokkeerOfMeldInGroep(
  db: Db,
  viewer: Viewer,
  invoer: { dossierId: string; groepId: string; lid: number; reden: MeldReden | undefined; nu: Date },
): Promise<void> {
  if (!isUuid(invoer.groepId)) throw new HttpError('NOT_FOUND');
  await viaDeDeur(
    db,
    viewer,
    deur(invoer.dossierId, 'create', 'bewerken', `groep:${invoer.groepId}`),
    { now: invoer.nu },
    async (toegang) => {
      const g = await eigenGroep(toegang, invoer.groepId);
      const ander = g.leden[invoer.lid];
      if (!ander || ander.dossierId === toegang.dossierId) throw new GroepFout('onbekend-lid');
      await sq.blokkeer(toegang, ander.dossierId, invoer.nu);
      if (invoer.reden)
        await q.meldInGroep(
          toegang,
          { id: randomUUID(), over: ander.dossierId, groepId: g.id, reden: invoer.reden },
          invoer.nu,
        );
      const mijn = g.leden.find((l) => l.dossierId === toegang.dossierId);
      if (mijn?.antwoord === 'open' && groepStatus(alsGroep(g), invoer.nu) === 'open')
        await q.zetGroepAntwoord(toegang, g.id, 'nee', invoer.nu);
    },
  );
}
