import { CIRKELS, type Cirkel, type KaartPersoon, type Verandering } from './types.js';

export type KaartVerandering = { persoon: KaartPersoon; verandering: Verandering; vorigeCirkel?: Cirkel };

/**
 * How the map changed between `toen` and `nu`, per person (matched by id): everyone of `nu`
 * once, then everyone who left, once. A person whose circle changed is `verplaatst` (with the
 * old circle), whatever happened to the support; otherwise support up or down, or `zelfde`.
 * Pure; the order is that of `nu`, then that of `toen`. A duplicate id counts once (the first).
 */
export function vergelijkKaarten(toen: KaartPersoon[], nu: KaartPersoon[]): KaartVerandering[] {
  const eerder = new Map<string, KaartPersoon>();
  for (const p of toen) if (!eerder.has(p.id)) eerder.set(p.id, p);
  const gezien = new Set<string>();
  const uitkomst: KaartVerandering[] = [];
  for (const persoon of nu) {
    if (gezien.has(persoon.id)) continue;
    gezien.add(persoon.id);
    const vorig = eerder.get(persoon.id);
    if (!vorig) uitkomst.push({ persoon, verandering: 'nieuw' });
    else if (vorig.cirkel !== persoon.cirkel)
      uitkomst.push({ persoon, verandering: 'verplaatst', vorigeCirkel: vorig.cirkel });
    else if (steunVan(persoon) > steunVan(vorig)) uitkomst.push({ persoon, verandering: 'meer-steun' });
    else if (steunVan(persoon) < steunVan(vorig)) uitkomst.push({ persoon, verandering: 'minder-steun' });
    else uitkomst.push({ persoon, verandering: 'zelfde' });
  }
  for (const persoon of eerder.values()) {
    if (!gezien.has(persoon.id)) uitkomst.push({ persoon, verandering: 'weg' });
  }
  return uitkomst;
}

/** Support as a number to compare: anything not a finite number counts as 0. */
export function steunVan(persoon: KaartPersoon): number {
  return Number.isFinite(persoon.steun) ? Math.max(0, persoon.steun) : 0;
}

/** Whether a circle moved closer to the resident (true) or further away (false). */
export function dichterbij(van: Cirkel, naar: Cirkel): boolean {
  return CIRKELS.indexOf(naar) < CIRKELS.indexOf(van);
}
