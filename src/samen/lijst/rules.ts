/**
 * Pure rules of a gemeente's own skill list (issue 14 item 1, decision 045): the shared list of
 * `vaardigheden.ts` with the gemeente's own names, hidden skills and skills it added. A hidden
 * skill stays valid on offers and requests that already name it, but is not offered for new
 * ones. No I/O.
 */
import type { Locale } from '../../platform/i18n/i18n.js';

/** The gemeente's row for one code (only codes it changed or added have one; `versie` 0 = none). */
export type VaardigheidInstelling = {
  code: string;
  /** Own Dutch name; null = our default text (never null for a skill the gemeente added) */
  naam: string | null;
  /** Own English name; null = our default English text, or the Dutch name for an added skill */
  naamEn: string | null;
  verborgen: boolean;
  /** Added by the gemeente itself: it has no default text */
  eigen: boolean;
  versie: number;
};

export const MAX_NAAM = 60;
export const EIGEN_PREFIX = 'eigen-';
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The gemeente's whole list: the shared codes in their own order (with the gemeente's settings
 * where it has any), then the skills it added, by code. A setting for a shared code that is no
 * longer in the shared list is ignored unless the gemeente added it itself.
 */
export function gemeenteLijst(
  standaard: readonly string[],
  instellingen: readonly VaardigheidInstelling[],
): VaardigheidInstelling[] {
  const per = new Map(instellingen.map((i) => [i.code, i]));
  const gedeeld = standaard.map(
    (code) => per.get(code) ?? { code, naam: null, naamEn: null, verborgen: false, eigen: false, versie: 0 },
  );
  const eigen = instellingen
    .filter((i) => i.eigen && !standaard.includes(i.code))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return [...gedeeld, ...eigen];
}

/**
 * The skills a form offers to someone who already named `huidig`: everything not hidden, plus
 * what she has already (so a hidden skill stays on her offer when she saves again). In the
 * list's order; also what the server accepts from that form.
 */
export function keuzes(lijst: readonly VaardigheidInstelling[], huidig: readonly string[]): string[] {
  return lijst.filter((v) => !v.verborgen || huidig.includes(v.code)).map((v) => v.code);
}

/**
 * A skill's name in a language: the gemeente's own name, else our default text (`standaard`,
 * from the catalog). An added skill without an English name shows its Dutch one. A code the list
 * does not know (taken off the shared list since) shows the default text too.
 */
export function naamVan(
  lijst: readonly VaardigheidInstelling[],
  code: string,
  locale: Locale,
  standaard: (code: string) => string,
): string {
  const v = lijst.find((i) => i.code === code);
  if (!v) return standaard(code);
  if (locale === 'en') return v.naamEn ?? (v.eigen ? (v.naam ?? code) : standaard(code));
  return v.naam ?? standaard(code);
}

/** Same name regardless of case, accents and spaces: "Taalles" and " taalles " are the same. */
function gelijk(a: string, b: string): boolean {
  const n = (s: string) =>
    s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
  return n(a) === n(b);
}

/** Whether the list already has a skill with this Dutch name (own or default text). */
export function naamBestaat(
  lijst: readonly VaardigheidInstelling[],
  naam: string,
  standaard: (code: string) => string,
): boolean {
  return lijst.some((v) => gelijk(v.naam ?? standaard(v.code), naam));
}

/**
 * The code of a skill the gemeente adds: `eigen-` and its Dutch name in lower-case letters and
 * digits, with a number added when that code exists. Codes are what offers store, so they never
 * change when the name does.
 */
export function nieuweCode(naam: string, bestaande: ReadonlySet<string>): string {
  const slug =
    naam
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'vaardigheid';
  const basis = `${EIGEN_PREFIX}${slug}`;
  if (!bestaande.has(basis)) return basis;
  for (let n = 2; ; n++) if (!bestaande.has(`${basis}-${n}`)) return `${basis}-${n}`;
}

/** Whether a string can be a skill code (the table's check). */
export function isCode(code: string): boolean {
  return CODE.test(code) && code.length <= 60;
}
