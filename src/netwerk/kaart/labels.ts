/**
 * Label text for the ecomap, measured without a browser: widths are *estimated* from the
 * characters, on the generous side, so a box computed here is never smaller than the text the
 * browser draws in it (checked in a real browser by tests/e2e/ecomap.e2e.test.ts).
 */

/** Font size of the labels, in viewBox units (1 unit is 1/14 em of the figure: see README). */
export const LETTER = 14;
/** Distance between two lines of one label, in viewBox units. */
export const REGEL = 17;

const SMAL = new Set([..."fijlrtI!|.,;:'`()[]{}"]);
const BREED = new Set([...'MW@%&']);

/**
 * Estimated width of one character in em. Generous per class: Arial's widest lowercase letter
 * is about 0.56 em, its widest capital 0.78, "m"/"W" about 0.94. A character outside Latin
 * (after taking off accents) counts as a full em.
 */
export function tekenBreedte(teken: string): number {
  if (teken === ' ') return 0.32;
  if (teken === '…') return 1;
  const basis = teken.normalize('NFD').charAt(0);
  if (SMAL.has(basis)) return 0.36;
  if (BREED.has(basis)) return 1;
  if (basis === 'm' || basis === 'w') return 0.88;
  if (/[A-Z]/.test(basis)) return 0.8;
  if (/[a-z0-9]/.test(basis)) return 0.62;
  if (/[-'"/+*=?<>_~#$^]/.test(basis)) return 0.62;
  return 1;
}

/** Estimated width of a text in viewBox units at the label size. */
export function tekstBreedte(tekst: string): number {
  let em = 0;
  for (const teken of tekst) em += tekenBreedte(teken);
  return em * LETTER;
}

export type Regels = { regels: string[]; afgekort: boolean };

/** Whitespace collapsed; an empty label becomes a dash so there is always something to draw. */
export function schoneLabel(label: string): string {
  return String(label).replace(/\s+/g, ' ').trim() || '–';
}

/**
 * Breaks a label into at most `maxRegels` lines of at most `breedte` units: at spaces where it
 * can, inside a word that is too long on its own. What does not fit ends in "…" (the picture
 * then gives the whole label in a <title>).
 */
export function breekLabel(label: string, breedte: number, maxRegels: number): Regels {
  const tekst = schoneLabel(label);
  const regels: string[] = [];
  let regel = '';
  const plaats = (stuk: string) => {
    for (const teken of stuk) {
      if (regel !== '' && tekstBreedte(regel + teken) > breedte) {
        regels.push(regel);
        regel = '';
      }
      regel += teken;
    }
  };
  // Words at spaces; a word with hyphens may also break after a hyphen ("Oud-" / "collega").
  const stukken = tekst
    .split(' ')
    .flatMap((woord) => woord.split(/(?<=-)(?=.)/).map((stuk, i) => ({ stuk, spatie: i === 0 })));
  for (const { stuk: woord, spatie } of stukken) {
    const kandidaat = regel === '' ? woord : `${regel}${spatie ? ' ' : ''}${woord}`;
    if (tekstBreedte(kandidaat) <= breedte) {
      regel = kandidaat;
    } else if (tekstBreedte(woord) <= breedte) {
      if (regel !== '') regels.push(regel);
      regel = woord;
    } else {
      // A word longer than a line: fill the current line, then go on inside the word.
      if (regel !== '' && spatie) regel += ' ';
      plaats(woord);
    }
  }
  if (regel.trim() !== '') regels.push(regel.trim());
  const schoon = regels.map((r) => r.trim()).filter((r) => r !== '');
  if (schoon.length <= maxRegels) return { regels: schoon, afgekort: false };
  const gehouden = schoon.slice(0, maxRegels);
  let laatste = `${gehouden[maxRegels - 1] ?? ''}…`;
  while (laatste.length > 1 && tekstBreedte(laatste) > breedte) {
    laatste = `${Array.from(laatste).slice(0, -2).join('').trimEnd()}…`;
  }
  gehouden[maxRegels - 1] = laatste;
  return { regels: gehouden, afgekort: true };
}
