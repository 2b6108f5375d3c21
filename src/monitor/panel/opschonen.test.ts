import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Deel, delenVan, opschonen, overgebleven, VERVANGING } from './opschonen.js';

/** Open answers built from pieces the highlight knows, and plain words around them. */
const stukken = fc.constantFrom(
  'Mijn buurman Henk de Vries helpt me.',
  'mevrouw Jansen',
  'Bel 06-12345678',
  '030 123 4567',
  'mail h.devries@voorbeeld.nl',
  'Ik woon op de Lindelaan 12',
  '3511 AB',
  'Biltstraat 7a',
  'Henk',
  'het gaat goed',
  'ik heb genoeg mensen om me heen,',
  'soms niet.',
);
const antwoord = fc.array(stukken, { minLength: 1, maxLength: 8 }).map((s) => s.join(' '));

describe('cleaning an open answer in the review', () => {
  it('replaces every occurrence of a marked part by its kind, also where it appears again unhighlighted', () => {
    const tekst = 'Mijn buurman Henk de Vries helpt. Henk de Vries is lief. Bel 06-12345678.';
    const delen = delenVan(tekst);
    expect(delen).toEqual([
      { tekst: 'Henk de Vries', soort: 'naam' },
      { tekst: '06-12345678', soort: 'telefoon' },
    ]);
    expect(opschonen(tekst, delen)).toBe('Mijn buurman [naam] helpt. [naam] is lief. Bel [telefoon].');
    // A part the reviewer left unmarked (a false alarm) stays as it was.
    expect(opschonen(tekst, delen.slice(1))).toBe(
      'Mijn buurman Henk de Vries helpt. Henk de Vries is lief. Bel [telefoon].',
    );
    expect(overgebleven('Henk de Vries is lief', delen)).toEqual([delen[0]]);
    expect(overgebleven('[naam] is lief', delen)).toEqual([]);
  });

  it('keeps no part the reviewer marked, whichever she marked (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(antwoord, fc.string({ maxLength: 200 })),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (tekst, keuze) => {
          const delen = delenVan(tekst);
          const gekozen: Deel[] = delen.filter((_, i) => keuze[i % keuze.length]);
          const schoon = opschonen(tekst, gekozen);
          expect(overgebleven(schoon, gekozen)).toEqual([]);
          for (const d of gekozen) expect(schoon).not.toContain(d.tekst);
          // With nothing marked, nothing changes.
          expect(opschonen(tekst, [])).toBe(tekst);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves the words around the parts as they were (property)', () => {
    fc.assert(
      fc.property(antwoord, (tekst) => {
        const delen = delenVan(tekst);
        const schoon = opschonen(tekst, delen);
        // Taking the placeholders out of both leaves the same plain words.
        const zonder = (s: string, weg: string[]) => weg.reduce((x, w) => x.split(w).join(''), s);
        expect(zonder(schoon, Object.values(VERVANGING))).toBe(
          zonder(
            tekst,
            delen.map((d) => d.tekst).sort((a, b) => b.length - a.length),
          ),
        );
      }),
      { numRuns: 200 },
    );
  });
});
