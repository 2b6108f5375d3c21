import highsModule, { type Highs } from 'highs';
import { type AanvalVraag, breedGenoeg, type Interval } from './onderdrukking.js';

type Gepubliceerd = AanvalVraag['gepubliceerd'][number];

/**
 * The attacker check (docs/decisions/028): what can someone who sees every published cell
 * learn about a suppressed one? A linear programme over the inner cells (counts ≥ 0) with one
 * equality per published cell; minimising and maximising the suppressed cell's sum gives the
 * interval it can take. Solved by HiGHS (WebAssembly, synchronous, single-threaded).
 *
 * The model holds only what matters to the asked cells: their inner cells, every published
 * cell that shares one, and so on (the linked tables), and nothing of unrelated tables. One
 * model serves all suppressed cells: only the objective changes between solves, so HiGHS
 * starts each solve from the last basis (a warm start).
 */

// The package's types describe its CommonJS build; its ES module exports the loader itself.
type Loader = () => Promise<Highs>;
const highsLoader = ((highsModule as unknown as { default?: Loader }).default ??
  highsModule) as unknown as Loader;

let geladen: Promise<Highs> | undefined;
const highs = () => {
  geladen ??= highsLoader();
  return geladen;
};

/** The attacker's model over the linked part: its variables per inner cell, and its solves. */
async function bouwModel(vraag: AanvalVraag) {
  const h = await highs();
  const n = vraag.aantalBinnencellen;
  // Only inner cells linked to an asked cell are variables (an index per used inner cell).
  const gebruikt = new Int32Array(n).fill(-1);
  let kolommen = 0;
  const nummer = (i: number) => {
    if (gebruikt[i] === -1) gebruikt[i] = kolommen++;
    return gebruikt[i] as number;
  };
  for (const cel of vraag.gevraagd) for (const i of cel) nummer(i);
  // The closure: a published cell that shares an inner cell with the model joins it, with its
  // inner cells, until nothing more joins; every constraint on these variables is then in it.
  const inModel = new Set<number>();
  let groeit = true;
  while (groeit) {
    groeit = false;
    vraag.gepubliceerd.forEach((c, r) => {
      if (inModel.has(r) || !c.binnen.some((i) => gebruikt[i] !== -1)) return;
      inModel.add(r);
      for (const i of c.binnen) nummer(i);
      groeit = true;
    });
  }
  const rijen = [...inModel].sort((x, y) => x - y).map((r) => vraag.gepubliceerd[r] as Gepubliceerd);

  const starts = [0];
  const indices: number[] = [];
  const coef: number[] = [];
  const waarden: number[] = [];
  for (const rij of rijen) {
    for (const i of rij.binnen) {
      indices.push(gebruikt[i] as number);
      coef.push(1);
    }
    starts.push(indices.length);
    waarden.push(rij.waarde);
  }
  // Equal sums (a peiling's cubes of the same people, docs/decisions/049): a row plus − min = 0.
  // Every one joins the model: they tie the cubes together, so the closure would take them all.
  for (const g of vraag.gelijk ?? []) {
    // A cell on both sides cancels out.
    const telling = new Map<number, number>();
    for (const i of g.plus) telling.set(nummer(i), (telling.get(nummer(i)) ?? 0) + 1);
    for (const i of g.min) telling.set(nummer(i), (telling.get(nummer(i)) ?? 0) - 1);
    for (const [k, c] of [...telling].sort((a, b) => a[0] - b[0])) {
      if (c === 0) continue;
      indices.push(k);
      coef.push(c);
    }
    starts.push(indices.length);
    waarden.push(0);
  }
  // A published cell of a cube that only the equalities tie in: its row joins too.
  if ((vraag.gelijk?.length ?? 0) > 0)
    vraag.gepubliceerd.forEach((c, r) => {
      if (inModel.has(r)) return;
      inModel.add(r);
      for (const i of c.binnen) {
        indices.push(nummer(i));
        coef.push(1);
      }
      starts.push(indices.length);
      waarden.push(c.waarde);
    });
  const aantalRijen = waarden.length;
  const model = h.createModel({
    numCols: kolommen,
    numRows: aantalRijen,
    colCost: new Float64Array(kolommen),
    colLower: new Float64Array(kolommen),
    colUpper: new Float64Array(kolommen).fill(h.infinity),
    rowLower: waarden,
    rowUpper: waarden,
    matrix: {
      format: 'csr',
      numRows: aantalRijen,
      numCols: kolommen,
      starts,
      indices,
      values: Float64Array.from(coef),
    },
  });
  // Between solves only the objective changes, so the last basis stays feasible: the primal
  // simplex goes on from it, where the dual simplex (the default) and presolve start over
  // (about ten times faster on the monitor bench's models, docs/decisions/056).
  model.options.set({ output_flag: false, presolve: 'off', simplex_strategy: 4 });
  const status = h.constants.modelStatus;
  const kolommenVan = (cel: readonly number[]) => Int32Array.from(cel, (i) => gebruikt[i] as number).sort();
  /**
   * Minimise or maximise the sum of the given cells' variables (each cell's columns, once per
   * cell). The optimum, or the bound when unbounded; and the solution's value per variable.
   */
  const los = (
    cellen: readonly (readonly number[])[],
    zin: 'minimize' | 'maximize',
  ): { optimum: number; punt: Float64Array | undefined } => {
    const kosten = new Float64Array(kolommen);
    for (const cel of cellen) for (const k of kolommenVan(cel)) kosten[k] = (kosten[k] as number) + 1;
    const cols = Int32Array.from({ length: kolommen }, (_, k) => k);
    model.changeColsCost({ kind: 'set', indices: cols }, kosten);
    model.changeObjectiveSense(h.constants.objectiveSense[zin]);
    model.run();
    const s = model.getModelStatus();
    if (s === status.optimal)
      return { optimum: model.getObjectiveValue(), punt: Float64Array.from(model.getSolution().colValue) };
    if (s === status.unbounded || s === status.unboundedOrInfeasible)
      return { optimum: zin === 'minimize' ? 0 : Number.POSITIVE_INFINITY, punt: undefined };
    throw new Error(`attacker LP ended with status ${s}`);
  };
  /** A cell's sum at a solution. */
  const somIn = (punt: Float64Array, cel: readonly number[]) =>
    cel.reduce((som, i) => som + (punt[gebruikt[i] as number] ?? 0), 0);
  return { model, los, somIn };
}

export async function lpAanvaller(vraag: AanvalVraag): Promise<Interval[]> {
  const { model, los } = await bouwModel(vraag);
  try {
    return vraag.gevraagd.map((cel) => ({
      laag: los([cel], 'minimize').optimum,
      hoog: los([cel], 'maximize').optimum,
    }));
  } finally {
    model.dispose();
  }
}

/**
 * The exact verdict with fewer solves (docs/decisions/046): is each asked cell's interval at
 * least `marge` wide? Every solution of the model is counts the attacker cannot tell from the
 * true ones, and so are the true counts themselves. So each cell's interval contains the range
 * its sum takes over the true counts and every solution found so far. A cell whose range
 * reaches the margin is wide without a solve of its own; the others get their own two solves
 * (exact), whose solutions widen the ranges of the rest. Wide cells get the range found (inside
 * their interval), narrow ones their exact interval: the same verdicts as `lpAanvaller`.
 */
export async function lpOordeel(
  vraag: AanvalVraag,
  waar: readonly number[],
  marge: number,
): Promise<Interval[]> {
  const { model, los, somIn } = await bouwModel(vraag);
  try {
    const bereik: Interval[] = waar.map((w) => ({ laag: w, hoog: w }));
    const breed = (k: number) => {
      return breedGenoeg(bereik[k] as Interval, marge);
    };
    const neem = (punt: Float64Array | undefined) => {
      if (!punt) return;
      vraag.gevraagd.forEach((cel, k) => {
        const b = bereik[k] as Interval;
        const som = somIn(punt, cel);
        if (som < b.laag) b.laag = som;
        if (som > b.hoog) b.hoog = som;
      });
    };
    // First all open cells at once, up and down: cheap witnesses for many.
    const open = () => vraag.gevraagd.flatMap((cel, k) => (breed(k) ? [] : [cel]));
    for (const zin of ['maximize', 'minimize'] as const) {
      const cellen = open();
      if (cellen.length > 0) neem(los(cellen, zin).punt);
    }
    vraag.gevraagd.forEach((cel, k) => {
      if (breed(k)) return;
      const hoog = los([cel], 'maximize');
      neem(hoog.punt);
      (bereik[k] as Interval).hoog = hoog.optimum;
      if (breed(k)) return;
      const laag = los([cel], 'minimize');
      neem(laag.punt);
      (bereik[k] as Interval).laag = laag.optimum;
    });
    return bereik;
  } finally {
    model.dispose();
  }
}
