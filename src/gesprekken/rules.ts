/**
 * The pure rules of the keukentafelgesprek: the legal deadlines of a melding (Wmo 2015), what
 * is still open, and when the professional is reminded. Dates are calendar days `YYYY-MM-DD`;
 * "today" is the Dutch calendar day of the app's clock.
 */

/** The gemeente's deadlines; the law's defaults when it has set none. */
export type Termijnen = { planDagen: number; onderzoekDagen: number; herinnerDagen: number };

export const WETTELIJKE_TERMIJNEN: Termijnen = { planDagen: 7, onderzoekDagen: 42, herinnerDagen: 2 };

export const TERMIJN_GRENZEN = {
  planDagen: { min: 1, max: 90 },
  onderzoekDagen: { min: 1, max: 365 },
  herinnerDagen: { min: 0, max: 30 },
} as const;

/** The two deadlines a melding starts. */
export const TERMIJN_SOORTEN = ['plan', 'onderzoek'] as const;
export type TermijnSoort = (typeof TERMIJN_SOORTEN)[number];

const DAG_MS = 86_400_000;

/** A real calendar day written as `YYYY-MM-DD` (no 31 February). */
export function isGeldigeDatum(tekst: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tekst)) return false;
  const d = new Date(`${tekst}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === tekst;
}

/** The day `dagen` days after `datum`. */
export function telOp(datum: string, dagen: number): string {
  return new Date(Date.parse(`${datum}T00:00:00Z`) + dagen * DAG_MS).toISOString().slice(0, 10);
}

/** Whole days from `van` to `tot` (negative when `tot` lies before `van`). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / DAG_MS);
}

/** The calendar day in the Netherlands at this moment. */
export function vandaag(nu: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(nu);
}

/** The deadlines that follow from a melding on `gemeldOp`. */
export function termijnenVan(
  gemeldOp: string,
  t: Termijnen,
): { planUiterlijk: string; onderzoekUiterlijk: string } {
  return {
    planUiterlijk: telOp(gemeldOp, t.planDagen),
    onderzoekUiterlijk: telOp(gemeldOp, t.onderzoekDagen),
  };
}

export type MeldingFout = 'datum-toekomst' | 'termijn-voor-melding' | 'termijn-voor-plan';

/**
 * Checks a melding: it cannot be dated in the future, and a deadline set by hand (an agreed
 * extension of the investigation) cannot lie before the melding or before the plan's deadline.
 */
export function controleerMelding(input: {
  gemeldOp: string;
  onderzoekUiterlijk: string | null;
  vandaag: string;
  termijnen: Termijnen;
}): { gemeldOp?: MeldingFout; onderzoekUiterlijk?: MeldingFout } {
  const fouten: { gemeldOp?: MeldingFout; onderzoekUiterlijk?: MeldingFout } = {};
  if (input.gemeldOp > input.vandaag) fouten.gemeldOp = 'datum-toekomst';
  if (input.onderzoekUiterlijk !== null) {
    if (input.onderzoekUiterlijk < input.gemeldOp) fouten.onderzoekUiterlijk = 'termijn-voor-melding';
    else if (input.onderzoekUiterlijk < termijnenVan(input.gemeldOp, input.termijnen).planUiterlijk)
      fouten.onderzoekUiterlijk = 'termijn-voor-plan';
  }
  return fouten;
}

export type TermijnStand = 'gedaan' | 'open' | 'bijna' | 'verlopen';

/** A deadline as both sides see it: done, open, close (within the reminder days) or passed. */
export function termijnStand(input: {
  uiterlijk: string;
  gedaan: boolean;
  vandaag: string;
  herinnerDagen: number;
}): { stand: TermijnStand; dagenOver: number } {
  const dagenOver = dagenTussen(input.vandaag, input.uiterlijk);
  if (input.gedaan) return { stand: 'gedaan', dagenOver };
  if (dagenOver < 0) return { stand: 'verlopen', dagenOver };
  if (dagenOver <= input.herinnerDagen) return { stand: 'bijna', dagenOver };
  return { stand: 'open', dagenOver };
}

/**
 * When the reminder for a deadline runs: at 08:00 UTC, `herinnerDagen` days before it, but
 * never before the melding was recorded (a melding recorded late gets its reminder at once).
 */
export function herinnerMoment(uiterlijk: string, herinnerDagen: number, nu: Date): Date {
  const moment = new Date(`${telOp(uiterlijk, -herinnerDagen)}T08:00:00Z`);
  return moment < nu ? nu : moment;
}

/**
 * The question cards she can pick from (texts in messages.ts, written for Redzaam in B1):
 * strengths first, then per domain, about the network, about shame to ask, about giving back.
 */
export const VRAAGKAART_GROEPEN = {
  kracht: ['kracht-trots', 'kracht-gelukt', 'kracht-energie'],
  gebied: ['gebied-zorgen', 'gebied-anders', 'gebied-klein'],
  netwerk: ['netwerk-wie', 'netwerk-vroeger', 'netwerk-liever-niet'],
  schaamte: ['schaamte-moeilijk', 'schaamte-helpt'],
  geven: ['geven-goed-in', 'geven-wie'],
} as const;

export const VRAAGKAARTEN: readonly string[] = Object.values(VRAAGKAART_GROEPEN).flat();
