import type { MenuItem } from '../platform/extensions/menu.js';
import type { OverzichtBron } from '../platform/extensions/overzicht.js';

/** "Mijn plan" in the resident's menu (a redirect to her own plan). */
export const planMenu: MenuItem[] = [
  { href: '/mijn-plan', label: 'plan.menu', volgorde: 14, voor: ['inwoner'] },
];

/** The resident reaches her plan from her overview in one step. */
export const planKaarten: OverzichtBron = {
  volgorde: 25,
  kaarten: ({ eigenDossierId }) =>
    eigenDossierId
      ? [
          {
            code: 'plan',
            titel: 'sectie.plan',
            tekst: 'plan.kaart.tekst',
            href: `/dossiers/${eigenDossierId}/plan`,
          },
        ]
      : [],
};
