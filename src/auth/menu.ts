import { ROLLEN } from '../platform/db/schema.js';
import type { MenuItem } from '../platform/extensions/menu.js';

export const authMenu: MenuItem[] = [
  { href: '/mijn-sessies', label: 'nav.sessies', volgorde: 90, voor: ROLLEN },
];
