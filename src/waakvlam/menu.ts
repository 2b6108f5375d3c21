import type { MenuItem } from '../platform/extensions/menu.js';
import type { OverzichtBron } from '../platform/extensions/overzicht.js';

/** "Mijn waakvlam" in the resident's menu (a redirect to her own). */
export const waakvlamMenu: MenuItem[] = [
  { href: '/mijn-waakvlam', label: 'waakvlam.menu', volgorde: 17, voor: ['inwoner'] },
];

/** The resident reaches her waakvlam from her overview in one step. */
export const waakvlamKaarten: OverzichtBron = {
  volgorde: 40,
  kaarten: ({ eigenDossierId }) =>
    eigenDossierId
      ? [
          {
            code: 'waakvlam',
            titel: 'sectie.waakvlam',
            tekst: 'waakvlam.kaart.tekst',
            href: `/dossiers/${eigenDossierId}/waakvlam`,
          },
        ]
      : [],
};
