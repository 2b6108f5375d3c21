import { describe, expect, it } from 'vitest';
import type { Groep } from './groepen/rules.js';
import { samenKaart, samenKaartStand } from './kaart.js';
import type { Voorstel } from './rules.js';

const NU = new Date('2026-12-07T12:00:00Z');
const LATER = new Date('2026-12-14T12:00:00Z');
const EERDER = new Date('2026-12-01T12:00:00Z');

const voorstel = (antwoorden: Voorstel['antwoorden'], verlooptOp = LATER): Voorstel => ({
  id: 'v',
  soort: 'paar',
  leden: ['ik', 'jij'],
  antwoorden,
  verlooptOp,
});
const groep = (antwoorden: Groep['antwoorden'], gestartOp: Date | null = null): Groep => ({
  id: 'g',
  soort: 'lotgenoten',
  leden: Object.keys(antwoorden),
  antwoorden,
  verlooptOp: LATER,
  gestartOp,
});

describe("Samen's card on Mijn overzicht", () => {
  it('a proposal waiting for her answer leads, then a group waiting for her answer', () => {
    const wachtGroep = groep({ ik: 'open', a: 'ja', b: 'ja', c: 'ja', d: 'ja' });
    expect(samenKaartStand('ik', [voorstel({ ik: 'open', jij: 'ja' })], [wachtGroep], NU)).toEqual({
      soort: 'voorstel',
    });
    expect(samenKaartStand('ik', [voorstel({ ik: 'ja', jij: 'open' })], [wachtGroep], NU)).toEqual({
      soort: 'groep-voorstel',
      groep: 'lotgenoten',
    });
  });

  it('an expired or declined proposal asks nothing of her', () => {
    expect(samenKaartStand('ik', [voorstel({ ik: 'open', jij: 'open' }, EERDER)], [], NU)).toEqual({
      soort: 'rustig',
    });
    expect(samenKaartStand('ik', [voorstel({ ik: 'open', jij: 'nee' })], [], NU)).toEqual({
      soort: 'rustig',
    });
  });

  it('a started group she joined is named; one she declined or was taken out of is not', () => {
    const gestart = { ik: 'ja', a: 'ja', b: 'ja', c: 'ja' } as const;
    expect(samenKaartStand('ik', [], [groep(gestart, EERDER)], NU)).toEqual({
      soort: 'in-groep',
      groep: 'lotgenoten',
    });
    expect(samenKaartStand('ik', [], [groep({ ...gestart, ik: 'nee' }, EERDER)], NU)).toEqual({
      soort: 'rustig',
    });
    expect(samenKaartStand('ik', [], [groep({ ...gestart, ik: 'verwijderd' }, EERDER)], NU)).toEqual({
      soort: 'rustig',
    });
  });

  it('the step links to where she answers: her proposals, or her groups', () => {
    expect(samenKaart('d', { soort: 'voorstel' }).stap?.href).toBe('/dossiers/d/samen');
    expect(samenKaart('d', { soort: 'groep-voorstel', groep: 'buurtcirkel' }).stap?.href).toBe(
      '/dossiers/d/samen/groepen',
    );
    expect(samenKaart('d', { soort: 'in-groep', groep: 'buurtcirkel' }).stap).toBeUndefined();
    expect(samenKaart('d', { soort: 'rustig' }).tekst).toBe('samen.kaart.tekst');
  });
});
