/**
 * The waakvlam's rules as pure functions: the phase a check-in's answers point to, what an
 * answer does to the current phase and intensity (and whether the chosen people are told), the
 * offer to scale down after a good stretch, the no-answer signal, when the next check-in is due
 * and whether a check-in link may still be used. Property tests in rules.test.ts.
 */

export const FASEN = ['goed', 'let-op', 'crisis'] as const;
export type Fase = (typeof FASEN)[number];

/** How it goes in one levensgebied, in the check-in. */
export const OORDELEN = ['goed', 'wisselend', 'slecht'] as const;
export type Oordeel = (typeof OORDELEN)[number];

/** Support intensity: 1 the pilot light (light), 2 more support, 3 a lot of support. */
export const INTENSITEITEN = [1, 2, 3] as const;
export type Intensiteit = (typeof INTENSITEITEN)[number];

/** What the plan says for one phase: how it shows, and what she, her network and professionals do. */
export type FaseInhoud = { signalen: string; zelf: string; netwerk: string; professionals: string };
export type Fasen = Record<Fase, FaseInhoud>;

export const LEGE_FASE: FaseInhoud = { signalen: '', zelf: '', netwerk: '', professionals: '' };

/** A check-in link works this long after it was sent. */
export const CHECKIN_GELDIG_MS = 48 * 3_600_000;
/** At most this many signals per phase are asked in a check-in (one per line of the plan). */
export const MAX_SIGNALEN = 10;

const DAG_MS = 24 * 3_600_000;

export const rang = (fase: Fase): number => FASEN.indexOf(fase);

/** A check-in's answers: per chosen levensgebied how it goes, and how many signals she ticked. */
export type Antwoord = { oordelen: Oordeel[]; letOpSignalen: number; crisisSignalen: number };

/**
 * The phase the answers point to. Any crisis signal, or three levensgebieden going badly, is
 * `crisis`; any let-op signal, one levensgebied going badly or two going up and down is
 * `let-op`; otherwise `goed`.
 */
export function faseVan(antwoord: Antwoord): Fase {
  const slecht = antwoord.oordelen.filter((o) => o === 'slecht').length;
  const wisselend = antwoord.oordelen.filter((o) => o === 'wisselend').length;
  if (antwoord.crisisSignalen > 0 || slecht >= 3) return 'crisis';
  if (antwoord.letOpSignalen > 0 || slecht >= 1 || wisselend >= 2) return 'let-op';
  return 'goed';
}

export type Stand = { fase: Fase; intensiteit: Intensiteit };

export type NaAntwoord = Stand & {
  richting: 'omhoog' | 'omlaag' | 'gelijk';
  /** The chosen people are told: only when the phase rose */
  melden: boolean;
};

/**
 * What an answered check-in does. The phase follows the answers both ways; the intensity
 * scales up with a rising phase (to at least the phase's level) but never down by itself:
 * scaling down is offered, and she decides.
 */
export function naAntwoord(stand: Stand, nieuw: Fase): NaAntwoord {
  const verschil = rang(nieuw) - rang(stand.fase);
  const intensiteit = Math.max(stand.intensiteit, rang(nieuw) + 1) as Intensiteit;
  return {
    fase: nieuw,
    intensiteit,
    richting: verschil > 0 ? 'omhoog' : verschil < 0 ? 'omlaag' : 'gelijk',
    melden: verschil > 0,
  };
}

/**
 * Scaling down is offered when support is above the pilot light, the phase is good, and the
 * last `afschaalNa` check-ins since the intensity last changed were all good.
 */
export function afschalenAanbieden(input: {
  stand: Stand;
  /** Phases of the answered check-ins since the intensity last changed, oldest first */
  fasenSindsdien: readonly Fase[];
  afschaalNa: number;
}): boolean {
  const { stand, fasenSindsdien, afschaalNa } = input;
  if (stand.intensiteit <= 1 || stand.fase !== 'goed') return false;
  if (fasenSindsdien.length < afschaalNa) return false;
  return fasenSindsdien.slice(-afschaalNa).every((f) => f === 'goed');
}

/** One step down, never below the pilot light. */
export function afgeschaald(intensiteit: Intensiteit): Intensiteit {
  return Math.max(1, intensiteit - 1) as Intensiteit;
}

/**
 * No answer for `stilteDagen` days (counted from the last answer, or from the plan's start) is
 * a gentle signal, given once per silence: not again until she answers.
 */
export function stilteSignaal(input: {
  stilteDagen: number | null;
  laatsteAntwoordOp: Date | null;
  startOp: Date;
  stilteGemeldOp: Date | null;
  nu: Date;
}): boolean {
  if (input.stilteDagen === null) return false;
  const sinds = input.laatsteAntwoordOp ?? input.startOp;
  if (input.nu.getTime() - sinds.getTime() < input.stilteDagen * DAG_MS) return false;
  return input.stilteGemeldOp === null || input.stilteGemeldOp.getTime() < sinds.getTime();
}

/** The first moment after `nu` on the interval's rhythm from `vorige`. */
export function volgendeCheckin(vorige: Date, intervalDagen: number, nu: Date): Date {
  const stap = Math.max(1, intervalDagen) * DAG_MS;
  const achter = nu.getTime() - vorige.getTime();
  const stappen = achter < 0 ? 1 : Math.floor(achter / stap) + 1;
  return new Date(vorige.getTime() + stappen * stap);
}

export type LinkStaat = 'open' | 'gebruikt' | 'verlopen';

/** A check-in link works once, and only until it expires. */
export function linkStaat(checkin: { beantwoordOp: Date | null; verlooptOp: Date }, nu: Date): LinkStaat {
  if (checkin.beantwoordOp !== null) return 'gebruikt';
  if (nu.getTime() >= checkin.verlooptOp.getTime()) return 'verlopen';
  return 'open';
}

/** The signals of a phase as the check-in asks them: one per non-empty line, at most MAX_SIGNALEN. */
export function signaalRegels(tekst: string): string[] {
  return tekst
    .split('\n')
    .map((regel) => regel.trim())
    .filter((regel) => regel.length > 0)
    .slice(0, MAX_SIGNALEN);
}

/** Who the viewer is to the plan: what they may see of it. */
export type Zicht = 'alles' | 'plan' | 'alleen-fase';

/**
 * The resident sees everything (her check-in answers too). Someone she chose for "the phase
 * only" sees the phase and nothing else; anyone else with a grant sees the phase, the plan and
 * the history, never the check-in answers.
 */
export function zichtVoor(input: {
  eigenaar: boolean;
  accountId: string;
  alleenFase: readonly string[];
}): Zicht {
  if (input.eigenaar) return 'alles';
  return input.alleenFase.includes(input.accountId) ? 'alleen-fase' : 'plan';
}

export type Overgang = { op: Date; van: Fase | null; naar: Fase; intensiteit: Intensiteit };

export type Samenvatting = {
  nu: Fase | null;
  intensiteit: Intensiteit | null;
  omhoog: number;
  omlaag: number;
  /** Whole weeks from the first entry to `nu` */
  weken: number;
};

/** The one-line summary under the history chart, as numbers (the page puts it in words). */
export function samenvatting(overgangen: readonly Overgang[], nu: Date): Samenvatting {
  const gesorteerd = [...overgangen].sort((a, b) => a.op.getTime() - b.op.getTime());
  const laatste = gesorteerd.at(-1);
  const eerste = gesorteerd[0];
  let omhoog = 0;
  let omlaag = 0;
  for (const o of gesorteerd) {
    if (o.van === null) continue;
    if (rang(o.naar) > rang(o.van)) omhoog++;
    else if (rang(o.naar) < rang(o.van)) omlaag++;
  }
  return {
    nu: laatste?.naar ?? null,
    intensiteit: laatste?.intensiteit ?? null,
    omhoog,
    omlaag,
    weken: eerste ? Math.max(0, Math.floor((nu.getTime() - eerste.op.getTime()) / (7 * DAG_MS))) : 0,
  };
}

/**
 * The phases of the answered check-ins since the intensity last changed (oldest first): what
 * the scale-down offer looks at. `overgangen` oldest first.
 */
export function fasenSindsWissel(
  overgangen: readonly { intensiteit: number; naar: Fase; reden: string }[],
): Fase[] {
  let begin = 0;
  for (let i = 1; i < overgangen.length; i++)
    if (overgangen[i]?.intensiteit !== overgangen[i - 1]?.intensiteit) begin = i + 1;
  return overgangen
    .slice(begin)
    .filter((o) => o.reden === 'checkin')
    .map((o) => o.naar);
}
