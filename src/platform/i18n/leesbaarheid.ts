/**
 * How easy a Dutch sentence is to read (issue 18 item 7), for the catalog's B1 test: the
 * Flesch–Douma score (the Flesch reading ease adapted to Dutch by W.H. Douma, 1960):
 *
 *   206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence
 *
 * Higher is easier: 60–70 is "fairly easy", above 70 "easy". A score says nothing about whether
 * a word is known (a short word can be jargon: "FHIR"), so the catalog test also keeps a list of
 * terms that must be explained. Pure functions, no I/O.
 */

/** Lower case without accents ("ideeën" → "ideeen"), "ij" as one vowel. */
function klanken(woord: string): string {
  return woord.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ij/g, 'y');
}

/**
 * Syllables of a Dutch word, counted as groups of vowels ("aai", "oe", "ij" count once), at
 * least 1. Good enough for a score over a sentence; it undercounts "ideeën" (3, counted 2).
 */
export function lettergrepen(woord: string): number {
  return Math.max(1, klanken(woord).match(/[aeiouy]+/g)?.length ?? 0);
}

/** The words of a text: runs of letters and digits, with inner hyphens and apostrophes. */
export function woorden(tekst: string): string[] {
  return tekst.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.filter((w) => /\p{L}/u.test(w)) ?? [];
}

/** Sentences: split after . ! ? : ; and at line breaks. */
export function zinnen(tekst: string): string[] {
  return tekst
    .split(/(?<=[.!?:;])\s+|\n+/)
    .map((zin) => zin.trim())
    .filter((zin) => woorden(zin).length > 0);
}

/** Flesch–Douma of one sentence (or any run of words). */
export function fleschDouma(zin: string): number {
  const w = woorden(zin);
  if (w.length === 0) return 100;
  const grepen = w.reduce((som, woord) => som + lettergrepen(woord), 0);
  return 206.84 - 0.77 * ((grepen / w.length) * 100) - 0.93 * w.length;
}
