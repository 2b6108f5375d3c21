import type { ProfielInvoer } from '../../src/samen/queries.js';

/**
 * A neighbour in the Binnenstad who cooks and asks, in a group, for help with `thema` — the
 * participant the group tests (groepen.test.ts, suggesties.test.ts) build their groups from.
 */
export function groepsProfiel(
  voornaam: string,
  thema: string,
  extra: Partial<ProfielInvoer> = {},
): ProfielInvoer {
  return {
    voornaam,
    wijk: 'Binnenstad',
    postcode: '3511',
    lat: 52.0907,
    lon: 5.1214,
    maxKm: 3,
    dagdelen: 0b11,
    geboortejaar: 1970,
    geslacht: null,
    alleenVrouwen: false,
    contact: { telefoon: `06 ${voornaam}` },
    aanbod: { vaardigheden: ['koken'], toelichting: '', frequentie: 'regelmatig', vorm: 'groep' },
    vraag: { vaardigheden: [thema], toelichting: '', frequentie: 'regelmatig', vorm: 'groep' },
    ...extra,
  };
}
