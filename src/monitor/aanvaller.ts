import highsModule, { type Highs } from 'highs';
import type { AanvalVraag, Interval } from './onderdrukking.js';

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

export async function lpAanvaller(vraag: AanvalVraag): Promise<Interval[]> {
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
  for (const rij of rijen) {
    for (const i of rij.binnen) indices.push(gebruikt[i] as number);
    starts.push(indices.length);
  }
  const waarden = rijen.map((r) => r.waarde);
  const model = h.createModel({
    numCols: kolommen,
    numRows: rijen.length,
    colCost: new Float64Array(kolommen),
    colLower: new Float64Array(kolommen),
    colUpper: new Float64Array(kolommen).fill(h.infinity),
    rowLower: waarden,
    rowUpper: waarden,
    matrix: {
      format: 'csr',
      numRows: rijen.length,
      numCols: kolommen,
      starts,
      indices,
      values: new Float64Array(indices.length).fill(1),
    },
  });
  try {
    model.options.set({ output_flag: false });
    const status = h.constants.modelStatus;
    const los = (zin: 'minimize' | 'maximize', onbegrensd: number): number => {
      model.changeObjectiveSense(h.constants.objectiveSense[zin]);
      model.run();
      const s = model.getModelStatus();
      if (s === status.optimal) return model.getObjectiveValue();
      if (s === status.unbounded || s === status.unboundedOrInfeasible) return onbegrensd;
      throw new Error(`attacker LP ended with status ${s}`);
    };
    return vraag.gevraagd.map((cel) => {
      const cols = Int32Array.from(cel, (i) => gebruikt[i] as number).sort();
      model.changeColsCost({ kind: 'set', indices: cols }, new Float64Array(cols.length).fill(1));
      const laag = los('minimize', 0);
      const hoog = los('maximize', Number.POSITIVE_INFINITY);
      model.changeColsCost({ kind: 'set', indices: cols }, new Float64Array(cols.length));
      return { laag, hoog };
    });
  } finally {
    model.dispose();
  }
}
