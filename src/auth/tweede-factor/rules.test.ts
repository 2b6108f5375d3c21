import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLLEN } from '../../platform/db/schema.js';
import { parseForm } from '../../platform/http/forms.js';
import { translator } from '../../platform/i18n/i18n.js';
import {
  codeForm,
  HERSTEL_ALFABET,
  HERSTELCODE_LENGTE,
  herstelcodeUitBytes,
  herstelForm,
  inGroepen,
  normaliseerHerstelcode,
  toonHerstelcode,
  tweedeFactorVerplicht,
  volgendeStap,
} from './rules.js';

const t = translator('nl');
const herstelcode = fc
  .array(fc.constantFrom(...HERSTEL_ALFABET), {
    minLength: HERSTELCODE_LENGTE,
    maxLength: HERSTELCODE_LENGTE,
  })
  .map((tekens) => tekens.join(''));

describe('who needs a second factor', () => {
  it('is required exactly for professionals and beheerders', () => {
    expect(ROLLEN.filter((rol) => tweedeFactorVerplicht(rol))).toEqual(['professional', 'beheerder']);
  });

  it('never lets a required role through without a confirmed secret, and never asks a done session again', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLLEN),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (rol, ingesteld, sessieVoldaan, doorInlogdienst) => {
          const stap = volgendeStap({ rol, ingesteld, sessieVoldaan, doorInlogdienst });
          // The broker's asserted second factor counts for this session; nothing else skips a step.
          if (sessieVoldaan && doorInlogdienst) expect(stap).toBe('klaar');
          else if (tweedeFactorVerplicht(rol) && !ingesteld) expect(stap).toBe('instellen');
          else if (sessieVoldaan) expect(stap).toBe('klaar');
          else expect(stap).toBe(ingesteld ? 'code' : 'klaar');
          // Only roles that must have one are ever sent to set one up.
          if (stap === 'instellen') expect(tweedeFactorVerplicht(rol)).toBe(true);
        },
      ),
    );
  });
});

describe('the code form', () => {
  it('accepts six digits with spaces anywhere, and refuses anything else with a Dutch message', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), fc.nat(6), (code, at) => {
        const typed = `${code.slice(0, at)} ${code.slice(at)} `;
        expect(parseForm(codeForm, { code: typed }, t)).toEqual({ ok: true, data: { code } });
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (invoer) => {
        const result = parseForm(codeForm, { code: invoer }, t);
        if (/^\d{6}$/.test(invoer.replace(/\s/g, ''))) return;
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.code).toMatch(/^(Typ de 6 cijfers|Vul dit veld in)/);
      }),
    );
    expect(parseForm(codeForm, {}, t).ok).toBe(false);
    expect(parseForm(codeForm, { code: ['1', '2'] }, t).ok).toBe(false);
  });
});

describe('recovery codes', () => {
  it('reads a shown code back however it is typed (case, dashes, spaces)', () => {
    fc.assert(
      fc.property(herstelcode, fc.boolean(), (code, klein) => {
        const getoond = toonHerstelcode(code);
        expect(getoond).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
        const getypt = klein ? getoond.toLowerCase() : ` ${getoond.replace('-', ' ')} `;
        expect(normaliseerHerstelcode(getypt)).toBe(code);
        expect(parseForm(herstelForm, { herstelcode: getypt }, t)).toEqual({
          ok: true,
          data: { herstelcode: code },
        });
      }),
    );
  });

  it('refuses anything that cannot be a code, with a message next to the field', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (invoer) => {
        const code = normaliseerHerstelcode(invoer);
        if (code !== undefined) expect(code).toHaveLength(HERSTELCODE_LENGTE);
        const result = parseForm(herstelForm, { herstelcode: invoer }, t);
        expect(result.ok).toBe(code !== undefined && invoer.trim().length <= 40);
      }),
    );
  });

  it('makes codes from random bytes with every character of the alphabet only', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 64 }), (bytes) => {
        const code = herstelcodeUitBytes(bytes);
        if (code === undefined) return;
        expect(code).toHaveLength(HERSTELCODE_LENGTE);
        expect([...code].every((c) => HERSTEL_ALFABET.includes(c))).toBe(true);
      }),
    );
    expect(herstelcodeUitBytes(new Uint8Array(32))).toBe('A'.repeat(HERSTELCODE_LENGTE));
    expect(herstelcodeUitBytes(new Uint8Array(32).fill(255))).toBeUndefined();
  });
});

describe('the secret in groups', () => {
  it('shows the same characters in groups of at most four', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z2-7]{0,64}$/), (geheim) => {
        const groepen = inGroepen(geheim);
        expect(groepen.replace(/ /g, '')).toBe(geheim);
        expect(groepen.split(' ').every((g) => g.length <= 4)).toBe(true);
      }),
    );
  });
});
