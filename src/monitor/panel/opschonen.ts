import { type Markering, markeer } from './rules.js';

/**
 * The review of an open answer, pure: the parts the automatic highlight found, the text with the
 * parts the reviewer marked replaced by a placeholder, and the check that an approved text keeps
 * none of them. The reviewer reads every answer and may change more by hand; the highlight is a
 * help, never a guarantee.
 */

/** What takes the place of a removed part, per kind: the reader still sees what kind it was. */
export const VERVANGING: Record<Markering['soort'], string> = {
  naam: '[naam]',
  adres: '[adres]',
  postcode: '[postcode]',
  telefoon: '[telefoon]',
  email: '[e-mail]',
};

/** A highlighted part of an answer: its words and its kind. */
export type Deel = { tekst: string; soort: Markering['soort'] };

/** The highlighted parts of an answer, each text once, in the order they first appear. */
export function delenVan(tekst: string): Deel[] {
  const uit: Deel[] = [];
  for (const m of markeer(tekst)) {
    const woorden = tekst.slice(m.begin, m.eind);
    if (woorden.trim() !== '' && !uit.some((d) => d.tekst === woorden))
      uit.push({ tekst: woorden, soort: m.soort });
  }
  return uit;
}

/**
 * The text with every occurrence of each marked part replaced by its placeholder — also where
 * the same name appears again without a highlight. Longer parts first, so a part inside another
 * ("Henk" in "Henk de Vries") does not leave half of the longer one behind.
 */
export function opschonen(tekst: string, delen: readonly Deel[]): string {
  let uit = tekst;
  for (const d of [...delen].sort((a, b) => b.tekst.length - a.tekst.length)) {
    if (d.tekst === '') continue;
    uit = uit.split(d.tekst).join(VERVANGING[d.soort]);
  }
  return uit;
}

/** The marked parts an approved text still holds (none may remain: the form says which). */
export function overgebleven(tekst: string, delen: readonly Deel[]): Deel[] {
  return delen.filter((d) => d.tekst !== '' && tekst.includes(d.tekst));
}
