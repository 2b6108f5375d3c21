import type { Db } from '../platform/db/database.js';
import type { OverzichtKaart, OverzichtKaarten } from '../platform/extensions/overzicht.js';
import type { Viewer } from '../platform/http/request-context.js';
import { eigenDossierId, gedeeldMet } from '../regie/door/door.js';
import { toontGedeeld } from './rules.js';

export type Overzicht = {
  kaarten: OverzichtKaart[];
  /** Records shared with this person; undefined when the page shows no such list */
  gedeeld: Awaited<ReturnType<typeof gedeeldMet>> | undefined;
};

/** "Mijn overzicht": every capability's cards for this viewer, and the records shared with them. */
export async function leesOverzicht(
  db: Db,
  now: Date,
  viewer: Viewer,
  kaarten: OverzichtKaarten,
): Promise<Overzicht> {
  const gedeeld = await gedeeldMet(db, viewer, now);
  return {
    kaarten: await kaarten.voor({ db, viewer, eigenDossierId: await eigenDossierId(db, viewer), nu: now }),
    gedeeld: toontGedeeld(viewer.rol, gedeeld.length) ? gedeeld : undefined,
  };
}
