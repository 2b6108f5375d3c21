import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n/i18n.js';
import { validateHsds } from '../validate.js';
import {
  bouwDienst,
  controleGrens,
  type DienstGegevens,
  formulierUit,
  isVerouderd,
  leesOpeningstijden,
  normaliseerTijd,
  parseDienstForm,
  veldVoorProbleem,
} from './rules.js';

const t = translator('nl');
let teller = 0;
const nieuwId = () => `00000000-0000-4000-8000-${String(++teller).padStart(12, '0')}`;
const geenTermen = { levensgebieden: new Map(), kenmerken: new Map() };

function gegevens(extra: Partial<DienstGegevens> = {}): DienstGegevens {
  return {
    naam: 'Inloop',
    organisatie: 'nieuw',
    organisatie_naam: 'Buurthuis',
    openingstijden: [],
    levensgebieden: [],
    kenmerken: [],
    ...extra,
  } as DienstGegevens;
}

describe('opening hours from the form', () => {
  it('reads times as people type them', () => {
    expect(normaliseerTijd('9:00')).toBe('09:00');
    expect(normaliseerTijd('13.30')).toBe('13:30');
    expect(normaliseerTijd('0830')).toBe('08:30');
    expect(normaliseerTijd('24:00')).toBeUndefined();
    expect(normaliseerTijd('12:60')).toBeUndefined();
    expect(normaliseerTijd('half tien')).toBeUndefined();
  });

  it('skips empty rows and puts each mistake next to its own field', () => {
    const { tijden, fouten } = leesOpeningstijden(
      {
        'dag-0': 'MO',
        'open-0': '9:00',
        'sluit-0': '17:00',
        'dag-2': 'XX',
        'open-2': '10:00',
        'sluit-2': '09:00',
        'open-3': '10:00',
      },
      5,
    );
    expect(tijden).toEqual([{ dag: 'MO', open: '09:00', sluit: '17:00' }]);
    expect(fouten).toEqual({
      'dag-2': 'veld.fout.keuze',
      'sluit-2': 'socialeKaartBeheer.fout.sluit-na-open',
      'dag-3': 'veld.fout.verplicht',
      'sluit-3': 'veld.fout.verplicht',
    });
  });

  it('never accepts a row that closes before or when it opens (property)', () => {
    const tijd = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(tijd, tijd, (open, sluit) => {
        const { tijden, fouten } = leesOpeningstijden({ 'dag-0': 'FR', 'open-0': open, 'sluit-0': sluit }, 1);
        if (sluit > open) expect(tijden).toEqual([{ dag: 'FR', open, sluit }]);
        else {
          expect(tijden).toEqual([]);
          expect(fouten['sluit-0']).toBe('socialeKaartBeheer.fout.sluit-na-open');
        }
      }),
    );
  });
});

describe('the entry form', () => {
  it('wants a name, a valid e-mail and a whole address', () => {
    const result = parseDienstForm(
      { naam: '', organisatie: 'nieuw', organisatie_naam: 'X', email: 'nee', adres: 'Dorpsstraat 1' },
      { levensgebieden: [], kenmerken: [] },
      { levensgebieden: [], kenmerken: [] },
      7,
      t,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.naam).toBe('Vul dit veld in.');
    expect(result.errors.email).toContain('Vul een geldig e-mailadres in');
    expect(result.errors.postcode).toContain('Een adres heeft straat, postcode, plaats en provincie.');
    expect(result.errors.adres).toBeUndefined();
  });

  it('accepts a website without https:// and refuses other schemes', () => {
    const parse = (website: string) =>
      parseDienstForm(
        { naam: 'A', organisatie: 'nieuw', organisatie_naam: 'B', website },
        { levensgebieden: [], kenmerken: [] },
        { levensgebieden: [], kenmerken: [] },
        7,
        t,
      );
    const ok = parse('www.voorbeeld.nl');
    expect(ok.ok && ok.data.website).toBe('https://www.voorbeeld.nl/');
    expect(parse('ftp://voorbeeld.nl').ok).toBe(false);
    expect(parse('javascript:alert(1)').ok).toBe(false);
  });
});

describe('from form to HSDS', () => {
  it('builds a new service that passes the official schema', () => {
    const { dienst, verwijderd } = bouwDienst(
      undefined,
      gegevens({
        telefoon: '0123 456 789',
        adres: 'Dorpsstraat 1',
        postcode: '1234 AB',
        plaats: 'Lindewaard',
        provincie: 'Gelderland',
        openingstijden: [{ dag: 'TU', open: '09:00', sluit: '12:00' }],
      }),
      {
        serviceId: nieuwId(),
        organisatie: { id: nieuwId(), name: 'Buurthuis', description: '' },
        nu: new Date('2026-03-01T10:00:00Z'),
        beheerderEmail: 'beheerder@example.test',
        nieuwId,
        termen: geenTermen,
      },
    );
    expect(validateHsds('service', dienst)).toEqual([]);
    expect(dienst).toMatchObject({
      status: 'active',
      assured_date: '2026-03-01',
      last_modified: '2026-03-01T10:00:00.000Z',
    });
    expect(verwijderd).toEqual({ phones: [], schedules: [], serviceAtLocations: [], attributes: [] });
  });

  it('keeps what the form does not show and lists what it dropped', () => {
    const bestaand = {
      id: nieuwId(),
      name: 'Oud',
      status: 'inactive',
      wait_time: '2 weken',
      phones: [{ id: 'p1', number: '1' }],
      schedules: [
        { id: 's1', freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00' },
        { id: 's2', freq: 'WEEKLY', byday: 'MO,TU', opens_at: '09:00', closes_at: '10:00' },
      ],
      attributes: [{ id: 'a1', taxonomy_term_id: 'van-elders' }],
    };
    const { dienst, verwijderd } = bouwDienst(bestaand, gegevens(), {
      serviceId: bestaand.id,
      organisatie: { id: 'o1', name: 'Org', description: '' },
      nu: new Date('2026-03-01T10:00:00Z'),
      beheerderEmail: 'b@example.test',
      nieuwId,
      termen: geenTermen,
    });
    expect(dienst.wait_time).toBe('2 weken');
    expect(dienst.status).toBe('inactive');
    expect(dienst.schedules).toEqual([bestaand.schedules[1]]);
    expect(dienst.attributes).toEqual(bestaand.attributes);
    expect(verwijderd).toEqual({ phones: ['p1'], schedules: ['s1'], serviceAtLocations: [], attributes: [] });
    expect(formulierUit(dienst, geenTermen).values['dag-0']).toBeUndefined();
  });

  it('maps schema problems to form fields', () => {
    expect(veldVoorProbleem({ pointer: '/email', message: 'x' })).toBe('email');
    expect(veldVoorProbleem({ pointer: '/organization/name', message: 'x' })).toBe('organisatie_naam');
    expect(veldVoorProbleem({ pointer: '/phones/0/number', message: 'x' })).toBe('telefoon');
    expect(veldVoorProbleem({ pointer: '/metadata/0', message: 'x' })).toBe('formulier');
  });
});

describe('not checked for too long', () => {
  it('counts months back from today in Amsterdam, clamping to the end of a month', () => {
    expect(controleGrens(new Date('2026-03-31T12:00:00Z'), 1)).toBe('2026-02-28');
    expect(controleGrens(new Date('2026-01-15T12:00:00Z'), 12)).toBe('2025-01-15');
    expect(controleGrens(new Date('2026-02-15T12:00:00Z'), 14)).toBe('2024-12-15');
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(controleGrens(new Date('2026-12-31T23:30:00Z'), 12)).toBe('2026-01-01');
  });

  it('treats never checked as too old, and the limit day itself as fine', () => {
    expect(isVerouderd(null, '2025-01-15')).toBe(true);
    expect(isVerouderd('2025-01-14', '2025-01-15')).toBe(true);
    expect(isVerouderd('2025-01-15', '2025-01-15')).toBe(false);
  });

  it('is monotone: more months never give a later limit (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 59 }),
        (nu, maanden) => {
          const a = controleGrens(nu, maanden);
          const b = controleGrens(nu, maanden + 1);
          expect(b < a).toBe(true);
          expect(a).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        },
      ),
    );
  });
});
