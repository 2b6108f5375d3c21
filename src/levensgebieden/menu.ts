import type { MenuItem } from '../platform/extensions/menu.js';
import type { OverzichtBron } from '../platform/extensions/overzicht.js';

export const levensgebiedenMenu: MenuItem[] = [
  { href: '/beheer/levensgebieden', label: 'levensgebieden.beheer.titel', volgorde: 52, voor: ['beheerder'] },
];

/** "Hoe het gaat": the resident reaches her levensgebieden from her overview in one step. */
export const levensgebiedenKaarten: OverzichtBron = {
  volgorde: 20,
  kaarten: ({ eigenDossierId }) =>
    eigenDossierId
      ? [
          {
            code: 'levensgebieden',
            titel: 'sectie.levensgebieden',
            href: `/dossiers/${eigenDossierId}/levensgebieden`,
          },
        ]
      : [],
};
