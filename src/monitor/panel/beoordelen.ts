import type { Db } from '../../platform/db/database.js';
import type { Viewer } from '../../platform/http/request-context.js';
import { systeemAggregaat } from '../../regie/door/door.js';
import type { AggregaatToegang } from '../../regie/door/toegang.js';
import * as q from './queries.js';

/**
 * The review of a peiling's open answers (the analist or beheerder): one answer at a time,
 * never with who gave it (there is no such link). Every read and every review passes the door's
 * named system path (`panel-beoordeling`): one audit entry without a record, in the same
 * transaction. A review names the version it was made on; when someone else reviewed the
 * answer meanwhile nothing is written and the reviewer gets both versions.
 */

const pad =
  (db: Db, viewer: Viewer, nu: Date, actie: 'read' | 'update') =>
  <T>(werk: (toegang: AggregaatToegang) => Promise<T>) =>
    systeemAggregaat(
      db,
      { reden: 'panel-beoordeling', gemeenteId: viewer.gemeenteId, now: nu, actor: viewer, actie },
      werk,
    );

export type Beoordeelstand = {
  peiling: q.Peiling;
  /** The answer to review now: a given one, or the first that still waits */
  antwoord: q.OpenAntwoord | undefined;
  wachtend: number;
};

/** The review screen of a peiling: how many wait, and one answer (the given one or the next). */
export async function beoordeelstand(
  db: Db,
  viewer: Viewer,
  peilingId: string,
  nu: Date,
  antwoordId?: string,
): Promise<Beoordeelstand | undefined> {
  // The peiling itself is the gemeente's own (its title and questions), read before the audited path.
  const p = await q.peiling(db, viewer.gemeenteId, peilingId);
  if (!p) return undefined;
  return pad(
    db,
    viewer,
    nu,
    'read',
  )(async (toegang) => {
    const antwoord = antwoordId
      ? await q.openAntwoord(toegang, p.id, antwoordId)
      : (await q.teBeoordelen(toegang, p.id, 1))[0];
    return { peiling: p, antwoord, wachtend: await q.aantalTeBeoordelen(toegang, p.id) };
  });
}

export type Beoordeling = { soort: 'goedgekeurd'; tekst: string } | { soort: 'weggelaten' };

export type BeoordeelUitkomst =
  | { soort: 'opgeslagen' }
  | { soort: 'onbekend' }
  /** Someone else reviewed it first: hers was not stored; `huidig` is what is stored now. */
  | { soort: 'conflict'; huidig: q.OpenAntwoord };

/** Thrown inside the transaction so that a refused review leaves no audit entry of a change. */
class Verouderd extends Error {}

/** Stores a review of the version she saw, or says why not. */
export async function beoordeel(
  db: Db,
  viewer: Viewer,
  invoer: { peilingId: string; id: string; versie: number; beoordeling: Beoordeling },
  nu: Date,
): Promise<BeoordeelUitkomst> {
  try {
    return await pad(
      db,
      viewer,
      nu,
      'update',
    )(async (toegang) => {
      const gelukt = await q.beoordeel(toegang, {
        peilingId: invoer.peilingId,
        id: invoer.id,
        versie: invoer.versie,
        uitkomst: invoer.beoordeling,
      });
      if (!gelukt) throw new Verouderd();
      return { soort: 'opgeslagen' } as const;
    });
  } catch (e) {
    if (!(e instanceof Verouderd)) throw e;
  }
  const stand = await beoordeelstand(db, viewer, invoer.peilingId, nu, invoer.id);
  if (!stand?.antwoord) return { soort: 'onbekend' };
  return { soort: 'conflict', huidig: stand.antwoord };
}
