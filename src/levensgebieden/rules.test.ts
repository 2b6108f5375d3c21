import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import {
  type Blik,
  buur,
  gebiedenVoorHulp,
  gespreksonderwerpen,
  HULP_BIJ_SCORE,
  isLeeg,
  kaartStand,
  laatstePerGebied,
  magEigenAntwoordenZien,
  NOG_KLOPT_NA_DAGEN,
  netwerkVerschillen,
  nieuweCode,
  SCORES,
  spiegel,
  telbareScore,
  VERSCHIL_DREMPEL,
  vergelijk,
  verplaats,
  type WieHelpt,
} from './rules.js';

const codes = fc.uniqueArray(fc.constantFrom(...STANDAARD_LEVENSGEBIEDEN, 'extra-a', 'extra-b'), {
  minLength: 1,
});
/** An answer as it can be stored: a step, "weet ik niet", or skipped (sometimes with a stale score). */
const antwoord = fc.oneof(
  fc.record({ score: fc.constantFrom(...SCORES), weetNiet: fc.constant(false) }),
  fc.record({ score: fc.constant(null), weetNiet: fc.boolean() }),
);
const antwoorden = fc.dictionary(
  fc.constantFrom(...STANDAARD_LEVENSGEBIEDEN, 'extra-a', 'extra-b'),
  antwoord,
);
const blik: fc.Arbitrary<Blik> = fc.record({
  auteurId: fc.uuid(),
  naam: fc.string({ maxLength: 20 }),
  antwoorden,
});

describe('the difference rule', () => {
  it('makes a topic exactly when both scores are real and two steps or more apart, in the right direction', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...SCORES), { nil: null }),
        fc.option(fc.constantFrom(...SCORES), { nil: null }),
        (eigen, ander) => {
          const onderwerp = vergelijk(eigen, ander);
          if (eigen === null || ander === null) return onderwerp === null;
          if (ander - eigen >= VERSCHIL_DREMPEL) return onderwerp === 'anderen-beter';
          if (eigen - ander >= VERSCHIL_DREMPEL) return onderwerp === 'anderen-slechter';
          return onderwerp === null;
        },
      ),
    );
  });

  it('is antisymmetric: swapping the two views turns "beter" into "slechter"', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCORES), fc.constantFrom(...SCORES), (a, b) => {
        const heen = vergelijk(a, b);
        const terug = vergelijk(b, a);
        if (heen === null) return terug === null;
        return terug === (heen === 'anderen-beter' ? 'anderen-slechter' : 'anderen-beter');
      }),
    );
  });

  it('never counts "weet ik niet" or a skipped question, even when a score is stored beside it', () => {
    expect(telbareScore({ score: 4, weetNiet: true })).toBeNull();
    expect(telbareScore({ score: null, weetNiet: false })).toBeNull();
    expect(telbareScore(undefined)).toBeNull();
    expect(telbareScore({ score: 9, weetNiet: false })).toBeNull();
    expect(vergelijk(1, 5)).toBe('anderen-beter');
    expect(vergelijk(5, 3)).toBe('anderen-slechter');
    expect(vergelijk(3, 4)).toBeNull();
  });
});

describe('the regie-spiegel', () => {
  it('has every domain exactly once, in order, with every other view, and topics only from real scores', () => {
    fc.assert(
      fc.property(
        codes,
        fc.option(antwoorden, { nil: undefined }),
        fc.array(blik, { maxLength: 4 }),
        (c, eigen, anderen) => {
          const rijen = spiegel(c, eigen, anderen);
          expect(rijen.map((r) => r.code)).toEqual(c);
          for (const rij of rijen) {
            expect(rij.anderen).toHaveLength(anderen.length);
            expect(rij.eigen).toBe(telbareScore(eigen?.[rij.code]));
            for (const [i, ander] of rij.anderen.entries()) {
              const bron = anderen[i]?.antwoorden[rij.code];
              expect(ander.score).toBe(telbareScore(bron));
              if (ander.onderwerp !== null) {
                expect(rij.eigen).not.toBeNull();
                expect(ander.score).not.toBeNull();
                expect(Math.abs((ander.score ?? 0) - (rij.eigen ?? 0))).toBeGreaterThanOrEqual(
                  VERSCHIL_DREMPEL,
                );
              }
            }
          }
        },
      ),
    );
  });

  it('gives no overall score or label: rows hold only per-domain values', () => {
    fc.assert(
      fc.property(codes, antwoorden, fc.array(blik, { maxLength: 3 }), (c, eigen, anderen) => {
        for (const rij of spiegel(c, eigen, anderen))
          expect(Object.keys(rij).sort()).toEqual(['anderen', 'code', 'eigen']);
        const onderwerpen = gespreksonderwerpen(spiegel(c, eigen, anderen));
        const verwacht = spiegel(c, eigen, anderen).flatMap((r) =>
          r.anderen.filter((a) => a.onderwerp),
        ).length;
        expect(onderwerpen).toHaveLength(verwacht);
      }),
    );
  });
});

describe("who sees the resident's answers", () => {
  it('hides them from someone who may give a view and has not, unless the resident chose otherwise', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (eigenaar, kanReageren, eerst, gegeven) => {
          const mag = magEigenAntwoordenZien({
            eigenaar,
            kanReageren,
            anderenZienEerst: eerst,
            heeftEigenBlikGegeven: gegeven,
          });
          if (eigenaar) return mag;
          if (kanReageren && !eerst && !gegeven) return !mag;
          return mag;
        },
      ),
    );
  });
});

describe('helpers', () => {
  it('finds the next and previous domain', () => {
    expect(buur(['a', 'b', 'c'], 'b', 1)).toBe('c');
    expect(buur(['a', 'b', 'c'], 'a', -1)).toBeUndefined();
    expect(buur(['a', 'b'], 'x', 1)).toBeUndefined();
  });

  it('makes valid, unique codes from any name', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 10 })), (naam, bestaand) => {
        const code = nieuweCode(naam, bestaand);
        expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(code.length).toBeLessThanOrEqual(40);
        expect(bestaand).not.toContain(code);
      }),
    );
    expect(nieuweCode('Geloof & zingeving', [])).toBe('geloof-zingeving');
  });

  it('moves an item and keeps the others', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 10 }),
        fc.nat(12),
        fc.constantFrom(1 as const, -1 as const),
        (lijst, i, r) => {
          const nieuw = verplaats(lijst, i, r);
          expect([...nieuw].sort()).toEqual([...lijst].sort());
        },
      ),
    );
    expect(verplaats(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(verplaats(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

describe('where help is offered', () => {
  it('offers help exactly on the shown domains her own real score puts at 1 or 2, never on a skipped one', () => {
    fc.assert(
      fc.property(codes, antwoorden, (zichtbaar, eigen) => {
        const hulp = gebiedenVoorHulp(zichtbaar, eigen as Parameters<typeof gebiedenVoorHulp>[1]);
        const verwacht = zichtbaar.filter((code) => {
          const a = eigen[code];
          return a !== undefined && !a.weetNiet && a.score !== null && a.score <= HULP_BIJ_SCORE;
        });
        expect(hulp).toEqual(verwacht);
      }),
    );
    expect(gebiedenVoorHulp(['wonen'], undefined)).toEqual([]);
  });

  it('network topic: only where her "wie helpt" and her map disagree, never for a skipped domain', () => {
    const codes = [...STANDAARD_LEVENSGEBIEDEN];
    const antwoord = fc.record({
      score: fc.option(fc.constantFrom(...SCORES), { nil: null }),
      wieHelpt: fc.subarray(['ikzelf', 'netwerk', 'vrijwilliger', 'professional'] as const),
    });
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...codes), antwoord),
        fc.dictionary(fc.constantFrom(...codes), fc.array(fc.constantFrom('Bram', 'Mama'), { maxLength: 2 })),
        (antwoorden, helpers) => {
          const laatste = Object.fromEntries(
            Object.entries(antwoorden).map(([code, a]) => [
              code,
              { code, ...a, weetNiet: false, doel: '', belang: null, goedGaat: '', trots: '' },
            ]),
          );
          const verschillen = netwerkVerschillen(codes, laatste, helpers);
          for (const v of verschillen) {
            const a = laatste[v.code];
            expect(a?.wieHelpt.length).toBeGreaterThan(0);
            const opKaart = (helpers[v.code] ?? []).length > 0;
            expect(v.soort).toBe(opKaart ? 'kaart-zonder-netwerk' : 'netwerk-zonder-kaart');
            expect(a?.wieHelpt.includes('netwerk')).toBe(!opKaart);
          }
          for (const code of codes)
            if (!laatste[code] || laatste[code]?.wieHelpt.length === 0)
              expect(verschillen.some((v) => v.code === code)).toBe(false);
          expect(netwerkVerschillen(codes, undefined, helpers)).toEqual([]);
        },
      ),
    );
  });
});

describe('the card on Mijn overzicht (kaartStand)', () => {
  const DAG = 86_400_000;
  it('a round in progress wins; never filled in; recent below the limit; old from it on, in ≥ 3 months', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.boolean(), (dagen, bezig) => {
        const nu = new Date(Date.UTC(2026, 11, 6, 12));
        const laatst = new Date(nu.getTime() - dagen * DAG);
        const stand = kaartStand(laatst, bezig, nu);
        if (bezig) expect(stand.soort).toBe('bezig');
        else if (dagen < NOG_KLOPT_NA_DAGEN) expect(stand).toEqual({ soort: 'recent', datum: laatst });
        else expect(stand.soort).toBe('oud');
        if (stand.soort === 'oud') {
          expect(stand.maanden).toBeGreaterThanOrEqual(3);
          // Whole months that have passed, at least 3: never more than the days say, never a month short.
          expect(stand.maanden * 30.44).toBeLessThanOrEqual(Math.max(dagen, 3 * 30.44) + 0.01);
          expect((stand.maanden + 1) * 30.44).toBeGreaterThan(dagen);
        }
      }),
    );
    expect(kaartStand(undefined, false, new Date())).toEqual({ soort: 'nooit' });
  });
});

describe('her latest answer per domain (laatstePerGebied)', () => {
  const code = fc.constantFrom(...STANDAARD_LEVENSGEBIEDEN.slice(0, 4));
  const volAntwoord = fc.record({
    score: fc.option(fc.constantFrom(...SCORES), { nil: null }),
    weetNiet: fc.boolean(),
    wieHelpt: fc.constant(null).map((): WieHelpt[] => []),
    doel: fc.constantFrom('', 'op tijd betalen'),
    belang: fc.constant(null),
    goedGaat: fc.constantFrom('', 'ik open mijn post'),
    trots: fc.constant(''),
  });
  const ronde = fc.record({
    afgerondAt: fc.option(
      fc.integer({ min: 0, max: 50 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d))),
      { nil: null },
    ),
    antwoorden: fc
      .dictionary(code, volAntwoord)
      .map((d) => Object.fromEntries(Object.entries(d).map(([c, a]) => [c, { ...a, code: c }]))),
  });

  it('per domain: the newest completed round that says something about it, never a draft or an empty answer', () => {
    fc.assert(
      fc.property(fc.array(ronde, { maxLength: 6 }), (rondes) => {
        const uit = laatstePerGebied(rondes);
        for (const c of STANDAARD_LEVENSGEBIEDEN.slice(0, 4)) {
          const met = rondes
            .map((r, i) => ({ r, i }))
            .filter(({ r }) => r.afgerondAt && !isLeeg(r.antwoorden[c]));
          if (met.length === 0) {
            expect(uit[c]).toBeUndefined();
            continue;
          }
          const nieuwste = Math.max(...met.map(({ r }) => (r.afgerondAt as Date).getTime()));
          const laatste = met.filter(({ r }) => (r.afgerondAt as Date).getTime() === nieuwste).at(-1);
          expect(uit[c]?.datum.getTime()).toBe(nieuwste);
          expect(uit[c]?.antwoord).toBe(laatste?.r.antwoorden[c]);
        }
      }),
    );
  });

  it('a later round with only two domains keeps what earlier rounds said about the others', () => {
    const a = (c: string, score: number, goedGaat = '') => ({
      code: c,
      score,
      weetNiet: false,
      wieHelpt: [],
      doel: '',
      belang: null,
      goedGaat,
      trots: '',
    });
    const uit = laatstePerGebied([
      {
        afgerondAt: new Date('2026-01-01'),
        antwoorden: { financien: a('financien', 2), wonen: a('wonen', 4, 'Mijn huis is fijn') },
      },
      { afgerondAt: new Date('2026-03-01'), antwoorden: { financien: a('financien', 3) } },
    ]);
    expect(uit.financien?.antwoord.score).toBe(3);
    expect(uit.financien?.datum.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(uit.wonen?.antwoord.goedGaat).toBe('Mijn huis is fijn');
    expect(uit.wonen?.datum.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
