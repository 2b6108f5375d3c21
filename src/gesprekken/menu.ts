import type { OverzichtBron } from '../platform/extensions/overzicht.js';

/** The resident reaches her requests for help and their deadlines from her overview in one step. */
export const gesprekkenKaarten: OverzichtBron = {
  volgorde: 27,
  kaarten: ({ eigenDossierId }) =>
    eigenDossierId
      ? [
          {
            code: 'gesprekken',
            titel: 'sectie.gesprekken',
            tekst: 'gesprekken.kaart.tekst',
            href: `/dossiers/${eigenDossierId}/gesprekken`,
          },
        ]
      : [],
};
