import type { Viewer } from '../../platform/http/request-context.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { type Niveau, niveauVolstaat } from '../../regie/rules.js';
import {
  type Gespreksonderwerp,
  magEigenAntwoordenZien,
  SCORE_MAX,
  SCORE_MIN,
  type Score,
  VERSCHIL_DREMPEL,
  vergelijk,
} from '../rules.js';
import { ITEMS, MAX_TOELICHTING, MAX_TOELICHTING_ITEM, SCHAAL, type Vragenlijst } from './items.js';

/**
 * The pure rules of the questionnaires: reading a submitted form, deciding what a save does
 * (new draft, update, or a conflict), who may fill in, and which differences between the
 * resident's answers and a professional's become conversation topics, and who sees what. No
 * I/O here; the use cases (invullen.ts, lezen.ts) and the pages use the same functions.
 */

/** One answered item. A skipped item has no Antwoord at all. */
export type Antwoord = {
  code: string;
  score: number | null;
  weetNiet: boolean;
  praten: boolean;
  toelichting: string;
};

/** What the form showed or got back, as text, so a rejected form is shown again exactly. */
export type FormWaarden = {
  antwoorden: Record<string, { waarde: string; toelichting: string; praten: boolean }>;
  toelichting: string;
};

export type Fout = { sleutel: MessageKey; waarden?: Record<string, number> };
export type Fouten = Record<string, Fout>;

export type Invulling = {
  antwoorden: Antwoord[];
  toelichting: string;
  /** The version of the draft the form was made from; 0 when there was no draft */
  version: number;
  knop: 'opslaan' | 'indienen';
};

export const WEET_NIET = 'weet-niet';
const PREFIXEN = ['antwoord.', 'toelichting.', 'praten.'] as const;

/** The form field id of an item's answer group, toelichting and mark (error summary links here). */
export const veldId = {
  antwoord: (code: string) => `antwoord-${code}`,
  toelichting: (code: string) => `toelichting-${code}`,
  praten: (code: string) => `praten-${code}`,
};

function enkel(body: Record<string, unknown>, naam: string): string | undefined | null {
  const waarde = body[naam];
  if (waarde === undefined) return undefined;
  return typeof waarde === 'string' ? waarde : null;
}

/** Turns stored answers into form values (for showing a draft). */
export function formWaardenVan(antwoorden: Antwoord[], toelichting: string): FormWaarden {
  const waarden: FormWaarden = { antwoorden: {}, toelichting };
  for (const a of antwoorden) {
    waarden.antwoorden[a.code] = {
      waarde: a.weetNiet ? WEET_NIET : a.score === null ? '' : String(a.score),
      toelichting: a.toelichting,
      praten: a.praten,
    };
  }
  return waarden;
}

/**
 * Reads a submitted questionnaire form. Every item may be skipped. Refuses (with the field the
 * message belongs next to): a score outside the questionnaire's scale, "weet ik niet" where
 * the questionnaire has none, an item code that is not in the questionnaire, a field sent
 * twice, a note that is too long, a missing or broken version, and submitting nothing at all.
 * The form values come back either way, so a refused form is shown again as it was typed.
 */
export function leesInvulling(
  vragenlijst: Vragenlijst,
  body: unknown,
):
  | { ok: true; invulling: Invulling; waarden: FormWaarden }
  | { ok: false; fouten: Fouten; waarden: FormWaarden } {
  const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const codes = ITEMS[vragenlijst];
  const schaal = SCHAAL[vragenlijst];
  const fouten: Fouten = {};
  const waarden: FormWaarden = { antwoorden: {}, toelichting: '' };
  const antwoorden: Antwoord[] = [];

  for (const naam of Object.keys(form)) {
    const prefix = PREFIXEN.find((p) => naam.startsWith(p));
    if (!prefix) continue;
    const code = naam.slice(prefix.length);
    const bekend = codes.includes(code) && (prefix !== 'praten.' || vragenlijst === 'positieve-gezondheid');
    if (!bekend) fouten.formulier = { sleutel: 'vragenlijst.fout.onbekend-item' };
  }

  for (const code of codes) {
    const waarde = enkel(form, `antwoord.${code}`);
    const toelichting = enkel(form, `toelichting.${code}`);
    const praten = enkel(form, `praten.${code}`);
    const tekst = (typeof toelichting === 'string' ? toelichting : '').trim();
    waarden.antwoorden[code] = {
      waarde: typeof waarde === 'string' ? waarde : '',
      toelichting: tekst,
      praten: praten === 'ja',
    };
    let score: number | null = null;
    let weetNiet = false;
    if (waarde === null) {
      fouten[veldId.antwoord(code)] = { sleutel: 'vragenlijst.fout.dubbel' };
    } else if (waarde !== undefined && waarde !== '') {
      if (waarde === WEET_NIET && vragenlijst === 'eigen-regie') weetNiet = true;
      else if (
        /^(0|[1-9][0-9]?)$/.test(waarde) &&
        Number(waarde) >= schaal.min &&
        Number(waarde) <= schaal.max
      )
        score = Number(waarde);
      else
        fouten[veldId.antwoord(code)] = {
          sleutel: 'vragenlijst.fout.score',
          waarden: { min: schaal.min, max: schaal.max },
        };
    }
    if (toelichting === null) fouten[veldId.toelichting(code)] = { sleutel: 'vragenlijst.fout.dubbel' };
    else if (tekst.length > MAX_TOELICHTING_ITEM)
      fouten[veldId.toelichting(code)] = {
        sleutel: 'veld.fout.te-lang',
        waarden: { max: MAX_TOELICHTING_ITEM },
      };
    if (praten === null || (praten !== undefined && praten !== 'ja'))
      fouten[veldId.praten(code)] = { sleutel: 'vragenlijst.fout.keuze' };
    const heeftIets = score !== null || weetNiet || tekst !== '' || praten === 'ja';
    if (heeftIets) antwoorden.push({ code, score, weetNiet, praten: praten === 'ja', toelichting: tekst });
  }

  const algemeen = enkel(form, 'toelichting');
  waarden.toelichting = (typeof algemeen === 'string' ? algemeen : '').trim();
  if (algemeen === null) fouten.toelichting = { sleutel: 'vragenlijst.fout.dubbel' };
  else if (waarden.toelichting.length > MAX_TOELICHTING)
    fouten.toelichting = { sleutel: 'veld.fout.te-lang', waarden: { max: MAX_TOELICHTING } };

  const versie = enkel(form, 'version');
  const version = typeof versie === 'string' && /^(0|[1-9][0-9]{0,8})$/.test(versie) ? Number(versie) : null;
  if (version === null) fouten.formulier = { sleutel: 'vragenlijst.fout.formulier' };

  const knopWaarde = enkel(form, 'knop');
  const knop =
    knopWaarde === 'indienen'
      ? 'indienen'
      : knopWaarde === undefined || knopWaarde === 'opslaan'
        ? 'opslaan'
        : null;
  if (knop === null) fouten.formulier = { sleutel: 'vragenlijst.fout.formulier' };

  if (knop === 'indienen' && Object.keys(fouten).length === 0) {
    const iets = antwoorden.some((a) => a.score !== null || a.weetNiet);
    if (!iets) fouten.formulier = { sleutel: 'vragenlijst.fout.leeg' };
  }
  if (Object.keys(fouten).length > 0 || version === null || knop === null)
    return { ok: false, fouten, waarden };
  return { ok: true, invulling: { antwoorden, toelichting: waarden.toelichting, version, knop }, waarden };
}

/** What a save does with the draft the person saw (optimistic concurrency). */
export function besluitOpslaan(
  concept: { version: number } | undefined,
  gezien: number,
): 'nieuw' | 'bijwerken' | 'conflict' {
  if (!concept) return gezien === 0 ? 'nieuw' : 'conflict';
  return concept.version === gezien ? 'bijwerken' : 'conflict';
}

/**
 * Who may fill in which questionnaire, as a request to the door. Eigen regie: the resident
 * (owner) and a professional with at least `reageren` on levensgebieden — a professional's
 * answers are a response, they never change the resident's. A naaste does not fill it in (its
 * relationship questions are about professional support; see README). Positieve gezondheid:
 * the resident only. "Only the owner" is the door's own rule, so a refusal is logged there.
 */
export function invulVerzoek(
  vragenlijst: Vragenlijst,
  viewer: Pick<Viewer, 'rol'>,
): { nodig: Niveau; alleenEigenaar: boolean } {
  if (vragenlijst === 'eigen-regie' && viewer.rol === 'professional')
    return { nodig: 'reageren', alleenEigenaar: false };
  return { nodig: 'bewerken', alleenEigenaar: true };
}

/** Where a questionnaire exists: positieve gezondheid only where the gemeente turned it on. */
export function bestaatVragenlijst(
  vragenlijst: Vragenlijst,
  instelling: { positieveGezondheid: boolean },
): boolean {
  return vragenlijst !== 'positieve-gezondheid' || instelling.positieveGezondheid;
}

/** Who is looking, as the door let them in. */
export type Kijker = { eigenaar: boolean; rol: Viewer['rol']; niveau: Niveau };

/** A professional (not the owner) with at least `reageren`: may give their own view of eigen regie. */
export function reageertAlsProfessional(kijker: Kijker): boolean {
  return !kijker.eigenaar && kijker.rol === 'professional' && niveauVolstaat(kijker.niveau, 'reageren');
}

/** May fill in eigen regie: the resident, or a professional who may respond (as invulVerzoek). */
export function kanEigenRegieInvullen(kijker: Kijker): boolean {
  return kijker.eigenaar || reageertAlsProfessional(kijker);
}

/** Only the resident's own eigen-regie rounds fall under the regie-spiegel's visibility rule. */
export function onderSpiegelregel(
  vragenlijst: Vragenlijst,
  invullerRol: 'inwoner' | 'professional',
): boolean {
  return vragenlijst === 'eigen-regie' && invullerRol === 'inwoner';
}

/**
 * May this viewer see the resident's own eigen-regie answers? The core's rule of the
 * regie-spiegel: a professional who may answer sees them only after giving their own view,
 * unless the resident chose that others see hers first (levensgebieden setting).
 */
export function magInwonerZien(
  kijker: Kijker,
  stand: { anderenZienEerst: boolean; heeftEigenBlikGegeven: boolean },
): boolean {
  return magEigenAntwoordenZien({
    eigenaar: kijker.eigenaar,
    kanReageren: reageertAlsProfessional(kijker),
    anderenZienEerst: stand.anderenZienEerst,
    heeftEigenBlikGegeven: stand.heeftEigenBlikGegeven,
  });
}

type Ronde = { invullerAccountId: string; invullerRol: 'inwoner' | 'professional' };

/**
 * What the regie-spiegel shows of the submitted rounds (newest first): all of them, or without
 * the resident's when she is not to be seen yet; per person their latest; and whether the
 * resident's answers are there but hidden.
 */
export function spiegelRondes<R extends Ronde>(
  alle: readonly R[],
  inwonerZichtbaar: boolean,
): { rondes: R[]; laatste: R[]; inwonerVerborgen: boolean } {
  const rondes = inwonerZichtbaar ? [...alle] : alle.filter((r) => r.invullerRol !== 'inwoner');
  // Newest first: the first round per person is their latest.
  const laatste = new Map<string, R>();
  for (const ronde of rondes)
    if (!laatste.has(ronde.invullerAccountId)) laatste.set(ronde.invullerAccountId, ronde);
  return {
    rondes,
    laatste: [...laatste.values()],
    inwonerVerborgen: !inwonerZichtbaar && alle.some((r) => r.invullerRol === 'inwoner'),
  };
}

export type Scores = Partial<Record<string, number | null>>;

/** The numeric answers of a round: skipped and "weet ik niet" are null, never zero. */
export function scoresVan(antwoorden: Pick<Antwoord, 'code' | 'score'>[]): Scores {
  const scores: Scores = {};
  for (const a of antwoorden) scores[a.code] = a.score;
  return scores;
}

export type Onderwerp = {
  code: string;
  /**
   * The core's words (src/levensgebieden/rules.ts): anderen-beter, "anderen denken dat het beter
   * gaat dan jij" (possible overestimation), or anderen-slechter (possible underestimation).
   */
  richting: Gespreksonderwerp;
  verschil: number;
};

/** Differences of two steps or more become a conversation topic; the core's threshold, shared. */
export { VERSCHIL_DREMPEL };

const isScore = (waarde: number | null | undefined): waarde is Score =>
  typeof waarde === 'number' && Number.isInteger(waarde) && waarde >= SCORE_MIN && waarde <= SCORE_MAX;

/**
 * The conversation topics between the resident's answers (`eigen`) and someone else's
 * (`ander`), in item order, by the regie-spiegel's own rule (`vergelijk` of the core). Only
 * items both answered with a score on the 1–5 scale count; a skipped item or "weet ik niet" is
 * never a difference. Never a judgement or a total.
 */
export function gespreksonderwerpen(codes: readonly string[], eigen: Scores, ander: Scores): Onderwerp[] {
  const onderwerpen: Onderwerp[] = [];
  for (const code of codes) {
    const a = eigen[code];
    const b = ander[code];
    if (!isScore(a) || !isScore(b)) continue;
    const richting = vergelijk(a, b);
    if (richting) onderwerpen.push({ code, richting, verschil: Math.abs(b - a) });
  }
  return onderwerpen;
}
