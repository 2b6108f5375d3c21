import type { MenuItem } from '../../platform/extensions/menu.js';

/** The sociale kaart is public: help that needs no login, referral or diagnosis (not for the analist). */
export const socialeKaartMenu: MenuItem[] = [
  {
    href: '/sociale-kaart',
    label: 'nav.sociale-kaart',
    volgorde: 40,
    voor: ['bezoeker', 'inwoner', 'naaste', 'professional', 'beheerder'],
  },
];
