import { randomUUID } from 'node:crypto';
import type { Db } from '../platform/db/database.js';
import { HttpError } from '../platform/http/errors.js';
import { isUuid } from '../platform/http/ids.js';
import type { Viewer } from '../platform/http/request-context.js';
import { viaDeDeur } from '../regie/door/door.js';
import * as q from './queries.js';
import { type AntwoordFout, beantwoord, statusVan } from './rules.js';
import type { MeldReden } from './schema.js';
import { alsVoorstel, SECTIE } from './systeem.js';

/**
 * Her changes in Samen, each through the door once (her own record, the owner only), in one
 * transaction with its audit entry. A refused answer (twice, after expiry, after another's "no")
 * throws a 409 with the reason, and nothing is written.
 */

export class SamenFout extends HttpError {
  constructor(readonly fout: AntwoordFout | 'niet-geaccepteerd' | 'onbekend-lid') {
    super('CONFLICT', fout);
  }
}

const deur = (dossierId: string, actie: 'create' | 'update', itemId?: string) => ({
  dossierId,
  sectie: SECTIE,
  nodig: 'bewerken' as const,
  actie,
  alleenEigenaar: true,
  ...(itemId ? { itemId } : {}),
});

/** Stores her part; a stale version is a 409 (the form shows her input again). */
export async function bewaarSamen(
  db: Db,
  viewer: Viewer,
  invoer: { dossierId: string; profiel: q.ProfielInvoer; versie: number; nu: Date },
): Promise<void> {
  await viaDeDeur(
    db,
    viewer,
    deur(invoer.dossierId, invoer.versie === 0 ? 'create' : 'update'),
    { now: invoer.nu },
    async (toegang) => {
      if (!(await q.bewaarProfiel(toegang, invoer.profiel, invoer.versie, invoer.nu)))
        throw new HttpError('CONFLICT');
    },
  );
}

async function eigenVoorstel(toegang: Parameters<typeof q.mijnVoorstellen>[0], voorstelId: string) {
  const v = (await q.mijnVoorstellen(toegang)).find((x) => x.id === voorstelId);
  if (!v) throw new HttpError('NOT_FOUND');
  return v;
}

/** Yes or no to a proposal; no reason is asked. */
export async function beantwoordVoorstel(
  db: Db,
  viewer: Viewer,
  invoer: { dossierId: string; voorstelId: string; keuze: 'ja' | 'nee'; nu: Date },
): Promise<void> {
  if (!isUuid(invoer.voorstelId)) throw new HttpError('NOT_FOUND');
  await viaDeDeur(
    db,
    viewer,
    deur(invoer.dossierId, 'update', `voorstel:${invoer.voorstelId}`),
    { now: invoer.nu },
    async (toegang) => {
      const v = await eigenVoorstel(toegang, invoer.voorstelId);
      const uitkomst = beantwoord(alsVoorstel(v), toegang.dossierId, invoer.keuze, invoer.nu);
      if (!uitkomst.ok) throw new SamenFout(uitkomst.fout);
      if (!(await q.zetAntwoord(toegang, v.id, invoer.keuze, invoer.nu)))
        throw new SamenFout('al-beantwoord');
    },
  );
}

/** "It happened": her side of the help in an accepted proposal. */
export async function bevestigGebeurd(
  db: Db,
  viewer: Viewer,
  invoer: { dossierId: string; voorstelId: string; nu: Date },
): Promise<void> {
  if (!isUuid(invoer.voorstelId)) throw new HttpError('NOT_FOUND');
  await viaDeDeur(
    db,
    viewer,
    deur(invoer.dossierId, 'update', `voorstel:${invoer.voorstelId}`),
    { now: invoer.nu },
    async (toegang) => {
      const v = await eigenVoorstel(toegang, invoer.voorstelId);
      if (statusVan(alsVoorstel(v), invoer.nu) !== 'geaccepteerd') throw new SamenFout('niet-geaccepteerd');
      if ((await q.bevestigHulp(toegang, v.id, invoer.nu)) === 0) throw new SamenFout('al-beantwoord');
    },
  );
}

/**
 * Blocks another member (never matched together again) and, with a reason, reports her to the
 * coordinator. An open proposal is closed by her "no" at the same time.
 */
export async function blokkeerOfMeld(
  db: Db,
  viewer: Viewer,
  invoer: { dossierId: string; voorstelId: string; lid: number; reden: MeldReden | undefined; nu: Date },
): Promise<void> {
  if (!isUuid(invoer.voorstelId)) throw new HttpError('NOT_FOUND');
  await viaDeDeur(
    db,
    viewer,
    deur(invoer.dossierId, 'create', `voorstel:${invoer.voorstelId}`),
    { now: invoer.nu },
    async (toegang) => {
      const v = await eigenVoorstel(toegang, invoer.voorstelId);
      const ander = v.leden.find((l) => l.volgorde === invoer.lid && l.dossierId !== toegang.dossierId);
      if (!ander) throw new SamenFout('onbekend-lid');
      await q.blokkeer(toegang, ander.dossierId, invoer.nu);
      if (invoer.reden)
        await q.meld(
          toegang,
          { id: randomUUID(), over: ander.dossierId, voorstelId: v.id, reden: invoer.reden },
          invoer.nu,
        );
      if (
        statusVan(alsVoorstel(v), invoer.nu) === 'open' &&
        v.leden.some((l) => l.dossierId === toegang.dossierId && l.antwoord === 'open')
      )
        await q.zetAntwoord(toegang, v.id, 'nee', invoer.nu);
    },
  );
}

/**
 * Her choice whether the people she exchanged help with appear on her netwerkkaart ("Via
 * Samen"). Only once she has a part in Samen: before that there is nothing to show (409).
 */
export async function kiesNetwerkkaart(
  db: Db,
  viewer: Viewer,
  invoer: { dossierId: string; aan: boolean; nu: Date },
): Promise<void> {
  await viaDeDeur(
    db,
    viewer,
    deur(invoer.dossierId, 'update', 'netwerkkaart'),
    { now: invoer.nu },
    async (toegang) => {
      if (!(await q.zetOpNetwerkkaart(toegang, invoer.aan, invoer.nu))) throw new HttpError('CONFLICT');
    },
  );
}
