import { lpAanvaller, lpOordeel } from './aanvaller.js';
import type { Aanvaller, Interval } from './onderdrukking.js';

/**
 * A faster attacker check with the same verdicts as the exact one (docs/decisions/039).
 *
 * The suppression only needs to know, per suppressed cell, whether the attacker's interval is
 * at least the margin wide. Two cheap proofs decide most cells without linear programming;
 * only the cells that neither proves go to the exact LP (aanvaller.ts), in one smaller model.
 *
 * - **Wide, by a move** (a lower bound on the interval). Take the true inner counts and a
 *   hypercube of inner cells through the cell: two values on some of its fixed dimensions,
 *   +1 and −1 on the corners by parity, the cell's own values elsewhere, one value per free
 *   dimension. When every published cell adds the move up to 0, the counts after the move
 *   still fit everything published, so the attacker cannot tell them apart. It can go up by
 *   the smallest count on a −1 corner and down by the smallest on a +1 corner (counts stay
 *   ≥ 0). Moves at different values of the free dimensions touch different inner cells, so
 *   they add up. The true interval contains [count − down, count + up].
 * - **Narrow, by a published sum** (an upper bound on the interval). For a published cell P
 *   that contains the cell, and published cells inside P apart from the cell and from each
 *   other, the cell is at most P minus their sum, and at least 0. The true interval lies in
 *   [0, that bound]. The parts are taken largest first, and also as P's published slices
 *   along each dimension the cell is fixed on.
 *
 * Both are sound for any input: the first exhibits feasible counts, the second follows from
 * the published equalities and counts ≥ 0. So a cell proved wide is wide for the LP, and one
 * proved narrow is narrow for the LP; the property test (aanvaller-snel.test.ts) checks the
 * verdicts against the exact check. The intervals returned are the proved ones, not the
 * exact ones: wide cells get a part of their interval, narrow cells a range around it.
 */

/** A box of inner cells: the value per dimension, or −1 where it adds up all values. */
type Doos = Int32Array;
const VRIJ = -1;

function stappenVan(maten: readonly number[]): number[] {
  const uit = new Array<number>(maten.length).fill(1);
  for (let d = maten.length - 2; d >= 0; d--) uit[d] = (uit[d + 1] as number) * (maten[d + 1] as number);
  return uit;
}

/** The box of a set of inner cells, or undefined when the set is not a box. */
function doosVan(
  binnen: readonly number[],
  maten: readonly number[],
  stappen: readonly number[],
): Doos | undefined {
  const doos = new Int32Array(maten.length);
  const eerste = binnen[0];
  if (eerste === undefined) return undefined;
  let grootte = 1;
  maten.forEach((n, d) => {
    const w = Math.floor(eerste / (stappen[d] as number)) % n;
    const zelfde = binnen.every((i) => Math.floor(i / (stappen[d] as number)) % n === w);
    doos[d] = zelfde && n > 1 ? w : VRIJ;
    if (doos[d] === VRIJ) grootte *= n;
  });
  // Equal sizes with every member inside the box: the set is the box (no duplicates in a set).
  return grootte === new Set(binnen).size ? doos : undefined;
}

/** a lies inside b */
const binnenIn = (a: Doos, b: Doos) => a.every((w, d) => b[d] === VRIJ || b[d] === w);
/** a and b share no inner cell */
const apart = (a: Doos, b: Doos) => a.some((w, d) => w !== VRIJ && b[d] !== VRIJ && b[d] !== w);

/**
 * At most this many partners are tried for a cell's moves: a cell they do not prove wide goes
 * to the LP, whose solutions settle many such cells at once (docs/decisions/056).
 */
const MAX_PARTNERS = 64;

export type SnelleUitslag = { breed: number; smal: number; exact: number };

/**
 * The fast attacker. Without the cube's sizes, true counts and margin in the question it is
 * the exact one. `uitslag` (optional) counts how each cell was decided, for tests and the bench.
 */
export function snelleAanvaller(exact?: Aanvaller, uitslag?: SnelleUitslag): Aanvaller {
  return async (vraag) => {
    const { maten, binnenwaarden: x, marge } = vraag;
    if (!maten || !x || marge === undefined) {
      // Equal sums across cubes (a peiling's breakdowns, docs/decisions/049): the moves below
      // could break them, so the exact verdict, with fewer solves when the counts are given.
      if (!exact && x && marge !== undefined && (vraag.gelijk?.length ?? 0) > 0)
        return lpOordeel(
          vraag,
          vraag.gevraagd.map((cel) => cel.reduce((s, i) => s + (x[i] ?? 0), 0)),
          marge,
        );
      return (exact ?? lpAanvaller)(vraag);
    }
    const stappen = stappenVan(maten);
    const pub = vraag.gepubliceerd.map((c) => doosVan(c.binnen, maten, stappen));
    const gevr = vraag.gevraagd.map((c) => doosVan(c, maten, stappen));
    if (pub.some((d) => !d) || gevr.some((d) => !d)) return (exact ?? lpAanvaller)(vraag);
    const pubDozen = pub as Doos[];
    const gevrDozen = gevr as Doos[];

    // Which published cells each inner cell is part of.
    const inRij: number[][] = Array.from({ length: vraag.aantalBinnencellen }, () => []);
    vraag.gepubliceerd.forEach((c, r) => {
      for (const i of c.binnen) (inRij[i] as number[]).push(r);
    });
    const som = new Float64Array(vraag.gepubliceerd.length);
    const geraakt: number[] = [];
    const waarde = (i: number) => x[i] ?? 0;

    /** The inner index of a full assignment of values. */
    const index = (w: Int32Array) => w.reduce((s, v, d) => s + v * (stappen[d] as number), 0);

    /** The width a family of moves proves for cell t (stops once it reaches the margin). */
    const breedte = (t: Doos, ander: Doos): { omlaag: number; omhoog: number } => {
      const T: number[] = [];
      t.forEach((w, d) => {
        if (w !== VRIJ && ander[d] !== w) T.push(d);
      });
      const vrij: number[] = [];
      t.forEach((w, d) => {
        if (w === VRIJ) vrij.push(d);
      });
      let omlaag = 0;
      let omhoog = 0;
      const plek = Int32Array.from(t);
      const hoeken = 1 << T.length;
      /** Corner h's inner index at the current value of the free dimensions. */
      const hoek = (h: number) => {
        T.forEach((d, j) => {
          plek[d] = (h & (1 << j) ? ander[d] : t[d]) as number;
        });
        return index(plek);
      };
      /** +1 on corners with an even number of the partner's values, −1 on the others. */
      const teken = (h: number) => {
        let uit = 1;
        for (let j = 0; j < T.length; j++) if (h & (1 << j)) uit = -uit;
        return uit;
      };
      const zet = (k: number) => {
        if (k < vrij.length) {
          const d = vrij[k] as number;
          for (let w = 0; w < (maten[d] as number) && omlaag + omhoog < marge; w++) {
            plek[d] = w;
            zet(k + 1);
          }
          return;
        }
        // One move at this value of the free dimensions. Its width first: a move that cannot
        // change the cell (a zero on both signs) adds nothing, valid or not, so it is not checked.
        let plus = Number.POSITIVE_INFINITY;
        let min = Number.POSITIVE_INFINITY;
        for (let h = 0; h < hoeken; h++) {
          const i = hoek(h);
          if (teken(h) > 0) plus = Math.min(plus, waarde(i));
          else min = Math.min(min, waarde(i));
        }
        if (plus + min === 0) return;
        for (let h = 0; h < hoeken; h++) {
          const i = hoek(h);
          const s = teken(h);
          for (const r of inRij[i] as number[]) {
            if (som[r] === 0) geraakt.push(r);
            som[r] = (som[r] as number) + s;
          }
        }
        let geldig = true;
        for (const r of geraakt) {
          if (som[r] !== 0) geldig = false;
          som[r] = 0;
        }
        geraakt.length = 0;
        // Up by λ takes λ from every −1 corner, down by λ from every +1 corner.
        if (geldig) {
          omhoog += min;
          omlaag += plus;
        }
      };
      zet(0);
      return { omlaag, omhoog };
    };

    // Published cells inside each published cell, largest first (made when first needed).
    const binnenPub = new Map<number, number[]>();
    const kinderen = (p: number) => {
      let k = binnenPub.get(p);
      if (!k) {
        const doos = pubDozen[p] as Doos;
        k = pubDozen.flatMap((q, j) => (j !== p && binnenIn(q, doos) ? [j] : []));
        k.sort((a, b) => (vraag.gepubliceerd[b]?.waarde ?? 0) - (vraag.gepubliceerd[a]?.waarde ?? 0));
        binnenPub.set(p, k);
      }
      return k;
    };
    /**
     * An upper bound the published sums give for cell t: the smallest found, or the first
     * under the margin (that already proves the cell narrow).
     */
    const bovengrens = (t: Doos): number => {
      let beste = Number.POSITIVE_INFINITY;
      pubDozen.forEach((p, r) => {
        if (beste < marge || !binnenIn(t, p)) return;
        const gekozen: Doos[] = [];
        let rest = vraag.gepubliceerd[r]?.waarde ?? 0;
        for (const q of kinderen(r)) {
          const doos = pubDozen[q] as Doos;
          if (!apart(doos, t) || gekozen.some((g) => !apart(g, doos))) continue;
          gekozen.push(doos);
          rest -= vraag.gepubliceerd[q]?.waarde ?? 0;
        }
        beste = Math.min(beste, rest);
        // And P split along one dimension the cell is fixed on: P minus its published parts
        // with another value there.
        t.forEach((w, d) => {
          if (w === VRIJ || p[d] !== VRIJ) return;
          let deel = vraag.gepubliceerd[r]?.waarde ?? 0;
          for (const q of kinderen(r)) {
            const doos = pubDozen[q] as Doos;
            if (doos.every((v, j) => (j === d ? v !== VRIJ && v !== w : v === p[j])))
              deel -= vraag.gepubliceerd[q]?.waarde ?? 0;
          }
          beste = Math.min(beste, deel);
        });
      });
      return beste;
    };

    // The asked cells per pattern of free dimensions: a move's partner has the cell's pattern.
    const patroonVan = (d: Doos) => d.reduce((p, w, j) => (w === VRIJ ? p | (1 << j) : p), 0);
    const zelfdePatroon = new Map<number, Doos[]>();
    for (const d of gevrDozen) {
      const lijst = zelfdePatroon.get(patroonVan(d)) ?? [];
      lijst.push(d);
      zelfdePatroon.set(patroonVan(d), lijst);
    }

    const uit: (Interval | undefined)[] = gevrDozen.map((t, k) => {
      const cel = (vraag.gevraagd[k] as number[]).reduce((s, i) => s + waarde(i), 0);
      // The bound first: it is the cheaper one, and the two never disagree (both are sound).
      const hoog = bovengrens(t);
      if (hoog < marge) {
        if (uitslag) uitslag.smal++;
        return { laag: 0, hoog };
      }
      let proef = { omlaag: 0, omhoog: 0 };
      let geprobeerd = 0;
      for (const ander of zelfdePatroon.get(patroonVan(t)) ?? []) {
        if (ander === t || ander.every((w, j) => w === t[j])) continue;
        if (++geprobeerd > MAX_PARTNERS) break;
        const b = breedte(t, ander);
        if (b.omlaag + b.omhoog >= marge) {
          proef = b;
          break;
        }
      }
      if (proef.omlaag + proef.omhoog >= marge) {
        if (uitslag) uitslag.breed++;
        return { laag: cel - proef.omlaag, hoog: cel + proef.omhoog };
      }
      return undefined;
    });

    const open = uit.flatMap((u, k) => (u === undefined ? [k] : []));
    if (open.length > 0) {
      if (uitslag) uitslag.exact += open.length;
      const rest = {
        aantalBinnencellen: vraag.aantalBinnencellen,
        gepubliceerd: vraag.gepubliceerd,
        gevraagd: open.map((k) => vraag.gevraagd[k] as number[]),
      };
      // Without a given exact check: the LP's verdict with fewer solves (docs/decisions/046).
      const exacte = exact
        ? await exact(rest)
        : await lpOordeel(
            rest,
            rest.gevraagd.map((cel) => cel.reduce((s, i) => s + waarde(i), 0)),
            marge,
          );
      open.forEach((k, j) => {
        uit[k] = exacte[j];
      });
    }
    return uit as Interval[];
  };
}

/** The check the monitor's reports use: the cheap proofs first, the exact LP for the rest. */
export const monitorAanvaller: Aanvaller = snelleAanvaller();
