import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseForm } from '../platform/http/forms.js';
import { safeReturnPath } from '../platform/http/redirect.js';
import { translator } from '../platform/i18n/i18n.js';
import { describeDevice, loginForm, newAccountForm, setPasswordForm } from './rules.js';

const t = translator('nl');

describe('password rules (ASVS 6.2)', () => {
  const check = (wachtwoord: string, herhaal = wachtwoord) =>
    parseForm(setPasswordForm, { wachtwoord, herhaal }, t);

  it('accepts 8 to 128 characters of any kind, spaces and emoji included', () => {
    for (const password of ['abcdefgh-ok', 'een zin met spaties', '🙂🙂🙂🙂 fijne dag', 'x'.repeat(128)]) {
      expect(check(password).ok, password).toBe(true);
    }
  });

  it('refuses short, overlong, common and mismatched passwords with a message per field', () => {
    expect(check('kort1')).toEqual({
      ok: false,
      errors: { wachtwoord: 'Je wachtwoord is te kort. Gebruik minstens 8 tekens.' },
    });
    expect(check('x'.repeat(129))).toMatchObject({
      ok: false,
      errors: { wachtwoord: expect.stringContaining('te lang') },
    });
    for (const common of ['password', 'Welkom123', 'wachtwoord', '12345678', 'iloveyou']) {
      expect(check(common), common).toMatchObject({
        ok: false,
        errors: { wachtwoord: expect.stringContaining('makkelijk te raden') },
      });
    }
    expect(check('een goed wachtwoord', 'een ander wachtwoord')).toEqual({
      ok: false,
      errors: { herhaal: 'De twee wachtwoorden zijn niet hetzelfde.' },
    });
  });

  it('never throws on arbitrary input and gives either data or translated field errors', () => {
    fc.assert(
      fc.property(fc.anything(), (body) => {
        const result = parseForm(loginForm, body, t);
        if (!result.ok) for (const message of Object.values(result.errors)) expect(message).toMatch(/^[A-Z]/);
      }),
      { numRuns: 500 },
    );
  });

  it('normalises e-mail addresses for login', () => {
    expect(parseForm(loginForm, { email: '  Ilse@Example.TEST ', wachtwoord: 'x' }, t)).toEqual({
      ok: true,
      data: { email: 'ilse@example.test', wachtwoord: 'x' },
    });
  });

  it('ties an organisation to professionals only', () => {
    const base = { naam: 'A', email: 'a@example.test' };
    expect(parseForm(newAccountForm, { ...base, rol: 'professional', organisatie: '' }, t)).toMatchObject({
      ok: false,
      errors: { organisatie: 'Kies de organisatie van deze professional.' },
    });
    expect(parseForm(newAccountForm, { ...base, rol: 'inwoner', organisatie: 'x' }, t)).toMatchObject({
      ok: false,
      errors: { organisatie: 'Alleen een professional hoort bij een organisatie.' },
    });
    expect(parseForm(newAccountForm, { ...base, rol: 'inwoner', organisatie: '' }, t).ok).toBe(true);
  });
});

describe('safeReturnPath', () => {
  it('keeps local paths and refuses everything that could leave the site', () => {
    expect(safeReturnPath('/mijn-overzicht')).toBe('/mijn-overzicht');
    expect(safeReturnPath('/beheer/accounts?aangemaakt')).toBe('/beheer/accounts?aangemaakt');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      undefined,
      '/a b',
      '/a\r\nSet-Cookie: x',
    ]) {
      expect(safeReturnPath(bad), String(bad)).toBeUndefined();
    }
  });

  it('only ever returns a path that starts with one slash', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const result = safeReturnPath(value);
        if (result !== undefined) {
          expect(result.startsWith('/')).toBe(true);
          expect(result.startsWith('//')).toBe(false);
          expect(result).toBe(value);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('describeDevice', () => {
  it('names browser and system, nothing more', () => {
    expect(
      describeDevice(
        'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
      ),
    ).toBe('Chrome / Android');
    expect(
      describeDevice(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari / iPhone');
    expect(
      describeDevice(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0',
      ),
    ).toBe('Edge / Windows');
    expect(describeDevice(undefined)).toBe('');
  });
});
