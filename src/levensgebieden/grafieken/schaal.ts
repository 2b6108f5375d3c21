import type { Schaal } from './types.js';

/**
 * The answer scale made safe to compute with: finite numbers, min ≤ max, steps sorted and
 * within the scale. Pages pass what the catalog holds; a typo there must not break a chart.
 */
export type VeiligeSchaal = {
  min: number;
  max: number;
  stappen: { waarde: number; label: string }[];
  /** The distance of one step, for "2 steps or more" differences; never 0. */
  stap: number;
};

/** A value the charts can draw: a finite number. null, undefined, NaN and ±Infinity are "skipped". */
export function isWaarde(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Rounds to one decimal (small SVG), and turns anything non-finite or -0 into 0. */
export function rond(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

/** Scales are small (1–5, 0–10); this bound keeps every difference of two values finite. */
const GRENS = 1e12;
const begrens = (waarde: number) => Math.min(GRENS, Math.max(-GRENS, waarde));

export function veiligeSchaal(schaal: Schaal): VeiligeSchaal {
  let min = isWaarde(schaal.min) ? begrens(schaal.min) : 0;
  let max = isWaarde(schaal.max) ? begrens(schaal.max) : min;
  if (max < min) [min, max] = [max, min];
  const stappen: { waarde: number; label: string }[] = [];
  const gesorteerd = (schaal.stappen ?? [])
    .filter((stap) => isWaarde(stap.waarde) && stap.waarde >= min && stap.waarde <= max)
    .sort((a, b) => a.waarde - b.waarde);
  for (const stap of gesorteerd) {
    if (stappen[stappen.length - 1]?.waarde !== stap.waarde)
      stappen.push({ waarde: stap.waarde, label: String(stap.label ?? '') });
  }
  if (stappen.length === 0) {
    stappen.push({ waarde: min, label: String(min) });
    if (max > min) stappen.push({ waarde: max, label: String(max) });
  }
  let stap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < stappen.length; i++) {
    stap = Math.min(
      stap,
      (stappen[i] as { waarde: number }).waarde - (stappen[i - 1] as { waarde: number }).waarde,
    );
  }
  if (!Number.isFinite(stap) || stap <= 0) stap = max > min ? max - min : 1;
  return { min, max, stappen, stap };
}

/** Where a value lies on the scale: 0 at `min`, 1 at `max`, clamped; 1 when the scale has no width. */
export function fractie(schaal: VeiligeSchaal, waarde: number): number {
  if (schaal.max <= schaal.min) return 1;
  const f = (waarde - schaal.min) / (schaal.max - schaal.min);
  return Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : 0;
}

/** A value held within the scale, as the charts draw it. */
export function klem(schaal: VeiligeSchaal, waarde: number): number {
  return Math.min(schaal.max, Math.max(schaal.min, waarde));
}

/** The difference a − b counted in steps of the scale (positive: a is higher), within the scale. */
export function verschilInStappen(schaal: VeiligeSchaal, a: number, b: number): number {
  const stappen = (klem(schaal, a) - klem(schaal, b)) / schaal.stap;
  return Number.isFinite(stappen) ? stappen : 0;
}

/** The label of the step with exactly this value, if the scale has one. */
export function stapLabel(schaal: VeiligeSchaal, waarde: number): string | undefined {
  return schaal.stappen.find((stap) => Math.abs(stap.waarde - waarde) < 1e-9)?.label;
}

/** One number format per language: making one costs more than the whole formatting (issue 20). */
const getalOpmaak = new Map<string, Intl.NumberFormat>();

/** Formats a value with at most one decimal ("3", "2.5" → locale-aware). */
export function getal(waarde: number, taal: string): string {
  let formatter = getalOpmaak.get(taal);
  if (!formatter) {
    formatter = new Intl.NumberFormat(taal, { maximumFractionDigits: 1 });
    getalOpmaak.set(taal, formatter);
  }
  return formatter.format(waarde);
}
