import { ROLLEN } from '../platform/db/schema.js';
import type { MenuItem } from '../platform/extensions/menu.js';

export const homeMenu: MenuItem[] = [
  { href: '/', label: 'nav.start', volgorde: 1, voor: ['bezoeker'] },
  { href: '/mijn-overzicht', label: 'nav.mijn-overzicht', volgorde: 10, voor: ROLLEN },
];
