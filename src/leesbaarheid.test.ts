import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { capabilityMessages } from './catalog.js';
import { BEGRIPPEN, HERSCHREVEN, TOEGESTAAN } from './leesbaarheid-lijsten.js';
import { fleschDouma, lettergrepen, woorden, zinnen } from './platform/i18n/leesbaarheid.js';
import * as platform from './platform/i18n/messages.js';

/**
 * The B1 pass over the whole Dutch catalog (issue 18 item 7): every capability's messages and the
 * platform's. Two checks:
 * - readability: every sentence of 8 words or more scores at least DREMPEL on Flesch–Douma, and
 *   no sentence is longer than 20 words. The few that must stay above the bar are in TOEGESTAAN
 *   (src/leesbaarheid-lijsten.ts) with the reason; a new one fails here and is listed.
 * - terms: words a resident meets elsewhere and keeps (Waakvlam, Crisiskaart, keukentafelgesprek …)
 *   are explained in plain words. Each has an explanation text, and every message that uses the
 *   term is reviewed in BEGRIPPEN (where the explanation stands); a new use fails here.
 */

/** Flesch–Douma of at least this: "fairly difficult" and below is not B1. */
const DREMPEL = 45;
/**
 * Scored from this many words: below it one long word decides the score ("Kies de organisatie
 * van deze professional." scores 22), which says nothing about the sentence. Short texts are
 * covered by the word list instead.
 */
const MIN_WOORDEN = 8;
const MAX_WOORDEN = 20;

const bundles = { platform, ...capabilityMessages };
const nl: [string, string][] = Object.values(bundles).flatMap((bundle) =>
  Object.entries(bundle.nl as Record<string, string>),
);
const tekstVan = new Map(nl);

type AstElement = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
};

/**
 * A message as a reader sees it: arguments become a short name ("Anna"), a plural or select its
 * `other` text, a tag its content. The score then measures our words, not the placeholders.
 */
function alsTekst(elementen: AstElement[]): string {
  return elementen
    .map((e) => {
      if (e.type === 0) return String(e.value);
      if (e.type === 7 || e.type === 2) return '3';
      if (e.type === 5 || e.type === 6) {
        const opties = e.options ?? {};
        const optie = opties.other ?? Object.values(opties)[0];
        return optie ? alsTekst(optie.value) : '';
      }
      if (e.type === 8) return alsTekst(e.children ?? []);
      return 'Anna';
    })
    .join('');
}

const leesbaar = nl.map(([key, bron]) => ({
  key,
  tekst: alsTekst(new IntlMessageFormat(bron, 'nl-NL').getAst() as AstElement[]),
}));

describe('the Dutch catalog reads at B1', () => {
  it('measures Dutch syllables and sentences', () => {
    expect(lettergrepen('hulp')).toBe(1);
    expect(lettergrepen('keukentafelgesprek')).toBe(6);
    expect(lettergrepen('vrijwilliger')).toBe(4);
    expect(lettergrepen('koffie')).toBe(2);
    expect(woorden('Kies een e-mailadres, zoals naam@voorbeeld.nl.')).toEqual([
      'Kies',
      'een',
      'e-mailadres',
      'zoals',
      'naam',
      'voorbeeld',
      'nl',
    ]);
    expect(zinnen('Kom je? Ja. Graag:\nmorgen')).toEqual(['Kom je?', 'Ja.', 'Graag:', 'morgen']);
    // Short everyday words score high, long official ones low.
    expect(fleschDouma('Je kunt hier zelf kiezen wie je gegevens mag zien.')).toBeGreaterThan(80);
    expect(
      fleschDouma('Indien van toepassing dient de wettelijke vertegenwoordiger de machtiging te accorderen.'),
    ).toBeLessThan(DREMPEL);
  });

  it('reads the whole catalog (the checks below are not vacuous)', () => {
    expect(leesbaar.length).toBeGreaterThan(1500);
    expect(Object.keys(bundles).length).toBeGreaterThan(15);
  });

  it(`no sentence of ${MIN_WOORDEN}+ words scores below ${DREMPEL} (Flesch–Douma), none has more than ${MAX_WOORDEN} words`, () => {
    const teMoeilijk: string[] = [];
    for (const { key, tekst } of leesbaar)
      for (const zin of zinnen(tekst)) {
        const aantal = woorden(zin).length;
        const score = fleschDouma(zin);
        if (!((aantal >= MIN_WOORDEN && score < DREMPEL) || aantal > MAX_WOORDEN)) continue;
        if (TOEGESTAAN[key]) continue;
        teMoeilijk.push(`${key} (${score.toFixed(0)}, ${aantal} woorden): ${zin}`);
      }
    expect(teMoeilijk).toEqual([]);
  });

  it('every reviewed exception still exists and still needs to be one', () => {
    for (const [key, reden] of Object.entries(TOEGESTAAN)) {
      const tekst = leesbaar.find((m) => m.key === key)?.tekst;
      expect(tekst, key).toBeDefined();
      expect(reden.length, key).toBeGreaterThan(20);
      const nodig = zinnen(tekst ?? '').some(
        (zin) =>
          (woorden(zin).length >= MIN_WOORDEN && fleschDouma(zin) < DREMPEL) ||
          woorden(zin).length > MAX_WOORDEN,
      );
      expect(nodig, `${key} reads well now: take it off the list`).toBe(true);
    }
  });

  it('words above B1 that were rewritten do not come back', () => {
    const terug = nl.filter(([, tekst]) => HERSCHREVEN.test(tekst)).map(([key, tekst]) => `${key}: ${tekst}`);
    expect(terug).toEqual([]);
  });

  describe.each(Object.entries(BEGRIPPEN))('the term "%s"', (_begrip, { patroon, uitleg, plekken }) => {
    it('has an explanation in plain words', () => {
      const tekst = tekstVan.get(uitleg);
      expect(tekst, uitleg).toBeDefined();
      for (const zin of zinnen(tekst ?? '')) expect(fleschDouma(zin), zin).toBeGreaterThanOrEqual(DREMPEL);
    });

    it('is used only where it is explained (each use reviewed)', () => {
      const gebruikt = nl
        .filter(([key, tekst]) => key !== uitleg && patroon.test(tekst))
        .map(([key]) => key)
        .sort();
      expect(gebruikt).toEqual(Object.keys(plekken).sort());
    });
  });
});
