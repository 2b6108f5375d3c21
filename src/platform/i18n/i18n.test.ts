import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { isMessageKey, translator } from './i18n.js';
import { nl } from './nl.js';

describe('i18n catalog', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)])
      expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages, and every message compiles', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
      expect(() => new IntlMessageFormat(nl[key], 'nl-NL')).not.toThrow();
      expect(() => new IntlMessageFormat(en[key], 'en-GB')).not.toThrow();
    }
  });

  it('fills in values', () => {
    expect(translator('nl')('overzicht.welkom', { naam: 'Ilse' })).toBe('Welkom, Ilse.');
    expect(translator('en')('overzicht.welkom', { naam: 'Ilse' })).toBe('Welcome, Ilse.');
    expect(isMessageKey('overzicht.welkom')).toBe(true);
    expect(isMessageKey('bestaat.niet')).toBe(false);
  });

  it('keeps Dutch sentences short (B1): no sentence over 25 words', () => {
    for (const [key, text] of Object.entries(nl)) {
      for (const sentence of text.split(/[.!?]\s/)) {
        expect(sentence.split(/\s+/).length, `${key}: ${sentence}`).toBeLessThanOrEqual(25);
      }
    }
  });
});
