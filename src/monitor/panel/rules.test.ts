import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lpAanvaller } from '../aanvaller.js';
import { STANDAARD_REGELS } from '../onderdrukking.js';
import {
  CODE_LENGTE,
  codeVan,
  markeer,
  normaliseerCode,
  panelRapport,
  telAntwoorden,
  zonderMarkeringen,
} from './rules.js';
import { type Antwoord, alsVeld, BANK, leesAntwoord, leesEerder, vraagbank, vraagVan } from './vraagbank.js';

describe('answers to the question bank', () => {
  const schaal = vraagVan('gebied:financien');
  const netwerk = vraagVan('netwerk');
  const hulp = vraagVan('hulp');
  const leeftijd = vraagVan('leeftijd');
  if (!schaal || !netwerk || !hulp || !leeftijd) throw new Error('bank incomplete');

  it('takes a point of the scale, "weet ik niet", and nothing outside it', () => {
    expect(leesAntwoord(schaal, { a: '3' })).toEqual({
      ok: true,
      antwoord: { waarden: ['3'], weetNiet: false },
    });
    expect(leesAntwoord(schaal, { a: 'weet-niet' })).toEqual({
      ok: true,
      antwoord: { waarden: [], weetNiet: true },
    });
    for (const buiten of ['0', '6', '7', '3.5', '-1', ' ', 'drie'])
      expect(leesAntwoord(schaal, { a: buiten }).ok, buiten).toBe(false);
    expect(leesAntwoord(schaal, {}).ok).toBe(false);
    expect(leesAntwoord(schaal, { a: ['3', '4'] }).ok).toBe(false);
  });

  it('refuses every value that is not an option (property)', () => {
    for (const vraag of [schaal, netwerk, hulp])
      fc.assert(
        fc.property(fc.string({ maxLength: 30 }), (w) => {
          const r = leesAntwoord(vraag, { a: w });
          const geldig = vraag.opties.includes(w.trim()) || (w.trim() === 'weet-niet' && vraag.weetNiet);
          expect(r.ok).toBe(geldig);
        }),
      );
  });

  it('takes several choices in the bank order, and refuses choices together with "weet ik niet"', () => {
    expect(leesAntwoord(hulp, { a: ['buren', 'familie'] })).toEqual({
      ok: true,
      antwoord: { waarden: ['familie', 'buren'], weetNiet: false },
    });
    expect(leesAntwoord(hulp, { a: ['buren'], wn: 'ja' }).ok).toBe(false);
    expect(leesAntwoord(netwerk, { a: ['te-weinig', 'genoeg-en-vraagt'] }).ok).toBe(false);
  });

  it('takes an age within its range only', () => {
    expect(leesAntwoord(leeftijd, { a: '49' })).toEqual({
      ok: true,
      antwoord: { waarden: ['49'], weetNiet: false },
    });
    for (const a of ['15', '111', '4e1', '049x', '']) expect(leesAntwoord(leeftijd, { a }).ok, a).toBe(false);
  });

  it('reads every valid answer back from its form fields, and refuses a forged one carried along', () => {
    const vragen = vraagbank();
    fc.assert(
      fc.property(fc.constantFrom(...vragen.filter((v) => v.soort !== 'open')), fc.nat(), (vraag, n) => {
        const opties = vraag.soort === 'getal' ? [String(16 + (n % 95))] : vraag.opties;
        const a: Antwoord = { waarden: [opties[n % opties.length] as string], weetNiet: false };
        expect(leesAntwoord(vraag, alsVeld(vraag, a))).toEqual({ ok: true, antwoord: a });
        expect(leesEerder(vragen, JSON.stringify({ [vraag.code]: a }))).toEqual({ [vraag.code]: a });
      }),
    );
    expect(
      leesEerder(vragen, JSON.stringify({ netwerk: { waarden: ['alles'], weetNiet: false } })),
    ).toBeUndefined();
    expect(
      leesEerder(vragen, JSON.stringify({ onbekend: { waarden: ['1'], weetNiet: false } })),
    ).toBeUndefined();
    expect(leesEerder(vragen, '{kapot')).toBeUndefined();
  });

  it('has a text for every question type in the bank', () => {
    expect(new Set(BANK.map((v) => v.soort))).toEqual(
      new Set(['keuze', 'getal', 'schaal', 'meerkeuze', 'open']),
    );
  });
});

describe('the one-time code', () => {
  it('is 16 characters without look-alikes, and reads back with dashes, spaces and lower case', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const code = codeVan(bytes);
        if (code.length < CODE_LENGTE) return;
        expect(code).toMatch(/^[2-9A-HJKMNP-Z]{16}$/);
        expect(normaliseerCode(code.toLowerCase().replace(/(.{4})/g, '$1- '))).toBe(code);
      }),
    );
    expect(normaliseerCode('ABCD-EFGH-JKMN-PQR0')).toBeUndefined();
    expect(normaliseerCode('kort')).toBeUndefined();
  });
});

describe('the first highlight of identifying details', () => {
  it('finds names after a title or a relation, phone numbers, postcodes, addresses and e-mail', () => {
    const tekst =
      'Mijn buurman Henk de Vries helpt. Bel 06-12345678 of mail h.devries@voorbeeld.nl. Ik woon op de Lindelaan 12, 3511 AB.';
    const soorten = markeer(tekst).map((m) => [m.soort, tekst.slice(m.begin, m.eind)]);
    expect(soorten).toContainEqual(['naam', 'Henk de Vries']);
    expect(soorten).toContainEqual(['telefoon', '06-12345678']);
    expect(soorten).toContainEqual(['email', 'h.devries@voorbeeld.nl']);
    expect(soorten).toContainEqual(['adres', 'Lindelaan 12']);
    expect(soorten).toContainEqual(['postcode', '3511 AB']);
    const schoon = zonderMarkeringen(tekst);
    for (const weg of ['Henk', '06-12345678', 'voorbeeld.nl', 'Lindelaan 12', '3511 AB'])
      expect(schoon).not.toContain(weg);
    expect(schoon).toContain('Mijn buurman');
  });

  it('leaves a text without such details as it is, and never returns overlapping highlights (property)', () => {
    expect(markeer('Het gaat goed met me, ik heb genoeg mensen om me heen.')).toEqual([]);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (tekst) => {
        const m = markeer(tekst);
        for (let i = 1; i < m.length; i++)
          expect((m[i] as { begin: number }).begin).toBeGreaterThanOrEqual(
            (m[i - 1] as { eind: number }).eind,
          );
        for (const x of m) expect(x.eind).toBeGreaterThan(x.begin);
      }),
    );
  });
});

describe('the report of a peiling', () => {
  it('never shows a count under the minimum, and a hidden one cannot be derived from the rest (property)', async () => {
    const netwerk = vraagVan('netwerk');
    if (!netwerk) throw new Error('no netwerk question');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(40), { minLength: 4, maxLength: 4 }), async (aantallen) => {
        const waarden = ['genoeg-en-vraagt', 'genoeg-vraagt-niet', 'te-weinig', 'weet-niet'];
        const sets = waarden.flatMap((w, i) =>
          Array.from(
            { length: aantallen[i] as number },
            (): Record<string, Antwoord> => ({
              netwerk:
                w === 'weet-niet' ? { waarden: [], weetNiet: true } : { waarden: [w], weetNiet: false },
            }),
          ),
        );
        const [uit] = await panelRapport({
          vragen: [netwerk],
          ...telAntwoorden(sets, [netwerk]),
          regels: STANDAARD_REGELS,
          aanvaller: lpAanvaller,
        });
        if (uit?.soort !== 'verdeling') throw new Error('no distribution');
        const n = aantallen.reduce((a, b) => a + b, 0);
        if (n < STANDAARD_REGELS.minimum) {
          expect(uit.n).toBeNull();
          return;
        }
        if (uit.n === null) return;
        const getoond = uit.rijen.map((r) => r.aantal);
        for (const a of getoond) if (a !== null) expect(a === 0 || a >= STANDAARD_REGELS.minimum).toBe(true);
        const verborgen = getoond.filter((a) => a === null).length;
        // One hidden count next to a shown total would be the total minus the rest.
        expect(verborgen).not.toBe(1);
        if (verborgen > 0) {
          const rest = uit.n - getoond.reduce<number>((s, a) => s + (a ?? 0), 0);
          expect(rest).toBeGreaterThanOrEqual(STANDAARD_REGELS.marge);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('a quote in the CSV', () => {
  it('is never read as a formula by a spreadsheet', async () => {
    const { citaatVeld } = await import('./pages/beheer-pages.js');
    expect(citaatVeld('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(citaatVeld('+31 6')).toBe(`'+31 6`);
    expect(citaatVeld('-ja')).toBe(`'-ja`);
    expect(citaatVeld('@naam')).toBe(`'@naam`);
    expect(citaatVeld('Het gaat goed.')).toBe('Het gaat goed.');
  });
});
