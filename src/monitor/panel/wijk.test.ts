import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peilingForm } from './forms.js';
import {
  alsVeld,
  LIEVER_NIET,
  leesAntwoord,
  leesEerder,
  vraagbank,
  WEET_NIET,
  wijkVraag,
} from './vraagbank.js';

/** The area question (docs/decisions/057): the gemeente's own areas, or no question at all. */
describe('the area question', () => {
  const gebieden = ['Noord', 'Oud-Zuid', 'De Hoven'];
  const wijk = wijkVraag(gebieden);
  if (!wijk) throw new Error('no area question');

  it("offers the gemeente's areas, 'zeg ik liever niet' and 'weet ik niet'; none without areas", () => {
    expect(wijk).toMatchObject({ code: 'wijk', soort: 'keuze', weetNiet: true, eigenNamen: true });
    expect(wijk.opties).toEqual([...gebieden, LIEVER_NIET]);
    expect(wijkVraag([])).toBeUndefined();
    // An area named like one of the two other answers could not be told apart: it is left out.
    expect(wijkVraag(['weet-niet', 'liever-niet'])).toBeUndefined();
    expect(vraagbank().map((v) => v.code)).not.toContain('wijk');
    expect(vraagbank(undefined, gebieden).map((v) => v.code)).toContain('wijk');
  });

  it('takes an area of the list, "zeg ik liever niet" and "weet ik niet"', () => {
    expect(leesAntwoord(wijk, { a: 'Oud-Zuid' })).toEqual({
      ok: true,
      antwoord: { waarden: ['Oud-Zuid'], weetNiet: false },
    });
    expect(leesAntwoord(wijk, { a: LIEVER_NIET })).toEqual({
      ok: true,
      antwoord: { waarden: [LIEVER_NIET], weetNiet: false },
    });
    expect(leesAntwoord(wijk, { a: WEET_NIET })).toEqual({
      ok: true,
      antwoord: { waarden: [], weetNiet: true },
    });
    for (const a of ['Noord', LIEVER_NIET, WEET_NIET]) {
      const gelezen = leesAntwoord(wijk, { a });
      if (!gelezen.ok || !gelezen.antwoord) throw new Error(a);
      expect(leesAntwoord(wijk, alsVeld(wijk, gelezen.antwoord))).toEqual(gelezen);
    }
  });

  it('refuses every area outside the list, and two areas at once (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (a) => {
        const r = leesAntwoord(wijk, { a });
        const binnen = [...gebieden, LIEVER_NIET, WEET_NIET].includes(a.trim());
        expect(r.ok && r.antwoord !== null).toBe(binnen);
      }),
      { seed: 57 },
    );
    expect(leesAntwoord(wijk, { a: ['Noord', 'De Hoven'] }).ok).toBe(false);
    expect(leesAntwoord(wijk, { a: 'noord' }).ok).toBe(false);
    // Carried from screen to screen: a changed area is refused as a whole.
    expect(leesEerder([wijk], JSON.stringify({ wijk: { waarden: ['Atlantis'], weetNiet: false } }))).toBe(
      undefined,
    );
    expect(leesEerder([wijk], JSON.stringify({ wijk: { waarden: ['Noord'], weetNiet: false } }))).toEqual({
      wijk: { waarden: ['Noord'], weetNiet: false },
    });
  });

  it('cannot be put in a peiling when the gemeente set no areas (its own message)', () => {
    const zonder = peilingForm(
      vraagbank().map((v) => v.code),
      '2026-01-01',
    ).safeParse({ titel: 'x', sluitOp: '2026-02-01', vragen: ['woord', 'wijk'] });
    expect(zonder.success).toBe(false);
    expect(zonder.error?.issues.map((i) => i.message)).toEqual(['monitor.panel.fout.geen-wijken']);
    const met = peilingForm(
      vraagbank(undefined, gebieden).map((v) => v.code),
      '2026-01-01',
    ).safeParse({ titel: 'x', sluitOp: '2026-02-01', vragen: ['wijk', 'woord'] });
    expect(met.success && met.data.vragen).toEqual(['wijk', 'woord']);
  });
});
