import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aangebodenDoeners,
  DOENERS,
  etagVan,
  isGeldigeDatum,
  leesIfMatch,
  type ProfessioneleActie,
  STANDAARD_MAX_PROFESSIONALS,
  waarschuwingen,
} from './rules.js';

const GEBIEDEN = ['financien', 'wonen', 'huishouden'] as const;
const ORGS = ['Buurtteam', 'buurtteam ', 'Schuldhulp', 'GGZ'] as const;
const sleutel = (o: string) => o.trim().toLowerCase();

describe('plan rules', () => {
  it('a date is a real calendar day, the same as the calendar says', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (d) => {
          expect(isGeldigeDatum(d.toISOString().slice(0, 10))).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (j, m, d) => {
          const tekst = `${j}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const echt = new Date(Date.UTC(j, m - 1, d)).getUTCDate() === d;
          expect(isGeldigeDatum(tekst)).toBe(echt);
        },
      ),
    );
    for (const fout of [
      '2027-02-30',
      '2027-13-01',
      '15-03-2027',
      '2027-3-5',
      '',
      '2027-03-15T00:00',
      '0001-01-01',
    ])
      expect(isGeldigeDatum(fout)).toBe(false);
  });

  it('offers the doers zelf → netwerk → vrijwilliger → professional, without netwerk when her map is empty', () => {
    expect(aangebodenDoeners(true)).toEqual([...DOENERS]);
    expect(aangebodenDoeners(false)).toEqual(['ikzelf', 'vrijwilliger', 'professional']);
  });

  it('warns per levensgebied exactly when more than one organisation (ignoring case and spacing) runs an action there', () => {
    const actie = fc.record({
      levensgebieden: fc.subarray([...GEBIEDEN], { minLength: 1 }),
      organisatie: fc.constantFrom(...ORGS),
    });
    fc.assert(
      fc.property(fc.array(actie, { maxLength: 8 }), (acties: ProfessioneleActie[]) => {
        const uit = waarschuwingen({ acties, professionals: [], drempel: STANDAARD_MAX_PROFESSIONALS });
        for (const gebied of GEBIEDEN) {
          const orgs = new Set(
            acties.filter((a) => a.levensgebieden.includes(gebied)).map((a) => sleutel(a.organisatie)),
          );
          const w = uit.find((x) => x.soort === 'organisaties-op-gebied' && x.levensgebied === gebied);
          expect(w !== undefined).toBe(orgs.size > 1);
          if (w?.soort === 'organisaties-op-gebied') expect(w.organisaties).toHaveLength(orgs.size);
        }
      }),
    );
  });

  it('warns when more distinct professionals are active than the threshold, never at or below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 10 }),
        fc.integer({ min: 0, max: 6 }),
        (ids, drempel) => {
          const uit = waarschuwingen({
            acties: [],
            professionals: ids.map((accountId) => ({ accountId, organisatie: 'X' })),
            drempel,
          });
          const aantal = new Set(ids).size;
          expect(uit.some((w) => w.soort === 'te-veel-professionals')).toBe(aantal > drempel);
        },
      ),
    );
  });

  it('If-Match: the tag of a version reads back as that version; missing or * asks for one; anything else is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_147_483_647 }), (versie) => {
        expect(leesIfMatch(etagVan(versie))).toEqual({ soort: 'versie', versie });
        expect(leesIfMatch(` ${etagVan(versie)} `)).toEqual({ soort: 'versie', versie });
        // A weak tag never matches under the strong comparison If-Match uses.
        expect(leesIfMatch(`W/${etagVan(versie)}`)).toEqual({ soort: 'ongeldig' });
        expect(leesIfMatch(`${etagVan(versie)}, ${etagVan(versie + 1)}`)).toEqual({ soort: 'ongeldig' });
      }),
    );
    for (const ontbreekt of [undefined, '', ' ', '*'])
      expect(leesIfMatch(ontbreekt)).toEqual({ soort: 'ontbreekt' });
    for (const ongeldig of ['3', '"-1"', '"1.5"', '"2147483648"', '"99999999999"', '"abc"', ['"1"', '"2"']])
      expect(leesIfMatch(ongeldig)).toEqual({ soort: 'ongeldig' });
  });
});
