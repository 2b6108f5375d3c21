import type { Translate } from '../../platform/i18n/i18n.js';

/**
 * The contract between the netwerk capability (which decides what may be shown and computes
 * the balance) and the ecomap (which only draws and lists it). Nothing here reads a database.
 */

/** The page's translate function (the same one `PageContext.t` holds). */
export type Translator = Translate;

/** The three circles of the Utrecht panel's map, closest first. */
export const CIRKELS = ['heel-dichtbij', 'dichtbij', 'verder-weg'] as const;
export type Cirkel = (typeof CIRKELS)[number];

/**
 * Which way giving and receiving leans, seen from the resident: `krijgt-meer` she receives more
 * than she gives, `geeft-meer` the other way round, `in-balans` about even, `geen` nothing flows
 * either way (yet).
 */
export const BALANSEN = ['krijgt-meer', 'in-balans', 'geeft-meer', 'geen'] as const;
export type Balans = (typeof BALANSEN)[number];

/** Capacity and strain flags a person on the map can carry (each drawn as a mark, listed in words). */
export const VLAGGEN = [
  'ver-weg',
  'eigen-problemen',
  'zwaar-belast',
  'liever-niet-vragen',
  'kost-energie',
] as const;
export type Vlag = (typeof VLAGGEN)[number];

/** One person as the picture and its list show them. */
export type KaartPersoon = {
  /** Stable id (the map member's row id): positions stay put by id when someone is added. */
  id: string;
  /**
   * What may be shown as the name: the name or nickname, or — where the resident did not
   * choose to show names to this viewer — the relationship and a number ("Vriend 2").
   * Decided by the caller; the ecomap shows exactly this.
   */
  label: string;
  /** The relationship in words ("Broer of zus", "Buur"), already translated. */
  relatie: string;
  cirkel: Cirkel;
  /** How much support flows, both ways together: 0 = none; drawn as line thickness (capped). */
  steun: number;
  balans: Balans;
  vlaggen: Vlag[];
  /**
   * A person from another part of her record, shown as its own group (e.g. "Via Samen", decision
   * 050): drawn in the outer circle with a square mark and no arrow heads, left out of the circles'
   * counts and balance sentences, and listed under the group's name with its own lines in words.
   */
  groep?: KaartGroepInfo;
};

/** The group a person is shown in, with everything in words already (the caller translated). */
export type KaartGroepInfo = { code: string; naam: string; uitleg: string; regels: string[] };

/** How a person changed between an earlier version of the map and now. */
export type Verandering = 'nieuw' | 'weg' | 'verplaatst' | 'meer-steun' | 'minder-steun' | 'zelfde';
