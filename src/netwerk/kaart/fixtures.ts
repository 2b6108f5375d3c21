import type { KaartPersoon } from './types.js';

/**
 * A fictional network for tests and the browser check: eight people across the three circles,
 * and a way to make up to any number more. Only used by tests.
 */
export const ACHT: KaartPersoon[] = [
  {
    id: 'p-broer',
    label: 'Ruben',
    relatie: 'Broer of zus',
    cirkel: 'heel-dichtbij',
    steun: 4,
    balans: 'krijgt-meer',
    vlaggen: [],
  },
  {
    id: 'p-moeder',
    label: 'Moeder',
    relatie: 'Ouder',
    cirkel: 'heel-dichtbij',
    steun: 3,
    balans: 'geeft-meer',
    vlaggen: ['zwaar-belast', 'eigen-problemen'],
  },
  {
    id: 'p-vriendin',
    label: 'Samira',
    relatie: 'Vriend',
    cirkel: 'heel-dichtbij',
    steun: 2,
    balans: 'in-balans',
    vlaggen: [],
  },
  {
    id: 'p-buur',
    label: 'Buurvrouw Els',
    relatie: 'Buur',
    cirkel: 'dichtbij',
    steun: 1,
    balans: 'in-balans',
    vlaggen: ['liever-niet-vragen'],
  },
  {
    id: 'p-buurtteam',
    label: 'Buurtteam Lindewaard (maatschappelijk werker)',
    relatie: 'Professional',
    cirkel: 'dichtbij',
    steun: 5,
    balans: 'krijgt-meer',
    vlaggen: [],
  },
  {
    id: 'p-tante',
    label: 'Tante Wilhelmina',
    relatie: 'Familie',
    cirkel: 'verder-weg',
    steun: 0,
    balans: 'geen',
    vlaggen: ['ver-weg'],
  },
  {
    id: 'p-collega',
    label: 'Oud-collega Mark',
    relatie: 'Kennis',
    cirkel: 'verder-weg',
    steun: 1,
    balans: 'geen',
    vlaggen: ['kost-energie'],
  },
  {
    id: 'p-vrijwilliger',
    label: 'Maatje van de taalcafé',
    relatie: 'Vrijwilliger',
    cirkel: 'dichtbij',
    steun: 2,
    balans: 'krijgt-meer',
    vlaggen: [],
  },
];

const NAMEN = ['Anouk', 'Bram', 'Chantal', 'Dewi', 'Emre', 'Fleur', 'Gijs', 'Hanna', 'Ismail', 'Joyce'];

/** `aantal` made-up people spread over the circles, with long and short names and all flags. */
export function veelMensen(aantal: number): KaartPersoon[] {
  return Array.from({ length: aantal }, (_, i) => ({
    id: `m-${String(i).padStart(3, '0')}`,
    label:
      i % 4 === 0
        ? `${NAMEN[i % NAMEN.length]} van der Meulen-Wijnberg ${i}`
        : `${NAMEN[i % NAMEN.length]} ${i}`,
    relatie: 'Kennis',
    cirkel: (['heel-dichtbij', 'dichtbij', 'verder-weg', 'verder-weg'] as const)[i % 4] ?? 'dichtbij',
    steun: i % 6,
    balans: (['krijgt-meer', 'in-balans', 'geeft-meer', 'geen'] as const)[i % 4] ?? 'geen',
    vlaggen:
      i % 3 === 0 ? ['ver-weg', 'zwaar-belast', 'eigen-problemen', 'liever-niet-vragen', 'kost-energie'] : [],
  }));
}
