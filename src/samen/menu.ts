import type { MenuItem } from '../platform/extensions/menu.js';
import type { OverzichtBron } from '../platform/extensions/overzicht.js';

/**
 * "Samen" in the resident's menu; the coordinator's page for professionals (the page itself
 * refuses a professional who is not a coordinator: the menu cannot know the flag).
 */
export const samenMenu: MenuItem[] = [
  { href: '/mijn-samen', label: 'samen.menu', volgorde: 45, voor: ['inwoner'] },
  { href: '/samen/coordinatie', label: 'samen.menu.coordinatie', volgorde: 45, voor: ['professional'] },
  { href: '/samen/groepen', label: 'samen.menu.groepen', volgorde: 46, voor: ['professional'] },
];

/** The resident reaches Samen from her overview in one step. */
export const samenKaarten: OverzichtBron = {
  volgorde: 55,
  kaarten: ({ eigenDossierId }) =>
    eigenDossierId
      ? [
          {
            code: 'samen',
            titel: 'sectie.samen',
            tekst: 'samen.kaart.tekst',
            href: `/dossiers/${eigenDossierId}/samen`,
          },
        ]
      : [],
};
