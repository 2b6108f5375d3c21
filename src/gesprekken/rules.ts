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

// --- the talk and its report -------------------------------------------------------------------

/** How many goals a talk can agree on (each becomes a proposal in her plan). */
export const MAX_DOELEN = 5;

/** One goal agreed at the kitchen table, with the life domain it is about. */
export type AfgesprokenDoel = { tekst: string; gebied: string };

/** The professional's notes of the talk. */
export type Aantekeningen = {
  /** The domains talked about, in the order of the agenda */
  agenda: string[];
  /** Per domain on the agenda: the notes */
  perGebied: Record<string, string>;
  /** The question cards opened during the talk */
  vragen: string[];
  doelen: AfgesprokenDoel[];
  /** Who should be involved (her network, a volunteer, a professional) */
  betrokkenen: string;
  /** Who coordinates the help (the plan's regievoerder is hers to choose in Mijn plan) */
  regievoerder: string;
};

export const LEGE_AANTEKENINGEN: Aantekeningen = {
  agenda: [],
  perGebied: {},
  vragen: [],
  doelen: [],
  betrokkenen: '',
  regievoerder: '',
};

/** What a version of the report says. */
export type VerslagInhoud = {
  perGebied: { code: string; tekst: string }[];
  doelen: AfgesprokenDoel[];
  betrokkenen: string;
  regievoerder: string;
};

/**
 * The agenda offered before any notes: the domains she chose in her preparation, in the
 * gemeente's order; when she prepared nothing, every domain (a talk covers her whole life).
 */
export function agendaVoorstel(alle: readonly string[], gekozen: readonly string[]): string[] {
  const keuze = alle.filter((c) => gekozen.includes(c));
  return keuze.length > 0 ? keuze : [...alle];
}

/** The first version of the report, drafted from the notes: the agenda's domains in order. */
export function verslagUitAantekeningen(a: Aantekeningen): VerslagInhoud {
  return {
    perGebied: [...new Set(a.agenda)].map((code) => ({ code, tekst: a.perGebied[code] ?? '' })),
    doelen: a.doelen.filter((d) => d.tekst.trim() !== '').slice(0, MAX_DOELEN),
    betrokkenen: a.betrokkenen,
    regievoerder: a.regievoerder,
  };
}

export type Besluit = 'akkoord' | 'oneens';

/** A version of the report as the rules need it. */
export type VersieFeit = { nummer: number; besluit: Besluit | null };

/** The final version: the one that carries her decision (at most one). */
export function definitieveVersie<V extends VersieFeit>(versies: readonly V[]): V | undefined {
  return versies.find((v) => v.besluit !== null);
}

export type VerslagWeigering = 'verouderd' | 'al-definitief' | 'geen-verslag';

/**
 * May a new version be added, or a decision be taken, on the version she saw (`gezien`)?
 * Not when the report is final already, not when there is none, and not on an outdated
 * version (someone added one since): then both versions are shown and nothing is written.
 */
export function controleerVerslagStap(
  versies: readonly VersieFeit[],
  gezien: number,
): VerslagWeigering | undefined {
  if (definitieveVersie(versies)) return 'al-definitief';
  if (versies.length === 0) return 'geen-verslag';
  const laatste = Math.max(...versies.map((v) => v.nummer));
  return gezien === laatste ? undefined : 'verouderd';
}

/** The goals that go into her plan as proposals: those of the final version, only when she agreed. */
export function doelenVoorPlan(v: {
  besluit: Besluit | null;
  inhoud: { doelen: AfgesprokenDoel[] };
}): AfgesprokenDoel[] {
  return v.besluit === 'akkoord' ? v.inhoud.doelen.map((d) => ({ tekst: d.tekst, gebied: d.gebied })) : [];
}

// --- the netwerkberaad (Eigen Kracht-style) ------------------------------------------------------

/** One agreement of the network's plan: a goal with its domain, and who does what. */
export type BeraadAfspraak = AfgesprokenDoel & { wie: string };

/** What the netwerkberaad holds: the agenda, the information part, the network's plan. */
export type BeraadInhoud = {
  /** The domains to talk about, in the gemeente's order */
  agenda: string[];
  /** What the professionals tell in the information part (the options, the rules) */
  informatie: string;
  /** The plan the network makes in its own time; each agreement can become a proposal in her plan */
  afspraken: BeraadAfspraak[];
};

export const LEGE_BERAAD: BeraadInhoud = { agenda: [], informatie: '', afspraken: [] };

/** Days after her decision that the follow-up asks how the agreements go (Eigen Kracht: 4 weeks). */
export const VERVOLG_DAGEN = 28;

export type BeraadFout = 'agenda-leeg' | 'datum-voor-melding';

/** A meeting needs a domain to talk about and cannot be before the melding it belongs to. */
export function controleerBeraad(input: { datum: string; gemeldOp: string; agenda: readonly string[] }): {
  datum?: BeraadFout;
  agenda?: BeraadFout;
} {
  const fouten: { datum?: BeraadFout; agenda?: BeraadFout } = {};
  if (input.datum < input.gemeldOp) fouten.datum = 'datum-voor-melding';
  if (input.agenda.length === 0) fouten.agenda = 'agenda-leeg';
  return fouten;
}

/**
 * May the network's plan be changed, or her decision be taken, on the version she saw? The
 * same refusals as the report's: final already, nothing there, or an outdated version.
 */
export function controleerBeraadStap(
  beraad: { versie: number; besluit: Besluit | null } | undefined,
  gezien: number,
): VerslagWeigering | undefined {
  if (!beraad) return 'geen-verslag';
  if (beraad.besluit !== null) return 'al-definitief';
  return gezien === beraad.versie ? undefined : 'verouderd';
}

/**
 * During the network's private time nobody who takes part as a professional sees what the
 * network writes (the offers, the agreements); the resident and her naasten always do.
 */
export function netwerkTekstZichtbaar(input: { eigenTijd: boolean; professional: boolean }): boolean {
  return !(input.eigenTijd && input.professional);
}

/** When the follow-up runs: at 08:00 UTC, `VERVOLG_DAGEN` days after her decision. */
export function vervolgMoment(besloten: Date): Date {
  return new Date(`${telOp(vandaag(besloten), VERVOLG_DAGEN)}T08:00:00Z`);
}
