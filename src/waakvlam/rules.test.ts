import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Antwoord,
  afgeschaald,
  afschalenAanbieden,
  CHECKIN_GELDIG_MS,
  FASEN,
  type Fase,
  fasenSindsWissel,
  faseVan,
  INTENSITEITEN,
  linkStaat,
  MAX_SIGNALEN,
  naAntwoord,
  OORDELEN,
  rang,
  samenvatting,
  signaalRegels,
  stilteSignaal,
  volgendeCheckin,
  zichtVoor,
} from './rules.js';

const DAG = 24 * 3_600_000;
const fase = fc.constantFrom(...FASEN);
const intensiteit = fc.constantFrom(...INTENSITEITEN);
const oordeel = fc.constantFrom(...OORDELEN);
const antwoord: fc.Arbitrary<Antwoord> = fc.record({
  oordelen: fc.array(oordeel, { maxLength: 9 }),
  letOpSignalen: fc.nat({ max: 10 }),
  crisisSignalen: fc.nat({ max: 10 }),
});
const datum = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2035-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const erger = (o: (typeof OORDELEN)[number]) =>
  OORDELEN[Math.min(2, OORDELEN.indexOf(o) + 1)] as (typeof OORDELEN)[number];

describe('faseVan', () => {
  it('all going well without signals is goed; any crisis signal is crisis', () => {
    fc.assert(
      fc.property(fc.nat({ max: 9 }), (n) => {
        expect(faseVan({ oordelen: Array(n).fill('goed'), letOpSignalen: 0, crisisSignalen: 0 })).toBe(
          'goed',
        );
      }),
    );
    fc.assert(
      fc.property(antwoord, (a) => {
        expect(faseVan({ ...a, crisisSignalen: a.crisisSignalen + 1 })).toBe('crisis');
      }),
    );
  });

  it('a let-op signal or one domain going badly is at least let-op', () => {
    fc.assert(
      fc.property(antwoord, (a) => {
        expect(rang(faseVan({ ...a, letOpSignalen: a.letOpSignalen + 1 }))).toBeGreaterThanOrEqual(1);
        expect(rang(faseVan({ ...a, oordelen: [...a.oordelen, 'slecht'] }))).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('is monotone: another signal or a worse answer never lowers the phase', () => {
    fc.assert(
      fc.property(antwoord, fc.nat({ max: 8 }), (a, i) => {
        const basis = rang(faseVan(a));
        expect(rang(faseVan({ ...a, letOpSignalen: a.letOpSignalen + 1 }))).toBeGreaterThanOrEqual(basis);
        expect(rang(faseVan({ ...a, crisisSignalen: a.crisisSignalen + 1 }))).toBeGreaterThanOrEqual(basis);
        if (a.oordelen.length > 0) {
          const j = i % a.oordelen.length;
          const slechter = a.oordelen.map((o, k) => (k === j ? erger(o) : o));
          expect(rang(faseVan({ ...a, oordelen: slechter }))).toBeGreaterThanOrEqual(basis);
        }
      }),
    );
  });

  it('does not depend on the order of the domains', () => {
    fc.assert(
      fc.property(antwoord, (a) => {
        expect(faseVan({ ...a, oordelen: [...a.oordelen].reverse() })).toBe(faseVan(a));
      }),
    );
  });
});

describe('naAntwoord', () => {
  it('follows the answers both ways, tells the chosen people only on a rise, and never lowers the intensity', () => {
    fc.assert(
      fc.property(fase, intensiteit, fase, (oud, int, nieuw) => {
        const na = naAntwoord({ fase: oud, intensiteit: int }, nieuw);
        expect(na.fase).toBe(nieuw);
        expect(na.melden).toBe(rang(nieuw) > rang(oud));
        expect(na.richting).toBe(
          rang(nieuw) > rang(oud) ? 'omhoog' : rang(nieuw) < rang(oud) ? 'omlaag' : 'gelijk',
        );
        expect(na.intensiteit).toBeGreaterThanOrEqual(int);
        expect(na.intensiteit).toBeGreaterThanOrEqual(rang(nieuw) + 1);
        expect(INTENSITEITEN).toContain(na.intensiteit);
      }),
    );
  });

  it('answering the same phase again tells nobody (at most once per phase change)', () => {
    fc.assert(
      fc.property(fase, intensiteit, fc.array(fase, { maxLength: 20 }), (start, int, reeks) => {
        let stand = { fase: start, intensiteit: int };
        let meldingen = 0;
        let stijgingen = 0;
        for (const f of reeks) {
          const na = naAntwoord(stand, f);
          if (na.melden) meldingen++;
          if (rang(f) > rang(stand.fase)) stijgingen++;
          stand = { fase: na.fase, intensiteit: na.intensiteit };
          expect(naAntwoord(stand, f).melden).toBe(false);
        }
        expect(meldingen).toBe(stijgingen);
      }),
    );
  });
});

describe('afschalenAanbieden', () => {
  it('is offered only above the pilot light, in phase goed, after enough good check-ins', () => {
    fc.assert(
      fc.property(
        fase,
        intensiteit,
        fc.array(fase, { maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (f, int, reeks, n) => {
          const aanbod = afschalenAanbieden({
            stand: { fase: f, intensiteit: int },
            fasenSindsdien: reeks,
            afschaalNa: n,
          });
          const verwacht =
            int > 1 && f === 'goed' && reeks.length >= n && reeks.slice(-n).every((x) => x === 'goed');
          expect(aanbod).toBe(verwacht);
        },
      ),
    );
  });

  it('scaling down takes one step and never goes below the pilot light', () => {
    fc.assert(
      fc.property(intensiteit, (int) => {
        expect(afgeschaald(int)).toBe(Math.max(1, int - 1));
      }),
    );
  });
});

describe('stilteSignaal', () => {
  it('signals once per silence, after the set number of days, and never when switched off', () => {
    fc.assert(
      fc.property(
        datum,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 120 }),
        (sinds, dagen, verstreken) => {
          const nu = new Date(sinds.getTime() + verstreken * DAG);
          const basis = { laatsteAntwoordOp: sinds, startOp: new Date(sinds.getTime() - DAG), nu };
          expect(stilteSignaal({ ...basis, stilteDagen: null, stilteGemeldOp: null })).toBe(false);
          expect(stilteSignaal({ ...basis, stilteDagen: dagen, stilteGemeldOp: null })).toBe(
            verstreken >= dagen,
          );
          // Once given for this silence: not again until she answers.
          expect(stilteSignaal({ ...basis, stilteDagen: dagen, stilteGemeldOp: nu })).toBe(false);
        },
      ),
    );
  });
});

describe('volgendeCheckin', () => {
  it('is after now, on the rhythm, and at most one interval ahead', () => {
    fc.assert(
      fc.property(
        datum,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: -100, max: 400 }),
        (vorige, dagen, uren) => {
          const nu = new Date(vorige.getTime() + uren * 3_600_000);
          const volgende = volgendeCheckin(vorige, dagen, nu);
          expect(volgende.getTime()).toBeGreaterThan(nu.getTime());
          expect((volgende.getTime() - vorige.getTime()) % (dagen * DAG)).toBe(0);
          expect(volgende.getTime() - Math.max(nu.getTime(), vorige.getTime())).toBeLessThanOrEqual(
            dagen * DAG,
          );
        },
      ),
    );
  });
});

describe('linkStaat', () => {
  it('works once and only until it expires', () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: 0, max: 4 * 24 }), fc.boolean(), (verstuurd, uren, beantwoord) => {
        const nu = new Date(verstuurd.getTime() + uren * 3_600_000);
        const staat = linkStaat(
          {
            beantwoordOp: beantwoord ? verstuurd : null,
            verlooptOp: new Date(verstuurd.getTime() + CHECKIN_GELDIG_MS),
          },
          nu,
        );
        expect(staat).toBe(
          beantwoord ? 'gebruikt' : uren * 3_600_000 >= CHECKIN_GELDIG_MS ? 'verlopen' : 'open',
        );
      }),
    );
  });
});

describe('signaalRegels and zichtVoor', () => {
  it('one signal per non-empty line, trimmed, at most MAX_SIGNALEN', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 20 }), (regels) => {
        const uit = signaalRegels(regels.join('\n'));
        expect(uit.length).toBeLessThanOrEqual(MAX_SIGNALEN);
        for (const r of uit) expect(r).toBe(r.trim());
        for (const r of uit) expect(r.length).toBeGreaterThan(0);
      }),
    );
    expect(signaalRegels('Ik slaap slecht\n\n  Ik zeg afspraken af  ')).toEqual([
      'Ik slaap slecht',
      'Ik zeg afspraken af',
    ]);
  });

  it('the resident sees all, a person chosen for the phase only sees only the phase', () => {
    expect(zichtVoor({ eigenaar: true, accountId: 'a', alleenFase: ['a'] })).toBe('alles');
    expect(zichtVoor({ eigenaar: false, accountId: 'a', alleenFase: ['a'] })).toBe('alleen-fase');
    expect(zichtVoor({ eigenaar: false, accountId: 'b', alleenFase: ['a'] })).toBe('plan');
  });
});

describe('samenvatting', () => {
  it('counts moves up and down and ends at the latest phase', () => {
    const start = new Date('2026-10-01T10:00:00Z');
    const op = (d: number) => new Date(start.getTime() + d * DAG);
    const reeks: { op: Date; van: Fase | null; naar: Fase; intensiteit: 1 | 2 | 3 }[] = [
      { op: op(0), van: null, naar: 'goed', intensiteit: 1 },
      { op: op(21), van: 'goed', naar: 'let-op', intensiteit: 2 },
      { op: op(35), van: 'let-op', naar: 'goed', intensiteit: 2 },
    ];
    expect(samenvatting([...reeks].reverse(), op(56))).toEqual({
      nu: 'goed',
      intensiteit: 2,
      omhoog: 1,
      omlaag: 1,
      weken: 8,
    });
    expect(samenvatting([], op(1))).toEqual({ nu: null, intensiteit: null, omhoog: 0, omlaag: 0, weken: 0 });
  });
});

describe('fasenSindsWissel', () => {
  it('counts only the check-ins after the last change of intensity', () => {
    const o = (naar: Fase, intensiteit: number, reden = 'checkin') => ({ naar, intensiteit, reden });
    expect(
      fasenSindsWissel([o('goed', 1, 'start'), o('goed', 1), o('let-op', 2), o('goed', 2), o('goed', 2)]),
    ).toEqual(['goed', 'goed']);
    expect(fasenSindsWissel([o('goed', 1, 'start'), o('goed', 1)])).toEqual(['goed']);
    fc.assert(
      fc.property(
        fc.array(fc.record({ naar: fase, intensiteit, reden: fc.constantFrom('checkin', 'stilte') }), {
          maxLength: 15,
        }),
        (reeks) => {
          const uit = fasenSindsWissel(reeks);
          expect(uit.length).toBeLessThanOrEqual(reeks.filter((r) => r.reden === 'checkin').length);
        },
      ),
    );
  });
});
