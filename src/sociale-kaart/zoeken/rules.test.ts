import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leesPostcodeCsv } from './postcodes.js';
import {
  afstandKm,
  amsterdamMoment,
  filterMerken,
  filterQueryTekst,
  formatAfstand,
  isOpen,
  leesPostcode,
  leesZoekvraag,
  MINUTEN_PER_WEEK,
  omhullende,
  type Rooster,
  tsQueryTekst,
  vouw,
  weekVensters,
  zoekParameters,
  zoekWoorden,
} from './rules.js';
import { kenmerkTermId, LEVENSGEBIED_TAXONOMIE, levensgebiedTermId, sleutelUuid } from './vocabulaire.js';

const DAGEN = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const tijd = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const rooster: fc.Arbitrary<Rooster> = fc.record({
  freq: fc.constant('WEEKLY'),
  byday: fc.subarray(DAGEN, { minLength: 1 }).map((days) => days.join(',')),
  opens_at: tijd,
  closes_at: tijd,
  interval: fc.constant(1),
  valid_from: fc.constant(null),
  valid_to: fc.constant(null),
});

describe('text', () => {
  it('folds accents and case, and folding twice changes nothing', () => {
    expect(vouw('Café Één Naïef ĳs')).toBe('cafe een naief ijs');
    // Found by this property: capital ẞ lowers to ß after the ß rule had run.
    expect(vouw('STRAẞE Straße')).toBe('strasse strasse');
    expect(vouw('İstanbul')).toBe('istanbul');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = vouw(text);
        expect(vouw(once)).toBe(once);
        expect(once).not.toMatch(/\p{M}/u);
      }),
    );
  });

  it('query words are a–z and 0–9 only, at most 8, without repeats', () => {
    expect(zoekWoorden('Wandelgroep, wandelgroep voor OUDEREN!')).toEqual(['wandelgroep', 'voor', 'ouderen']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const words = zoekWoorden(text);
        expect(words.length).toBeLessThanOrEqual(8);
        expect(new Set(words).size).toBe(words.length);
        for (const word of words) expect(word).toMatch(/^[a-z0-9]{1,40}$/);
      }),
    );
  });

  it('the tsquery text holds nothing but words, prefixes, | & and brackets', () => {
    expect(
      tsQueryTekst(
        [
          { woord: 'wandelgroep', prefix: false, alternatieven: [] },
          { woord: 'oudren', prefix: true, alternatieven: ['ouderen', 'ouders'] },
        ],
        'alle',
      ),
    ).toBe('wandelgroep & (oudren:* | ouderen | ouders)');
    expect(
      tsQueryTekst(
        [
          { woord: 'de', prefix: true, alternatieven: [] },
          { woord: 'hulp', prefix: true, alternatieven: [] },
        ],
        'een',
      ),
    ).toBe('de | hulp:*');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            woord: fc.string(),
            prefix: fc.boolean(),
            alternatieven: fc.array(fc.string(), { maxLength: 3 }),
          }),
          { maxLength: 6 },
        ),
        (groups) => {
          expect(tsQueryTekst(groups, 'alle')).toMatch(/^[a-z0-9:*|&() ]*$/);
        },
      ),
    );
  });
});

describe('the search form', () => {
  it('never throws, whatever the parameters', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'q',
            'levensgebied',
            'postcode',
            'afstand',
            'sorteer',
            'pagina',
            'gratis',
            'nu-open',
            'x',
          ),
          fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })),
        ),
        (query) => {
          const { vraag } = leesZoekvraag(query);
          expect(vraag.pagina).toBeGreaterThanOrEqual(1);
          expect(vraag.tekst.length).toBeLessThanOrEqual(200);
          if (vraag.afstandKm !== undefined) expect(vraag.afstandKm).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('reports each bad field, keeps the good ones', () => {
    const { vraag, fouten } = leesZoekvraag({
      q: 'taal',
      postcode: '12',
      afstand: '-3',
      levensgebied: 'financien',
    });
    expect(fouten).toEqual({ postcode: 'socialeKaart.fout.postcode', afstand: 'socialeKaart.fout.afstand' });
    expect(vraag.tekst).toBe('taal');
    expect(vraag.levensgebied).toBe('financien');
    expect(leesZoekvraag({ afstand: '5' }).fouten).toEqual({ postcode: 'socialeKaart.fout.postcode-nodig' });
    expect(leesZoekvraag({ afstand: '2,5', postcode: '0101 aa' }).vraag.afstandKm).toBe(2.5);
  });

  it('links carry the search: reading the parameters back gives the same search', () => {
    const { vraag } = leesZoekvraag({
      q: 'café',
      levensgebied: 'wonen',
      gratis: 'ja',
      postcode: '0101AA',
      afstand: '5',
      sorteer: 'afstand',
      pagina: '3',
    });
    const again = leesZoekvraag(Object.fromEntries(new URLSearchParams(zoekParameters(vraag))));
    expect(again.vraag).toEqual(vraag);
  });
});

describe('postcodes', () => {
  it('reads PC4 and PC6 in their usual spellings', () => {
    expect(leesPostcode('1234 ab')).toEqual({ pc4: '1234', pc6: '1234AB' });
    expect(leesPostcode(' 1234 ')).toEqual({ pc4: '1234', pc6: undefined });
    expect(leesPostcode('123')).toBeUndefined();
    expect(leesPostcode('1234 A')).toBeUndefined();
  });

  it('reads a CSV with commas or with semicolons and decimal commas, and reports bad lines', () => {
    expect(leesPostcodeCsv('postcode,latitude,longitude\n1234 AB,52.1,5.2\n1234,52,5\n')).toEqual({
      rijen: [
        { postcode: '1234AB', latitude: 52.1, longitude: 5.2 },
        { postcode: '1234', latitude: 52, longitude: 5 },
      ],
      problemen: [],
    });
    const semi = leesPostcodeCsv('PC6;lat;lon\r\n1234AB;52,1;5,2\r\nABCD;1;2\r\n1235AA;95;5\r\n');
    expect(semi.rijen).toEqual([{ postcode: '1234AB', latitude: 52.1, longitude: 5.2 }]);
    expect(semi.problemen.map((p) => p.regel)).toEqual([3, 4]);
    expect(leesPostcodeCsv('a,b\n').problemen[0]?.regel).toBe(1);
  });
});

describe('opening hours', () => {
  it('a service open at a minute has the mark of its hour; the filter asks for exactly the marks', () => {
    fc.assert(
      fc.property(rooster, fc.integer({ min: 0, max: MINUTEN_PER_WEEK - 1 }), (r, minuut) => {
        const vensters = weekVensters(r);
        const merken = filterMerken({ kenmerken: ['gratis'], levensgebieden: ['werk'], vensters });
        const open = vensters.some((v) => v.van <= minuut && minuut < v.tot);
        if (open) expect(merken).toContain(`o:${Math.floor(minuut / 60)}`);
        // Only hours with an open minute are marked.
        for (const merk of merken.filter((m) => m.startsWith('o:'))) {
          const uur = Number(merk.slice(2));
          expect(vensters.some((v) => v.van < (uur + 1) * 60 && v.tot > uur * 60)).toBe(true);
        }
        expect(merken).toEqual(expect.arrayContaining(['k:gratis', 'l:werk']));
      }),
    );
    expect(filterQueryTekst({ kenmerken: ['gratis', 'groep'], levensgebied: 'werk', openOp: 2070 })).toBe(
      "'k:gratis' & 'k:groep' & 'l:werk' & 'o:34'",
    );
    expect(filterQueryTekst({ kenmerken: [], levensgebied: undefined, openOp: undefined })).toBe('');
    expect(filterQueryTekst({ kenmerken: ["it's"], levensgebied: undefined, openOp: undefined })).toBe(
      "'k:it''s'",
    );
  });

  it('turns a weekly schedule into windows within the week', () => {
    expect(weekVensters({ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00' })).toEqual([
      { van: 540, tot: 720 },
      { van: 2 * 1440 + 540, tot: 2 * 1440 + 720 },
    ]);
    // Sunday night into Monday morning wraps round the week.
    expect(weekVensters({ freq: 'WEEKLY', byday: 'SU', opens_at: '22:00', closes_at: '02:00' })).toEqual([
      { van: 6 * 1440 + 1320, tot: MINUTEN_PER_WEEK },
      { van: 0, tot: 120 },
    ]);
    expect(weekVensters({ freq: 'MONTHLY', byday: '1MO', opens_at: '09:00', closes_at: '12:00' })).toEqual(
      [],
    );
    fc.assert(
      fc.property(rooster, (r) => {
        for (const w of weekVensters(r)) {
          expect(w.van).toBeGreaterThanOrEqual(0);
          expect(w.tot).toBeLessThanOrEqual(MINUTEN_PER_WEEK);
          expect(w.van).toBeLessThan(w.tot);
        }
      }),
    );
  });

  it('reads the moment in Amsterdam time, summer and winter', () => {
    expect(amsterdamMoment(new Date('2026-06-16T08:30:00Z'))).toEqual({
      minuut: 1440 + 630,
      datum: '2026-06-16',
    });
    expect(amsterdamMoment(new Date('2026-12-17T19:00:00Z'))).toEqual({
      minuut: 3 * 1440 + 1200,
      datum: '2026-12-17',
    });
    expect(amsterdamMoment(new Date('2026-06-14T22:30:00Z'))).toEqual({ minuut: 30, datum: '2026-06-15' });
  });

  it('"open" agrees with reading the schedule day by day', () => {
    fc.assert(
      fc.property(
        rooster,
        fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        (r, at) => {
          const { minuut } = amsterdamMoment(at);
          const day = DAGEN[Math.floor(minuut / 1440)] as string;
          const previous = DAGEN[(Math.floor(minuut / 1440) + 6) % 7] as string;
          const inDay = minuut % 1440;
          const [oh, om] = (r.opens_at as string).split(':').map(Number) as [number, number];
          const [ch, cm] = (r.closes_at as string).split(':').map(Number) as [number, number];
          const opens = oh * 60 + om;
          const closes = ch * 60 + cm;
          const days = (r.byday as string).split(',');
          const expected =
            closes > opens
              ? days.includes(day) && inDay >= opens && inDay < closes
              : (days.includes(day) && inDay >= opens) || (days.includes(previous) && inDay < closes);
          expect(isOpen([r], at)).toBe(expected);
        },
      ),
    );
  });

  it('respects valid_from and valid_to', () => {
    const r = { freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '11:30' };
    const at = new Date('2026-06-16T08:30:00Z');
    expect(isOpen([{ ...r, valid_from: '2026-06-16', valid_to: '2026-06-16' }], at)).toBe(true);
    expect(isOpen([{ ...r, valid_to: '2026-06-15' }], at)).toBe(false);
    expect(isOpen([{ ...r, valid_from: '2026-06-17' }], at)).toBe(false);
  });
});

describe('distance', () => {
  it('the bounding box holds every point within the radius', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 50.5, max: 53.7, noNaN: true }),
        fc.double({ min: 3.2, max: 7.3, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (lat, lon, km, angle, share) => {
          const box = omhullende({ lat, lon }, km);
          // A point at distance share*km in some direction (small-distance approximation, 1% slack).
          const d = share * km * 0.99;
          const point = {
            lat: lat + (d / 111.19) * Math.cos(angle),
            lon: lon + (d / (111.19 * Math.cos((lat * Math.PI) / 180))) * Math.sin(angle),
          };
          if (afstandKm({ lat, lon }, point) > km) return;
          expect(point.lat).toBeGreaterThanOrEqual(box.minLat);
          expect(point.lat).toBeLessThanOrEqual(box.maxLat);
          expect(point.lon).toBeGreaterThanOrEqual(box.minLon);
          expect(point.lon).toBeLessThanOrEqual(box.maxLon);
        },
      ),
    );
  });

  it('Amsterdam to Utrecht is about 35 km; distances read plainly', () => {
    expect(afstandKm({ lat: 52.3731, lon: 4.8922 }, { lat: 52.0907, lon: 5.1214 })).toBeCloseTo(34.6, 0);
    expect(formatAfstand(0.34, 'nl')).toBe('350 m');
    expect(formatAfstand(0.01, 'nl')).toBe('50 m');
    expect(formatAfstand(1.24, 'nl')).toBe('1,2 km');
    expect(formatAfstand(1.24, 'en')).toBe('1.2 km');
    expect(formatAfstand(12.6, 'nl')).toBe('13 km');
  });
});

describe('vocabulary', () => {
  it('has stable UUIDs for the taxonomies and terms', () => {
    expect(sleutelUuid('taxonomie/levensgebied')).toBe(LEVENSGEBIED_TAXONOMIE.id);
    expect(levensgebiedTermId('financien')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(levensgebiedTermId('financien')).not.toBe(kenmerkTermId('gratis'));
  });
});
