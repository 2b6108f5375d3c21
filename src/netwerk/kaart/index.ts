// TEMPORARY: replaced by the wt-ecomap branch at merge
// (delete tijdelijk.tsx with it: the stand-in lives there because it needs JSX)
export { Ecomap, NetwerkLijst, NetwerkVergelijking, vergelijkKaarten } from './tijdelijk.js';
