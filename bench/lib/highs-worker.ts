/**
 * Worker thread for the Samen benchmark: solves the cycle formulation (pairs, circles of three,
 * one-way matches; each person in at most one) with HiGHS as an integer program under a time
 * limit, and, when it does not prove optimality, its LP relaxation for an upper bound. HiGHS is
 * synchronous WebAssembly, so it runs here and the main thread can stop it from outside.
 */
import { parentPort, workerData } from 'node:worker_threads';
// The package's types are CommonJS-shaped while Node loads its ES module, whose default export is
// the loader; the types see that loader one level deeper.
import highsPakket from 'highs';

export type HighsOpdracht = {
  /** Members (person indices) and weight of every candidate exchange. */
  leden: number[][];
  gewicht: number[];
  mensen: number;
  tijdslimietS: number;
};

export type HighsAntwoord = {
  status: string;
  /** Objective of the best integer solution HiGHS found (undefined when none). */
  waarde: number | undefined;
  optimaal: boolean;
  /** LP-relaxation bound when optimality was not proved. */
  lpGrens: number | undefined;
  lpStatus: string | undefined;
  seconden: number;
  lpSeconden: number | undefined;
};

function model(opdracht: HighsOpdracht, geheel: boolean): string {
  const regels = ['Maximize', ' doel:'];
  let regel = '';
  opdracht.gewicht.forEach((w, k) => {
    regel += ` + ${w} x${k}`;
    if (regel.length > 200) {
      regels.push(regel);
      regel = '';
    }
  });
  regels.push(regel === '' && opdracht.gewicht.length === 0 ? ' 0 x0' : regel, 'Subject To');
  const per: number[][] = Array.from({ length: opdracht.mensen }, () => []);
  opdracht.leden.forEach((lid, k) => {
    for (const p of lid) per[p]?.push(k);
  });
  per.forEach((ks, p) => {
    if (ks.length > 1) regels.push(` p${p}: ${ks.map((k) => `x${k}`).join(' + ')} <= 1`);
  });
  regels.push('Bounds');
  opdracht.gewicht.forEach((_, k) => {
    regels.push(` 0 <= x${k} <= 1`);
  });
  if (geheel && opdracht.gewicht.length > 0)
    regels.push('General', ` ${opdracht.gewicht.map((_, k) => `x${k}`).join(' ')}`);
  regels.push('End');
  return regels.join('\n');
}

async function los(opdracht: HighsOpdracht): Promise<HighsAntwoord> {
  const laad = (
    typeof highsPakket === 'function' ? highsPakket : highsPakket.default
  ) as typeof highsPakket.default;
  const highs = await laad();
  const opties = { output_flag: false, time_limit: opdracht.tijdslimietS, mip_rel_gap: 0 } as const;
  const begin = performance.now();
  const mip = highs.solve(model(opdracht, true), opties);
  const seconden = (performance.now() - begin) / 1000;
  const heeftOplossing = mip.Status === 'Optimal' || mip.Status === 'Time limit reached';
  const waarde = heeftOplossing && Number.isFinite(mip.ObjectiveValue) ? mip.ObjectiveValue : undefined;
  const optimaal = mip.Status === 'Optimal';
  if (optimaal)
    return {
      status: mip.Status,
      waarde,
      optimaal,
      lpGrens: undefined,
      lpStatus: undefined,
      seconden,
      lpSeconden: undefined,
    };
  const lpBegin = performance.now();
  const lp = highs.solve(model(opdracht, false), { output_flag: false, time_limit: opdracht.tijdslimietS });
  return {
    status: mip.Status,
    waarde,
    optimaal,
    lpGrens: lp.Status === 'Optimal' ? lp.ObjectiveValue : undefined,
    lpStatus: lp.Status,
    seconden,
    lpSeconden: (performance.now() - lpBegin) / 1000,
  };
}

los(workerData as HighsOpdracht).then(
  (antwoord) => parentPort?.postMessage(antwoord),
  (error: unknown) =>
    parentPort?.postMessage({ fout: error instanceof Error ? error.message : String(error) }),
);
