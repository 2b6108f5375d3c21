/**
 * The ecomap of the netwerkkaart: the picture (server-rendered SVG), the same content as a
 * list, and the comparison of an earlier map with now. No routes, no database: the netwerk
 * capability passes `KaartPersoon`s in (types.ts). See README.md.
 */
export { Ecomap, type EcomapProps } from './ecomap.js';
export { NetwerkLijst, type NetwerkLijstProps } from './lijst.js';
export type { Balans, Cirkel, KaartGroepInfo, KaartPersoon, Translator, Verandering, Vlag } from './types.js';
export { BALANSEN, CIRKELS, VLAGGEN } from './types.js';
export { type KaartVerandering, vergelijkKaarten } from './vergelijk.js';
export { NetwerkVergelijking, type NetwerkVergelijkingProps } from './vergelijking.js';
