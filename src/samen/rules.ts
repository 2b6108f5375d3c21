/**
 * Pure rules of Samen beyond the matcher (which lives in ./matching/): what an offer or request
 * must hold, who may take part in a matching round, the consent of a proposal (contact only when
 * everyone accepted, decline without a reason, expiry frees people), what a member of a proposal
 * sees, and her own give-and-receive picture (never a debt, a score or a ranking). No I/O.
 */
import type { Deelnemer, MatchSoort } from './matching/types.js';

/** Longest travel distance the forms accept (km); the benchmark's graphs assume tens of neighbours. */
export const MAX_KM = 25;
export const MIN_LEEFTIJD = 18;

export type Aanbod = {
  vaardigheden: readonly string[];
  /** Free text (stored encrypted); optional, at most 500 characters. */
  toelichting?: string | undefined;
  maxKm: number;
  beschikbaar: number;
};

export type AanbodFout =
  | 'geen-vaardigheid'
  | 'onbekende-vaardigheid'
  | 'afstand'
  | 'geen-dagdeel'
  | 'toelichting';

/**
 * Checks an offer (or a request: the same shape) against the gemeente's skill list. An offer with
 * no skill, a negative or absurd distance, no day part or an over-long text is refused.
 */
export function controleerAanbod(aanbod: Aanbod, lijst: readonly string[]): AanbodFout[] {
  const fouten: AanbodFout[] = [];
  if (aanbod.vaardigheden.length === 0) fouten.push('geen-vaardigheid');
  else if (aanbod.vaardigheden.some((v) => !lijst.includes(v))) fouten.push('onbekende-vaardigheid');
  if (!Number.isFinite(aanbod.maxKm) || aanbod.maxKm < 0 || aanbod.maxKm > MAX_KM) fouten.push('afstand');
  if (!Number.isInteger(aanbod.beschikbaar) || aanbod.beschikbaar <= 0 || aanbod.beschikbaar >= 1 << 21)
    fouten.push('geen-dagdeel');
  if ((aanbod.toelichting ?? '').length > 500) fouten.push('toelichting');
  return fouten;
}

export type Persoon = Deelnemer & {
  leeftijd: number | undefined;
  /** The gemeente approved her (a resident by her record, a neighbour or volunteer by a coordinator). */
  goedgekeurd: boolean;
  /** For volunteers who help one to one: identity and certificate of conduct (VOG) checked. */
  identiteitGecontroleerd: boolean;
  vogGecontroleerd: boolean;
};

export type Uitsluiting =
  | 'minderjarig'
  | 'leeftijd-onbekend'
  | 'niet-goedgekeurd'
  | 'gepauzeerd'
  | 'geen-vog'
  | 'in-voorstel';

/**
 * Why someone takes no part in a matching round (undefined: she does): no minors (and no unknown
 * age), only people the gemeente approved, not paused, volunteers only with identity and VOG
 * checked, and no one who is in an open or accepted proposal already.
 */
export function uitsluiting(p: Persoon, bezet: ReadonlySet<string>): Uitsluiting | undefined {
  if (p.leeftijd === undefined) return 'leeftijd-onbekend';
  if (p.leeftijd < MIN_LEEFTIJD) return 'minderjarig';
  if (!p.goedgekeurd) return 'niet-goedgekeurd';
  if (p.gepauzeerd) return 'gepauzeerd';
  if (p.rol === 'vrijwilliger' && !(p.identiteitGecontroleerd && p.vogGecontroleerd)) return 'geen-vog';
  if (bezet.has(p.id)) return 'in-voorstel';
  return undefined;
}

export type Antwoord = 'open' | 'ja' | 'nee';

export type Voorstel = {
  id: string;
  soort: MatchSoort;
  /** Member ids in cycle order. */
  leden: readonly string[];
  antwoorden: Readonly<Record<string, Antwoord>>;
  verlooptOp: Date;
};

export type VoorstelStatus = 'open' | 'geaccepteerd' | 'afgewezen' | 'verlopen';

export function statusVan(v: Voorstel, nu: Date): VoorstelStatus {
  const antwoorden = v.leden.map((id) => v.antwoorden[id] ?? 'open');
  if (antwoorden.includes('nee')) return 'afgewezen';
  if (antwoorden.every((a) => a === 'ja')) return 'geaccepteerd';
  return nu.getTime() >= v.verlooptOp.getTime() ? 'verlopen' : 'open';
}

export type AntwoordFout = 'geen-lid' | 'al-beantwoord' | 'verlopen' | 'gesloten';

/**
 * One member's answer. Anyone can decline without a reason; answering twice, answering after
 * the proposal expired or was closed by another's decline, or answering for someone else is
 * refused (the caller writes nothing).
 */
export function beantwoord(
  v: Voorstel,
  wie: string,
  keuze: 'ja' | 'nee',
  nu: Date,
): { ok: true; voorstel: Voorstel } | { ok: false; fout: AntwoordFout } {
  if (!v.leden.includes(wie)) return { ok: false, fout: 'geen-lid' };
  const status = statusVan(v, nu);
  if (status === 'verlopen') return { ok: false, fout: 'verlopen' };
  if (status !== 'open')
    return { ok: false, fout: (v.antwoorden[wie] ?? 'open') !== 'open' ? 'al-beantwoord' : 'gesloten' };
  if ((v.antwoorden[wie] ?? 'open') !== 'open') return { ok: false, fout: 'al-beantwoord' };
  return { ok: true, voorstel: { ...v, antwoorden: { ...v.antwoorden, [wie]: keuze } } };
}

/** People who cannot be in a new round: members of open or accepted proposals. Declined and expired free them. */
export function bezetDoor(voorstellen: readonly Voorstel[], nu: Date): Set<string> {
  const bezet = new Set<string>();
  for (const v of voorstellen) {
    const s = statusVan(v, nu);
    if (s === 'open' || s === 'geaccepteerd') for (const id of v.leden) bezet.add(id);
  }
  return bezet;
}

export type LidKaart = {
  voornaam: string;
  wijk: string;
  /** What she does in this exchange (skill codes she gives). */
  doet: string[];
  /** Only when everyone accepted. */
  contact?:
    | { telefoon?: string | undefined; email?: string | undefined; adres?: string | undefined }
    | undefined;
};

export type LidGegevens = {
  id: string;
  voornaam: string;
  wijk: string;
  contact: { telefoon?: string | undefined; email?: string | undefined; adres?: string | undefined };
};

/**
 * What member `kijker` sees of a proposal: of everyone only first name, neighbourhood and what
 * each would do; contact details (and an address) only once every member accepted.
 */
export function voorKijker(
  v: Voorstel,
  hulp: readonly { van: string; vaardigheid: string }[],
  gegevens: readonly LidGegevens[],
  kijker: string,
  nu: Date,
): LidKaart[] | undefined {
  if (!v.leden.includes(kijker)) return undefined;
  const open = statusVan(v, nu) === 'geaccepteerd';
  return v.leden.map((id) => {
    const g = gegevens.find((x) => x.id === id);
    const kaart: LidKaart = {
      voornaam: g?.voornaam ?? '',
      wijk: g?.wijk ?? '',
      doet: hulp.filter((h) => h.van === id).map((h) => h.vaardigheid),
    };
    return open && g ? { ...kaart, contact: g.contact } : kaart;
  });
}

export type Bevestiging = {
  voorstel: string;
  van: string;
  naar: string;
  vaardigheid: string;
  doorGever: boolean;
  doorOntvanger: boolean;
};

/** The help of proposals as confirmations: who gave what to whom, and which side said it happened. */
export function bevestigingenVan(
  voorstellen: readonly {
    id: string;
    hulp: readonly {
      van: string;
      naar: string;
      vaardigheid: string;
      geverBevestigdOp: Date | null;
      ontvangerBevestigdOp: Date | null;
    }[];
  }[],
): Bevestiging[] {
  return voorstellen.flatMap((v) =>
    v.hulp.map((h) => ({
      voorstel: v.id,
      van: h.van,
      naar: h.naar,
      vaardigheid: h.vaardigheid,
      doorGever: h.geverBevestigdOp !== null,
      doorOntvanger: h.ontvangerBevestigdOp !== null,
    })),
  );
}

/**
 * Her own give-and-receive picture: only help both sides confirmed counts, as plain lists of what
 * she gave and received. Deliberately no difference, score or ranking.
 */
export function eigenBeeld(
  bevestigingen: readonly Bevestiging[],
  wie: string,
): { gegeven: string[]; ontvangen: string[] } {
  const beide = bevestigingen.filter((b) => b.doorGever && b.doorOntvanger);
  return {
    gegeven: beide.filter((b) => b.van === wie).map((b) => b.vaardigheid),
    ontvangen: beide.filter((b) => b.naar === wie).map((b) => b.vaardigheid),
  };
}

/** One person she exchanged help with, for her netwerkkaart: what went each way (skill codes). */
export type KaartUitwisseling = { ander: string; voorstel: string; gegeven: string[]; ontvangen: string[] };

/**
 * The people she exchanged help with, for her netwerkkaart ("Via Samen", decision 050): per other
 * person, the skills she gave them and received from them, counting only help **both** sides
 * confirmed (as her own picture does). In order of first appearance; each person once, each skill
 * once per direction; `voorstel` is the first proposal they shared (to read the first name). No
 * difference, score or ranking: plain lists each way.
 */
export function uitwisselingenVoorKaart(
  bevestigingen: readonly Bevestiging[],
  wie: string,
): KaartUitwisseling[] {
  const per = new Map<string, KaartUitwisseling>();
  for (const b of bevestigingen) {
    if (!b.doorGever || !b.doorOntvanger) continue;
    if (b.van !== wie && b.naar !== wie) continue;
    const ander = b.van === wie ? b.naar : b.van;
    if (ander === wie) continue;
    const u = per.get(ander) ?? { ander, voorstel: b.voorstel, gegeven: [], ontvangen: [] };
    const lijst = b.van === wie ? u.gegeven : u.ontvangen;
    if (!lijst.includes(b.vaardigheid)) lijst.push(b.vaardigheid);
    per.set(ander, u);
  }
  return [...per.values()];
}
