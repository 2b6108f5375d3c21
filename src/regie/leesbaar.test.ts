import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../platform/i18n/i18n.js';
import type { PdfBlok } from '../platform/pdf/pdf-document.js';
import { leesbareBlokken, veldNaam } from './leesbaar.js';

const context = { t: translator('nl'), locale: 'nl' as const };
const tekstVan = (blokken: PdfBlok[]) =>
  blokken.map((b) => (b.soort === 'lijst' ? b.items.join('\n') : 'tekst' in b ? b.tekst : '')).join('\n');

describe('a section in words (leesbaar.ts)', () => {
  it('writes field names as words', () => {
    expect(veldNaam('gemaaktOp')).toBe('Gemaakt op');
    expect(veldNaam('eindigt_op')).toBe('Eindigt op');
    expect(veldNaam('helptNiet')).toBe('Helpt niet');
  });

  it('says an empty section holds nothing, also when it holds only ids', () => {
    for (const leeg of [null, undefined, {}, [], { kaart: null, afspraken: [] }, { id: 'x', persoonId: 'y' }])
      expect(leesbareBlokken(leeg, context)).toEqual([{ soort: 'alinea', tekst: 'Hier staat nog niets.' }]);
  });

  it('writes dates out, says ja/nee, leaves ids out and keeps parts under their own heading', () => {
    const blokken = leesbareBlokken(
      {
        gemaaktOp: '2026-03-01T09:30:00.000Z',
        gedeeld: true,
        kaart: {
          id: '2b0e3c1e-7c4d-4f7e-9a51-1f2d3c4b5a69',
          naam: 'Mijn kaartje',
          delen: [{ code: 'helpt', tekst: 'Thee' }],
        },
        afspraken: [{ persoonId: '2b0e3c1e-7c4d-4f7e-9a51-1f2d3c4b5a69', wie: 'Bram', taak: 'planten' }],
      },
      context,
    );
    expect(blokken).toEqual([
      { soort: 'lijst', items: ['Gemaakt op: 1 maart 2026 om 10:30', 'Gedeeld: ja'] },
      { soort: 'kop', niveau: 3, tekst: 'Kaart' },
      { soort: 'lijst', items: ['Naam: Mijn kaartje', 'Helpt – tekst: Thee'] },
      { soort: 'kop', niveau: 3, tekst: 'Afspraken' },
      { soort: 'lijst', items: ['Wie: Bram', 'Taak: planten'] },
    ]);
  });

  it('loses no text a person wrote, however deep it sits', () => {
    const woord = fc.stringMatching(/^[a-z]{3,12}( [a-z]{2,8}){0,3}$/);
    const sleutel = fc.constantFrom('naam', 'tekst', 'toelichting', 'wat', 'doel', 'antwoord', 'notitie');
    const waarde = fc.letrec((tie) => ({
      boom: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        woord,
        fc.array(tie('boom'), { maxLength: 3 }),
        fc.dictionary(sleutel, tie('boom'), { maxKeys: 3 }),
      ),
    })).boom;
    const bladeren = (w: unknown): string[] =>
      typeof w === 'string'
        ? [w]
        : Array.isArray(w)
          ? w.flatMap(bladeren)
          : w && typeof w === 'object'
            ? Object.values(w).flatMap(bladeren)
            : [];
    fc.assert(
      fc.property(waarde, (w) => {
        const tekst = tekstVan(leesbareBlokken(w, context));
        for (const blad of bladeren(w)) expect(tekst).toContain(blad);
      }),
      { numRuns: 300 },
    );
  });
});
