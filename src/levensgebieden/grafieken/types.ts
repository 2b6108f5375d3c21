import type { Translate } from '../../platform/i18n/i18n.js';

/** The page's translate function (the same one `PageContext.t` holds). */
export type Translator = Translate;

/** The answer scale: values run from `min` to `max`; every step gets a ring (radar) or grid line (history). */
export type Schaal = { min: number; max: number; stappen: { waarde: number; label: string }[] };

/** One line in the radar: a person's answers. */
export type Reeks = {
  naam: string;
  /** per as-code: a value, or null when skipped/"weet ik niet" */
  waarden: Record<string, number | null>;
  soort: 'ik' | 'ander' | 'eerder';
};

/** One axis of the radar: a levensgebied (or another topic) with its label as the page shows it. */
export type As = { code: string; label: string };

/** One answer at one moment; `waarde` null when skipped/"weet ik niet". */
export type Meting = { datum: Date; waarde: number | null; naam?: string };

/** One line in the history chart. */
export type HistorieReeks = { naam: string; soort: Reeks['soort']; metingen: Meting[] };

export type Punt = { x: number; y: number };
