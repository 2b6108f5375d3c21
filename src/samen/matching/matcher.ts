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
 * Local improvement by insert-and-repair: for every free person and every exchange X she could be
 * in, put X in, take out the chosen exchanges that share a member with X, and greedily fill the
 * people that freed up (heaviest, then scarcest first) with exchanges among free people. The move
 * is kept only when it raises the objective, so the result is never below the start. Passes
 * repeat until one finds nothing (or `rondes`).
 */
function verbeter(kand: Kandidaten, bezet: Int32Array, rang: Int32Array, rondes: number): void {
  const n = bezet.length;
  const gebruikt = new Int32Array(n).fill(-1);
  let stempel = 0;
  const weg: number[] = [];
  const vrijgekomen: number[] = [];
  const herstel: number[] = [];
  const gekozen: number[] = [];
  const beschikbaar = (q: number) =>
    gebruikt[q] !== stempel && (bezet[q] === -1 || weg.includes(bezet[q] as number));
  const past = (k: number) => {
    const c = kand.c[k] as number;
    return beschikbaar(kand.a[k] as number) && beschikbaar(kand.b[k] as number) && (c < 0 || beschikbaar(c));
  };
  const markeer = (k: number) => {
    gebruikt[kand.a[k] as number] = stempel;
    gebruikt[kand.b[k] as number] = stempel;
    if ((kand.c[k] as number) >= 0) gebruikt[kand.c[k] as number] = stempel;
  };
  const volgorde = (x: number, y: number) =>
    (kand.gewicht[y] as number) - (kand.gewicht[x] as number) || (rang[x] as number) - (rang[y] as number);

  /** Tries X; applies it and returns true when the objective rises. */
  const probeer = (x: number): boolean => {
    weg.length = 0;
    let verlies = 0;
    for (const q of leden(kand, x)) {
      const e = bezet[q] as number;
      if (e !== -1 && !weg.includes(e)) {
        weg.push(e);
        verlies += kand.gewicht[e] as number;
      }
    }
    if (weg.length === 0) return false; // all free: the greedy start already took such ones
    stempel++;
    markeer(x);
    vrijgekomen.length = 0;
    for (const e of weg) for (const q of leden(kand, e)) if (gebruikt[q] !== stempel) vrijgekomen.push(q);
    herstel.length = 0;
    for (const q of vrijgekomen)
      for (let t = kand.persoonStart[q] as number; t < (kand.persoonStart[q + 1] as number); t++) {
        const k = kand.persoonKand[t] as number;
        if (past(k)) herstel.push(k);
      }
    herstel.sort(volgorde);
    gekozen.length = 0;
    let winst = kand.gewicht[x] as number;
    for (const k of herstel)
      if (past(k)) {
        markeer(k);
        gekozen.push(k);
        winst += kand.gewicht[k] as number;
      }
    if (winst <= verlies) return false;
    for (const e of weg) for (const q of leden(kand, e)) bezet[q] = -1;
    for (const k of [x, ...gekozen]) for (const q of leden(kand, k)) bezet[q] = k;
    return true;
  };

  for (let ronde = 0; ronde < rondes; ronde++) {
    let beter = false;
    for (let p = 0; p < n; p++) {
      if (bezet[p] !== -1) continue;
      for (let t = kand.persoonStart[p] as number; t < (kand.persoonStart[p + 1] as number); t++) {
        if (probeer(kand.persoonKand[t] as number)) {
          beter = true;
          break;
        }
      }
    }
    if (!beter) return;
  }
}

/**
 * Prices per person from a Lagrangian relaxation of "each person in at most one exchange",
 * improved by a fixed number of subgradient steps (Polyak step size against the value `ondergrens`
 * of a feasible solution). An exchange whose weight is well above the prices of its members is a
 * good buy; the greedy start ordered by that margin follows the LP closely. Returns the best
 * prices (lowest dual value) after half the steps and after all of them, and that lowest dual
 * value: an upper bound on the objective (weaker than or equal to the LP bound). Deterministic.
 */
export function prijzen(
  kand: Kandidaten,
  n: number,
  ondergrens: number,
  stappen = 60,
  /** Steps without a lower dual value before the step size halves. */
  geduld = 4,
): { momenten: Float64Array[]; bovengrens: number } {
  const m = kand.soort.length;
  const prijs = new Float64Array(n).fill(2);
  const g = new Float64Array(n);
  let bovengrens = Infinity;
  let beste = new Float64Array(prijs);
  const momenten: Float64Array[] = [];
  let mu = 1;
  let zonderWinst = 0;
  for (let stap = 0; stap < stappen; stap++) {
    g.fill(1);
    let l = 0;
    for (let p = 0; p < n; p++) l += prijs[p] as number;
    for (let k = 0; k < m; k++) {
      const a = kand.a[k] as number;
      const b = kand.b[k] as number;
      const c = kand.c[k] as number;
      const marge =
        (kand.gewicht[k] as number) -
        (prijs[a] as number) -
        (prijs[b] as number) -
        (c >= 0 ? (prijs[c] as number) : 0);
      if (marge <= 0) continue;
      l += marge;
      g[a] = (g[a] as number) - 1;
      g[b] = (g[b] as number) - 1;
      if (c >= 0) g[c] = (g[c] as number) - 1;
    }
    if (l < bovengrens - 1e-9) {
      bovengrens = l;
      beste = new Float64Array(prijs);
      zonderWinst = 0;
    } else if (++zonderWinst >= geduld) {
      mu /= 2;
      zonderWinst = 0;
    }
    if (stap === Math.floor(stappen / 2)) momenten.push(beste);
    let norm = 0;
    for (let p = 0; p < n; p++) {
      // Only directions that keep prices non-negative count.
      if ((prijs[p] as number) <= 0 && (g[p] as number) > 0) g[p] = 0;
      norm += (g[p] as number) ** 2;
    }
    if (norm === 0) break;
    const t = (mu * Math.max(l - ondergrens, 1e-6)) / norm;
    for (let p = 0; p < n; p++) prijs[p] = Math.max(0, (prijs[p] as number) - t * (g[p] as number));
  }
  momenten.push(beste);
  return { momenten, bovengrens };
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
 * lists every pair, circle of three and one-way match, prices each person by a Lagrangian
 * relaxation (how contested she is), takes exchanges greedily by weight minus their members'
 * prices, improves that locally (insert-and-repair) and keeps the best of that and the plain greedy
 * baseline.
 */
export function match(deelnemers: readonly Deelnemer[]): Uitkomst {
  const graaf = bouwGraaf(deelnemers);
  return matchGraaf(graaf, kandidatenVan(graaf));
}

/** Subgradient steps for the prices (see prijzen); more gives little on generated neighbourhoods. */
const STAPPEN = 120;

export function matchGraaf(graaf: Graaf, kand: Kandidaten, rondes = 20, stappen = STAPPEN): Uitkomst {
  const n = graaf.mensen.length;
  const m = kand.soort.length;
  const basis = gulzig(
    kand,
    n,
    gesorteerd(m, (k) => -(kand.gewicht[k] as number)),
  );
  // Two sets of prices (after half and all the steps): each gives a greedy start, improved locally.
  let beste = basis;
  for (const prijs of prijzen(kand, n, waarde(kand, basis), stappen).momenten) {
    const marge = (k: number) => {
      const c = kand.c[k] as number;
      return (
        (kand.gewicht[k] as number) -
        (prijs[kand.a[k] as number] as number) -
        (prijs[kand.b[k] as number] as number) -
        (c >= 0 ? (prijs[c] as number) : 0)
      );
    };
    const volgorde = gesorteerd(m, (k) => -marge(k));
    const rang = new Int32Array(m);
    volgorde.forEach((k, r) => {
      rang[k] = r;
    });
    const bezet = gulzig(kand, n, volgorde);
    verbeter(kand, bezet, rang, rondes);
    if (waarde(kand, bezet) > waarde(kand, beste)) beste = bezet;
  }
  // The greedy baseline is kept when it happens to be better: never below it.
  return uitkomstVan(graaf, kand, beste);
}
