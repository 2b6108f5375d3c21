import { ROLLEN } from '../../platform/db/schema.js';
import type { MenuItem } from '../../platform/extensions/menu.js';

export const tweedeFactorMenu: MenuItem[] = [
  { href: '/tweede-factor/instellen', label: 'tweede-factor.menu', volgorde: 91, voor: ROLLEN },
  { href: '/beheer/tweede-factor', label: 'tweede-factor.menu-beheer', volgorde: 51, voor: ['beheerder'] },
];
