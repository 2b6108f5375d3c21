import type { MenuItem } from '../../platform/extensions/menu.js';

export const socialeKaartBeheerMenu: MenuItem[] = [
  { href: '/beheer/sociale-kaart', label: 'socialeKaartBeheer.nav', volgorde: 53, voor: ['beheerder'] },
];
