import type { Vak } from './radar-geometrie.js';
import { fractie, isWaarde, rond, type VeiligeSchaal, veiligeSchaal } from './schaal.js';
import { lijnPad, markerPad, type ReeksStijl, reeksStijl } from './stijl.js';
import type { HistorieReeks, Punt, Schaal } from './types.js';

/**
 * The geometry of the history chart (one levensgebied over time), without JSX or I/O.
 *
 * x: every measurement gets a slot. Slots are ordered by date; their position mixes the real
 * time span with equal steps, so measurements on the same day (or a burst close together) stay
 * apart and a long quiet period still looks longer. One slot sits in the middle.
 * y: the value on the scale; `min` is the bottom grid line. A skipped answer is not a point on
 * the chart: it gets a hollow marker in a separate band under the x-axis, and the line breaks.
 */
export const HISTORIE = {
  breedte: 360,
  hoogte: 230,
  links: 32,
  rechts: 14,
  boven: 12,
  /** height of the plot area, from the line of max to the line of min */
  plotHoogte: 140,
  /** space between the outermost slot and the plot edge */
  binnenMarge: 14,
  /** the band for skipped answers, under the x-axis */
  bandAfstand: 20,
  /** baseline of the date labels, under the band */
  datumAfstand: 50,
  letter: 13,
  /** room one date label needs */
  datumBreedte: 84,
  marker: 4,
} as const;

export type HistoriePunt = { datum: Date; waarde: number; naam?: string; punt: Punt; marker: string };
export type HistorieOvergeslagen = { datum: Date; naam?: string; punt: Punt; marker: string };

export type HistorieReeksGeometrie = {
  naam: string;
  soort: HistorieReeks['soort'];
  stijl: ReeksStijl;
  punten: HistoriePunt[];
  overgeslagen: HistorieOvergeslagen[];
  /** one path per unbroken run of two or more answers */
  paden: string[];
};

export type HistorieSlot = { tijd: number; datum: Date; x: number };
export type DatumLabel = { datum: Date; x: number; y: number };
export type Rasterlijn = { waarde: number; label: string; y: number; tekst: Punt };

export type HistorieGeometrie = {
  viewBox: Vak;
  schaal: VeiligeSchaal;
  plot: { links: number; rechts: number; boven: number; onder: number };
  rasterlijnen: Rasterlijn[];
  slots: HistorieSlot[];
  datumLabels: DatumLabel[];
  /** y of the band with skipped answers, when there is one */
  band: { y: number; tekst: Punt } | undefined;
  reeksen: HistorieReeksGeometrie[];
};

/** True for a Date that holds a real moment. */
export function isDatum(value: unknown): value is Date {
  return value instanceof Date && Number.isFinite(value.getTime());
}

/** Measurements of a series with a real date, sorted by date (stable for equal dates). */
export function gesorteerdeMetingen(reeks: HistorieReeks) {
  return (reeks.metingen ?? [])
    .map((meting, volgorde) => ({ meting, volgorde }))
    .filter(({ meting }) => isDatum(meting.datum))
    .sort((a, b) => a.meting.datum.getTime() - b.meting.datum.getTime() || a.volgorde - b.volgorde)
    .map(({ meting }) => meting);
}

/**
 * The x of each slot as a share (0–1) of the width: half the real time, half equal steps.
 * Exported for the property tests: it is strictly increasing for every input.
 */
export function slotFracties(tijden: number[]): number[] {
  const m = tijden.length;
  if (m === 0) return [];
  if (m === 1) return [0.5];
  const t0 = tijden[0] as number;
  const span = (tijden[m - 1] as number) - t0;
  return tijden.map((tijd, i) => {
    const stap = i / (m - 1);
    if (!(span > 0) || !Number.isFinite(span)) return stap;
    const tijdDeel = (tijd - t0) / span;
    return Number.isFinite(tijdDeel) ? 0.5 * tijdDeel + 0.5 * stap : stap;
  });
}

export function historieGeometrie(reeksen: HistorieReeks[], schaalIn: Schaal): HistorieGeometrie {
  const schaal = veiligeSchaal(schaalIn);
  const h = HISTORIE;
  const plot = {
    links: h.links,
    rechts: h.breedte - h.rechts,
    boven: h.boven,
    onder: h.boven + h.plotHoogte,
  };
  const y = (waarde: number) => rond(plot.onder - fractie(schaal, waarde) * h.plotHoogte);

  // Slots: the k-th measurement of a series on a date shares a slot with the k-th of another
  // series on that same date (so "me" and "them" on one day line up), and gets its own otherwise.
  const gesorteerd = reeksen.map(gesorteerdeMetingen);
  const slotSleutels = new Map<string, { tijd: number; k: number; datum: Date }>();
  const sleutelsPerReeks = gesorteerd.map((metingen) => {
    const teller = new Map<number, number>();
    return metingen.map((meting) => {
      const tijd = meting.datum.getTime();
      const k = teller.get(tijd) ?? 0;
      teller.set(tijd, k + 1);
      const sleutel = `${tijd}#${k}`;
      if (!slotSleutels.has(sleutel)) slotSleutels.set(sleutel, { tijd, k, datum: meting.datum });
      return sleutel;
    });
  });
  const geordend = [...slotSleutels.entries()].sort((a, b) => a[1].tijd - b[1].tijd || a[1].k - b[1].k);
  const fracties = slotFracties(geordend.map(([, slot]) => slot.tijd));
  const binnenLinks = plot.links + h.binnenMarge;
  const binnenBreedte = plot.rechts - h.binnenMarge - binnenLinks;
  const xPerSleutel = new Map<string, number>();
  const slots: HistorieSlot[] = geordend.map(([sleutel, slot], i) => {
    const x = rond(binnenLinks + (fracties[i] ?? 0.5) * binnenBreedte);
    xPerSleutel.set(sleutel, x);
    return { tijd: slot.tijd, datum: slot.datum, x };
  });

  const bandY = rond(plot.onder + h.bandAfstand);
  const reeksGeometrie = reeksen.map((reeks, index): HistorieReeksGeometrie => {
    const stijl = reeksStijl(index, reeks.soort);
    const metingen = gesorteerd[index] ?? [];
    const sleutels = sleutelsPerReeks[index] ?? [];
    const punten: HistoriePunt[] = [];
    const overgeslagen: HistorieOvergeslagen[] = [];
    const runs: Punt[][] = [];
    let run: Punt[] = [];
    metingen.forEach((meting, i) => {
      const x = xPerSleutel.get(sleutels[i] as string) ?? binnenLinks;
      const naam = meting.naam === undefined ? {} : { naam: meting.naam };
      if (isWaarde(meting.waarde)) {
        const punt = { x, y: y(meting.waarde) };
        punten.push({
          datum: meting.datum,
          waarde: meting.waarde,
          ...naam,
          punt,
          marker: markerPad(stijl.vorm, punt, h.marker),
        });
        run.push(punt);
      } else {
        const punt = { x, y: bandY };
        overgeslagen.push({
          datum: meting.datum,
          ...naam,
          punt,
          marker: markerPad(stijl.vorm, punt, h.marker * 0.85),
        });
        if (run.length > 0) runs.push(run);
        run = [];
      }
    });
    if (run.length > 0) runs.push(run);
    const paden = runs.filter((r) => r.length >= 2).map((r) => lijnPad(r));
    return { naam: reeks.naam, soort: reeks.soort, stijl, punten, overgeslagen, paden };
  });

  // Date labels: the first and the last slot, and between them every slot with room to spare.
  // A label is centred under its slot, but kept inside the chart at the edges; the room is
  // measured between those kept-inside positions.
  const datumY = rond(plot.onder + h.datumAfstand);
  const halfLabel = h.datumBreedte / 2;
  const kandidaten = slots.map((slot) => ({
    datum: slot.datum,
    x: rond(Math.min(h.breedte - halfLabel, Math.max(halfLabel, slot.x))),
    y: datumY,
  }));
  const datumLabels: DatumLabel[] = [];
  for (const label of kandidaten) {
    const vorige = datumLabels[datumLabels.length - 1];
    if (!vorige || label.x - vorige.x >= h.datumBreedte) datumLabels.push(label);
  }
  const laatste = kandidaten[kandidaten.length - 1];
  if (laatste && datumLabels[datumLabels.length - 1] !== laatste) {
    while (
      datumLabels.length > 0 &&
      laatste.x - (datumLabels[datumLabels.length - 1] as DatumLabel).x < h.datumBreedte
    )
      datumLabels.pop();
    datumLabels.push(laatste);
  }

  const rasterlijnen = schaal.stappen.map((stap) => {
    const ly = y(stap.waarde);
    return {
      waarde: stap.waarde,
      label: stap.label,
      y: ly,
      tekst: { x: plot.links - 6, y: rond(ly + h.letter * 0.35) },
    };
  });
  const heeftOvergeslagen = reeksGeometrie.some((r) => r.overgeslagen.length > 0);
  return {
    viewBox: { x: 0, y: 0, breedte: h.breedte, hoogte: h.hoogte },
    schaal,
    plot,
    rasterlijnen,
    slots,
    datumLabels,
    band: heeftOvergeslagen
      ? { y: bandY, tekst: { x: plot.links - 6, y: rond(bandY + h.letter * 0.35) } }
      : undefined,
    reeksen: reeksGeometrie,
  };
}
