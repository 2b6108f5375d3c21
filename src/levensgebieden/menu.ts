import type { MenuItem } from '../platform/extensions/menu.js';
import type { OverzichtBron, OverzichtKaart } from '../platform/extensions/overzicht.js';
import { leesKaartStand } from './beoordelen.js';

export const levensgebiedenMenu: MenuItem[] = [
  { href: '/beheer/levensgebieden', label: 'levensgebieden.beheer.titel', volgorde: 52, voor: ['beheerder'] },
];

/**
 * "Hoe het gaat" on her overview: when she last filled it in, and the next step — begin,
 * go on with the round she started, or check after three months whether it still holds.
 */
export const levensgebiedenKaarten: OverzichtBron = {
  volgorde: 20,
  kaarten: async ({ db, viewer, eigenDossierId, nu }) => {
    if (!eigenDossierId) return [];
    const basis = `/dossiers/${eigenDossierId}/levensgebieden`;
    const invullen = `${basis}/invullen`;
    const kaart: OverzichtKaart = { code: 'levensgebieden', titel: 'sectie.levensgebieden', href: basis };
    if (!db) return [kaart];
    const stand = await leesKaartStand(db, viewer, eigenDossierId, nu);
    switch (stand.soort) {
      case 'nooit':
        return [
          {
            ...kaart,
            tekst: 'levensgebieden.kaart.nooit',
            stap: {
              tekst: 'levensgebieden.stap.begin',
              link: 'levensgebieden.stap.begin.link',
              href: invullen,
              belang: 20,
            },
          },
        ];
      case 'bezig':
        return [
          {
            ...kaart,
            tekst: 'levensgebieden.kaart.bezig',
            stap: {
              tekst: 'levensgebieden.stap.verder',
              link: 'levensgebieden.stap.verder.link',
              href: invullen,
              belang: 10,
            },
          },
        ];
      case 'recent':
        return [{ ...kaart, tekst: 'levensgebieden.kaart.laatst', tekstWaarden: { datum: stand.datum } }];
      case 'oud':
        return [
          {
            ...kaart,
            tekst: 'levensgebieden.kaart.laatst',
            tekstWaarden: { datum: stand.datum },
            stap: {
              tekst: 'levensgebieden.stap.nog-klopt',
              waarden: { maanden: stand.maanden },
              link: 'levensgebieden.stap.nog-klopt.link',
              href: invullen,
              belang: 30,
            },
          },
        ];
    }
  },
};
