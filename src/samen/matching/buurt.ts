import type { Deelnemer } from './types.js';
import { DAGDELEN } from './types.js';

/**
 * Generated neighbourhoods for the property tests and the benchmark: fictional people with
 * realistic skill lists, postcode centroids and travel distances. Deterministic for a seed.
 */

/** Skills with how often people ask for them and how often they can offer them (relative). */
export const BUURT_VAARDIGHEDEN: readonly { code: string; vraag: number; aanbod: number }[] = [
  { code: 'boodschappen', vraag: 10, aanbod: 6 },
  { code: 'computerhulp', vraag: 9, aanbod: 4 },
  { code: 'administratie', vraag: 9, aanbod: 3 },
  { code: 'klusjes', vraag: 8, aanbod: 4 },
  { code: 'tuin', vraag: 6, aanbod: 4 },
  { code: 'hond-uitlaten', vraag: 4, aanbod: 5 },
  { code: 'gezelschap', vraag: 8, aanbod: 7 },
  { code: 'wandelen', vraag: 5, aanbod: 6 },
  { code: 'taalles', vraag: 6, aanbod: 2 },
  { code: 'huiswerkhulp', vraag: 5, aanbod: 3 },
  { code: 'koken', vraag: 5, aanbod: 5 },
  { code: 'vervoer', vraag: 7, aanbod: 2 },
  { code: 'zwaar-tillen', vraag: 5, aanbod: 3 },
  { code: 'naaien', vraag: 2, aanbod: 3 },
  { code: 'fiets-repareren', vraag: 3, aanbod: 2 },
  { code: 'telefoon-uitleg', vraag: 6, aanbod: 5 },
  { code: 'formulieren', vraag: 7, aanbod: 2 },
  { code: 'oppassen', vraag: 4, aanbod: 3 },
  { code: 'muziek', vraag: 1, aanbod: 2 },
  { code: 'schilderen', vraag: 2, aanbod: 2 },
  { code: 'schoonmaken', vraag: 5, aanbod: 3 },
  { code: 'sporten', vraag: 2, aanbod: 3 },
  { code: 'post-lezen', vraag: 4, aanbod: 4 },
  { code: 'nederlands-oefenen', vraag: 5, aanbod: 5 },
];

/** mulberry32: a small, fast, seeded generator; the same seed gives the same neighbourhood. */
export function willekeur(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function kies<T>(rnd: () => number, lijst: readonly T[], gewicht: (t: T) => number): T {
  const totaal = lijst.reduce((s, t) => s + gewicht(t), 0);
  let r = rnd() * totaal;
  for (const t of lijst) {
    r -= gewicht(t);
    if (r < 0) return t;
  }
  return lijst[lijst.length - 1] as T;
}

function enkele(rnd: () => number, aantal: number, soort: 'vraag' | 'aanbod'): string[] {
  const gekozen = new Set<string>();
  while (gekozen.size < aantal) gekozen.add(kies(rnd, BUURT_VAARDIGHEDEN, (v) => v[soort]).code);
  return [...gekozen].sort();
}

export type BuurtOpties = {
  /** Participants per km² (default 100: a few per cent of the residents of a Dutch town). */
  dichtheid?: number;
  /** Share of volunteers (default 0.15). */
  vrijwilligers?: number;
};

/**
 * A neighbourhood of n participants around a town centre: postcode centroids (about eight
 * participants per PC6) spread over an area that grows with n at constant density; residents ask
 * one or two things and offer none to three; volunteers offer one to three; travel distances of
 * 0.5 to 5 km; three to eight day parts; some only want women; a few blocks and pauses.
 */
export function genereerBuurt(n: number, seed: number, opties: BuurtOpties = {}): Deelnemer[] {
  const rnd = willekeur(seed);
  const dichtheid = opties.dichtheid ?? 100;
  const zijdeKm = Math.sqrt(Math.max(n, 1) / dichtheid);
  const lat0 = 52.09;
  const lon0 = 5.12;
  const kmLon = 111.32 * Math.cos((lat0 * Math.PI) / 180);
  const postcodes = Array.from({ length: Math.max(1, Math.ceil(n / 8)) }, () => ({
    lat: lat0 + ((rnd() - 0.5) * zijdeKm) / 110.574,
    lon: lon0 + ((rnd() - 0.5) * zijdeKm) / kmLon,
  }));
  const mensen: Deelnemer[] = [];
  for (let i = 0; i < n; i++) {
    const vrijwilliger = rnd() < (opties.vrijwilligers ?? 0.15);
    const pc = postcodes[Math.floor(rnd() * postcodes.length)] as { lat: number; lon: number };
    let beschikbaar = 0;
    const delen = 3 + Math.floor(rnd() * 6);
    for (let d = 0; d < delen; d++) beschikbaar |= 1 << Math.floor(rnd() * DAGDELEN);
    const g = rnd();
    const geslacht = g < 0.55 ? 'v' : g < 0.98 ? 'm' : 'x';
    const aanbod = vrijwilliger ? 1 + Math.floor(rnd() * 3) : Math.floor(rnd() * 4);
    mensen.push({
      id: `p${String(i).padStart(5, '0')}`,
      rol: vrijwilliger ? 'vrijwilliger' : 'bewoner',
      vraagt: vrijwilliger ? [] : enkele(rnd, rnd() < 0.7 ? 1 : 2, 'vraag'),
      biedt: enkele(rnd, aanbod, 'aanbod'),
      lat: pc.lat,
      lon: pc.lon,
      maxKm: kies(rnd, [0.5, 1, 2, 3], (km) => (km === 0.5 ? 3 : km === 1 ? 4 : km === 2 ? 2 : 1)),
      beschikbaar,
      geslacht,
      alleenVrouwen: geslacht === 'v' && rnd() < 0.15,
      gepauzeerd: rnd() < 0.01,
    });
  }
  // A few blocks between neighbours that live close.
  for (let k = 0; k < Math.floor(n / 50); k++) {
    const a = mensen[Math.floor(rnd() * n)] as Deelnemer;
    const b = mensen[Math.floor(rnd() * n)] as Deelnemer;
    if (a !== b) a.geblokkeerd = [...(a.geblokkeerd ?? []), b.id];
  }
  return mensen;
}
