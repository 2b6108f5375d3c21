import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VAARDIGHEDEN } from '../vaardigheden.js';
import {
  gemeenteLijst,
  isCode,
  keuzes,
  naamBestaat,
  naamVan,
  nieuweCode,
  type VaardigheidInstelling,
} from './rules.js';

const standaard = (code: string) => `standaard ${code}`;
const naam = fc.option(fc.string({ minLength: 1, maxLength: 60 }), { nil: null });

/** Settings for some shared codes and some added ones, as the table could hold them. */
const instellingen = fc
  .tuple(
    fc.subarray([...VAARDIGHEDEN]),
    fc.uniqueArray(fc.stringMatching(/^eigen-[a-z]{1,8}$/), { maxLength: 5 }),
    fc.array(fc.tuple(naam, naam, fc.boolean()), { minLength: 20, maxLength: 20 }),
  )
  .map(([gedeeld, eigen, velden]): VaardigheidInstelling[] =>
    [...gedeeld, ...eigen].map((code, i) => {
      const [n, en, verborgen] = velden[i % velden.length] as [string | null, string | null, boolean];
      const isEigen = code.startsWith('eigen-');
      return { code, naam: isEigen ? (n ?? 'x') : n, naamEn: en, verborgen, eigen: isEigen, versie: 1 };
    }),
  );

describe('a gemeente’s skill list', () => {
  it('holds every shared code once, in the shared order, then the added ones', () => {
    fc.assert(
      fc.property(instellingen, (inst) => {
        const lijst = gemeenteLijst(VAARDIGHEDEN, inst);
        const codes = lijst.map((v) => v.code);
        expect(codes.slice(0, VAARDIGHEDEN.length)).toEqual([...VAARDIGHEDEN]);
        expect(new Set(codes).size).toBe(codes.length);
        expect(codes.length).toBe(VAARDIGHEDEN.length + inst.filter((i) => i.eigen).length);
      }),
    );
  });

  it('offers no hidden skill for a new offer, but keeps the hidden ones she already has', () => {
    fc.assert(
      fc.property(instellingen, fc.subarray([...VAARDIGHEDEN]), (inst, huidig) => {
        const lijst = gemeenteLijst(VAARDIGHEDEN, inst);
        const nieuw = keuzes(lijst, []);
        for (const v of lijst) expect(nieuw.includes(v.code)).toBe(!v.verborgen);
        const haar = keuzes(lijst, huidig);
        for (const code of huidig) expect(haar).toContain(code);
        for (const code of haar)
          expect(nieuw.includes(code) || (huidig as string[]).includes(code)).toBe(true);
      }),
    );
  });

  it('names a skill by the gemeente’s own name, else the default text; never empty', () => {
    fc.assert(
      fc.property(instellingen, fc.constantFrom<'nl' | 'en'>('nl', 'en'), (inst, locale) => {
        const lijst = gemeenteLijst(VAARDIGHEDEN, inst);
        for (const v of lijst) {
          const woord = naamVan(lijst, v.code, locale, standaard);
          expect(woord.length).toBeGreaterThan(0);
          const eigen = locale === 'en' ? v.naamEn : v.naam;
          if (eigen !== null) expect(woord).toBe(eigen);
          else if (!v.eigen) expect(woord).toBe(standaard(v.code));
          else expect(woord).toBe(v.naam);
        }
      }),
    );
    expect(naamVan([], 'weg', 'nl', standaard)).toBe('standaard weg');
  });

  it('makes a new code that is valid, new and the same for the same input', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.uniqueArray(fc.stringMatching(/^eigen-[a-z]{1,4}(-[2-4])?$/)),
        (n, al) => {
          const bestaande = new Set(al);
          const code = nieuweCode(n, bestaande);
          expect(isCode(code)).toBe(true);
          expect(code.startsWith('eigen-')).toBe(true);
          expect(bestaande.has(code)).toBe(false);
          expect(nieuweCode(n, bestaande)).toBe(code);
        },
      ),
    );
    expect(nieuweCode('Samen naar de markt', new Set())).toBe('eigen-samen-naar-de-markt');
    expect(nieuweCode('Café bezoek', new Set(['eigen-cafe-bezoek']))).toBe('eigen-cafe-bezoek-2');
  });

  it('finds a name that exists regardless of case, accents and spaces', () => {
    const lijst = gemeenteLijst(VAARDIGHEDEN, [
      { code: 'eigen-cafe', naam: 'Café', naamEn: null, verborgen: true, eigen: true, versie: 1 },
    ]);
    expect(naamBestaat(lijst, ' cafe ', standaard)).toBe(true);
    expect(naamBestaat(lijst, 'STANDAARD tuin', standaard)).toBe(true);
    expect(naamBestaat(lijst, 'Iets nieuws', standaard)).toBe(false);
  });
});
