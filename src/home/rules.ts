import type { OverzichtKaart, OverzichtStap } from '../platform/extensions/overzicht.js';

/**
 * What "Mijn overzicht" shows, as pure rules. Residents can be someone's naaste too;
 * beheerders and analisten never hold grants, so they get no "shared with you" list, and a
 * resident sees it only when someone shared a record with her.
 */
export function toontGedeeld(rol: string, aantalGedeeld: number): boolean {
  if (rol === 'naaste' || rol === 'professional') return true;
  return rol === 'inwoner' && aantalGedeeld > 0;
}

/** The step that leads "Mijn overzicht": the most urgent of the cards' steps (the first on a tie). */
export function volgendeStap(kaarten: readonly OverzichtKaart[]): OverzichtStap | undefined {
  let beste: OverzichtStap | undefined;
  for (const kaart of kaarten)
    if (kaart.stap && (!beste || (kaart.stap.belang ?? 50) < (beste.belang ?? 50))) beste = kaart.stap;
  return beste;
}
