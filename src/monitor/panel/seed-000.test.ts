import { describe, expect, it } from 'vitest';
import { lpAanvaller } from '../aanvaller.js';
import { STANDAARD_REGELS } from '../onderdrukking.js';
import { type PanelUitkomst, panelRapport, procent, telAntwoorden } from './rules.js';
import { SEED_000_AANTAL, SEED_000_VRAGEN, seed000 } from './seed-000.js';
import { vraagVan } from './vraagbank.js';

/**
 * Seed 000 reproduced: the report made from the 125 fictional respondents (with the gemeente's
 * default suppression) shows the shares the Meetellen panel published.
 */
describe('seed 000 panel', () => {
  const vragen = SEED_000_VRAGEN.map((c) => vraagVan(c) ?? expect.unreachable(c));

  async function rapport(): Promise<PanelUitkomst[]> {
    const sets = seed000().map((s) => s.antwoorden);
    return panelRapport({
      vragen,
      ...telAntwoorden(sets, vragen),
      regels: STANDAARD_REGELS,
      aanvaller: lpAanvaller,
    });
  }

  const aandeel = (uit: PanelUitkomst[], vraag: string, waarde: string) => {
    const u = uit.find((x) => x.vraag.code === vraag);
    if (u?.soort !== 'verdeling') throw new Error(`no distribution for ${vraag}`);
    return procent(u.rijen.find((r) => r.waarde === waarde)?.aantal ?? null, u.n);
  };

  it('has 125 respondents, every fifth entered by a panel worker', () => {
    const sets = seed000();
    expect(sets).toHaveLength(SEED_000_AANTAL);
    expect(sets.filter((s) => s.geholpen)).toHaveLength(25);
  });

  it("reproduces the seed's published figures", async () => {
    const uit = await rapport();
    expect(aandeel(uit, 'geslacht', 'man')).toBe(57);
    expect(aandeel(uit, 'geslacht', 'vrouw')).toBe(43);
    const leeftijd = uit.find((x) => x.vraag.code === 'leeftijd');
    expect(
      leeftijd?.soort === 'gemiddelde' && leeftijd.gemiddelde !== null && Math.round(leeftijd.gemiddelde),
    ).toBe(49);
    expect(aandeel(uit, 'algemeen', 'redt-zich')).toBe(78);
    expect(aandeel(uit, 'algemeen', 'niet')).toBe(22);
    expect(aandeel(uit, 'gebied:financien', 'redt-zich')).toBe(62);
    expect(aandeel(uit, 'gebied:werk-en-dagbesteding', 'redt-zich')).toBe(80);
    expect(aandeel(uit, 'gebied:sociale-contacten', 'redt-zich')).toBe(77);
    expect(aandeel(uit, 'gebied:lichamelijke-gezondheid', 'redt-zich')).toBe(70);
    expect(aandeel(uit, 'gebied:huishouden', 'redt-zich')).toBe(75);
    expect(aandeel(uit, 'netwerk', 'genoeg-en-vraagt')).toBe(64);
    expect(aandeel(uit, 'netwerk', 'genoeg-vraagt-niet')).toBe(14);
    expect(aandeel(uit, 'netwerk', 'te-weinig')).toBe(22);
    expect(aandeel(uit, 'schatting', 'overschat')).toBe(40);
    expect(aandeel(uit, 'woord', 'nee')).toBe(25);
  });

  it('shows no count under the minimum, and nothing is hidden in the seed report', async () => {
    for (const u of await rapport()) {
      if (u.soort !== 'verdeling') continue;
      for (const r of u.rijen) {
        expect(r.aantal).not.toBeNull();
        expect(r.aantal === 0 || (r.aantal ?? 0) >= STANDAARD_REGELS.minimum).toBe(true);
      }
    }
  });
});
