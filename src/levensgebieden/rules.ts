/**
 * The rules of the levensgebieden and the regie-spiegel, as pure functions: data in, data out.
 * The pages and the server use the same functions, so what is shown and what is allowed agree.
 *
 * The mirror never sums up a person: there is no overall score or label anywhere. It compares
 * per domain, and only two real answers (a step on the scale, not skipped, not "weet ik niet").
 */

export const SCORES = [1, 2, 3, 4, 5] as const;

/** After this many days "Mijn overzicht" asks whether her answers still hold. */
export const NOG_KLOPT_NA_DAGEN = 90;

/** What the card on "Mijn overzicht" says about her own answers. */
export type KaartStand =
  | { soort: 'nooit' }
  | { soort: 'bezig' }
  | { soort: 'recent'; datum: Date }
  | { soort: 'oud'; datum: Date; maanden: number };

/**
 * The state of her own answers for the overview card: never filled in, a round in progress,
 * filled in lately, or so long ago (≥ NOG_KLOPT_NA_DAGEN) that checking it is the next step.
 */
export function kaartStand(laatst: Date | undefined, bezig: boolean, nu: Date): KaartStand {
  if (bezig) return { soort: 'bezig' };
  if (!laatst) return { soort: 'nooit' };
  const dagen = Math.floor((nu.getTime() - laatst.getTime()) / 86_400_000);
  if (dagen < NOG_KLOPT_NA_DAGEN) return { soort: 'recent', datum: laatst };
  return { soort: 'oud', datum: laatst, maanden: Math.max(3, Math.floor(dagen / 30.44)) };
}
export type Score = (typeof SCORES)[number];
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** A difference of this many steps or more becomes a conversation topic. */
export const VERSCHIL_DREMPEL = 2;

export const WIE_HELPT = ['ikzelf', 'netwerk', 'vrijwilliger', 'professional'] as const;
export type WieHelpt = (typeof WIE_HELPT)[number];
export const BELANG = ['niet', 'beetje', 'erg'] as const;
export type Belang = (typeof BELANG)[number];

/** What someone said about one domain. */
export type Antwoord = {
  code: string;
  score: number | null;
  weetNiet: boolean;
  wieHelpt: WieHelpt[];
  doel: string;
  belang: Belang | null;
  goedGaat: string;
  trots: string;
};

/** A score that counts: a step on the scale. Skipped and "weet ik niet" give null. */
export function telbareScore(antwoord: Pick<Antwoord, 'score' | 'weetNiet'> | undefined): Score | null {
  if (!antwoord || antwoord.weetNiet || antwoord.score === null) return null;
  return (SCORES as readonly number[]).includes(antwoord.score) ? (antwoord.score as Score) : null;
}

/** True when nothing at all was filled in about this domain. */
export function isLeeg(antwoord: Antwoord | undefined): boolean {
  return (
    !antwoord ||
    (antwoord.score === null &&
      !antwoord.weetNiet &&
      antwoord.wieHelpt.length === 0 &&
      antwoord.doel.trim() === '' &&
      antwoord.belang === null &&
      antwoord.goedGaat.trim() === '' &&
      antwoord.trots.trim() === '')
  );
}

/**
 * anderen-beter: the other person thinks it goes better than the resident does (she may be
 * overestimated); anderen-slechter: worse than she thinks (she may be underestimated).
 */
export type Gespreksonderwerp = 'anderen-beter' | 'anderen-slechter';

/**
 * Compares one domain: the resident's score and one other view. A topic only when both are
 * real scores and they lie two steps or more apart; never from a skipped question.
 */
export function vergelijk(eigen: Score | null, ander: Score | null): Gespreksonderwerp | null {
  if (eigen === null || ander === null) return null;
  const verschil = ander - eigen;
  if (verschil >= VERSCHIL_DREMPEL) return 'anderen-beter';
  if (verschil <= -VERSCHIL_DREMPEL) return 'anderen-slechter';
  return null;
}

export type Blik = {
  /** Who: the author's id and name, as the page shows them */
  auteurId: string;
  naam: string;
  antwoorden: Record<string, Pick<Antwoord, 'score' | 'weetNiet'>>;
};

export type SpiegelRij = {
  code: string;
  eigen: Score | null;
  anderen: { auteurId: string; naam: string; score: Score | null; onderwerp: Gespreksonderwerp | null }[];
};

/**
 * The regie-spiegel: per domain (in catalog order, each exactly once) the resident's view
 * beside every other view, with a conversation topic where they differ two steps or more.
 * Returns rows only: deliberately no total, average or label for the person.
 */
export function spiegel(
  codes: readonly string[],
  eigen: Blik['antwoorden'] | undefined,
  anderen: readonly Blik[],
): SpiegelRij[] {
  const uniek = [...new Set(codes)];
  return uniek.map((code) => {
    const mijn = telbareScore(eigen?.[code]);
    return {
      code,
      eigen: mijn,
      anderen: anderen.map((blik) => {
        const score = telbareScore(blik.antwoorden[code]);
        return { auteurId: blik.auteurId, naam: blik.naam, score, onderwerp: vergelijk(mijn, score) };
      }),
    };
  });
}

/** The conversation topics of a mirror, for the list above it. */
export function gespreksonderwerpen(
  rijen: readonly SpiegelRij[],
): { code: string; naam: string; onderwerp: Gespreksonderwerp }[] {
  return rijen.flatMap((rij) =>
    rij.anderen.flatMap((ander) =>
      ander.onderwerp ? [{ code: rij.code, naam: ander.naam, onderwerp: ander.onderwerp }] : [],
    ),
  );
}

/**
 * May this viewer see the resident's own answers? The resident always; someone who may give
 * their own view (reageren or more) only after giving it, unless the resident chose that
 * others see her answers first ("eerst hun eigen blik" is the default). Someone who may only
 * read cannot give a view, so reading is what the resident granted them.
 */
export function magEigenAntwoordenZien(input: {
  eigenaar: boolean;
  kanReageren: boolean;
  anderenZienEerst: boolean;
  heeftEigenBlikGegeven: boolean;
}): boolean {
  if (input.eigenaar) return true;
  if (!input.kanReageren) return true;
  return input.anderenZienEerst || input.heeftEigenBlikGegeven;
}

/** The domain after or before `code` among the visible ones, for "volgende" and "vorige". */
export function buur(codes: readonly string[], code: string, richting: 1 | -1): string | undefined {
  const index = codes.indexOf(code);
  if (index === -1) return undefined;
  return codes[index + richting];
}

/** A new domain code from a beheerder's name: lowercase words joined by "-", unique in the catalog. */
export function nieuweCode(naam: string, bestaand: readonly string[]): string {
  const basis =
    naam
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32)
      .replace(/-+$/g, '') || 'gebied';
  let code = basis;
  for (let n = 2; bestaand.includes(code); n++) code = `${basis}-${n}`;
  return code;
}

/** Moves one item a place up or down; the order of the rest stays. */
export function verplaats<T>(items: readonly T[], index: number, richting: 1 | -1): T[] {
  const doel = index + richting;
  const kopie = [...items];
  if (index < 0 || index >= kopie.length || doel < 0 || doel >= kopie.length) return kopie;
  const [item] = kopie.splice(index, 1) as [T];
  kopie.splice(doel, 0, item);
  return kopie;
}

/** The score at or below which a domain counts as "not going well" for offering help (issue 5). */
export const HULP_BIJ_SCORE = 2;

/**
 * The domains where, by the resident's own latest view, it is not going well: help from the
 * sociale kaart (and later the network and the plan) is offered there. Her own view only —
 * someone else's worry is a conversation topic, not a reason to push help at her.
 */
export function gebiedenVoorHulp(
  codes: readonly string[],
  eigenLaatste: Record<string, Antwoord> | undefined,
): string[] {
  if (!eigenLaatste) return [];
  return codes.filter((code) => {
    const score = telbareScore(eigenLaatste[code]);
    return score !== null && score <= HULP_BIJ_SCORE;
  });
}

/**
 * An assessment can be completed once it says how it goes on at least one domain (a step or
 * "weet ik niet"). An empty view would add nothing to the mirror, and would let someone see the
 * resident's answers without giving a view of their own.
 */
export function kanAfronden(antwoorden: Record<string, Pick<Antwoord, 'score' | 'weetNiet'>>): boolean {
  return Object.values(antwoorden).some((a) => a.weetNiet || telbareScore(a) !== null);
}

/**
 * Where her own answer "wie helpt" and her netwerkkaart tell different stories, per domain:
 * `netwerk-zonder-kaart` she says her network helps, but nobody on her map helps with it;
 * `kaart-zonder-netwerk` people on her map help with it, but she did not say her network helps.
 * A topic to talk about (like the mirror's), never a correction. Skipped domains say nothing.
 */
export type NetwerkVerschil = { code: string; soort: 'netwerk-zonder-kaart' | 'kaart-zonder-netwerk' };

export function netwerkVerschillen(
  codes: readonly string[],
  eigenLaatste: Record<string, Antwoord> | undefined,
  helpers: Record<string, string[]>,
): NetwerkVerschil[] {
  if (!eigenLaatste) return [];
  const verschillen: NetwerkVerschil[] = [];
  for (const code of codes) {
    const antwoord = eigenLaatste[code];
    if (!antwoord || isLeeg(antwoord) || antwoord.wieHelpt.length === 0) continue;
    const zegtNetwerk = antwoord.wieHelpt.includes('netwerk');
    const opKaart = (helpers[code] ?? []).length > 0;
    if (zegtNetwerk && !opKaart) verschillen.push({ code, soort: 'netwerk-zonder-kaart' });
    if (!zegtNetwerk && opKaart) verschillen.push({ code, soort: 'kaart-zonder-netwerk' });
  }
  return verschillen;
}

/** Her latest answer about one domain and the day it was completed. */
export type LaatsteAntwoord = { antwoord: Antwoord; datum: Date };

/**
 * Per domain the latest answer that says something, from completed assessments (in any order):
 * a round that skipped a domain does not wipe what an earlier round said about it. The newest
 * completion wins; of two completed at the same moment, the later one in the list. Drafts
 * (no completion date) never count.
 */
export function laatstePerGebied(
  beoordelingen: readonly { afgerondAt: Date | null; antwoorden: Record<string, Antwoord> }[],
): Record<string, LaatsteAntwoord> {
  const uit: Record<string, LaatsteAntwoord> = {};
  for (const b of beoordelingen) {
    if (!b.afgerondAt) continue;
    for (const [code, antwoord] of Object.entries(b.antwoorden)) {
      if (isLeeg(antwoord)) continue;
      const bekend = uit[code];
      if (!bekend || bekend.datum.getTime() <= b.afgerondAt.getTime())
        uit[code] = { antwoord, datum: b.afgerondAt };
    }
  }
  return uit;
}

/** The answers alone, for the mirror and the help (which take a plain answer per domain). */
export function alleenAntwoorden(laatste: Record<string, LaatsteAntwoord>): Record<string, Antwoord> {
  return Object.fromEntries(Object.entries(laatste).map(([code, l]) => [code, l.antwoord]));
}
