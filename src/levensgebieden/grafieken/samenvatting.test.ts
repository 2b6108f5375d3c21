import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n/i18n.js';
import { historieSamenvatting, radarSamenvatting } from './samenvatting.js';
import { historieInvoerArb, radarInvoerArb } from './test-arbitraries.js';
import type { As, Reeks } from './types.js';

const nl = translator('nl');
const en = translator('en');
const schaal = {
  min: 1,
  max: 5,
  stappen: [
    { waarde: 1, label: 'het gaat helemaal niet' },
    { waarde: 2, label: 'het gaat moeilijk' },
    { waarde: 3, label: 'het gaat soms' },
    { waarde: 4, label: 'het gaat goed met wat hulp' },
    { waarde: 5, label: 'ik doe dit helemaal zelf' },
  ],
};
const assen: As[] = [
  { code: 'financien', label: 'Geld' },
  { code: 'wonen', label: 'Wonen' },
  { code: 'werk', label: 'Werk' },
  { code: 'contacten', label: 'Contacten' },
];
const ik: Reeks = { naam: 'Ik', soort: 'ik', waarden: { financien: 4, wonen: 2, werk: 3, contacten: null } };
const eerder: Reeks = {
  naam: 'Vorige keer',
  soort: 'eerder',
  waarden: { financien: 2, wonen: 3, werk: 3, contacten: 4 },
};
const begeleider: Reeks = {
  naam: 'Je begeleider',
  soort: 'ander',
  waarden: { financien: 2, wonen: 5, werk: 4, contacten: 1 },
};

describe('radar summary', () => {
  it('says per domain what changed since last time, what was skipped, and where another view differs 2 steps or more', () => {
    expect(radarSamenvatting({ assen, reeksen: [ik, eerder, begeleider], schaal }, nl)).toEqual([
      'Je hebt 3 van de 4 levensgebieden ingevuld.',
      'Overgeslagen of weet je niet: Contacten.',
      'Op 1 van de 3 levensgebieden gaat het volgens jou beter dan de vorige keer: Geld.',
      'Op 1 van de 3 levensgebieden gaat het volgens jou slechter dan de vorige keer: Wonen.',
      'Op 1 van de 3 levensgebieden is het volgens jou hetzelfde als de vorige keer.',
      'Je begeleider denkt dat het beter gaat dan jij bij: Wonen. Het verschil is 2 stappen of meer.',
      'Je begeleider denkt dat het slechter gaat dan jij bij: Geld. Het verschil is 2 stappen of meer.',
      'Alle antwoorden staan ook in de tabel onder de grafiek.',
    ]);
  });

  it('names the owner when someone else looks, and lists several domains as a sentence', () => {
    const ilse: Reeks = { ...ik, naam: 'Ilse', waarden: { financien: 5, wonen: 5, werk: 5, contacten: 5 } };
    const zinnen = radarSamenvatting(
      { assen, reeksen: [ilse, { ...begeleider, naam: 'Kees' }], schaal, kijker: 'ander' },
      nl,
    );
    expect(zinnen).toContain('Ilse heeft 4 van de 4 levensgebieden ingevuld.');
    expect(zinnen).toContain(
      'Kees denkt dat het slechter gaat dan Ilse bij: Geld en Contacten. Het verschil is 2 stappen of meer.',
    );
  });

  it('says so when two views nowhere differ 2 steps or more; a 1-step difference is not named', () => {
    const zinnen = radarSamenvatting(
      {
        assen,
        reeksen: [
          ik,
          { naam: 'Sam', soort: 'ander', waarden: { financien: 3, wonen: 3, werk: 4, contacten: 1 } },
        ],
        schaal,
      },
      nl,
    );
    expect(zinnen).toContain('Jij en Sam verschillen nergens 2 stappen of meer.');
  });

  it('uses plurals and English', () => {
    const een = radarSamenvatting(
      { assen: [assen[0] as As], reeksen: [{ ...ik, waarden: { financien: 4 } }], schaal },
      nl,
    );
    expect(een[0]).toBe('Je hebt 1 van de 1 levensgebied ingevuld.');
    expect(radarSamenvatting({ assen, reeksen: [ik, eerder], schaal }, en)).toContain(
      'On 1 of the 3 life domains you think it goes better than last time: Geld.',
    );
  });

  it('without an "ik" series only says what each series skipped', () => {
    expect(
      radarSamenvatting({ assen, reeksen: [{ ...begeleider, waarden: { financien: 3 } }], schaal }, nl),
    ).toEqual([
      'Je begeleider heeft dit overgeslagen of weet het niet: Wonen, Werk en Contacten.',
      'Alle antwoorden staan ook in de tabel onder de grafiek.',
    ]);
  });

  it('never gives one overall score, and every sentence compiles for any input', () => {
    fc.assert(
      fc.property(radarInvoerArb, ({ assen, reeksen, schaal }) => {
        const zinnen = radarSamenvatting({ assen, reeksen, schaal }, nl);
        expect(zinnen.length).toBeGreaterThan(0);
        for (const zin of zinnen) {
          expect(zin).not.toMatch(/NaN|Infinity|undefined|gemiddeld|totaalscore/i);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('history summary', () => {
  it('gives the first and the last answer with dates, the change in steps and how often it was skipped', () => {
    const zinnen = historieSamenvatting(
      {
        reeksen: [
          {
            naam: 'Ik',
            soort: 'ik',
            metingen: [
              { datum: new Date('2026-11-01T10:00:00Z'), waarde: 4 },
              { datum: new Date('2026-01-05T10:00:00Z'), waarde: 1 },
              { datum: new Date('2026-06-01T10:00:00Z'), waarde: null },
            ],
          },
          {
            naam: 'Begeleider',
            soort: 'ander',
            metingen: [{ datum: new Date('2026-11-01T10:00:00Z'), waarde: 3 }],
          },
          {
            naam: 'Oma',
            soort: 'ander',
            metingen: [{ datum: new Date('2026-11-01T10:00:00Z'), waarde: null }],
          },
          { naam: 'Buur', soort: 'ander', metingen: [] },
        ],
        schaal,
      },
      nl,
    );
    expect(zinnen).toEqual([
      'Ik: de eerste keer (05-01-2026) was het antwoord 1 – het gaat helemaal niet. De laatste keer (01-11-2026) was het 4 – het gaat goed met wat hulp. Dat is 3 stappen hoger. 1 keer overgeslagen of weet ik niet.',
      'Begeleider: één antwoord, op 01-11-2026: 3 – het gaat soms.',
      'Oma: 1 keer overgeslagen of weet ik niet. Er is nog geen antwoord.',
      'Buur: nog geen antwoorden.',
      'Alle antwoorden staan ook in de tabel onder de grafiek.',
    ]);
  });

  it('says "lower" and "the same", uses the date in Amsterdam, and speaks English', () => {
    const reeks = (a: number, b: number) => ({
      naam: 'Ik',
      soort: 'ik' as const,
      metingen: [
        // 23:30 UTC on 31 December is already 1 January in Amsterdam.
        { datum: new Date('2025-12-31T23:30:00Z'), waarde: a },
        { datum: new Date('2026-03-01T12:00:00Z'), waarde: b },
      ],
    });
    expect(historieSamenvatting({ reeksen: [reeks(5, 4)], schaal }, nl)[0]).toMatch(
      /\(01-01-2026\).*Dat is 1 stap lager\.$/,
    );
    expect(historieSamenvatting({ reeksen: [reeks(3, 3)], schaal }, nl)[0]).toMatch(/Dat is hetzelfde\.$/);
    expect(historieSamenvatting({ reeksen: [reeks(2, 4)], schaal }, en)[0]).toMatch(
      /^Ik: the first time \(01\/01\/2026\).*That is 2 steps higher\.$/,
    );
  });

  it('produces text without NaN for any input', () => {
    fc.assert(
      fc.property(historieInvoerArb, ({ reeksen, schaal }) => {
        for (const zin of historieSamenvatting({ reeksen, schaal }, nl)) {
          expect(zin).not.toMatch(/NaN|Infinity|undefined|Invalid/i);
        }
      }),
      { numRuns: 150 },
    );
  });
});
