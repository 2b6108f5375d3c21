import {
  type AfspraakStatus,
  HERCONTROLE_MAANDEN,
  LINK_DAGEN,
  type Taak,
  VELDEN,
  type VeldCode,
} from './codes.js';

/**
 * Pure rules of the crisiskaart: what goes on the card and what only in the longer plan, when
 * the card is empty, when it asks to be checked again, and what a confirmation link may still
 * do. Property tests in rules.test.ts.
 */

export type Deel = { tekst: string; opKaart: boolean };

/** The plan's content as the resident wrote it. */
export type Inhoud = {
  delen: Record<VeldCode, Deel>;
  /** People on her network map who are told when a professional opens the card in an emergency */
  waarschuwPersonen: string[];
};

export function legeInhoud(): Inhoud {
  return {
    delen: Object.fromEntries(VELDEN.map((v) => [v, { tekst: '', opKaart: true }])) as Record<VeldCode, Deel>,
    waarschuwPersonen: [],
  };
}

/** The parts with text, in order; `alleenKaart`: only those she put on the card. */
export function gevuldeDelen(inhoud: Inhoud, alleenKaart: boolean): { code: VeldCode; tekst: string }[] {
  return VELDEN.filter((code) => {
    const deel = inhoud.delen[code];
    return deel.tekst.trim() !== '' && (!alleenKaart || deel.opKaart);
  }).map((code) => ({ code, tekst: inhoud.delen[code].tekst.trim() }));
}

/** Nothing written in any part: an empty card is not saved. */
export function isLeeg(inhoud: Inhoud): boolean {
  return gevuldeDelen(inhoud, false).length === 0;
}

/** A date `maanden` calendar months later (the last day of a shorter month when needed), UTC. */
export function maandenLater(datum: Date, maanden: number): Date {
  const jaar = datum.getUTCFullYear();
  const maand = datum.getUTCMonth() + maanden;
  const laatsteDag = new Date(Date.UTC(jaar, maand + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      jaar,
      maand,
      Math.min(datum.getUTCDate(), laatsteDag),
      datum.getUTCHours(),
      datum.getUTCMinutes(),
      datum.getUTCSeconds(),
      datum.getUTCMilliseconds(),
    ),
  );
}

/** When the card asks to be checked again. */
export function hercontroleOp(gecontroleerdOp: Date): Date {
  return maandenLater(gecontroleerdOp, HERCONTROLE_MAANDEN);
}

export function hercontroleNodig(gecontroleerdOp: Date, nu: Date): boolean {
  return nu.getTime() >= hercontroleOp(gecontroleerdOp).getTime();
}

/** The job asks once per check: due, and not asked since the card was last checked. */
export function herinneringNodig(
  kaart: { gecontroleerdOp: Date; herinnerdOp: Date | null },
  nu: Date,
): boolean {
  return (
    hercontroleNodig(kaart.gecontroleerdOp, nu) &&
    (kaart.herinnerdOp === null || kaart.herinnerdOp.getTime() < kaart.gecontroleerdOp.getTime())
  );
}

export function linkVerlooptOp(nu: Date): Date {
  return new Date(nu.getTime() + LINK_DAGEN * 24 * 3_600_000);
}

/** What a confirmation link can still do. */
export type LinkStand = 'open' | 'gebruikt' | 'verlopen';

export function linkStand(
  afspraak: { status: AfspraakStatus; tokenVerloopt: Date | null },
  nu: Date,
): LinkStand {
  if (afspraak.status !== 'gevraagd' || afspraak.tokenVerloopt === null) return 'gebruikt';
  return nu.getTime() >= afspraak.tokenVerloopt.getTime() ? 'verlopen' : 'open';
}

export type AfspraakKort = { taak: Taak; status: AfspraakStatus; persoonId: string };

/** Counts per status, for the resident's overview ("2 afgesproken, 1 wacht"). */
export function afspraakTelling(afspraken: readonly AfspraakKort[]): Record<AfspraakStatus, number> {
  const telling: Record<AfspraakStatus, number> = { gevraagd: 0, afgesproken: 0, afgewezen: 0 };
  for (const a of afspraken) telling[a.status] += 1;
  return telling;
}

/** Only a confirmed agreement goes on the card; asked and declined ones stay in her overview. */
export function opDeKaart<T extends { status: AfspraakStatus }>(afspraken: readonly T[]): T[] {
  return afspraken.filter((a) => a.status === 'afgesproken');
}

/** People to warn that are still on her map (someone taken off the map drops out). */
export function geldigeWaarschuwPersonen(inhoud: Inhoud, opDeKaartIds: readonly string[]): string[] {
  const bekend = new Set(opDeKaartIds);
  return [...new Set(inhoud.waarschuwPersonen)].filter((id) => bekend.has(id));
}
