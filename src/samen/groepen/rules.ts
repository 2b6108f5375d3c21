/**
 * Pure rules of Samen groups (issue 14, item 4; docs/decisions/044): the grouping that proposes
 * buurtcirkels and lotgenoten groups, a group's state (open → started, or not going ahead), a
 * member's answer, and what a member sees of the others. No I/O; the same input (in any order)
 * gives the same groups.
 */
import { afstandKm } from '../matching/graaf.js';
import { MIN_LEEFTIJD } from '../rules.js';

export type GroepSoort = 'buurtcirkel' | 'lotgenoten';
export const GROEP_SOORTEN: readonly GroepSoort[] = ['buurtcirkel', 'lotgenoten'];

/** Sizes: a buurtcirkel is a closed group of 8–12 neighbours; a lotgenoten group 4–10 peers. */
export const GROOTTE: Readonly<Record<GroepSoort, { min: number; max: number }>> = {
  buurtcirkel: { min: 8, max: 12 },
  lotgenoten: { min: 4, max: 10 },
};

/**
 * Who may lead a group of a kind: a lotgenotengroep is led by an ervaringsdeskundige (someone who
 * went through it herself, marked so by a coordinator); a buurtcirkel by any professional as coach.
 */
export function magLeiden(soort: GroepSoort, leider: { ervaringsdeskundige: boolean }): boolean {
  return soort === 'buurtcirkel' || leider.ervaringsdeskundige;
}

/** What the grouping knows of one person: an opaque id and her constraints, never a name. */
export type Kandidaat = {
  id: string;
  /** Skill codes of her request (the group's theme is one of them). */
  vraagt: readonly string[];
  /** She asked for help in a group (her request's `vorm`). */
  inGroep: boolean;
  lat: number;
  lon: number;
  maxKm: number;
  /** 21 day parts as a bit mask (see matching/types.ts). */
  beschikbaar: number;
  geslacht?: 'v' | 'm' | 'x' | undefined;
  alleenVrouwen?: boolean | undefined;
  /** Ids she blocked; a block works both ways. */
  geblokkeerd?: readonly string[] | undefined;
  gepauzeerd?: boolean | undefined;
  /** Lowest possible age; undefined when unknown (then she never takes part). */
  leeftijd: number | undefined;
};

export type GroepVoorstel = { leden: string[]; dagdelen: number };

/**
 * Who may be grouped for a theme: adults, not paused, asking for the theme in a group, and not
 * already in an open or started group of the same kind (`bezet`).
 */
export function magInGroep(k: Kandidaat, thema: string, bezet: ReadonlySet<string>): boolean {
  return (
    k.leeftijd !== undefined &&
    k.leeftijd >= MIN_LEEFTIJD &&
    !k.gepauzeerd &&
    k.inGroep &&
    k.vraagt.includes(thema) &&
    !bezet.has(k.id)
  );
}

const geblokkeerd = (a: Kandidaat, b: Kandidaat) =>
  (a.geblokkeerd ?? []).includes(b.id) || (b.geblokkeerd ?? []).includes(a.id);

/** Two people can be in one group: each within the other's reach, no block, "only women" met. */
export function passenBijElkaar(a: Kandidaat, b: Kandidaat): boolean {
  if (geblokkeerd(a, b)) return false;
  if (a.alleenVrouwen && b.geslacht !== 'v') return false;
  if (b.alleenVrouwen && a.geslacht !== 'v') return false;
  return afstandKm(a, b) <= Math.min(a.maxKm, b.maxKm);
}

const opId = (a: Kandidaat, b: Kandidaat) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Proposes groups of one kind for one theme. Deterministic: people are taken in id order; each
 * one not yet placed seeds a group and the others who fit everyone already in it (see
 * `passenBijElkaar`) and share a day part with all of them are added nearest first (ties on id),
 * up to the maximum. A seed that does not reach the minimum makes no group and stays available to
 * later seeds. Nobody is in two groups; no group is smaller or larger than its kind allows.
 */
export function groepeer(
  kandidaten: readonly Kandidaat[],
  soort: GroepSoort,
  thema: string,
  bezet: ReadonlySet<string> = new Set(),
): GroepVoorstel[] {
  const { min, max } = GROOTTE[soort];
  const vrij = kandidaten.filter((k) => magInGroep(k, thema, bezet)).sort(opId);
  // Each id once, even if the caller passed someone twice.
  const uniek = vrij.filter((k, i) => i === 0 || vrij[i - 1]?.id !== k.id);
  const geplaatst = new Set<string>();
  const groepen: GroepVoorstel[] = [];
  for (const zaad of uniek) {
    if (geplaatst.has(zaad.id)) continue;
    const kandidaatLeden = uniek
      .filter((k) => k.id !== zaad.id && !geplaatst.has(k.id))
      .map((k) => ({ k, d: afstandKm(zaad, k) }))
      .sort((a, b) => a.d - b.d || opId(a.k, b.k));
    const leden: Kandidaat[] = [zaad];
    let dagdelen = zaad.beschikbaar;
    for (const { k } of kandidaatLeden) {
      if (leden.length >= max) break;
      if ((dagdelen & k.beschikbaar) === 0) continue;
      if (!leden.every((l) => passenBijElkaar(l, k))) continue;
      leden.push(k);
      dagdelen &= k.beschikbaar;
    }
    if (leden.length < min) continue;
    for (const l of leden) geplaatst.add(l.id);
    groepen.push({ leden: leden.map((l) => l.id).sort(), dagdelen });
  }
  return groepen;
}

// --- possible groups (decision 054) ------------------------------------------------------------

/** A possible group of a kind and theme: counts only, never who. */
export type GroepSuggestie = { soort: GroepSoort; thema: string; mensen: number; groepen: number };

/**
 * What the grouping would propose for every theme of one kind, as counts: for each theme the
 * number of groups `groepeer` forms and the people in them. Themes that form no group are left
 * out. The same people and themes (in any order) give the same counts.
 */
export function suggestiesVoor(
  kandidaten: readonly Kandidaat[],
  soort: GroepSoort,
  themas: readonly string[],
  bezet: ReadonlySet<string> = new Set(),
): GroepSuggestie[] {
  const uit: GroepSuggestie[] = [];
  for (const thema of [...new Set(themas)].sort()) {
    const groepen = groepeer(kandidaten, soort, thema, bezet);
    if (groepen.length === 0) continue;
    uit.push({
      soort,
      thema,
      mensen: groepen.reduce((n, g) => n + g.leden.length, 0),
      groepen: groepen.length,
    });
  }
  return uit;
}

/**
 * Which stored possible groups the coordinator sees: enough people for the kind's minimum (a row
 * computed under other sizes, or changed since, is not shown) and a theme the gemeente still
 * offers.
 */
export function toonbareSuggesties<S extends GroepSuggestie>(
  rijen: readonly S[],
  themas: readonly string[],
): S[] {
  return rijen.filter((r) => r.groepen > 0 && r.mensen >= GROOTTE[r.soort].min && themas.includes(r.thema));
}

// --- a group's state and answers --------------------------------------------------------------

export type LidAntwoord = 'open' | 'ja' | 'nee' | 'verwijderd';

export type Groep = {
  id: string;
  soort: GroepSoort;
  leden: readonly string[];
  antwoorden: Readonly<Record<string, LidAntwoord>>;
  verlooptOp: Date;
  gestartOp: Date | null;
};

export type GroepStatus = 'open' | 'gestart' | 'niet-doorgegaan';

/**
 * A group starts once no one is still to answer (or the time to answer ran out) and at least the
 * kind's minimum joined; then it stays started. Otherwise it does not go ahead, and its members
 * are free for the next grouping.
 */
export function groepStatus(g: Groep, nu: Date): GroepStatus {
  if (g.gestartOp) return 'gestart';
  const antwoorden = g.leden.map((id) => g.antwoorden[id] ?? 'open');
  const ja = antwoorden.filter((a) => a === 'ja').length;
  const open = antwoorden.filter((a) => a === 'open').length;
  if (open > 0 && nu.getTime() < g.verlooptOp.getTime()) return 'open';
  return ja >= GROOTTE[g.soort].min ? 'gestart' : 'niet-doorgegaan';
}

export type GroepAntwoordFout = 'geen-lid' | 'al-beantwoord' | 'verlopen' | 'gesloten';

/**
 * One member joins or declines (no reason asked). Answering twice, after the time ran out, after
 * the group closed, for someone else, or after the coordinator removed her is refused.
 */
export function beantwoordGroep(
  g: Groep,
  wie: string,
  keuze: 'ja' | 'nee',
  nu: Date,
): { ok: true; groep: Groep; start: boolean } | { ok: false; fout: GroepAntwoordFout } {
  if (!g.leden.includes(wie)) return { ok: false, fout: 'geen-lid' };
  const eigen = g.antwoorden[wie] ?? 'open';
  if (eigen === 'verwijderd') return { ok: false, fout: 'gesloten' };
  if (eigen !== 'open') return { ok: false, fout: 'al-beantwoord' };
  const status = groepStatus(g, nu);
  if (status !== 'open') return { ok: false, fout: nu >= g.verlooptOp ? 'verlopen' : 'gesloten' };
  const groep = { ...g, antwoorden: { ...g.antwoorden, [wie]: keuze } };
  return { ok: true, groep, start: groepStatus(groep, nu) === 'gestart' };
}

/** People in an open or started group: not proposed for another group of that kind. */
export function bezetInGroepen(groepen: readonly Groep[], soort: GroepSoort, nu: Date): Set<string> {
  const bezet = new Set<string>();
  for (const g of groepen) {
    if (g.soort !== soort) continue;
    const s = groepStatus(g, nu);
    if (s === 'niet-doorgegaan') continue;
    for (const id of g.leden) {
      const a = g.antwoorden[id] ?? 'open';
      if (a === 'open' || a === 'ja') bezet.add(id);
    }
  }
  return bezet;
}

/**
 * Whether `kijker` sees contact details of `ander` in this group: only when the group started and
 * both joined (a member who declined, or was removed, sees no one's and is seen by no one).
 */
export function zietContact(g: Groep, kijker: string, ander: string, nu: Date): boolean {
  return groepStatus(g, nu) === 'gestart' && g.antwoorden[kijker] === 'ja' && g.antwoorden[ander] === 'ja';
}
