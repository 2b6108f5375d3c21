import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GERESERVEERD, gebiedenTekst, leesGebieden, MAX_GEBIED_NAAM, MAX_GEBIEDEN } from './instelling.js';

/** The areas textarea of /beheer/monitor: one area per line, checked before anything is stored. */
describe('leesGebieden', () => {
  const naam = fc
    .string({ minLength: 1, maxLength: MAX_GEBIED_NAAM, unit: fc.constantFrom('a', 'B', 'é', ' ', '-', '1') })
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '' && !(GERESERVEERD as readonly string[]).includes(s.toLowerCase()));

  it('reads back what it shows, whatever the spaces and empty lines around (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(naam, { maxLength: 30, selector: (s) => s.toLocaleLowerCase('nl') }),
        fc.constantFrom('\n', '\r\n', '\n\n  \n'),
        (gebieden, tussen) => {
          const tekst = `  \n${gebieden.map((g) => ` ${g}\t`).join(tussen)}\n`;
          const uit = leesGebieden(tekst, 'wijk');
          expect(uit).toEqual({ ok: true, gebieden });
          expect(leesGebieden(gebiedenTekst(gebieden), 'stadsdeel')).toEqual({ ok: true, gebieden });
        },
      ),
    );
  });

  it('names the first duplicate, regardless of capitals (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(naam, { minLength: 1, maxLength: 10, selector: (s) => s.toLowerCase() }),
        fc.nat(),
        (gebieden, i) => {
          const dubbel = (gebieden[i % gebieden.length] as string).toUpperCase();
          expect(leesGebieden([...gebieden, dubbel].join('\n'), 'wijk')).toEqual({
            ok: false,
            fout: 'dubbel',
            naam: dubbel,
          });
        },
      ),
    );
  });

  it("refuses the panel's fixed answers, names too long, too many areas, and areas for the whole gemeente", () => {
    expect(leesGebieden('Oost\n weet-niet ', 'wijk')).toEqual({
      ok: false,
      fout: 'gereserveerd',
      naam: 'weet-niet',
    });
    expect(leesGebieden('LIEVER-NIET', 'wijk')).toEqual({
      ok: false,
      fout: 'gereserveerd',
      naam: 'LIEVER-NIET',
    });
    expect(leesGebieden('Weet niet', 'wijk')).toEqual({ ok: true, gebieden: ['Weet niet'] });
    const lang = 'x'.repeat(MAX_GEBIED_NAAM + 1);
    expect(leesGebieden(lang, 'wijk')).toEqual({ ok: false, fout: 'te-lang', naam: lang });
    expect(leesGebieden('x'.repeat(MAX_GEBIED_NAAM), 'wijk').ok).toBe(true);
    const veel = Array.from({ length: MAX_GEBIEDEN + 1 }, (_, i) => `W${i}`);
    expect(leesGebieden(veel.join('\n'), 'wijk')).toEqual({ ok: false, fout: 'te-veel' });
    expect(leesGebieden(veel.slice(1).join('\n'), 'wijk').ok).toBe(true);
    expect(leesGebieden('Oost', 'gemeente')).toEqual({ ok: false, fout: 'niveau' });
    expect(leesGebieden(' \n\n', 'gemeente')).toEqual({ ok: true, gebieden: [] });
  });
});
