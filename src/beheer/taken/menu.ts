import type { MenuItem } from '../../platform/extensions/menu.js';

export const takenMenu: MenuItem[] = [
  { href: '/beheer/taken', label: 'nav.beheer-taken', volgorde: 59, voor: ['beheerder'] },
];
