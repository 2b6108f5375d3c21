import type { MenuItem } from '../platform/extensions/menu.js';
import type { OverzichtBron } from '../platform/extensions/overzicht.js';

/** "Meetellen" for the resident; the report for the analist and the beheerder; the rules for the beheerder. */
export const monitorMenu: MenuItem[] = [
  { href: '/mijn-meetellen', label: 'monitor.menu.meetellen', volgorde: 40, voor: ['inwoner'] },
  { href: '/monitor', label: 'monitor.menu.rapport', volgorde: 20, voor: ['analist', 'beheerder'] },
  { href: '/panel/peilingen', label: 'monitor.menu.panel', volgorde: 21, voor: ['analist', 'beheerder'] },
  {
    href: '/panel/invoer',
    label: 'monitor.menu.invoer',
    volgorde: 22,
    voor: ['panelmedewerker', 'beheerder'],
  },
  { href: '/beheer/monitor', label: 'monitor.menu.beheer', volgorde: 56, voor: ['beheerder'] },
];

/** Her choice to count, one step from her overview. */
export const monitorKaarten: OverzichtBron = {
  volgorde: 60,
  kaarten: ({ eigenDossierId }) =>
    eigenDossierId
      ? [
          {
            code: 'meetellen',
            titel: 'sectie.meetellen',
            tekst: 'monitor.kaart.tekst',
            href: `/dossiers/${eigenDossierId}/meetellen`,
          },
        ]
      : [],
};
