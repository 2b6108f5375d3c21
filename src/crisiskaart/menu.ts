import type { Db } from '../platform/db/database.js';
import type { MenuItem } from '../platform/extensions/menu.js';
import type { OverzichtBron } from '../platform/extensions/overzicht.js';
import { viaDeDeur } from '../regie/door/door.js';
import { SECTIE } from './lezen.js';
import * as q from './queries.js';

/** "Mijn kaartje" in the resident's menu (a redirect to her own card): a calm name on purpose. */
export const crisiskaartMenu: MenuItem[] = [
  { href: '/mijn-crisiskaart', label: 'crisiskaart.menu', volgorde: 16, voor: ['inwoner'] },
];

/**
 * The card on "Mijn overzicht", under the name she gave it (read through the door: her own
 * read, not logged), so the phone page is one step away.
 */
export function crisiskaartKaarten(db: Db): OverzichtBron {
  return {
    volgorde: 35,
    kaarten: async ({ viewer, eigenDossierId, nu }) => {
      if (!eigenDossierId) return [];
      const naam = await viaDeDeur(
        db,
        viewer,
        { dossierId: eigenDossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read' },
        { now: nu },
        async (toegang) => (await q.kaartNaam(toegang)) ?? '',
      );
      return [
        {
          code: 'crisiskaart',
          titel: 'crisiskaart.standaardnaam',
          ...(naam ? { eigenTitel: naam } : {}),
          tekst: 'crisiskaart.overzicht.tekst',
          href: `/dossiers/${eigenDossierId}/crisiskaart`,
        },
      ];
    },
  };
}
