/**
 * What "Mijn overzicht" shows, as pure rules. Residents can be someone's naaste too;
 * beheerders and analisten never hold grants, so they get no "shared with you" list, and a
 * resident sees it only when someone shared a record with her.
 */
export function toontGedeeld(rol: string, aantalGedeeld: number): boolean {
  if (rol === 'naaste' || rol === 'professional') return true;
  return rol === 'inwoner' && aantalGedeeld > 0;
}
