import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afstandKm } from '../matching/graaf.js';
import {
  beantwoordGroep,
  bezetInGroepen,
  GROEP_SOORTEN,
  GROOTTE,
  type Groep,
  type GroepSoort,
  groepeer,
  groepStatus,
  type Kandidaat,
  magLeiden,
  passenBijElkaar,
  suggestiesVoor,
  toonbareSuggesties,
  zietContact,
} from './rules.js';

const NU = new Date('2026-12-06T12:00:00Z');
const MORGEN = new Date('2026-12-07T12:00:00Z');
const GISTEREN = new Date('2026-12-05T12:00:00Z');
const THEMAS = ['taalles', 'rouw', 'mantelzorg'];

/** A neighbourhood of about 3 × 3 km with clusters, so groups can form and constraints bite. */
const kandidaat = (i: number) =>
  fc.record({
    id: fc.constant(`p${String(i).padStart(3, '0')}`),
    vraagt: fc.subarray(THEMAS, { minLength: 1 }),
    inGroep: fc.constantFrom(true, true, true, false),
    lat: fc.integer({ min: 0, max: 20 }).map((x) => 52.08 + x / 1000),
    lon: fc.integer({ min: 0, max: 20 }).map((x) => 5.1 + x / 1000),
    maxKm: fc.constantFrom(0, 1, 2, 3, 5, 5),
    // Most share the Monday evening (bit 3); some only have a few other day parts.
    beschikbaar: fc.oneof(
      fc.integer({ min: 1, max: 7 }),
      fc.integer({ min: 0, max: 7 }).map((x) => x | 8),
    ),
    geslacht: fc.constantFrom('v' as const, 'm' as const, 'x' as const, undefined),
    alleenVrouwen: fc.constantFrom(false, false, false, false, true),
    geblokkeerd: fc.constant([] as string[]),
    gepauzeerd: fc.constantFrom(false, false, false, false, true),
    leeftijd: fc.constantFrom(16, 17, 18, 30, 45, 70, 70, undefined),
  });

const buurt = fc
  .integer({ min: 0, max: 60 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => kandidaat(i))))
  .chain((mensen) =>
    // Some blocks between people of the neighbourhood.
    fc
      .array(fc.tuple(fc.nat(Math.max(0, mensen.length - 1)), fc.nat(Math.max(0, mensen.length - 1))), {
        maxLength: 20,
      })
      .map((blokken) => {
        const kopie: Kandidaat[] = mensen.map((m) => ({ ...m, geblokkeerd: [] as string[] }));
        for (const [a, b] of blokken) {
          const door = kopie[a];
          const ander = kopie[b];
          if (door && ander && a !== b) (door.geblokkeerd as string[]).push(ander.id);
        }
        return kopie;
      }),
  );

const soort = fc.constantFrom(...GROEP_SOORTEN);
const thema = fc.constantFrom(...THEMAS);

describe('grouping (property tests)', () => {
  it('no one in two groups, sizes within the kind limits, every member fits every other', () => {
    fc.assert(
      fc.property(buurt, soort, thema, (mensen, s, t) => {
        const groepen = groepeer(mensen, s, t);
        const gezien = new Set<string>();
        const perId = new Map(mensen.map((m) => [m.id, m]));
        for (const g of groepen) {
          expect(g.leden.length).toBeGreaterThanOrEqual(GROOTTE[s].min);
          expect(g.leden.length).toBeLessThanOrEqual(GROOTTE[s].max);
          let dagdelen = (1 << 21) - 1;
          for (const id of g.leden) {
            expect(gezien.has(id)).toBe(false);
            gezien.add(id);
            const m = perId.get(id) as Kandidaat;
            dagdelen &= m.beschikbaar;
            // Paused people, minors and people of unknown age never appear; the theme is hers.
            expect(m.gepauzeerd).toBe(false);
            expect(m.leeftijd !== undefined && m.leeftijd >= 18).toBe(true);
            expect(m.inGroep).toBe(true);
            expect(m.vraagt).toContain(t);
            for (const ander of g.leden) {
              if (ander === id) continue;
              const o = perId.get(ander) as Kandidaat;
              expect(afstandKm(m, o)).toBeLessThanOrEqual(Math.min(m.maxKm, o.maxKm));
              expect(m.geblokkeerd).not.toContain(ander);
              if (m.alleenVrouwen) expect(o.geslacht).toBe('v');
            }
          }
          // They share a day part to meet, and the proposal says which.
          expect(dagdelen).not.toBe(0);
          expect(g.dagdelen).toBe(dagdelen);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the generated neighbourhoods do form groups (the properties above are not vacuous)', () => {
    const gevormd = fc
      .sample(fc.tuple(buurt, soort, thema), { numRuns: 200, seed: 14 })
      .filter(([m, s, t]) => groepeer(m, s, t).length > 0).length;
    expect(gevormd).toBeGreaterThan(10);
  });

  it('the same people in any order give the same groups', () => {
    fc.assert(
      fc.property(
        buurt.chain((m) => fc.tuple(fc.constant(m), fc.shuffledSubarray(m, { minLength: m.length }))),
        soort,
        thema,
        ([mensen, geschud], s, t) => {
          expect(groepeer(geschud, s, t)).toEqual(groepeer(mensen, s, t));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('people already in a group of the kind are left out', () => {
    fc.assert(
      fc.property(buurt, soort, thema, fc.array(fc.nat(60), { maxLength: 20 }), (mensen, s, t, nrs) => {
        const bezet = new Set(nrs.map((n) => `p${String(n).padStart(3, '0')}`));
        for (const g of groepeer(mensen, s, t, bezet))
          for (const id of g.leden) expect(bezet.has(id)).toBe(false);
      }),
    );
  });
});

describe('possible groups (property tests, decision 054)', () => {
  it('count exactly the groups the grouping forms per theme, never below the minimum, in any order', () => {
    fc.assert(
      fc.property(
        buurt.chain((m) => fc.tuple(fc.constant(m), fc.shuffledSubarray(m, { minLength: m.length }))),
        soort,
        ([mensen, geschud], s) => {
          const uit = suggestiesVoor(mensen, s, THEMAS);
          expect(suggestiesVoor(geschud, s, [...THEMAS].reverse())).toEqual(uit);
          for (const t of THEMAS) {
            const groepen = groepeer(mensen, s, t);
            const rij = uit.find((r) => r.thema === t);
            if (groepen.length === 0) expect(rij).toBeUndefined();
            else
              expect(rij).toEqual({
                soort: s,
                thema: t,
                groepen: groepen.length,
                mensen: groepen.reduce((n, g) => n + g.leden.length, 0),
              });
          }
          for (const r of uit) expect(r.mensen).toBeGreaterThanOrEqual(GROOTTE[s].min * r.groepen);
          expect(toonbareSuggesties(uit, THEMAS)).toEqual(uit);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a stored row with fewer people than the kind needs, or a theme no longer offered, is not shown', () => {
    const rijen = [
      { soort: 'lotgenoten' as const, thema: 'rouw', mensen: 4, groepen: 1 },
      { soort: 'lotgenoten' as const, thema: 'taalles', mensen: 3, groepen: 1 },
      { soort: 'buurtcirkel' as const, thema: 'rouw', mensen: 7, groepen: 1 },
      { soort: 'buurtcirkel' as const, thema: 'mantelzorg', mensen: 8, groepen: 1 },
      { soort: 'buurtcirkel' as const, thema: 'taalles', mensen: 9, groepen: 0 },
    ];
    expect(toonbareSuggesties(rijen, ['rouw', 'taalles'])).toEqual([rijen[0]]);
  });
});

describe('grouping (examples)', () => {
  const iemand = (id: string, extra: Partial<Kandidaat> = {}): Kandidaat => ({
    id,
    vraagt: ['rouw'],
    inGroep: true,
    lat: 52.09,
    lon: 5.12,
    maxKm: 3,
    beschikbaar: 1,
    leeftijd: 40,
    ...extra,
  });

  it('forms a lotgenoten group of neighbours with the same request, and none when too few fit', () => {
    const vier = ['a', 'b', 'c', 'd'].map((id) => iemand(id));
    expect(groepeer(vier, 'lotgenoten', 'rouw')).toEqual([{ leden: ['a', 'b', 'c', 'd'], dagdelen: 1 }]);
    expect(groepeer(vier, 'buurtcirkel', 'rouw')).toEqual([]);
    expect(groepeer(vier, 'lotgenoten', 'taalles')).toEqual([]);
  });

  it('a block between two people keeps them out of the same group', () => {
    const mensen = ['a', 'b', 'c', 'd', 'e'].map((id) =>
      iemand(id, id === 'a' ? { geblokkeerd: ['e'] } : {}),
    );
    const [g] = groepeer(mensen, 'lotgenoten', 'rouw');
    expect(g?.leden.includes('a') && g.leden.includes('e')).toBe(false);
    expect(passenBijElkaar(mensen[0] as Kandidaat, mensen[4] as Kandidaat)).toBe(false);
  });

  it('a paused person or a minor never appears', () => {
    const mensen = [
      ...['a', 'b', 'c', 'd'].map((id) => iemand(id)),
      iemand('p', { gepauzeerd: true }),
      iemand('m', { leeftijd: 17 }),
    ];
    const leden = groepeer(mensen, 'lotgenoten', 'rouw').flatMap((g) => g.leden);
    expect(leden).not.toContain('p');
    expect(leden).not.toContain('m');
  });
});

describe("a group's state and answers", () => {
  const groep = (
    antwoorden: Record<string, 'open' | 'ja' | 'nee' | 'verwijderd'>,
    verlooptOp = MORGEN,
  ): Groep => ({
    id: 'g',
    soort: 'lotgenoten' as GroepSoort,
    leden: Object.keys(antwoorden),
    antwoorden,
    verlooptOp,
    gestartOp: null,
  });

  it('starts once everyone answered and enough joined; otherwise does not go ahead', () => {
    expect(groepStatus(groep({ a: 'ja', b: 'ja', c: 'ja', d: 'open' }), NU)).toBe('open');
    expect(groepStatus(groep({ a: 'ja', b: 'ja', c: 'ja', d: 'ja', e: 'nee' }), NU)).toBe('gestart');
    expect(groepStatus(groep({ a: 'ja', b: 'ja', c: 'ja', d: 'nee' }), NU)).toBe('niet-doorgegaan');
    expect(groepStatus(groep({ a: 'ja', b: 'ja', c: 'ja', d: 'ja', e: 'open' }, GISTEREN), NU)).toBe(
      'gestart',
    );
    expect(groepStatus(groep({ a: 'ja', b: 'open', c: 'open', d: 'open' }, GISTEREN), NU)).toBe(
      'niet-doorgegaan',
    );
  });

  it('refuses answering twice, after the time ran out, after removal, or for someone else', () => {
    const g = groep({ a: 'ja', b: 'open', c: 'open', d: 'verwijderd', e: 'open' });
    expect(beantwoordGroep(g, 'a', 'nee', NU)).toEqual({ ok: false, fout: 'al-beantwoord' });
    expect(beantwoordGroep(g, 'd', 'ja', NU)).toEqual({ ok: false, fout: 'gesloten' });
    expect(beantwoordGroep(g, 'x', 'ja', NU)).toEqual({ ok: false, fout: 'geen-lid' });
    expect(beantwoordGroep({ ...g, verlooptOp: GISTEREN }, 'b', 'ja', NU)).toEqual({
      ok: false,
      fout: 'verlopen',
    });
    const ja = beantwoordGroep(g, 'b', 'ja', NU);
    expect(ja.ok && ja.start).toBe(false);
  });

  it('the last answer that brings enough members starts the group', () => {
    const g = groep({ a: 'ja', b: 'ja', c: 'ja', d: 'open', e: 'nee' });
    const uit = beantwoordGroep(g, 'd', 'ja', NU);
    expect(uit.ok && uit.start).toBe(true);
  });

  it('contact only between members who joined, once the group started', () => {
    const open = groep({ a: 'ja', b: 'ja', c: 'ja', d: 'ja', e: 'open' });
    expect(zietContact(open, 'a', 'b', NU)).toBe(false);
    const gestart = groep({ a: 'ja', b: 'ja', c: 'ja', d: 'ja', e: 'nee' });
    expect(zietContact(gestart, 'a', 'b', NU)).toBe(true);
    expect(zietContact(gestart, 'a', 'e', NU)).toBe(false);
    expect(zietContact(gestart, 'e', 'a', NU)).toBe(false);
  });

  it('members of open and started groups are busy for that kind only; declined ones are free', () => {
    const g = groep({ a: 'ja', b: 'open', c: 'nee', d: 'verwijderd' });
    expect([...bezetInGroepen([g], 'lotgenoten', NU)].sort()).toEqual(['a', 'b']);
    expect(bezetInGroepen([g], 'buurtcirkel', NU).size).toBe(0);
  });
});

describe('who leads a group', () => {
  it('a lotgenotengroep only by an ervaringsdeskundige; a buurtcirkel by any professional', () => {
    expect(magLeiden('lotgenoten', { ervaringsdeskundige: true })).toBe(true);
    expect(magLeiden('lotgenoten', { ervaringsdeskundige: false })).toBe(false);
    expect(magLeiden('buurtcirkel', { ervaringsdeskundige: false })).toBe(true);
    expect(magLeiden('buurtcirkel', { ervaringsdeskundige: true })).toBe(true);
  });
});
