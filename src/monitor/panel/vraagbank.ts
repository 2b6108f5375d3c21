import { z } from 'zod';
import { STANDAARD_LEVENSGEBIEDEN } from '../../platform/levensgebied-codes.js';

/**
 * The question bank of the panel's peilingen, pure. A peiling is a list of question codes:
 * one question per life domain of the gemeente's levensgebieden catalog ("gebied:<code>", a
 * scale from 1 to 5 as in the levensgebieden assessment) and the bank's own questions below.
 * Every question may offer "weet ik niet". Texts live in messages.ts under
 * `monitor.panel.vraag.<code>` and `monitor.panel.optie.<option>`.
 */

export type VraagSoort = 'schaal' | 'keuze' | 'meerkeuze' | 'open' | 'getal';

export type Vraag = {
  code: string;
  soort: VraagSoort;
  /** Options of a choice; for a scale its points as strings */
  opties: readonly string[];
  /** Smallest and largest number (getal) */
  min?: number;
  max?: number;
  weetNiet: boolean;
  /** The life domain a scale asks about */
  levensgebied?: string;
  /** The options are the gemeente's own names (the area question), shown as they are */
  eigenNamen?: boolean;
};

export const SCHAAL = ['1', '2', '3', '4', '5'] as const;

/** The bank's own questions (besides one per life domain). */
export const BANK: readonly Vraag[] = [
  { code: 'geslacht', soort: 'keuze', opties: ['man', 'vrouw', 'anders'], weetNiet: true },
  { code: 'leeftijd', soort: 'getal', opties: [], min: 16, max: 110, weetNiet: true },
  { code: 'algemeen', soort: 'schaal', opties: SCHAAL, weetNiet: true },
  {
    code: 'netwerk',
    soort: 'keuze',
    opties: ['genoeg-en-vraagt', 'genoeg-vraagt-niet', 'te-weinig'],
    weetNiet: true,
  },
  { code: 'schatting', soort: 'keuze', opties: ['overschat', 'gelijk', 'onderschat'], weetNiet: true },
  { code: 'woord', soort: 'keuze', opties: ['ja', 'nee'], weetNiet: true },
  {
    code: 'hulp',
    soort: 'meerkeuze',
    opties: ['familie', 'vrienden', 'buren', 'hulpverlener', 'niemand'],
    weetNiet: true,
  },
  { code: 'toelichting', soort: 'open', opties: [], weetNiet: false },
];

export const gebiedVraag = (levensgebied: string): Vraag => ({
  code: `gebied:${levensgebied}`,
  soort: 'schaal',
  opties: SCHAAL,
  weetNiet: true,
  levensgebied,
});

/** The area question's code, and its "rather not say" option (besides "weet ik niet"). */
export const WIJK = 'wijk';
export const LIEVER_NIET = 'liever-niet';

/**
 * The area question (docs/decisions/057): one of the gemeente's own areas
 * (`monitor_instelling.gebieden`, the list the resident opt-in offers), "zeg ik liever niet" or
 * "weet ik niet". An area named like one of those two answers is left out: it could not be told
 * apart. Without areas there is no question.
 */
export function wijkVraag(gebieden: readonly string[]): Vraag | undefined {
  const eigen = gebieden.filter((g) => g !== WEET_NIET && g !== LIEVER_NIET);
  if (eigen.length === 0) return undefined;
  return { code: WIJK, soort: 'keuze', opties: [...eigen, LIEVER_NIET], weetNiet: true, eigenNamen: true };
}

/**
 * Every question a peiling may hold, given the life domains of the gemeente's catalog and her
 * areas (no areas: no area question).
 */
export function vraagbank(
  levensgebieden: readonly string[] = STANDAARD_LEVENSGEBIEDEN,
  gebieden: readonly string[] = [],
): Vraag[] {
  return [...levensgebieden.map(gebiedVraag), ...bankMet(wijkVraag(gebieden))];
}

/** The bank's own questions with the area question (if any) after the age, beside the other groups. */
export const bankMet = (wijk: Vraag | undefined): Vraag[] =>
  BANK.flatMap((v) => (v.code === 'leeftijd' && wijk ? [v, wijk] : [v]));

export function vraagVan(
  code: string,
  levensgebieden?: readonly string[],
  gebieden?: readonly string[],
): Vraag | undefined {
  return vraagbank(levensgebieden, gebieden).find((v) => v.code === code);
}

/** One answer as stored: the chosen values (none for "weet ik niet"), or the open text. */
export type Antwoord = { waarden: string[]; weetNiet: boolean } | { tekst: string };

/** A scale point or "weet ik niet" read as the report's outcome for a scale. */
export function uitkomstVanSchaal(punt: string): 'redt-zich' | 'niet' {
  return Number(punt) >= 3 ? 'redt-zich' : 'niet';
}

export const OPEN_MAX = 2000;
export const WEET_NIET = 'weet-niet';

/**
 * Reads a submitted answer to a question from form fields (`a` holds the value(s), `wn` is
 * "weet ik niet"). Anything outside the question — a point off the scale, an unknown option,
 * a number out of range, two choices where one is asked — is refused with a catalog key.
 */
export function leesAntwoord(
  vraag: Vraag,
  veld: unknown,
):
  | { ok: true; antwoord: Antwoord | null }
  | {
      ok: false;
      fout: 'monitor.panel.fout.antwoord' | 'monitor.panel.fout.kies' | 'monitor.panel.fout.lang';
    } {
  const invoer = z
    .object({ a: z.union([z.string(), z.array(z.string()).max(20)]).optional(), wn: z.string().optional() })
    .safeParse(veld ?? {});
  if (!invoer.success) return { ok: false, fout: 'monitor.panel.fout.antwoord' };
  const { a, wn } = invoer.data;
  const lijst = (a === undefined ? [] : Array.isArray(a) ? a : [a])
    .map((w) => w.trim())
    .filter((w) => w !== '');
  if (vraag.soort === 'open') {
    const tekst = lijst.join('\n');
    if (tekst.length > OPEN_MAX) return { ok: false, fout: 'monitor.panel.fout.lang' };
    // An open question may be left empty: nothing is stored.
    return { ok: true, antwoord: tekst === '' ? null : { tekst } };
  }
  // "Weet ik niet" is a choice of its own in a list, a tick box beside a number or a list of ticks.
  if (vraag.weetNiet && (wn === 'ja' || (lijst.length === 1 && lijst[0] === WEET_NIET))) {
    if (wn === 'ja' && lijst.length > 0) return { ok: false, fout: 'monitor.panel.fout.antwoord' };
    return { ok: true, antwoord: { waarden: [], weetNiet: true } };
  }
  if (lijst.length === 0) return { ok: false, fout: 'monitor.panel.fout.kies' };
  if (vraag.soort === 'getal') {
    const getal = lijst[0] as string;
    if (lijst.length !== 1 || !/^\d{1,3}$/.test(getal))
      return { ok: false, fout: 'monitor.panel.fout.antwoord' };
    const n = Number(getal);
    if (n < (vraag.min ?? 0) || n > (vraag.max ?? 999))
      return { ok: false, fout: 'monitor.panel.fout.antwoord' };
    return { ok: true, antwoord: { waarden: [String(n)], weetNiet: false } };
  }
  if (!lijst.every((w) => vraag.opties.includes(w)))
    return { ok: false, fout: 'monitor.panel.fout.antwoord' };
  if (vraag.soort !== 'meerkeuze' && lijst.length !== 1)
    return { ok: false, fout: 'monitor.panel.fout.antwoord' };
  const uniek = vraag.opties.filter((o) => lijst.includes(o));
  return { ok: true, antwoord: { waarden: uniek, weetNiet: false } };
}

/** An answer as form fields again (to carry it to the next screen, or to check it again). */
export function alsVeld(vraag: Vraag, a: Antwoord): { a?: string | string[]; wn?: string } {
  if ('tekst' in a) return { a: a.tekst };
  if (a.weetNiet)
    return vraag.soort === 'keuze' || vraag.soort === 'schaal' ? { a: WEET_NIET } : { wn: 'ja' };
  return { a: vraag.soort === 'meerkeuze' ? a.waarden : (a.waarden[0] ?? '') };
}

/**
 * Reads the answers carried from screen to screen (a hidden field, so no JavaScript and no
 * draft on the server are needed) and checks every one again: a changed field is refused.
 */
export function leesEerder(vragen: readonly Vraag[], json: unknown): Record<string, Antwoord> | undefined {
  if (typeof json !== 'string' || json.length > 100_000) return undefined;
  let ruw: unknown;
  try {
    ruw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof ruw !== 'object' || ruw === null || Array.isArray(ruw)) return undefined;
  const uit: Record<string, Antwoord> = {};
  for (const [code, waarde] of Object.entries(ruw)) {
    const vraag = vragen.find((v) => v.code === code);
    if (!vraag || typeof waarde !== 'object' || waarde === null) return undefined;
    const w = waarde as Record<string, unknown>;
    const veld =
      typeof w.tekst === 'string'
        ? { a: w.tekst }
        : w.weetNiet === true
          ? { wn: 'ja' }
          : { a: Array.isArray(w.waarden) ? w.waarden : [] };
    const gelezen = leesAntwoord(vraag, veld);
    if (!gelezen.ok || gelezen.antwoord === null) return undefined;
    uit[code] = gelezen.antwoord;
  }
  return uit;
}
