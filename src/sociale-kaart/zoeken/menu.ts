import type { MenuItem } from '../../platform/extensions/menu.js';
import type { OverzichtBron } from '../../platform/extensions/overzicht.js';

/** The sociale kaart is public: help that needs no login, referral or diagnosis (not for the analist). */
export const socialeKaartMenu: MenuItem[] = [
  {
    href: '/sociale-kaart',
    label: 'nav.sociale-kaart',
    volgorde: 40,
    voor: ['bezoeker', 'inwoner', 'naaste', 'professional', 'beheerder'],
  },
];

/** "Hulp zoeken" on a resident's overview: one step from her home to help nearby. */
export const socialeKaartKaarten: OverzichtBron = {
  volgorde: 80,
  kaarten: ({ viewer }) =>
    viewer.rol === 'inwoner'
      ? [
          {
            code: 'hulp-zoeken',
            titel: 'nav.sociale-kaart',
            tekst: 'socialeKaart.kaart.tekst',
            href: '/sociale-kaart',
          },
        ]
      : [],
};
