import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monitorAanvaller } from '../aanvaller-snel.js';
import { breedGenoeg, type Regels, STANDAARD_REGELS } from '../onderdrukking.js';
import { DEMO_GEBIEDEN, DEMO_WIJK_VRAGEN, demoWijk } from './demo-wijk.js';
import { type PanelUitkomst, panelRapport, telAntwoorden } from './rules.js';
import { SEED_000_VRAGEN, seed000 } from './seed-000.js';
import {
  beschermUitsplitsingen,
  getoondeUitsplitsAantallen,
  leeftijdsgroep,
  leesPanelUitsplitsing,
  type PanelUitsplitsing,
  type PanelUitsplitsingUitkomst,
  telUitsplitsing,
  uitsplitsingVan,
} from './uitsplitsing.js';
import { type Antwoord, type Vraag, vraagVan, wijkVraag } from './vraagbank.js';

/** The report per question and the protection of every breakdown, as the app makes them. */
async function maak(sets: Record<string, Antwoord>[], vragen: Vraag[], regels: Regels) {
  const rapport = await panelRapport({
    vragen,
    ...telAntwoorden(sets, vragen),
    regels,
    aanvaller: monitorAanvaller,
  });
  const b = await beschermUitsplitsingen({
    vragen,
    tellingen: telUitsplitsing(sets, vragen),
    rapport,
    regels,
    aanvaller: monitorAanvaller,
  });
  return { rapport, b };
}

const ALLE: PanelUitsplitsing[][] = [['geslacht'], ['leeftijd'], ['geslacht', 'leeftijd']];

describe('breakdowns of a peiling', () => {
  const vragen = SEED_000_VRAGEN.map((c) => vraagVan(c) ?? expect.unreachable(c));
  const sets = seed000().map((s) => s.antwoorden);

  it('reads the breakdown from the URL, and nothing else', () => {
    expect(leesPanelUitsplitsing('geslacht')).toEqual(['geslacht']);
    expect(leesPanelUitsplitsing('leeftijd-geslacht')).toEqual(['geslacht', 'leeftijd']);
    expect(leesPanelUitsplitsing('gebied')).toEqual(['gebied']);
    expect(leesPanelUitsplitsing('geslacht-gebied')).toEqual(['geslacht', 'gebied']);
    expect(leesPanelUitsplitsing('gebied-geslacht')).toEqual(['geslacht', 'gebied']);
    // Area × age is not offered, so it is not protected: no such breakdown.
    for (const fout of [
      '',
      'naam',
      'geslacht-geslacht',
      'geslacht-leeftijd-gebied',
      'gebied-leeftijd',
      undefined,
      ['geslacht'],
    ])
      expect(leesPanelUitsplitsing(fout)).toBe('ongeldig');
    expect(leeftijdsgroep('34')).toBe('16-34');
    expect(leeftijdsgroep('35')).toBe('35-49');
    expect(leeftijdsgroep('64')).toBe('50-64');
    expect(leeftijdsgroep('65')).toBe('65-plus');
    expect(leeftijdsgroep('weet-niet')).toBe('weet-niet');
  });

  it('seed 000: gender × answer is shown, gender × age is withheld, area cannot be made', async () => {
    const { rapport, b } = await maak(sets, vragen, STANDAARD_REGELS);
    const geslacht = uitsplitsingVan(b, ['geslacht']);
    if (geslacht.soort !== 'tabellen') throw new Error(geslacht.soort);
    const algemeen = geslacht.vragen.find((v) => v.vraag.code === 'algemeen');
    expect(algemeen?.teruggehouden).toBe(false);
    expect(algemeen?.rijen.map((r) => [r.groep, r.aantallen, r.n])).toEqual([
      [[], [98, 27], 125],
      [['man'], [56, 15], 71],
      [['vrouw'], [42, 12], 54],
    ]);
    // The everyone row is the report per question, on every breakdown.
    for (const u of ALLE) {
      const uit = uitsplitsingVan(b, u);
      if (uit.soort !== 'tabellen') throw new Error(uit.soort);
      for (const v of uit.vragen) {
        const r = rapport.find((x) => x.vraag.code === v.vraag.code) as PanelUitkomst & {
          soort: 'verdeling';
        };
        expect(v.rijen[0]?.n).toBe(r.n);
        expect(v.rijen[0]?.aantallen).toEqual(
          v.waarden.map((w) => r.rijen.find((x) => x.waarde === w)?.aantal),
        );
      }
    }
    const kruising = uitsplitsingVan(b, ['geslacht', 'leeftijd']);
    expect(kruising.soort === 'tabellen' && kruising.teruggehouden).toBe(true);
    expect(uitsplitsingVan(b, ['gebied'])).toEqual({
      soort: 'kan-niet',
      reden: 'geen-vraag',
      ontbreekt: ['gebied'],
    });
  });

  it('a peiling without a gender question cannot be broken down by gender', async () => {
    const zonder = vragen.filter((v) => v.code !== 'geslacht');
    const { b } = await maak(sets, zonder, STANDAARD_REGELS);
    expect(uitsplitsingVan(b, ['geslacht'])).toMatchObject({ soort: 'kan-niet', ontbreekt: ['geslacht'] });
    expect(uitsplitsingVan(b, ['leeftijd']).soort).toBe('tabellen');
  });

  it('leaves out a question not everyone answered (its cube would count other people)', async () => {
    const deels = sets.map((set, i) => {
      if (i % 2 === 0) return set;
      const { woord: _weg, ...rest } = set;
      return rest;
    });
    const { b } = await maak(deels, vragen, STANDAARD_REGELS);
    const uit = uitsplitsingVan(b, ['geslacht']);
    if (uit.soort !== 'tabellen') throw new Error(uit.soort);
    expect(uit.vragen.map((v) => v.vraag.code)).not.toContain('woord');
    expect(uit.vragen.map((v) => v.vraag.code)).toContain('algemeen');
  });

  it('shows no count under the minimum on any breakdown of random panels (property)', async () => {
    const v = ['geslacht', 'leeftijd', 'algemeen', 'woord'].map((c) => vraagVan(c) as Vraag);
    const regels = { minimum: 5, marge: 5 };
    const antwoord = (w: string) => ({ waarden: [w], weetNiet: false });
    const set = fc.record({
      geslacht: fc.constantFrom(antwoord('man'), antwoord('vrouw'), { waarden: [], weetNiet: true }),
      leeftijd: fc.integer({ min: 16, max: 90 }).map((n) => antwoord(String(n))),
      algemeen: fc.constantFrom('1', '3', '5').map(antwoord),
      woord: fc.constantFrom(antwoord('ja'), antwoord('nee'), { waarden: [], weetNiet: true }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(set, { minLength: 5, maxLength: 60 }), async (sets) => {
        const { b } = await maak(sets, v, regels);
        for (const u of ALLE) {
          const uit = uitsplitsingVan(b, u);
          for (const n of getoondeUitsplitsAantallen(uit)) expect(n).toBeGreaterThanOrEqual(regels.minimum);
        }
      }),
      { numRuns: 20, seed: 1549 },
    );
  });

  it('the demo peiling with areas: "heard the word" by area for Centrum and Oost, West withheld, area × gender withheld', async () => {
    const v = DEMO_WIJK_VRAGEN.map((c) => vraagVan(c, undefined, DEMO_GEBIEDEN) ?? expect.unreachable(c));
    const { rapport, b } = await maak(
      demoWijk().map((s) => s.antwoorden),
      v,
      STANDAARD_REGELS,
    );
    expect(b.dims).toEqual(['geslacht', 'gebied']);
    const uit = uitsplitsingVan(b, ['gebied']);
    if (uit.soort !== 'tabellen') throw new Error(uit.soort);
    const woord = uit.vragen.find((x) => x.vraag.code === 'woord');
    expect(woord?.teruggehouden).toBe(false);
    expect(woord?.rijen.map((r) => [r.groep, r.aantallen, r.n])).toEqual([
      [[], [95, 95], 190],
      [['Centrum'], [50, 50], 100],
      [['Oost'], [35, 35], 70],
      [['West'], [null, null], null],
      [['liever-niet'], [null, null], null],
      [['weet-niet'], [null, null], null],
    ]);
    // The area groups' sizes are the area question's own report, shown and hidden alike.
    const eigen = rapport.find((r) => r.vraag.code === 'wijk');
    if (eigen?.soort !== 'verdeling') throw new Error('no area report');
    for (const r of woord?.rijen.slice(1) ?? [])
      expect(r.n).toBe(eigen.rijen.find((x) => x.waarde === r.groep[0])?.aantal);
    const kruising = uitsplitsingVan(b, ['geslacht', 'gebied']);
    expect(kruising.soort === 'tabellen' && kruising.teruggehouden).toBe(true);
    expect(uitsplitsingVan(b, ['leeftijd'])).toMatchObject({ soort: 'kan-niet', ontbreekt: ['leeftijd'] });
  });

  it('counts an answer with an area the gemeente later removed as a group of its own', async () => {
    const v = ['wijk', 'woord'].map((c) => vraagVan(c, undefined, ['Noord']) as Vraag);
    const sets = Array.from({ length: 40 }, (_, i) => ({
      wijk: { waarden: [i < 25 ? 'Noord' : 'Vroeger'], weetNiet: false },
      woord: { waarden: [i % 2 ? 'ja' : 'nee'], weetNiet: false },
    }));
    const { b } = await maak(sets, v, { minimum: 5, marge: 5 });
    expect(b.groepen.gebied).toEqual(['Noord', 'Vroeger']);
    const uit = uitsplitsingVan(b, ['gebied']);
    if (uit.soort !== 'tabellen') throw new Error(uit.soort);
    expect(uit.vragen[0]?.rijen.map((r) => r.n)).toEqual([40, 25, 15]);
  });

  it('by area and area × gender: no shown count under the minimum, no hidden one narrower than the margin or left alone in its row or column (property)', async () => {
    const gebieden = ['Noord', 'Zuid', 'West'];
    const wijk = wijkVraag(gebieden) as Vraag;
    const v = [
      vraagVan('geslacht') as Vraag,
      wijk,
      vraagVan('algemeen') as Vraag,
      vraagVan('woord') as Vraag,
    ];
    const regels = { minimum: 5, marge: 5 };
    const antwoord = (w: string) => ({ waarden: [w], weetNiet: false });
    const set = fc.record({
      geslacht: fc.constantFrom(antwoord('man'), antwoord('vrouw')),
      wijk: fc.constantFrom(...gebieden.map(antwoord), antwoord('Noord'), antwoord('liever-niet'), {
        waarden: [],
        weetNiet: true,
      }),
      algemeen: fc.constantFrom('1', '3', '5').map(antwoord),
      woord: fc.constantFrom(antwoord('ja'), antwoord('nee')),
    });
    /** A hidden count that the rest of its row, or of its column, gives away. */
    const alleen = (uit: PanelUitsplitsingUitkomst) => {
      if (uit.soort !== 'tabellen') return [];
      return uit.vragen.flatMap((x) => {
        if (x.teruggehouden) return [];
        const rij = x.rijen.filter((r) => r.n !== null && r.aantallen.filter((a) => a === null).length === 1);
        const [iedereen, ...groepen] = x.rijen;
        const kolom = x.waarden.filter(
          (_, w) =>
            iedereen?.aantallen[w] !== null && groepen.filter((r) => r.aantallen[w] === null).length === 1,
        );
        return [...rij.map((r) => `${x.vraag.code} ${r.groep}`), ...kolom.map((w) => `${x.vraag.code} ${w}`)];
      });
    };
    await fc.assert(
      fc.asyncProperty(fc.array(set, { minLength: 5, maxLength: 60 }), async (sets) => {
        const { b } = await maak(sets, v, regels);
        for (const u of [['gebied'], ['geslacht', 'gebied'], ['geslacht']] as PanelUitsplitsing[][]) {
          const uit = uitsplitsingVan(b, u);
          for (const n of getoondeUitsplitsAantallen(uit)) expect(n).toBeGreaterThanOrEqual(regels.minimum);
          expect(alleen(uit), u.join('-')).toEqual([]);
        }
        if (!b.publicatie.alleenVast)
          for (const [code, cel] of b.publicatie.cellen)
            if (cel.onderdrukt !== null) {
              const interval = b.publicatie.intervallen.get(code);
              expect(interval && breedGenoeg(interval, regels.marge), code).toBe(true);
            }
      }),
      { numRuns: 20, seed: 57 },
    );
  });
});
