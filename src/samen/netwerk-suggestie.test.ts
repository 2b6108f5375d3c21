import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GEBIED_VAARDIGHEDEN,
  levensgebiedSuggesties,
  MAX_SUGGESTIES,
  netwerkSuggesties,
} from './netwerk-suggestie.js';
import { VAARDIGHEDEN } from './vaardigheden.js';

describe('from her netwerkkaart to a request', () => {
  it('"voor geld en post heb je niemand" suggests asking for help with post and papers', () => {
    const hulp = { 'sociale-contacten': ['Bram'], huishouden: ['Bram'], wonen: ['Bram'] };
    expect(netwerkSuggesties(hulp, [], VAARDIGHEDEN)).toEqual([
      { gebied: 'financien', vaardigheden: ['administratie'] },
      { gebied: 'vervoer', vaardigheden: ['vervoer'] },
    ]);
  });

  it('leaves out what she asks already and what the gemeente does not offer', () => {
    expect(netwerkSuggesties({}, ['administratie', 'gezelschap'], ['wandelen', 'klusjes'])).toEqual([
      { gebied: 'sociale-contacten', vaardigheden: ['wandelen'] },
      { gebied: 'huishouden', vaardigheden: ['klusjes'] },
    ]);
  });

  it('never suggests a part of life someone on her map helps with, nor more than the maximum', () => {
    const gebieden = Object.keys(GEBIED_VAARDIGHEDEN);
    fc.assert(
      fc.property(
        fc.subarray(gebieden),
        fc.subarray([...VAARDIGHEDEN]),
        fc.subarray([...VAARDIGHEDEN]),
        (geholpen, gevraagd, aangeboden) => {
          const hulp = Object.fromEntries(geholpen.map((g) => [g, ['iemand']]));
          const uit = netwerkSuggesties(hulp, gevraagd, aangeboden);
          expect(uit.length).toBeLessThanOrEqual(MAX_SUGGESTIES);
          for (const s of uit) {
            expect(geholpen).not.toContain(s.gebied);
            expect(s.vaardigheden.length).toBeGreaterThan(0);
            for (const v of s.vaardigheden) {
              expect(aangeboden).toContain(v);
              expect(gevraagd).not.toContain(v);
            }
          }
        },
      ),
    );
  });
});

describe('from her levensgebieden to a request', () => {
  it('"met geld gaat het niet" suggests asking for help with post and papers', () => {
    expect(levensgebiedSuggesties(['financien'], [], VAARDIGHEDEN)).toEqual([
      { gebied: 'financien', vaardigheden: ['administratie'] },
    ]);
  });

  it('is gone once she asks for that skill; a part of life no neighbour helps with gives nothing', () => {
    expect(levensgebiedSuggesties(['financien'], ['administratie'], VAARDIGHEDEN)).toEqual([]);
    expect(levensgebiedSuggesties(['lichamelijke-gezondheid'], [], VAARDIGHEDEN)).toEqual([]);
  });

  it('every skill it maps to is on the shared list', () => {
    for (const vaardigheden of Object.values(GEBIED_VAARDIGHEDEN))
      for (const v of vaardigheden) expect(VAARDIGHEDEN).toContain(v);
  });

  it('only parts of life she worries about, only offered skills she does not ask, at most the maximum', () => {
    fc.assert(
      fc.property(
        fc.subarray([...Object.keys(GEBIED_VAARDIGHEDEN), 'gezondheid', 'zingeving']),
        fc.subarray([...VAARDIGHEDEN]),
        fc.subarray([...VAARDIGHEDEN]),
        (zorgen, gevraagd, aangeboden) => {
          const uit = levensgebiedSuggesties(zorgen, gevraagd, aangeboden);
          expect(uit.length).toBeLessThanOrEqual(MAX_SUGGESTIES);
          for (const s of uit) {
            expect(zorgen).toContain(s.gebied);
            expect(s.vaardigheden.length).toBeGreaterThan(0);
            for (const v of s.vaardigheden) {
              expect(GEBIED_VAARDIGHEDEN[s.gebied]).toContain(v);
              expect(aangeboden).toContain(v);
              expect(gevraagd).not.toContain(v);
            }
          }
          // Nothing she worries about with a skill left to ask is skipped while there is room.
          const mogelijk = Object.entries(GEBIED_VAARDIGHEDEN).filter(
            ([g, vs]) =>
              zorgen.includes(g) &&
              vs.some(
                (v) =>
                  (aangeboden as readonly string[]).includes(v) &&
                  !(gevraagd as readonly string[]).includes(v),
              ),
          );
          expect(uit.length).toBe(Math.min(MAX_SUGGESTIES, mogelijk.length));
        },
      ),
    );
  });
});
