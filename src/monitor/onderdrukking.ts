/**
 * Statistical disclosure control for the monitor's tables (docs/decisions/028), pure: no
 * database, no I/O. The data are a cube of counts (the "inner cells": every combination of
 * one value per dimension); every table published from it is a set of marginal cells (a
 * value or the total per dimension). All tables of one variable are protected together, so a
 * cell suppressed in one table cannot be recovered from another table of the same data.
 *
 * 1. Primary suppression: every cell whose count is under the gemeente's minimum.
 * 2. Secondary suppression by the hypercube method (Repsilber; GHMITER in τ-ARGUS): for a
 *    suppressed cell that the attacker can still pin down, the cheapest hypercube through it in
 *    its own table (2^k corners, k the number of its non-total dimensions) is suppressed too.
 * 3. The attacker check (aanvaller.ts): for every suppressed cell, the interval it can take
 *    given all published cells, by linear programming. A cell whose interval is narrower than
 *    the margin gets another hypercube; rounds repeat until every interval is wide enough.
 *    When nothing is left to add in a table, its margins are suppressed in turn, up to the
 *    whole family: then nothing of it is published ("teruggehouden").
 */

/** One dimension of the cube: its code and its values, in display order. */
export type Dimensie = { code: string; waarden: readonly string[] };

/** Counts per inner cell; index = mixed radix over the dimensions (the last one fastest). */
export type Kubus = { dimensies: readonly Dimensie[]; tellingen: ArrayLike<number> };

/** A published table: the dimensions it crosses (all its margins are published with it). */
export type TabelVorm = readonly string[];

/** A cell's coordinates: the value's index per dimension, or TOTAAL. */
export type CelSleutel = readonly number[];
export const TOTAAL = -1;

export type Regels = {
  /** Cells under this count are never published (the gemeente's minimum, default 10). */
  minimum: number;
  /** A suppressed cell's feasible interval must be at least this wide (default: the minimum). */
  marge: number;
};

export const STANDAARD_REGELS: Regels = { minimum: 10, marge: 10 };

export type Interval = { laag: number; hoog: number };

/**
 * Is the attacker's interval at least the margin wide? The LP's bounds are floating point
 * (a width of 12 can come back as 11.999999999999998), so the check allows a millionth less.
 * The counts are whole numbers: a millionth cannot tell the attacker anything more, and the
 * exact and the fast checks then agree on every cell (aanvaller-snel.test.ts).
 */
export const breedGenoeg = (interval: Interval, marge: number): boolean =>
  interval.hoog - interval.laag >= marge - 1e-6;

/**
 * The attacker: given the published cells (as sums of inner cells with their value), the
 * interval each asked cell can take. Implemented with HiGHS in aanvaller.ts; a parameter so
 * that this file stays pure and the rules can be tested against another solver.
 */
export type Aanvaller = (vraag: AanvalVraag) => Promise<Interval[]>;

export type AanvalVraag = {
  aantalBinnencellen: number;
  /** Each published cell: the inner cells it adds up, and its value */
  gepubliceerd: { binnen: number[]; waarde: number }[];
  /** Each suppressed cell: the inner cells it adds up */
  gevraagd: number[][];
  /**
   * For a faster check (aanvaller-snel.ts), optional: the cube's dimension sizes (the inner
   * cells' mixed radix), the true inner counts, and the margin the intervals are held to.
   * The exact attacker ignores them; an attacker never sees them.
   */
  maten?: readonly number[];
  binnenwaarden?: ArrayLike<number>;
  marge?: number;
  /**
   * Sums the attacker knows to be equal without knowing their value (docs/decisions/049): the
   * same people counted in two cubes of one peiling. Each: the inner cells of one side (`plus`)
   * add up to those of the other (`min`). A check that cannot use them asks the exact LP.
   */
  gelijk?: { plus: number[]; min: number[] }[];
};

export type Cel = {
  sleutel: CelSleutel;
  waarde: number;
  /** null: published; otherwise why it is not */
  onderdrukt: null | 'primair' | 'secundair';
};

export type Publicatie = {
  cellen: Map<string, Cel>;
  /** The attacker's interval per suppressed cell (key → interval), as last checked */
  intervallen: Map<string, Interval>;
  /** Rounds of the attacker check that were needed */
  rondes: number;
};

export const celCode = (sleutel: CelSleutel): string => sleutel.join(',');

/** Strides of the mixed-radix index of the inner cells. */
function stappen(kubus: Kubus): number[] {
  const uit = new Array<number>(kubus.dimensies.length).fill(1);
  for (let d = kubus.dimensies.length - 2; d >= 0; d--)
    uit[d] = (uit[d + 1] as number) * (kubus.dimensies[d + 1] as Dimensie).waarden.length;
  return uit;
}

export function aantalBinnencellen(dimensies: readonly Dimensie[]): number {
  return dimensies.reduce((n, d) => n * d.waarden.length, 1);
}

/** The inner cells a cell adds up. */
export function binnencellen(kubus: Kubus, sleutel: CelSleutel): number[] {
  const stap = stappen(kubus);
  let indices = [0];
  kubus.dimensies.forEach((dim, d) => {
    const k = sleutel[d] as number;
    const s = stap[d] as number;
    const waarden = k === TOTAAL ? dim.waarden.map((_, i) => i) : [k];
    indices = indices.flatMap((basis) => waarden.map((w) => basis + w * s));
  });
  return indices;
}

/** Every cell of the given tables, margins included, each once (a shared margin is one cell). */
export function cellenVan(kubus: Kubus, tabellen: readonly TabelVorm[]): CelSleutel[] {
  const codes = kubus.dimensies.map((d) => d.code);
  const gezien = new Map<string, CelSleutel>();
  for (const tabel of tabellen) {
    const dims = tabel.map((code) => {
      const d = codes.indexOf(code);
      if (d < 0) throw new Error(`unknown dimension ${code}`);
      return d;
    });
    // Every subset of the table's dimensions, every combination of values on it.
    for (let deel = 0; deel < 1 << dims.length; deel++) {
      let sleutels: number[][] = [codes.map(() => TOTAAL)];
      dims.forEach((d, i) => {
        if (!(deel & (1 << i))) return;
        const n = (kubus.dimensies[d] as Dimensie).waarden.length;
        sleutels = sleutels.flatMap((s) =>
          Array.from({ length: n }, (_, w) => s.map((v, j) => (j === d ? w : v))),
        );
      });
      for (const s of sleutels) gezien.set(celCode(s), s);
    }
  }
  return [...gezien.values()];
}

/** A cell's count: the sum of its inner cells. */
export function waardeVan(kubus: Kubus, sleutel: CelSleutel): number {
  return binnencellen(kubus, sleutel).reduce((som, i) => som + (kubus.tellingen[i] ?? 0), 0);
}

/**
 * The hypercubes through a cell in its own table: for every non-total dimension another value,
 * the corners being every mix of the cell's value and the other one. Each comes with the
 * corners' codes and the width it protects on its own (the smallest corner of each sign).
 */
export function hyperkubussen(
  kubus: Kubus,
  sleutel: CelSleutel,
  waarde: (code: string) => number,
): { hoeken: CelSleutel[]; breedte: number }[] {
  const vrij = sleutel.flatMap((k, d) => (k === TOTAAL ? [] : [d]));
  if (vrij.length === 0) return [];
  let keuzes: number[][] = [[]];
  for (const d of vrij) {
    const n = (kubus.dimensies[d] as Dimensie).waarden.length;
    const anders = Array.from({ length: n }, (_, w) => w).filter((w) => w !== sleutel[d]);
    keuzes = keuzes.flatMap((k) => anders.map((w) => [...k, w]));
  }
  return keuzes.map((ander) => {
    const hoeken: CelSleutel[] = [];
    let plus = Number.POSITIVE_INFINITY;
    let min = Number.POSITIVE_INFINITY;
    for (let hoek = 0; hoek < 1 << vrij.length; hoek++) {
      const s = [...sleutel];
      let teken = 0;
      vrij.forEach((d, i) => {
        if (hoek & (1 << i)) {
          s[d] = ander[i] as number;
          teken++;
        }
      });
      hoeken.push(s);
      const w = waarde(celCode(s));
      if (teken % 2 === 0) plus = Math.min(plus, w);
      else min = Math.min(min, w);
    }
    return { hoeken, breedte: plus + min };
  });
}

/** The family's cells by number: per dimension the value's index + 1, or 0 for the total. */
export function celNummering(kubus: Kubus) {
  const maten = kubus.dimensies.map((d) => d.waarden.length + 1);
  const stap = new Array<number>(maten.length).fill(1);
  for (let d = maten.length - 2; d >= 0; d--) stap[d] = (stap[d + 1] as number) * (maten[d + 1] as number);
  const cellen: (Cel | undefined)[] = new Array(maten.reduce((a, b) => a * b, 1));
  const nummer = (sleutel: CelSleutel) =>
    sleutel.reduce((som, k, d) => som + (k + 1) * (stap[d] as number), 0);
  return {
    stap,
    zet: (cel: Cel) => {
      cellen[nummer(cel.sleutel)] = cel;
    },
    op: (n: number) => cellen[n],
    nummer,
  };
}

/**
 * The repair's choice for a weak cell, as `hyperkubussen` would give it but without building
 * every hypercube: among the hypercubes that add a published cell, those protecting at least
 * the margin on their own if any, the one adding the smallest sum, then the widest, then the
 * first. Its newly suppressed corners, or undefined when no hypercube adds a cell.
 */
export function goedkoopsteHyperkubus(
  kubus: Kubus,
  sleutel: CelSleutel,
  cellen: ReturnType<typeof celNummering>,
  marge: number,
): Cel[] | undefined {
  const vrij = sleutel.flatMap((k, d) => (k === TOTAAL ? [] : [d]));
  if (vrij.length === 0) return undefined;
  const basis = cellen.nummer(sleutel);
  const hoeken = 1 << vrij.length;
  // Per corner bit: how far the number moves from the cell's value to the other value.
  const ander = new Array<number>(vrij.length).fill(0);
  let beste: { genoeg: boolean; kosten: number; breedte: number; hoeken: number[] } | undefined;
  const verschuiving = (h: number) =>
    vrij.reduce(
      (som, d, i) =>
        h & (1 << i)
          ? som + ((ander[i] as number) - (sleutel[d] as number)) * (cellen.stap[d] as number)
          : som,
      0,
    );
  const kies = () => {
    let plus = Number.POSITIVE_INFINITY;
    let min = Number.POSITIVE_INFINITY;
    let kosten = 0;
    let nieuw = 0;
    const nummers: number[] = [];
    for (let h = 0; h < hoeken; h++) {
      const n = basis + verschuiving(h);
      const cel = cellen.op(n);
      const w = cel?.waarde ?? Number.POSITIVE_INFINITY;
      let teken = 0;
      for (let i = 0; i < vrij.length; i++) if (h & (1 << i)) teken++;
      if (teken % 2 === 0) plus = Math.min(plus, w);
      else min = Math.min(min, w);
      if (cel && cel.onderdrukt === null) {
        nieuw++;
        kosten += w;
        nummers.push(n);
      }
    }
    if (nieuw === 0) return;
    const breedte = plus + min;
    const genoeg = breedte >= marge;
    if (
      !beste ||
      (genoeg && !beste.genoeg) ||
      (genoeg === beste.genoeg &&
        (kosten < beste.kosten || (kosten === beste.kosten && breedte > beste.breedte)))
    )
      beste = { genoeg, kosten, breedte, hoeken: nummers };
  };
  const loop = (i: number) => {
    if (i === vrij.length) return kies();
    const d = vrij[i] as number;
    const n = (kubus.dimensies[d] as Dimensie).waarden.length;
    for (let w = 0; w < n; w++) {
      if (w === sleutel[d]) continue;
      ander[i] = w;
      loop(i + 1);
    }
  };
  loop(0);
  return beste?.hoeken.map((n) => cellen.op(n) as Cel);
}

/** The cells with the same totals as this one, one level up: its margins. */
export function margesVan(sleutel: CelSleutel): CelSleutel[] {
  return sleutel.flatMap((k, d) => (k === TOTAAL ? [] : [sleutel.map((v, j) => (j === d ? TOTAAL : v))]));
}

/** At most this many rounds of check and repair; each round adds cells, so it always ends. */
const MAX_RONDES = 200;

/**
 * Decides which cells of the tables may be published: primary suppression under the minimum,
 * then hypercubes until the attacker check passes for every suppressed cell.
 */
export async function beveilig(
  kubus: Kubus,
  tabellen: readonly TabelVorm[],
  regels: Regels,
  aanvaller: Aanvaller,
  opties: { onthoud?: boolean } = {},
): Promise<Publicatie> {
  // A round only hides more cells, so the attacker only knows less: a cell found wide enough
  // stays wide enough in every later round (docs/decisions/046). Its verdict is kept and it is
  // not asked again; `onthoud: false` asks every cell every round (for the tests).
  const onthoud = opties.onthoud ?? true;
  const breed = new Map<string, Interval>();
  const sleutels = cellenVan(kubus, tabellen);
  const cellen = new Map<string, Cel>();
  for (const sleutel of sleutels) {
    const waarde = waardeVan(kubus, sleutel);
    cellen.set(celCode(sleutel), {
      sleutel,
      waarde,
      onderdrukt: waarde < regels.minimum ? 'primair' : null,
    });
  }
  // The cells by a number instead of their code, for the repair's many lookups.
  const celOp = celNummering(kubus);
  for (const cel of cellen.values()) celOp.zet(cel);
  const intervallen = new Map<string, Interval>();
  const binnen = new Map<string, number[]>();
  const binnenVan = (cel: Cel) => {
    const code = celCode(cel.sleutel);
    let b = binnen.get(code);
    if (!b) {
      b = binnencellen(kubus, cel.sleutel);
      binnen.set(code, b);
    }
    return b;
  };

  for (let ronde = 1; ronde <= MAX_RONDES; ronde++) {
    const onderdrukt = [...cellen.values()].filter((c) => c.onderdrukt !== null);
    if (onderdrukt.length === 0) return { cellen, intervallen, rondes: 0 };
    const gepubliceerd = [...cellen.values()]
      .filter((c) => c.onderdrukt === null)
      .map((c) => ({ binnen: binnenVan(c), waarde: c.waarde }));
    const vragen = onderdrukt.filter((c) => !breed.has(celCode(c.sleutel)));
    const uitkomst =
      vragen.length === 0
        ? []
        : await aanvaller({
            aantalBinnencellen: aantalBinnencellen(kubus.dimensies),
            gepubliceerd,
            gevraagd: vragen.map(binnenVan),
            maten: kubus.dimensies.map((d) => d.waarden.length),
            binnenwaarden: kubus.tellingen,
            marge: regels.marge,
          });
    intervallen.clear();
    for (const [code, interval] of breed) intervallen.set(code, interval);
    const zwak: Cel[] = [];
    vragen.forEach((cel, i) => {
      const interval = uitkomst[i] as Interval;
      const code = celCode(cel.sleutel);
      intervallen.set(code, interval);
      if (!breedGenoeg(interval, regels.marge)) zwak.push(cel);
      else if (onthoud) breed.set(code, interval);
    });
    if (zwak.length === 0) return { cellen, intervallen, rondes: ronde };

    // Repair: per weak cell the cheapest hypercube that adds a cell (protecting enough on its
    // own if one does). A cell with none left waits for the next check (this round's cells may
    // already protect it); when no weak cell has one, their margins go; when even those are
    // gone, the whole family is withheld.
    const onderdruk = (sleutels: readonly CelSleutel[]) => {
      let iets = false;
      for (const s of sleutels) {
        const c = cellen.get(celCode(s));
        if (c && c.onderdrukt === null) {
          c.onderdrukt = 'secundair';
          iets = true;
        }
      }
      return iets;
    };
    let toegevoegd = false;
    for (const cel of zwak) {
      const keuze = goedkoopsteHyperkubus(kubus, cel.sleutel, celOp, regels.marge);
      if (keuze && onderdruk(keuze.map((c) => c.sleutel))) toegevoegd = true;
    }
    if (!toegevoegd) toegevoegd = onderdruk(zwak.flatMap((cel) => margesVan(cel.sleutel)));
    if (!toegevoegd) for (const c of cellen.values()) c.onderdrukt ??= 'secundair';
  }
  throw new Error('suppression did not converge');
}

/** True when nothing of the family may be shown (the grand total itself is suppressed). */
export function teruggehouden(publicatie: Publicatie, dimensies: number): boolean {
  const totaal = publicatie.cellen.get(celCode(new Array<number>(dimensies).fill(TOTAAL)));
  return totaal === undefined || totaal.onderdrukt !== null;
}
