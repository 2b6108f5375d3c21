import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlEncoded } from './body.js';
import { HttpError } from './errors.js';

describe('parseUrlEncoded', () => {
  it('reads what a browser sends, repeated fields as a list', () => {
    const form = parseUrlEncoded('naam=Ilse+Verbeek&email=ilse%40example.test&keuze=a&keuze=b&leeg=&vlag');
    expect({ ...form }).toEqual({
      naam: 'Ilse Verbeek',
      email: 'ilse@example.test',
      keuze: ['a', 'b'],
      leeg: '',
      vlag: '',
    });
  });

  it('treats __proto__ and constructor as ordinary field names', () => {
    const form = parseUrlEncoded('__proto__=x&constructor=y');
    expect(Object.getPrototypeOf(form)).toBeNull();
    expect(Object.entries(form)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('round-trips any text a browser could encode', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'grapheme' })),
        (fields) => {
          const encoded = new URLSearchParams(fields).toString();
          expect({ ...parseUrlEncoded(encoded) }).toEqual(fields);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses malformed or non-UTF-8 percent-encoding with a 400, never anything else', () => {
    for (const bad of ['a=%', 'a=%ZZ', 'a=%C3%28', 'a=%ED%A0%80', '%FF=1']) {
      expect(() => parseUrlEncoded(bad), bad).toThrow(HttpError);
    }
    fc.assert(
      fc.property(fc.string(), (raw) => {
        try {
          parseUrlEncoded(raw);
        } catch (error) {
          expect(error).toBeInstanceOf(HttpError);
          expect((error as HttpError).status).toBe(400);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
