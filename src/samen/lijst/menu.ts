import type { MenuItem } from '../../platform/extensions/menu.js';

/** The beheerder's page of the gemeente's skill list. */
export const samenLijstMenu: MenuItem[] = [
  { href: '/beheer/samen/vaardigheden', label: 'samen.lijst.menu', volgorde: 55, voor: ['beheerder'] },
];
