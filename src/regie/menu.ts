import type { MenuItem } from '../platform/extensions/menu.js';
import type { OverzichtBron } from '../platform/extensions/overzicht.js';

export const regieMenu: MenuItem[] = [
  { href: '/mijn-gegevens', label: 'nav.mijn-gegevens', volgorde: 20, voor: ['inwoner'] },
  { href: '/wie-kan-wat-zien', label: 'nav.wie-kan-wat-zien', volgorde: 21, voor: ['inwoner'] },
  { href: '/mijn-logboek', label: 'nav.logboek', volgorde: 22, voor: ['inwoner'] },
  { href: '/noodtoegang', label: 'nav.noodtoegang', volgorde: 30, voor: ['professional'] },
  { href: '/beheer/vertegenwoordiging', label: 'nav.vertegenwoordiging', volgorde: 51, voor: ['beheerder'] },
];

/** The resident's own record, its sharing and its log: one step from "Mijn overzicht". */
export const regieKaarten: OverzichtBron = {
  volgorde: 10,
  kaarten: ({ eigenDossierId }) =>
    eigenDossierId
      ? [
          {
            code: 'mijn-gegevens',
            titel: 'nav.mijn-gegevens',
            tekst: 'overzicht.kaart.mijn-gegevens',
            href: '/mijn-gegevens',
          },
          {
            code: 'wie-kan-wat-zien',
            titel: 'nav.wie-kan-wat-zien',
            href: '/wie-kan-wat-zien',
            soort: 'privacy',
          },
          { code: 'logboek', titel: 'nav.logboek', href: '/mijn-logboek', soort: 'privacy' },
        ]
      : [],
};
