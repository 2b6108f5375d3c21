import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aangebodenDoeners,
  CODE_LENGTE,
  CODE_TEKENS,
  DOENERS,
  etagVan,
  huishoudWaarschuwingen,
  isGeldigeDatum,
  leesIfMatch,
  leesKoppelcode,
  type ProfessioneleActie,
  planTelling,
  STANDAARD_MAX_PROFESSIONALS,
  toonKoppelcode,
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

  // --- huishouden -------------------------------------------------------------------------------
  const ACCOUNTS = ['acc-a', 'acc-b', 'acc-c', 'acc-d', 'acc-e'] as const;
  const telling = fc
    .record({
      acties: fc.array(
        fc.record({
          levensgebieden: fc.uniqueArray(fc.constantFrom(...GEBIEDEN), { maxLength: 3 }),
          organisatie: fc.constantFrom(...ORGS),
        }),
        { maxLength: 6 },
      ),
      professionals: fc.array(
        fc.record({ accountId: fc.constantFrom(...ACCOUNTS), organisatie: fc.constantFrom(...ORGS) }),
        { maxLength: 5 },
      ),
    })
    .map(planTelling);
  const drempel = fc.integer({ min: 1, max: 6 });

  it('a household of one warns nothing beyond her own plan', () => {
    fc.assert(
      fc.property(telling, drempel, (eigen, d) => {
        expect(huishoudWaarschuwingen(eigen, [], d)).toEqual([]);
      }),
    );
  });

  it('counts the distinct professionals over all linked plans, only above the threshold and above her own count', () => {
    fc.assert(
      fc.property(
        telling,
        fc.array(telling, { minLength: 1, maxLength: 3 }),
        drempel,
        (eigen, anderen, d) => {
          const alle = new Set([eigen, ...anderen].flatMap((t) => t.professionals));
          const w = huishoudWaarschuwingen(eigen, anderen, d).find(
            (x) => x.soort === 'huishouden-professionals',
          );
          const verwacht = alle.size > d && alle.size > new Set(eigen.professionals).size;
          expect(w).toEqual(
            verwacht ? { soort: 'huishouden-professionals', aantal: alle.size, drempel: d } : undefined,
          );
        },
      ),
    );
  });

  it('names no organisation, person or levensgebied of another plan: numbers only', () => {
    fc.assert(
      fc.property(
        telling,
        fc.array(telling, { minLength: 1, maxLength: 3 }),
        drempel,
        (eigen, anderen, d) => {
          for (const w of huishoudWaarschuwingen(eigen, anderen, d))
            for (const [veld, waarde] of Object.entries(w))
              if (veld !== 'soort') expect(typeof waarde).toBe('number');
        },
      ),
    );
  });

  it('does not depend on the order of the others, and never falls when someone joins', () => {
    fc.assert(
      fc.property(
        telling,
        fc.array(telling, { minLength: 1, maxLength: 3 }),
        telling,
        drempel,
        (eigen, anderen, nieuw, d) => {
          const w = huishoudWaarschuwingen(eigen, anderen, d);
          expect(huishoudWaarschuwingen(eigen, [...anderen].reverse(), d)).toEqual(w);
          const gebieden = (x: typeof w) => x.find((y) => y.soort === 'huishouden-organisaties');
          const meer = huishoudWaarschuwingen(eigen, [...anderen, nieuw], d);
          const voor = gebieden(w);
          const na = gebieden(meer);
          if (voor?.soort === 'huishouden-organisaties')
            expect(na?.soort === 'huishouden-organisaties' && na.gebieden >= voor.gebieden).toBe(true);
        },
      ),
    );
  });

  it('warns of a levensgebied with several organisations only when the others make it so', () => {
    const eigen = planTelling({
      acties: [{ levensgebieden: ['financien'], organisatie: 'Schuldhulp' }],
      professionals: [{ accountId: 'acc-a', organisatie: 'Schuldhulp' }],
    });
    const ander = planTelling({
      acties: [{ levensgebieden: ['financien'], organisatie: ' schuldhulp' }],
      professionals: [{ accountId: 'acc-a', organisatie: 'Schuldhulp' }],
    });
    expect(huishoudWaarschuwingen(eigen, [ander], 3)).toEqual([]);
    const derde = planTelling({
      acties: [{ levensgebieden: ['financien', 'wonen'], organisatie: 'GGZ' }],
      professionals: ['acc-b', 'acc-c', 'acc-d'].map((accountId) => ({ accountId, organisatie: 'GGZ' })),
    });
    expect(huishoudWaarschuwingen(eigen, [ander, derde], 3)).toEqual([
      { soort: 'huishouden-professionals', aantal: 4, drempel: 3 },
      { soort: 'huishouden-organisaties', gebieden: 1 },
    ]);
  });

  it('reads a link code back as it was shown, in any case and with any dashes or spaces', () => {
    const code = fc
      .array(fc.constantFrom(...CODE_TEKENS), { minLength: CODE_LENGTE, maxLength: CODE_LENGTE })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(code, (c) => {
        expect(leesKoppelcode(toonKoppelcode(c))).toBe(c);
        expect(leesKoppelcode(` ${toonKoppelcode(c).toLowerCase().replaceAll('-', ' ')} `)).toBe(c);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const uit = leesKoppelcode(s);
        if (uit !== null) expect(uit).toMatch(new RegExp(`^[${CODE_TEKENS}]{${CODE_LENGTE}}$`));
      }),
    );
    for (const fout of ['', 'ABCD-EFGH-JKM', 'ABCD-EFGH-JKMN0', 'ABCD-EFGH-JKM0', 'ABCD-EFGH-JKMI'])
      expect(leesKoppelcode(fout)).toBeNull();
  });
});
