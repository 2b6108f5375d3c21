import { cumulatief, plusEen } from './csr.js';
import type { Deelnemer, Vaardigheid } from './types.js';

const RAD = Math.PI / 180;

/** Great-circle distance in km, the formula the sociale kaart's search uses (haversine, R = 6371). */
export function afstandKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const s1 = Math.sin(((b.lat - a.lat) * RAD) / 2);
  const s2 = Math.sin(((b.lon - a.lon) * RAD) / 2);
  const h = s1 * s1 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * s2 * s2;
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The skill a gives b: the first (in code order) that a offers and b asks; undefined when none. */
export function gedeeldeVaardigheid(a: Deelnemer, b: Deelnemer): Vaardigheid | undefined {
  let beste: Vaardigheid | undefined;
  for (const v of a.biedt) if (b.vraagt.includes(v) && (beste === undefined || v < beste)) beste = v;
  return beste;
}

/**
 * The compatibility graph in compressed form: people are numbered 0..n-1 in id order; the people
 * person i can help are uit[start[i]..start[i+1]), ascending.
 */
export type Graaf = {
  mensen: Deelnemer[];
  start: Int32Array;
  uit: Int32Array;
};

const CEL_KM = 1;

/**
 * Builds the compatibility graph: "i can help j" when neither is paused, j is a resident (a
 * volunteer only gives), i offers something j asks, they share a day part, each one's "only women"
 * preference is met by the other, neither blocked the other, and the distance between their
 * postcode centroids is at most what i (the one who helps) is willing to travel.
 *
 * Not everyone is compared with everyone: offers are put in a grid of 1 km cells per skill and a
 * request looks only at the cells within the largest travel distance anyone gave; candidates are
 * then checked exactly. Deterministic: depends only on the set of participants, not their order.
 */
export function bouwGraaf(deelnemers: readonly Deelnemer[]): Graaf {
  const mensen = [...deelnemers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = mensen.length;
  const skillIndex = new Map<Vaardigheid, number>();
  for (const m of mensen) for (const v of m.biedt) if (!skillIndex.has(v)) skillIndex.set(v, skillIndex.size);
  const S = Math.max(1, skillIndex.size);
  const idIndex = new Map(mensen.map((m, i) => [m.id, i]));

  const lat = new Float64Array(n);
  const cosLat = new Float64Array(n);
  const lon = new Float64Array(n);
  const maxKm = new Float64Array(n);
  const masker = new Int32Array(n);
  const vrouw = new Uint8Array(n);
  const alleenVrouwen = new Uint8Array(n);
  const blokken = new Set<number>();
  let lat0 = 0;
  let actief = 0;
  mensen.forEach((m, i) => {
    lat[i] = m.lat * RAD;
    lon[i] = m.lon * RAD;
    cosLat[i] = Math.cos(m.lat * RAD);
    maxKm[i] = m.maxKm;
    masker[i] = m.beschikbaar;
    vrouw[i] = m.geslacht === 'v' ? 1 : 0;
    alleenVrouwen[i] = m.alleenVrouwen ? 1 : 0;
    for (const id of m.geblokkeerd ?? []) {
      const j = idIndex.get(id);
      if (j !== undefined) blokken.add(Math.min(i, j) * n + Math.max(i, j));
    }
    if (!m.gepauzeerd) {
      lat0 += m.lat;
      actief++;
    }
  });
  lat0 = actief > 0 ? lat0 / actief : 0;
  const kmLon = 111.32 * Math.cos(lat0 * RAD);
  const cx = new Int32Array(n);
  const cy = new Int32Array(n);
  // Flat-earth km for a cheap first test; the exact haversine decides.
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  mensen.forEach((m, i) => {
    px[i] = m.lon * kmLon;
    py[i] = m.lat * 110.574;
    cx[i] = Math.floor((px[i] as number) / CEL_KM);
    cy[i] = Math.floor((py[i] as number) / CEL_KM);
    if (m.gepauzeerd) return;
    minX = Math.min(minX, cx[i] as number);
    minY = Math.min(minY, cy[i] as number);
    maxX = Math.max(maxX, cx[i] as number);
    maxY = Math.max(maxY, cy[i] as number);
  });
  if (actief === 0) return { mensen, start: new Int32Array(n + 1), uit: new Int32Array(0) };
  const W = maxX - minX + 1;
  const H = maxY - minY + 1;
  // The flat km estimate is off by far less than 10 % within any Dutch region: test it with that
  // slack first (cheap), then the exact haversine decides.
  const ruimte = (km: number) => km * 1.1 + 0.05;
  // Helpers grouped by how many cells their travel distance reaches, so a request looks only at
  // the cells each group can reach.
  const bereikVan = (i: number) => Math.ceil(ruimte(maxKm[i] as number) / CEL_KM);
  const bereiken = [...new Set(mensen.flatMap((m, i) => (m.gepauzeerd ? [] : [bereikVan(i)])))].sort(
    (a, b) => a - b,
  );
  const groepVan = new Map(bereiken.map((r, g) => [r, g]));
  const G = bereiken.length;

  // Offers per (reach group, cell, skill) as CSR.
  const bakken = G * W * H * S;
  const bakStart = new Int32Array(bakken + 1);
  const bakVan = (i: number, v: Vaardigheid) =>
    (((groepVan.get(bereikVan(i)) as number) * H + ((cy[i] as number) - minY)) * W +
      ((cx[i] as number) - minX)) *
      S +
    (skillIndex.get(v) as number);
  mensen.forEach((m, i) => {
    if (!m.gepauzeerd) for (const v of new Set(m.biedt)) plusEen(bakStart, bakVan(i, v) + 1);
  });
  cumulatief(bakStart);
  const bakVul = bakStart.slice(0, bakken);
  const bakInhoud = new Int32Array(bakStart[bakken] as number);
  mensen.forEach((m, i) => {
    if (m.gepauzeerd) return;
    for (const v of new Set(m.biedt)) {
      const bak = bakVan(i, v);
      bakInhoud[plusEen(bakVul, bak)] = i;
    }
  });

  const helpt = (i: number, j: number): boolean => {
    if (((masker[i] as number) & (masker[j] as number)) === 0) return false;
    if (alleenVrouwen[i] && !vrouw[j]) return false;
    if (alleenVrouwen[j] && !vrouw[i]) return false;
    const dx = (px[i] as number) - (px[j] as number);
    const dy = (py[i] as number) - (py[j] as number);
    const ruim = ruimte(maxKm[i] as number);
    if (dx * dx + dy * dy > ruim * ruim) return false;
    if (blokken.size > 0 && blokken.has(Math.min(i, j) * n + Math.max(i, j))) return false;
    const s1 = Math.sin(((lat[j] as number) - (lat[i] as number)) / 2);
    const s2 = Math.sin(((lon[j] as number) - (lon[i] as number)) / 2);
    const h = s1 * s1 + (cosLat[i] as number) * (cosLat[j] as number) * s2 * s2;
    return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h))) <= (maxKm[i] as number);
  };

  // Incoming edges per receiver j (ascending j), then turned around into outgoing lists.
  let paren = new Int32Array(1 << 16);
  let lengte = 0;
  const gezien = new Int32Array(n).fill(-1);
  for (let j = 0; j < n; j++) {
    const b = mensen[j] as Deelnemer;
    if (b.gepauzeerd || b.rol !== 'bewoner') continue;
    const vragen = [...new Set(b.vraagt)].map((v) => skillIndex.get(v)).filter((v) => v !== undefined);
    if (vragen.length === 0) continue;
    for (let g = 0; g < G; g++) {
      const bereik = bereiken[g] as number;
      const x0 = Math.max(minX, (cx[j] as number) - bereik) - minX;
      const x1 = Math.min(maxX, (cx[j] as number) + bereik) - minX;
      const y0 = Math.max(minY, (cy[j] as number) - bereik) - minY;
      const y1 = Math.min(maxY, (cy[j] as number) + bereik) - minY;
      for (let y = y0; y <= y1; y++)
        for (let x = x0; x <= x1; x++) {
          const cel = ((g * H + y) * W + x) * S;
          for (const v of vragen) {
            const bak = cel + v;
            for (let k = bakStart[bak] as number; k < (bakStart[bak + 1] as number); k++) {
              const i = bakInhoud[k] as number;
              if (i === j || gezien[i] === j) continue;
              gezien[i] = j;
              if (!helpt(i, j)) continue;
              if (lengte + 2 > paren.length) {
                const groter = new Int32Array(paren.length * 2);
                groter.set(paren);
                paren = groter;
              }
              paren[lengte++] = i;
              paren[lengte++] = j;
            }
          }
        }
    }
  }

  const start = new Int32Array(n + 1);
  for (let k = 0; k < lengte; k += 2) plusEen(start, (paren[k] as number) + 1);
  cumulatief(start);
  const vul = start.slice(0, n);
  const uit = new Int32Array(lengte / 2);
  // Receivers were visited in ascending order, so each outgoing list comes out sorted.
  for (let k = 0; k < lengte; k += 2) {
    const i = paren[k] as number;
    uit[plusEen(vul, i)] = paren[k + 1] as number;
  }
  return { mensen, start, uit };
}
