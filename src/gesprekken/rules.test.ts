import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  controleerMelding,
  dagenTussen,
  herinnerMoment,
  isGeldigeDatum,
  telOp,
  termijnenVan,
  termijnStand,
  WETTELIJKE_TERMIJNEN,
} from './rules.js';

const dag = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const termijnen = fc.record({
  planDagen: fc.integer({ min: 1, max: 90 }),
  onderzoekDagen: fc.integer({ min: 1, max: 365 }),
  herinnerDagen: fc.integer({ min: 0, max: 30 }),
});

describe('the rules of the keukentafelgesprek', () => {
  it('counts days across months, leap years and daylight saving', () => {
    expect(telOp('2028-02-25', 7)).toBe('2028-03-03');
    expect(telOp('2026-03-25', 7)).toBe('2026-04-01');
    expect(termijnenVan('2026-03-05', WETTELIJKE_TERMIJNEN)).toEqual({
      planUiterlijk: '2026-03-12',
      onderzoekUiterlijk: '2026-04-16',
    });
    fc.assert(
      fc.property(dag, fc.integer({ min: -400, max: 400 }), (d, n) => {
        const later = telOp(d, n);
        expect(isGeldigeDatum(later)).toBe(true);
        expect(dagenTussen(d, later)).toBe(n);
      }),
    );
  });

  it('refuses a deadline before the melding and a melding still to come; accepts the rest', () => {
    fc.assert(
      fc.property(
        dag,
        fc.integer({ min: -100, max: 400 }),
        fc.integer({ min: -5, max: 5 }),
        termijnen,
        (d, n, m, t) => {
          const vandaag = telOp(d, m);
          const uiterlijk = telOp(d, n);
          const fouten = controleerMelding({
            gemeldOp: d,
            onderzoekUiterlijk: uiterlijk,
            vandaag,
            termijnen: t,
          });
          expect(fouten.gemeldOp === 'datum-toekomst').toBe(m < 0);
          if (n < 0) expect(fouten.onderzoekUiterlijk).toBe('termijn-voor-melding');
          else if (n < t.planDagen) expect(fouten.onderzoekUiterlijk).toBe('termijn-voor-plan');
          else expect(fouten.onderzoekUiterlijk).toBeUndefined();
        },
      ),
    );
  });

  it('calls a deadline done, open, close or passed, exactly by the days left', () => {
    fc.assert(
      fc.property(
        dag,
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        (d, n, h, gedaan) => {
          const { stand, dagenOver } = termijnStand({
            uiterlijk: telOp(d, n),
            gedaan,
            vandaag: d,
            herinnerDagen: h,
          });
          expect(dagenOver).toBe(n);
          expect(stand).toBe(gedaan ? 'gedaan' : n < 0 ? 'verlopen' : n <= h ? 'bijna' : 'open');
        },
      ),
    );
  });

  it('reminds `herinnerDagen` days before at 08:00 UTC, never before now', () => {
    fc.assert(
      fc.property(dag, fc.integer({ min: 0, max: 30 }), fc.integer({ min: -40, max: 40 }), (d, h, s) => {
        const nu = new Date(Date.parse(`${d}T12:00:00Z`) + s * 86_400_000);
        const moment = herinnerMoment(d, h, nu);
        const gepland = new Date(`${telOp(d, -h)}T08:00:00Z`);
        expect(moment.getTime()).toBe(Math.max(gepland.getTime(), nu.getTime()));
      }),
    );
  });
});
