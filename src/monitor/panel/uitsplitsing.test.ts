import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monitorAanvaller } from '../aanvaller-snel.js';
import { type Regels, STANDAARD_REGELS } from '../onderdrukking.js';
import { type PanelUitkomst, panelRapport, telAntwoorden } from './rules.js';
import { SEED_000_VRAGEN, seed000 } from './seed-000.js';
import {
  beschermUitsplitsingen,
  getoondeUitsplitsAantallen,
  leeftijdsgroep,
  leesPanelUitsplitsing,
  type PanelUitsplitsing,
  telUitsplitsing,
  uitsplitsingVan,
} from './uitsplitsing.js';
import { type Antwoord, type Vraag, vraagVan } from './vraagbank.js';

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
    for (const fout of ['', 'naam', 'geslacht-geslacht', 'geslacht-leeftijd-gebied', undefined, ['geslacht']])
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
});
