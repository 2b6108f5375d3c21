import type { DossierHulpBron } from '../platform/extensions/hulp-uit-dossier.js';
import type { Toegang } from '../regie/door/door.js';
import * as q from './queries.js';

/**
 * The netwerkkaart as a source for the levensgebieden overview: per levensgebied, who on her
 * map helps with it ("wie in je netwerk helpt hierbij"). Called inside the door, for the
 * record's owner only (her own map, every name hers to see); anyone else gets nothing.
 */
export const netwerkHulpBron: DossierHulpBron<Toegang> = {
  code: 'netwerk',
  async lees(toegang, codes) {
    if (toegang.grondslag !== 'eigenaar') return {};
    const personen = await q.personen(toegang);
    return Object.fromEntries(
      codes.map((code) => [code, personen.filter((p) => p.helptBij.includes(code)).map((p) => p.naam)]),
    );
  },
};
