import type { MenuItem } from '../platform/extensions/menu.js';
import type { OverzichtBron } from '../platform/extensions/overzicht.js';

/** "Mijn netwerk" in the resident's menu (a redirect to her own map). */
export const netwerkMenu: MenuItem[] = [
  { href: '/mijn-netwerk', label: 'netwerk.menu', volgorde: 15, voor: ['inwoner'] },
  { href: '/beheer/netwerk/relaties', label: 'netwerk.beheer.menu', volgorde: 54, voor: ['beheerder'] },
];

/** The resident reaches her map from her overview in one step. */
export const netwerkKaarten: OverzichtBron = {
  volgorde: 30,
  kaarten: ({ eigenDossierId }) =>
    eigenDossierId
      ? [
          {
            code: 'netwerk',
            titel: 'sectie.netwerk',
            tekst: 'netwerk.kaart.tekst',
            href: `/dossiers/${eigenDossierId}/netwerk`,
          },
        ]
      : [],
};
