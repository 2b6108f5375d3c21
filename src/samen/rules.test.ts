import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Bevestiging,
  beantwoord,
  bezetDoor,
  controleerAanbod,
  eigenBeeld,
  type LidGegevens,
  type Persoon,
  statusVan,
  uitsluiting,
  uitwisselingenVoorKaart,
  type Voorstel,
  voorKijker,
} from './rules.js';

const LIJST = ['boodschappen', 'taalles', 'klusjes'];
const NU = new Date('2026-12-06T12:00:00Z');
const MORGEN = new Date('2026-12-07T12:00:00Z');
const GISTEREN = new Date('2026-12-05T12:00:00Z');

const voorstel = (
  leden: string[],
  antwoorden: Record<string, 'open' | 'ja' | 'nee'> = {},
  verlooptOp = MORGEN,
): Voorstel => ({
  id: 'v1',
  soort: leden.length === 3 ? 'kring' : 'paar',
  leden,
  antwoorden,
  verlooptOp,
});

describe('offers and requests', () => {
  it('refuses an offer with no skill, a distance of −1 km, no day part', () => {
    expect(controleerAanbod({ vaardigheden: [], maxKm: 2, beschikbaar: 1 }, LIJST)).toEqual([
      'geen-vaardigheid',
    ]);
    expect(controleerAanbod({ vaardigheden: ['taalles'], maxKm: -1, beschikbaar: 1 }, LIJST)).toEqual([
      'afstand',
    ]);
    expect(controleerAanbod({ vaardigheden: ['taalles'], maxKm: Number.NaN, beschikbaar: 1 }, LIJST)).toEqual(
      ['afstand'],
    );
    expect(controleerAanbod({ vaardigheden: ['taalles'], maxKm: 2, beschikbaar: 0 }, LIJST)).toEqual([
      'geen-dagdeel',
    ]);
    expect(controleerAanbod({ vaardigheden: ['vliegen'], maxKm: 2, beschikbaar: 1 }, LIJST)).toEqual([
      'onbekende-vaardigheid',
    ]);
    expect(
      controleerAanbod(
        { vaardigheden: ['taalles'], maxKm: 0, beschikbaar: 3, toelichting: 'x'.repeat(501) },
        LIJST,
      ),
    ).toEqual(['toelichting']);
    expect(
      controleerAanbod(
        { vaardigheden: ['taalles', 'klusjes'], maxKm: 25, beschikbaar: (1 << 21) - 1 },
        LIJST,
      ),
    ).toEqual([]);
  });
});

describe('who takes part in a round', () => {
  const basis: Persoon = {
    id: 'a',
    rol: 'bewoner',
    vraagt: ['taalles'],
    biedt: ['klusjes'],
    lat: 52,
    lon: 5,
    maxKm: 2,
    beschikbaar: 1,
    leeftijd: 40,
    goedgekeurd: true,
    identiteitGecontroleerd: false,
    vogGecontroleerd: false,
  };
  it('excludes minors, unknown ages, the unapproved, the paused, volunteers without VOG, people in a proposal', () => {
    const leeg = new Set<string>();
    expect(uitsluiting(basis, leeg)).toBeUndefined();
    expect(uitsluiting({ ...basis, leeftijd: 17 }, leeg)).toBe('minderjarig');
    expect(uitsluiting({ ...basis, leeftijd: undefined }, leeg)).toBe('leeftijd-onbekend');
    expect(uitsluiting({ ...basis, goedgekeurd: false }, leeg)).toBe('niet-goedgekeurd');
    expect(uitsluiting({ ...basis, gepauzeerd: true }, leeg)).toBe('gepauzeerd');
    expect(uitsluiting({ ...basis, rol: 'vrijwilliger', identiteitGecontroleerd: true }, leeg)).toBe(
      'geen-vog',
    );
    expect(
      uitsluiting(
        { ...basis, rol: 'vrijwilliger', identiteitGecontroleerd: true, vogGecontroleerd: true },
        leeg,
      ),
    ).toBeUndefined();
    expect(uitsluiting(basis, new Set(['a']))).toBe('in-voorstel');
  });
});

describe('consent', () => {
  it('is accepted only when every member said yes; one no closes it; time closes an open one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('open', 'ja', 'nee') as fc.Arbitrary<'open' | 'ja' | 'nee'>, {
          minLength: 2,
          maxLength: 3,
        }),
        fc.boolean(),
        (antwoorden, verlopen) => {
          const leden = antwoorden.map((_, i) => `p${i}`);
          const v = voorstel(
            leden,
            Object.fromEntries(leden.map((id, i) => [id, antwoorden[i] as 'open'])),
            verlopen ? GISTEREN : MORGEN,
          );
          const s = statusVan(v, NU);
          if (antwoorden.includes('nee')) expect(s).toBe('afgewezen');
          else if (antwoorden.every((a) => a === 'ja')) expect(s).toBe('geaccepteerd');
          else expect(s).toBe(verlopen ? 'verlopen' : 'open');
        },
      ),
    );
  });

  it('refuses answering twice, after expiry, after a decline and for a non-member', () => {
    const v = voorstel(['a', 'b', 'c']);
    const eerste = beantwoord(v, 'a', 'ja', NU);
    expect(eerste.ok).toBe(true);
    if (!eerste.ok) return;
    expect(beantwoord(eerste.voorstel, 'a', 'ja', NU)).toEqual({ ok: false, fout: 'al-beantwoord' });
    expect(beantwoord(eerste.voorstel, 'a', 'nee', NU)).toEqual({ ok: false, fout: 'al-beantwoord' });
    expect(beantwoord(eerste.voorstel, 'x', 'ja', NU)).toEqual({ ok: false, fout: 'geen-lid' });
    expect(beantwoord(voorstel(['a', 'b'], {}, GISTEREN), 'a', 'ja', NU)).toEqual({
      ok: false,
      fout: 'verlopen',
    });
    const nee = beantwoord(eerste.voorstel, 'b', 'nee', NU);
    expect(nee.ok).toBe(true);
    if (!nee.ok) return;
    expect(beantwoord(nee.voorstel, 'c', 'ja', NU)).toEqual({ ok: false, fout: 'gesloten' });
  });

  it('frees the members of declined and expired proposals, not of open or accepted ones', () => {
    const bezet = bezetDoor(
      [
        { ...voorstel(['a', 'b']), id: '1' },
        { ...voorstel(['c', 'd'], { c: 'ja', d: 'ja' }, GISTEREN), id: '2' },
        { ...voorstel(['e', 'f'], { e: 'nee' }), id: '3' },
        { ...voorstel(['g', 'h'], { g: 'ja' }, GISTEREN), id: '4' },
      ],
      NU,
    );
    expect([...bezet].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shows first name, neighbourhood and what each does; contact only once all accepted', () => {
    const gegevens: LidGegevens[] = [
      { id: 'a', voornaam: 'Anouk', wijk: 'Lombok', contact: { telefoon: '06-00000001', adres: 'Laan 1' } },
      { id: 'b', voornaam: 'Bilal', wijk: 'Ondiep', contact: { email: 'b@example.org' } },
    ];
    const hulp = [
      { van: 'a', vaardigheid: 'taalles' },
      { van: 'b', vaardigheid: 'boodschappen' },
    ];
    const open = voorKijker(voorstel(['a', 'b'], { a: 'ja' }), hulp, gegevens, 'a', NU);
    expect(open).toEqual([
      { voornaam: 'Anouk', wijk: 'Lombok', doet: ['taalles'] },
      { voornaam: 'Bilal', wijk: 'Ondiep', doet: ['boodschappen'] },
    ]);
    expect(JSON.stringify(open)).not.toMatch(/06-|Laan|example/);
    const klaar = voorKijker(voorstel(['a', 'b'], { a: 'ja', b: 'ja' }), hulp, gegevens, 'b', NU);
    expect(klaar?.[0]?.contact).toEqual({ telefoon: '06-00000001', adres: 'Laan 1' });
    expect(voorKijker(voorstel(['a', 'b'], { a: 'ja', b: 'ja' }), hulp, gegevens, 'x', NU)).toBeUndefined();
  });
});

describe('her own picture', () => {
  it('counts only help both sides confirmed, and holds no score', () => {
    const b = (van: string, naar: string, doorGever: boolean, doorOntvanger: boolean): Bevestiging => ({
      voorstel: 'v',
      van,
      naar,
      vaardigheid: `${van}>${naar}`,
      doorGever,
      doorOntvanger,
    });
    const beeld = eigenBeeld(
      [b('a', 'b', true, true), b('b', 'a', true, false), b('c', 'a', true, true)],
      'a',
    );
    expect(beeld).toEqual({ gegeven: ['a>b'], ontvangen: ['c>a'] });
    expect(Object.keys(beeld).sort()).toEqual(['gegeven', 'ontvangen']);
  });
});

describe('the people she exchanged help with, for her netwerkkaart (decision 050)', () => {
  const b = (van: string, naar: string, vaardigheid: string, beide = true, voorstel = 'v1'): Bevestiging => ({
    voorstel,
    van,
    naar,
    vaardigheid,
    doorGever: true,
    doorOntvanger: beide,
  });

  it('a pair: one person with what went each way; a circle: two people, one way each', () => {
    expect(
      uitwisselingenVoorKaart([b('ilse', 'noor', 'taalles'), b('noor', 'ilse', 'boodschappen')], 'ilse'),
    ).toEqual([{ ander: 'noor', voorstel: 'v1', gegeven: ['taalles'], ontvangen: ['boodschappen'] }]);
    const kring = [
      b('a', 'b', 'klusjes', true, 'k'),
      b('b', 'c', 'tuin', true, 'k'),
      b('c', 'a', 'koken', true, 'k'),
    ];
    expect(uitwisselingenVoorKaart(kring, 'a')).toEqual([
      { ander: 'b', voorstel: 'k', gegeven: ['klusjes'], ontvangen: [] },
      { ander: 'c', voorstel: 'k', gegeven: [], ontvangen: ['koken'] },
    ]);
  });

  it('help only one side confirmed is not on her map', () => {
    expect(uitwisselingenVoorKaart([b('ilse', 'noor', 'taalles', false)], 'ilse')).toEqual([]);
  });

  it('only confirmed help of hers, each person once, each skill once per direction, nothing else', () => {
    const wie = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            voorstel: fc.constantFrom('v1', 'v2'),
            van: wie,
            naar: wie,
            vaardigheid: fc.constantFrom(...LIJST),
            doorGever: fc.boolean(),
            doorOntvanger: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        (bevestigingen) => {
          const uit = uitwisselingenVoorKaart(bevestigingen, 'a');
          const anderen = uit.map((u) => u.ander);
          expect(new Set(anderen).size).toBe(anderen.length);
          expect(anderen).not.toContain('a');
          const beide = bevestigingen.filter((x) => x.doorGever && x.doorOntvanger && x.van !== x.naar);
          for (const u of uit) {
            expect(new Set(u.gegeven).size).toBe(u.gegeven.length);
            expect(new Set(u.ontvangen).size).toBe(u.ontvangen.length);
            for (const v of u.gegeven)
              expect(beide.some((x) => x.van === 'a' && x.naar === u.ander && x.vaardigheid === v)).toBe(
                true,
              );
            for (const v of u.ontvangen)
              expect(beide.some((x) => x.naar === 'a' && x.van === u.ander && x.vaardigheid === v)).toBe(
                true,
              );
          }
          // Everyone she confirmed help with (both sides) is there.
          for (const x of beide.filter((y) => y.van === 'a' || y.naar === 'a'))
            expect(anderen).toContain(x.van === 'a' ? x.naar : x.van);
        },
      ),
    );
  });
});
