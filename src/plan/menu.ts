import type { OverzichtBron } from '../platform/extensions/overzicht.js';

/*
 * No menu entry yet: "Mijn plan" in the menu would give the record page two links of that name
 * (the section's link is one), which the regie browser tests address by name. The merger adds
 * `{ href: '/mijn-plan', label: 'plan.menu', … }` together with those tests (src/plan/README.md).
 */

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
