/**
 * Input and output of the Samen matcher (docs/decisions/029). Pure data: the matcher never sees a
 * name, an address or free text — only opaque ids, skill codes, a postcode centroid and the
 * constraints each person set. The use case that calls it (through the door's named system path)
 * maps records to this shape and back.
 */

/** A skill code from the gemeente's list (e.g. "boodschappen", "taalles"). */
export type Vaardigheid = string;

/** Availability as a bit mask of 21 day parts: bit (day * 3 + part), day 0 = Monday, part 0 = morning. */
export type Beschikbaarheid = number;

export const DAGDELEN = 21;
export const ALLE_DAGDELEN: Beschikbaarheid = (1 << DAGDELEN) - 1;

export type Deelnemer = {
  /** Opaque, unique id; the output refers to people by it. Ties are broken on it (string order). */
  id: string;
  /** 'bewoner': asks and (ideally) offers; 'vrijwilliger': only offers, helps one way. */
  rol: 'bewoner' | 'vrijwilliger';
  /** What she would like help with. A volunteer's list is ignored. */
  vraagt: readonly Vaardigheid[];
  /** What she can offer. */
  biedt: readonly Vaardigheid[];
  /** Postcode centroid (WGS84 degrees), as the sociale kaart uses. */
  lat: number;
  lon: number;
  /** How far she is willing to travel, in km (≥ 0). */
  maxKm: number;
  beschikbaar: Beschikbaarheid;
  /** Gender she gave, if any: only used to honour others' preference "only women". */
  geslacht?: 'v' | 'm' | 'x' | undefined;
  /** She only wants to be matched with women. */
  alleenVrouwen?: boolean | undefined;
  /** Ids she blocked; a block works both ways. */
  geblokkeerd?: readonly string[] | undefined;
  /** Paused by a coordinator (or by herself): never in a proposal. */
  gepauzeerd?: boolean | undefined;
};

/** One "A helps B with skill" inside a match. */
export type Hulp = { van: string; naar: string; vaardigheid: Vaardigheid };

export type MatchSoort = 'paar' | 'kring' | 'eenrichting';

export type Match = {
  soort: MatchSoort;
  /** Members in cycle order (A helps B helps C helps A); for 'eenrichting' [volunteer, resident]. */
  leden: string[];
  hulp: Hulp[];
};

/**
 * Weights of the objective, as whole numbers so the HiGHS yardstick uses exactly the same ones: a
 * request met inside a reciprocal exchange (pair or circle of three) counts WEDERKERIG, one met by
 * a volunteer EENRICHTING. A pair is worth 10, a circle 15, a one-way match 4.
 */
export const GEWICHT = { WEDERKERIG: 5, EENRICHTING: 4 } as const;

export function gewichtVan(soort: MatchSoort): number {
  return soort === 'paar'
    ? 2 * GEWICHT.WEDERKERIG
    : soort === 'kring'
      ? 3 * GEWICHT.WEDERKERIG
      : GEWICHT.EENRICHTING;
}

export type Uitkomst = {
  matches: Match[];
  /** Sum of the weights of the matches (see GEWICHT). */
  doel: number;
  /** People whose request is met. */
  geholpen: number;
  /** Size of the compatibility graph and candidate exchanges considered. */
  statistiek: { randen: number; paren: number; kringen: number; eenrichting: number };
};
