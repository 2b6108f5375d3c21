import type { MenuItem } from '../platform/extensions/menu.js';

export const beheerMenu: MenuItem[] = [
  { href: '/beheer/accounts', label: 'nav.beheer-accounts', volgorde: 50, voor: ['beheerder'] },
];
