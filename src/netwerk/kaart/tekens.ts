import { MARKER, type Punt, VLAG } from './layout.js';
import type { Balans, Vlag } from './types.js';

/**
 * The small drawings of the ecomap as SVG path data: the line's thickness, the balance arrow
 * heads and the flag marks. Pure; shapes differ in form (not only colour) so they read in
 * greyscale, on paper and in forced colours. The key draws the same shapes with words.
 */

/** Support is drawn up to this much; more looks the same (the list gives the number). */
export const STEUN_MAX = 5;

const n = (v: number) => String(Math.round(v * 100) / 100);

/** Support as a safe number: not finite or below 0 counts as 0. */
export function veiligeSteun(steun: number): number {
  return Number.isFinite(steun) && steun > 0 ? steun : 0;
}

/** Line width for an amount of support: 1 for none (drawn dashed), then thicker, capped. */
export function lijnDikte(steun: number): number {
  const s = Math.min(STEUN_MAX, veiligeSteun(steun));
  return s === 0 ? 1 : Math.round((1.5 + s * 1.1) * 100) / 100;
}

/** Dashes for a line without support; '' is a solid line. */
export function lijnStreepjes(steun: number): string {
  return veiligeSteun(steun) === 0 ? '4 3' : '';
}

/** Which arrow heads a balance gets: toward the resident, toward the person, both or none. */
export function pijlen(balans: Balans): { naarMidden: boolean; naarPersoon: boolean } {
  return {
    naarMidden: balans === 'krijgt-meer' || balans === 'in-balans',
    naarPersoon: balans === 'geeft-meer' || balans === 'in-balans',
  };
}

const PIJL_LENGTE = 8;

/** A filled triangle on the line with its tip at `tip`, pointing along `richting`. */
function pijlKop(tip: Punt, richting: Punt, halveBreedte: number): string {
  const basis = { x: tip.x - richting.x * PIJL_LENGTE, y: tip.y - richting.y * PIJL_LENGTE };
  const dwars = { x: -richting.y * halveBreedte, y: richting.x * halveBreedte };
  return `M${n(tip.x)} ${n(tip.y)}L${n(basis.x + dwars.x)} ${n(basis.y + dwars.y)}L${n(basis.x - dwars.x)} ${n(basis.y - dwars.y)}Z`;
}

/**
 * The arrow heads on the line to a person at `punt` (direction `u` from the centre), just
 * inside their mark, within the room the layout keeps free for them (PIJL_ZONE).
 */
export function pijlPaden(punt: Punt, u: Punt, balans: Balans, steun: number): string[] {
  const { naarMidden, naarPersoon } = pijlen(balans);
  const halveBreedte = lijnDikte(steun) / 2 + 4;
  const op = (afstand: number) => ({ x: punt.x - u.x * afstand, y: punt.y - u.y * afstand });
  const paden: string[] = [];
  let afstand = MARKER + 1;
  if (naarPersoon) {
    paden.push(pijlKop(op(afstand), u, halveBreedte));
    afstand += PIJL_LENGTE + 1;
  }
  if (naarMidden) {
    paden.push(pijlKop(op(afstand + PIJL_LENGTE), { x: -u.x, y: -u.y }, halveBreedte));
  }
  return paden;
}

/** The mark of a person: a circle. */
export function markerPad(p: Punt, r = MARKER): string {
  return `M${n(p.x - r)} ${n(p.y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
}

/** A group member's mark (decision 050): a square of the same size, so the group shows without colour. */
export function groepMarkerPad(p: Punt, r = MARKER): string {
  return `M${n(p.x - r)} ${n(p.y - r)}h${n(2 * r)}v${n(2 * r)}h${n(-2 * r)}Z`;
}

/** Whether a flag's mark is drawn filled (true) or as an outline (false). */
export function vlagGevuld(vlag: Vlag): boolean {
  return vlag === 'zwaar-belast' || vlag === 'kost-energie';
}

/**
 * The mark of a flag in a VLAG × VLAG square with its top-left corner at (x, y):
 * ver-weg an arrow to the right, eigen-problemen a triangle with an exclamation mark,
 * zwaar-belast a filled square, liever-niet-vragen a circle with a slash, kost-energie a
 * lightning bolt.
 */
export function vlagPad(vlag: Vlag, x: number, y: number, maat = VLAG): string {
  const s = maat;
  const p = (fx: number, fy: number) => `${n(x + fx * s)} ${n(y + fy * s)}`;
  switch (vlag) {
    case 'ver-weg':
      return `M${p(0, 0.5)}H${n(x + 0.95 * s)}M${p(0.55, 0.15)}L${p(0.95, 0.5)}L${p(0.55, 0.85)}`;
    case 'eigen-problemen':
      return `M${p(0.5, 0)}L${p(1, 1)}H${n(x)}ZM${p(0.5, 0.35)}V${n(y + 0.68 * s)}M${p(0.5, 0.78)}V${n(y + 0.88 * s)}`;
    case 'zwaar-belast':
      return `M${p(0.05, 0.05)}H${n(x + 0.95 * s)}V${n(y + 0.95 * s)}H${n(x + 0.05 * s)}Z`;
    case 'liever-niet-vragen': {
      const r = s * 0.45;
      return `M${p(0.05, 0.5)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0ZM${p(0.18, 0.82)}L${p(0.82, 0.18)}`;
    }
    case 'kost-energie':
      return `M${p(0.6, 0)}L${p(0.15, 0.58)}H${n(x + 0.48 * s)}L${p(0.38, 1)}L${p(0.88, 0.4)}H${n(x + 0.55 * s)}Z`;
  }
}
