import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agendaVoorstel,
  controleerBeraad,
  controleerBeraadStap,
  controleerMelding,
  controleerVerslagStap,
  dagenTussen,
  definitieveVersie,
  doelenVoorPlan,
  herinnerMoment,
  isGeldigeDatum,
  MAX_DOELEN,
  netwerkTekstZichtbaar,
  telOp,
  termijnenVan,
  termijnStand,
  VERVOLG_DAGEN,
  verslagUitAantekeningen,
  vervolgMoment,
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

const code = fc.constantFrom('financien', 'wonen', 'huishouden', 'zelfzorg', 'vervoer');
const doel = fc.record({ tekst: fc.string({ maxLength: 10 }), gebied: code });
const aantekeningen = fc.record({
  agenda: fc.array(code, { maxLength: 6 }),
  perGebied: fc.dictionary(code, fc.string({ maxLength: 10 })),
  vragen: fc.constant([] as string[]),
  doelen: fc.array(doel, { maxLength: 8 }),
  betrokkenen: fc.string({ maxLength: 10 }),
  regievoerder: fc.string({ maxLength: 10 }),
});
/** Versions 1..n, at most one carrying a decision. */
const versies = fc
  .tuple(
    fc.integer({ min: 0, max: 6 }),
    fc.option(fc.nat(), { nil: undefined }),
    fc.constantFrom('akkoord', 'oneens'),
  )
  .map(([n, welke, besluit]) =>
    Array.from({ length: n }, (_, i) => ({
      nummer: i + 1,
      besluit: welke !== undefined && n > 0 && welke % n === i ? (besluit as 'akkoord' | 'oneens') : null,
    })),
  );

describe('the talk and its report', () => {
  it('offers the domains she chose, in the gemeente’s order; all of them when she chose none', () => {
    fc.assert(
      fc.property(fc.uniqueArray(code), fc.array(code), (alle, gekozen) => {
        const agenda = agendaVoorstel(alle, gekozen);
        const keuze = alle.filter((c) => gekozen.includes(c));
        expect(agenda).toEqual(keuze.length > 0 ? keuze : alle);
      }),
    );
  });

  it('drafts the report from the notes: each agenda domain once, in order, with its notes; goals with text only', () => {
    fc.assert(
      fc.property(aantekeningen, (a) => {
        const v = verslagUitAantekeningen(a);
        expect(v.perGebied.map((p) => p.code)).toEqual([...new Set(a.agenda)]);
        for (const p of v.perGebied) expect(p.tekst).toBe(a.perGebied[p.code] ?? '');
        expect(v.doelen.length).toBeLessThanOrEqual(MAX_DOELEN);
        expect(v.doelen.every((d) => d.tekst.trim() !== '')).toBe(true);
        expect(v.betrokkenen).toBe(a.betrokkenen);
      }),
    );
  });

  it('allows a step only on the newest version of a report that is not final', () => {
    fc.assert(
      fc.property(versies, fc.integer({ min: 0, max: 8 }), (vs, gezien) => {
        const uitkomst = controleerVerslagStap(vs, gezien);
        if (definitieveVersie(vs)) expect(uitkomst).toBe('al-definitief');
        else if (vs.length === 0) expect(uitkomst).toBe('geen-verslag');
        else expect(uitkomst).toBe(gezien === vs.length ? undefined : 'verouderd');
      }),
    );
  });

  it('sends goals to her plan only from a version she agreed with', () => {
    fc.assert(
      fc.property(aantekeningen, fc.constantFrom('akkoord', 'oneens', null), (a, besluit) => {
        const inhoud = verslagUitAantekeningen(a);
        const doelen = doelenVoorPlan({ besluit: besluit as 'akkoord' | 'oneens' | null, inhoud });
        expect(doelen).toEqual(besluit === 'akkoord' ? inhoud.doelen : []);
      }),
    );
  });
});

describe('the rules of the netwerkberaad', () => {
  it('refuses a meeting before its melding and an empty agenda, and nothing else', () => {
    fc.assert(
      fc.property(
        dag,
        dag,
        fc.array(fc.constantFrom('wonen', 'financien'), { maxLength: 3 }),
        (datum, gemeldOp, agenda) => {
          const fouten = controleerBeraad({ datum, gemeldOp, agenda });
          expect(fouten.datum === 'datum-voor-melding').toBe(datum < gemeldOp);
          expect(fouten.agenda === 'agenda-leeg').toBe(agenda.length === 0);
        },
      ),
    );
  });

  it('allows a step only on the stored version of an undecided plan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom(null, 'akkoord' as const, 'oneens' as const),
        (versie, gezien, besluit) => {
          const weigering = controleerBeraadStap({ versie, besluit }, gezien);
          if (besluit !== null) expect(weigering).toBe('al-definitief');
          else expect(weigering).toBe(gezien === versie ? undefined : 'verouderd');
        },
      ),
    );
    expect(controleerBeraadStap(undefined, 1)).toBe('geen-verslag');
  });

  it('hides what the network writes only from professionals, only during its private time', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (eigenTijd, professional) => {
        expect(netwerkTekstZichtbaar({ eigenTijd, professional })).toBe(!(eigenTijd && professional));
      }),
    );
  });

  it('plans the follow-up four weeks after her decision, at 08:00 UTC', () => {
    expect(vervolgMoment(new Date('2026-03-05T14:00:00Z')).toISOString()).toBe('2026-04-02T08:00:00.000Z');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        (d) => {
          const dagen = (vervolgMoment(d).getTime() - d.getTime()) / 86_400_000;
          expect(dagen).toBeGreaterThan(VERVOLG_DAGEN - 1);
          expect(dagen).toBeLessThan(VERVOLG_DAGEN + 1);
        },
      ),
    );
  });

  it('sends agreements to her plan only when she agreed, without who does it', () => {
    const afspraken = [{ tekst: 'Boodschappen', gebied: 'financien', wie: 'Bram' }];
    expect(doelenVoorPlan({ besluit: 'akkoord', inhoud: { doelen: afspraken } })).toEqual([
      { tekst: 'Boodschappen', gebied: 'financien' },
    ]);
    expect(doelenVoorPlan({ besluit: 'oneens', inhoud: { doelen: afspraken } })).toEqual([]);
  });
});
