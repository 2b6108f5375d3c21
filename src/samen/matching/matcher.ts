import { cumulatief, plusEen } from './csr.js';
import { bouwGraaf, type Graaf, gedeeldeVaardigheid } from './graaf.js';
import type { Deelnemer, Hulp, Match, MatchSoort, Uitkomst } from './types.js';
import { gewichtVan } from './types.js';

/**
 * Every exchange that could be proposed: pairs (A ⇄ B), circles of three (A → B → C → A, A the
 * lowest index) and one-way matches (volunteer → resident), in flat arrays. Index k is exchange k.
 */
export type Kandidaten = {
  soort: Uint8Array; // 0 pair, 1 circle, 2 one-way
  a: Int32Array;
  b: Int32Array;
  c: Int32Array; // -1 unless a circle
  gewicht: Int32Array;
  /** Per person (CSR): the exchanges she is in. */
  persoonStart: Int32Array;
  persoonKand: Int32Array;
  aantal: { paren: number; kringen: number; eenrichting: number };
};

const SOORTEN: MatchSoort[] = ['paar', 'kring', 'eenrichting'];

/** Growable Int32 buffer (candidate lists can run into the hundreds of thousands). */
class Buffer32 {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const groter = new Int32Array(this.data.length * 2);
      groter.set(this.data);
      this.data = groter;
    }
    this.data[this.length++] = value;
  }
  klaar(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export function kandidatenVan(graaf: Graaf): Kandidaten {
  const { mensen, start, uit } = graaf;
  const n = mensen.length;
  // Incoming edges, to find "C helps A" in O(1) with a stamp per A.
  const inStart = new Int32Array(n + 1);
  for (let k = 0; k < uit.length; k++) plusEen(inStart, (uit[k] as number) + 1);
  cumulatief(inStart);
  const inVul = inStart.slice(0, n);
  const inVan = new Int32Array(uit.length);
  for (let i = 0; i < n; i++)
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      const j = uit[k] as number;
      inVan[plusEen(inVul, j)] = i;
    }

  const soort = new Buffer32();
  const a = new Buffer32();
  const b = new Buffer32();
  const c = new Buffer32();
  const stempel = new Int32Array(n).fill(-1);
  let paren = 0;
  let kringen = 0;
  let eenrichting = 0;
  const voegToe = (s: number, x: number, y: number, z: number) => {
    soort.push(s);
    a.push(x);
    b.push(y);
    c.push(z);
  };
  for (let x = 0; x < n; x++) {
    const mens = mensen[x] as Deelnemer;
    if (mens.rol === 'vrijwilliger') {
      for (let k = start[x] as number; k < (start[x + 1] as number); k++) {
        voegToe(2, x, uit[k] as number, -1);
        eenrichting++;
      }
      continue;
    }
    for (let k = inStart[x] as number; k < (inStart[x + 1] as number); k++) stempel[inVan[k] as number] = x;
    for (let k = start[x] as number; k < (start[x + 1] as number); k++) {
      const y = uit[k] as number;
      if (y < x) continue;
      if (stempel[y] === x) {
        voegToe(0, x, y, -1);
        paren++;
      }
      for (let l = start[y] as number; l < (start[y + 1] as number); l++) {
        const z = uit[l] as number;
        if (z > x && stempel[z] === x) {
          voegToe(1, x, y, z);
          kringen++;
        }
      }
    }
  }
  const soorten = soort.klaar();
  const as = a.klaar();
  const bs = b.klaar();
  const cs = c.klaar();
  const m = soorten.length;
  const gewicht = new Int32Array(m);
  const persoonStart = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    gewicht[k] = gewichtVan(SOORTEN[soorten[k] as number] as MatchSoort);
    plusEen(persoonStart, (as[k] as number) + 1);
    plusEen(persoonStart, (bs[k] as number) + 1);
    if ((cs[k] as number) >= 0) plusEen(persoonStart, (cs[k] as number) + 1);
  }
  cumulatief(persoonStart);
  const vul = persoonStart.slice(0, n);
  const persoonKand = new Int32Array(persoonStart[n] as number);
  const zet = (p: number, k: number) => {
    persoonKand[plusEen(vul, p)] = k;
  };
  for (let k = 0; k < m; k++) {
    zet(as[k] as number, k);
    zet(bs[k] as number, k);
    if ((cs[k] as number) >= 0) zet(cs[k] as number, k);
  }
  return {
    soort: new Uint8Array(soorten),
    a: as,
    b: bs,
    c: cs,
    gewicht,
    persoonStart,
    persoonKand,
    aantal: { paren, kringen, eenrichting },
  };
}

function leden(kand: Kandidaten, k: number): number[] {
  const c = kand.c[k] as number;
  return c >= 0 ? [kand.a[k] as number, kand.b[k] as number, c] : [kand.a[k] as number, kand.b[k] as number];
}

/** Picks exchanges in the given order when all their members are still free. */
function gulzig(kand: Kandidaten, n: number, volgorde: Int32Array): Int32Array {
  const bezet = new Int32Array(n).fill(-1);
  for (const k of volgorde) {
    const a = kand.a[k] as number;
    const b = kand.b[k] as number;
    const c = kand.c[k] as number;
    if (bezet[a] !== -1 || bezet[b] !== -1 || (c >= 0 && bezet[c] !== -1)) continue;
    bezet[a] = k;
    bezet[b] = k;
    if (c >= 0) bezet[c] = k;
  }
  return bezet;
}

/**
 * Local improvement: for each chosen exchange E, look at every candidate that shares a member with
 * E and otherwise uses only free people; pick a disjoint set of them (heaviest, then scarcest
 * first); when it is worth more than E, swap. Repeats until a pass finds nothing (or `rondes`).
 * Only ever raises the objective, so the result is never below the start.
 */
function verbeter(kand: Kandidaten, bezet: Int32Array, rang: Int32Array, rondes: number): void {
  const n = bezet.length;
  const proef = new Int32Array(n).fill(-1);
  let stempel = 0;
  const vrijOfIn = (p: number, e: number) => bezet[p] === -1 || bezet[p] === e;
  for (let ronde = 0; ronde < rondes; ronde++) {
    let beter = false;
    for (let p = 0; p < n; p++) {
      const e = bezet[p] as number;
      // Visit each chosen exchange once per pass: from its first member.
      if (e === -1 || (kand.a[e] as number) !== p) continue;
      const opties: number[] = [];
      for (const q of leden(kand, e))
        for (let t = kand.persoonStart[q] as number; t < (kand.persoonStart[q + 1] as number); t++) {
          const k = kand.persoonKand[t] as number;
          if (k === e) continue;
          const c = kand.c[k] as number;
          if (
            vrijOfIn(kand.a[k] as number, e) &&
            vrijOfIn(kand.b[k] as number, e) &&
            (c < 0 || vrijOfIn(c, e))
          )
            opties.push(k);
        }
      if (opties.length === 0) continue;
      opties.sort(
        (x, y) =>
          (kand.gewicht[y] as number) - (kand.gewicht[x] as number) ||
          (rang[x] as number) - (rang[y] as number),
      );
      stempel++;
      const gekozen: number[] = [];
      let som = 0;
      for (const k of opties) {
        const m = leden(kand, k);
        if (m.some((q) => proef[q] === stempel)) continue;
        for (const q of m) proef[q] = stempel;
        gekozen.push(k);
        som += kand.gewicht[k] as number;
      }
      if (som <= (kand.gewicht[e] as number)) continue;
      for (const q of leden(kand, e)) bezet[q] = -1;
      for (const k of gekozen) for (const q of leden(kand, k)) bezet[q] = k;
      beter = true;
    }
    if (!beter) return;
  }
}

function waarde(kand: Kandidaten, bezet: Int32Array): number {
  let som = 0;
  bezet.forEach((k, p) => {
    if (k !== -1 && (kand.a[k] as number) === p) som += kand.gewicht[k] as number;
  });
  return som;
}

/** Exchange indices sorted by a key, ties broken on the index (so on ids): deterministic. */
function gesorteerd(m: number, sleutel: (k: number) => number): Int32Array {
  const sleutels = new Float64Array(m);
  for (let k = 0; k < m; k++) sleutels[k] = sleutel(k);
  return Int32Array.from({ length: m }, (_, k) => k).sort(
    (x, y) => (sleutels[x] as number) - (sleutels[y] as number) || x - y,
  );
}

function uitkomstVan(graaf: Graaf, kand: Kandidaten, bezet: Int32Array): Uitkomst {
  const { mensen, uit } = graaf;
  const skill = (i: number, j: number): string => {
    const v = gedeeldeVaardigheid(mensen[i] as Deelnemer, mensen[j] as Deelnemer);
    if (v === undefined) throw new Error('a match without a shared skill');
    return v;
  };
  const matches: Match[] = [];
  let geholpen = 0;
  bezet.forEach((k, p) => {
    if (k === -1 || (kand.a[k] as number) !== p) return;
    const soort = SOORTEN[kand.soort[k] as number] as MatchSoort;
    const lid = leden(kand, k);
    const hulp: Hulp[] = [];
    const keten =
      soort === 'eenrichting' ? [[lid[0], lid[1]]] : lid.map((x, i) => [x, lid[(i + 1) % lid.length]]);
    for (const [van, naar] of keten as [number, number][])
      hulp.push({
        van: (mensen[van] as Deelnemer).id,
        naar: (mensen[naar] as Deelnemer).id,
        vaardigheid: skill(van, naar),
      });
    geholpen += hulp.length;
    matches.push({ soort, leden: lid.map((x) => (mensen[x] as Deelnemer).id), hulp });
  });
  return {
    matches,
    doel: waarde(kand, bezet),
    geholpen,
    statistiek: { randen: uit.length, ...kand.aantal },
  };
}

/**
 * The greedy baseline the matcher must never fall below: heaviest exchanges first (circles, then
 * pairs, then one-way), ties in id order, each taken when all its members are still free.
 */
export function gulzigeBasis(deelnemers: readonly Deelnemer[]): Uitkomst {
  const graaf = bouwGraaf(deelnemers);
  const kand = kandidatenVan(graaf);
  const volgorde = gesorteerd(kand.soort.length, (k) => -(kand.gewicht[k] as number));
  return uitkomstVan(graaf, kand, gulzig(kand, graaf.mensen.length, volgorde));
}

/**
 * The Samen matcher (docs/decisions/029): pure and deterministic. Builds the compatibility graph,
 * lists every pair, circle of three and one-way match, then runs three greedy starts — by scarcity
 * (members with the fewest alternatives first), by weight then scarcity, and the plain greedy
 * baseline — each followed by local improvement, and keeps the best (the first on a tie).
 */
export function match(deelnemers: readonly Deelnemer[], opties: { rondes?: number } = {}): Uitkomst {
  const graaf = bouwGraaf(deelnemers);
  return matchGraaf(graaf, kandidatenVan(graaf), opties.rondes ?? 20);
}

export function matchGraaf(graaf: Graaf, kand: Kandidaten, rondes = 20): Uitkomst {
  const n = graaf.mensen.length;
  const m = kand.soort.length;
  const opties = new Float64Array(n);
  for (let p = 0; p < n; p++)
    opties[p] = (kand.persoonStart[p + 1] as number) - (kand.persoonStart[p] as number);
  const schaarste = (k: number) => {
    const lid = leden(kand, k);
    let som = 0;
    for (const q of lid) som += opties[q] as number;
    return som / lid.length;
  };
  const schaars = gesorteerd(m, (k) => schaarste(k) - (kand.gewicht[k] as number) / 1e6);
  const rang = new Int32Array(m);
  schaars.forEach((k, r) => {
    rang[k] = r;
  });
  const starts = [
    schaars,
    gesorteerd(m, (k) => -(kand.gewicht[k] as number) * 1e9 + schaarste(k)),
    gesorteerd(m, (k) => -(kand.gewicht[k] as number)),
  ];
  let beste: Int32Array | undefined;
  let besteWaarde = -1;
  for (const volgorde of starts) {
    const bezet = gulzig(kand, n, volgorde);
    verbeter(kand, bezet, rang, rondes);
    const w = waarde(kand, bezet);
    if (w > besteWaarde) {
      beste = bezet;
      besteWaarde = w;
    }
  }
  return uitkomstVan(graaf, kand, beste ?? new Int32Array(n).fill(-1));
}
