import type { DossierZorgBron } from '../platform/extensions/zorgen-uit-dossier.js';
import type { Toegang } from '../regie/door/door.js';
import * as q from './queries.js';
import { alleenAntwoorden, gebiedenVoorHulp, laatstePerGebied } from './rules.js';

/**
 * Her levensgebieden as a source for other sections (her Samen page's tips): the parts of life
 * where her own latest answer says it is not going well (score at or below `HULP_BIJ_SCORE`, the
 * same rule that offers help on her overview). Called inside the door, for the record's owner
 * only: someone else's view is never read here, and anyone else gets nothing.
 */
export const levensgebiedenZorgBron: DossierZorgBron<Toegang> = {
  code: 'levensgebieden',
  async lees(toegang) {
    if (toegang.grondslag !== 'eigenaar') return [];
    // Her own view only (`eigen` is always written by her): another's worry is never a tip.
    const eigen = await q.afgerondeBeoordelingen(toegang, { perspectief: 'eigen' });
    const laatste = alleenAntwoorden(laatstePerGebied(eigen));
    return gebiedenVoorHulp(Object.keys(laatste), laatste);
  },
};
