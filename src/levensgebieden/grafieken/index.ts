/**
 * Charts of the levensgebieden: a radar chart (now vs. before, me vs. them) and a history
 * chart per domain. Server-rendered SVG with a text summary and a data table; see README.md.
 */
export { HistorieGrafiek, type HistorieGrafiekProps } from './historie-grafiek.js';
export { RadarGrafiek, type RadarGrafiekProps } from './radar-grafiek.js';
export { historieSamenvatting, type Kijker, radarSamenvatting } from './samenvatting.js';
export type { As, HistorieReeks, Meting, Reeks, Schaal, Translator } from './types.js';
