import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AFSPRAAK_STATUSSEN, HERCONTROLE_MAANDEN, TAKEN, VELDEN } from './codes.js';
import {
  afspraakTelling,
  gevuldeDelen,
  hercontroleNodig,
  herinneringNodig,
  type Inhoud,
  isLeeg,
  linkStand,
  maandenLater,
  opDeKaart,
} from './rules.js';

const deel = fc.record({
  tekst: fc.oneof(fc.constant(''), fc.constant('  '), fc.string()),
  opKaart: fc.boolean(),
});
const inhoud: fc.Arbitrary<Inhoud> = fc.record({
  delen: fc.record(
    Object.fromEntries(VELDEN.map((v) => [v, deel])) as Record<(typeof VELDEN)[number], typeof deel>,
  ),
  waarschuwPersonen: fc.array(fc.uuid(), { maxLength: 4 }),
});
const datum = fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true });

describe('crisiskaart rules', () => {
  it('the card shows exactly the filled parts she ticked, in order; the plan every filled part', () => {
    fc.assert(
      fc.property(inhoud, (i) => {
        const kaart = gevuldeDelen(i, true).map((d) => d.code);
        const plan = gevuldeDelen(i, false).map((d) => d.code);
        expect(kaart).toEqual(plan.filter((c) => i.delen[c].opKaart));
        expect(plan).toEqual(VELDEN.filter((c) => i.delen[c].tekst.trim() !== ''));
        expect(isLeeg(i)).toBe(plan.length === 0);
      }),
    );
  });

  it('a card asks to be checked 18 calendar months after it was checked, and asks once per check', () => {
    fc.assert(
      fc.property(
        datum,
        fc.integer({ min: -40, max: 40 }),
        fc.option(datum),
        (gecontroleerd, maanden, herinnerd) => {
          const nu = maandenLater(gecontroleerd, maanden);
          expect(hercontroleNodig(gecontroleerd, nu)).toBe(maanden >= HERCONTROLE_MAANDEN);
          const vraag = herinneringNodig({ gecontroleerdOp: gecontroleerd, herinnerdOp: herinnerd }, nu);
          if (herinnerd && herinnerd.getTime() >= gecontroleerd.getTime()) expect(vraag).toBe(false);
          else expect(vraag).toBe(maanden >= HERCONTROLE_MAANDEN);
        },
      ),
    );
  });

  it('only confirmed agreements go on the card; the counts add up', () => {
    const afspraak = fc.record({
      taak: fc.constantFrom(...TAKEN),
      status: fc.constantFrom(...AFSPRAAK_STATUSSEN),
      persoonId: fc.uuid(),
    });
    fc.assert(
      fc.property(fc.array(afspraak, { maxLength: 10 }), (lijst) => {
        const telling = afspraakTelling(lijst);
        expect(telling.gevraagd + telling.afgesproken + telling.afgewezen).toBe(lijst.length);
        expect(opDeKaart(lijst).length).toBe(telling.afgesproken);
        expect(opDeKaart(lijst).every((a) => a.status === 'afgesproken')).toBe(true);
      }),
    );
  });

  it('a link answers only while asked and not expired', () => {
    fc.assert(
      fc.property(fc.constantFrom(...AFSPRAAK_STATUSSEN), fc.option(datum), datum, (status, verloopt, nu) => {
        const stand = linkStand({ status, tokenVerloopt: verloopt }, nu);
        if (status !== 'gevraagd' || verloopt === null) expect(stand).toBe('gebruikt');
        else expect(stand).toBe(nu.getTime() >= verloopt.getTime() ? 'verlopen' : 'open');
      }),
    );
  });
});
