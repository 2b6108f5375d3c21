import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { capabilityMessages } from './catalog.js';
import { type MessageKey, registeredMessages, translator } from './platform/i18n/i18n.js';
import * as platform from './platform/i18n/messages.js';

const bundles = { platform, ...capabilityMessages };
type Bundles = typeof bundles;
/** The keys of every bundle this file knows: the platform's and those src/catalog.ts registers. */
type BundleKey = { [O in keyof Bundles]: keyof Bundles[O]['nl'] }[keyof Bundles];

describe('the catalog of UI text', () => {
  it('knows at run time exactly the keys the type knows', () => {
    // A messages.ts that adds its keys to MessageKey but is left out of catalog.ts fails here.
    expectTypeOf<MessageKey>().toEqualTypeOf<BundleKey>();
    const bundleKeys = Object.values(bundles).flatMap((bundle) => Object.keys(bundle.nl));
    expect([...registeredMessages().keys()].sort()).toEqual([...bundleKeys].sort());
  });

  it('has each key in one bundle only', () => {
    const seen = new Map<string, string>();
    for (const [owner, bundle] of Object.entries(bundles))
      for (const key of Object.keys(bundle.nl)) {
        expect(seen.get(key), `${key} in ${owner}`).toBeUndefined();
        seen.set(key, owner);
      }
  });

  describe.each(Object.entries(bundles))('%s', (_owner, bundle) => {
    const nl: Record<string, string> = bundle.nl;
    const en: Record<string, string> = bundle.en;

    it('has the same keys in Dutch and English, none empty', () => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
      for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)])
        expect(text.trim(), key).not.toBe('');
    });

    it('uses the same placeholders in both languages, and every message parses as ICU', () => {
      // The argument names, from the parsed message: option texts of a select or plural are not arguments.
      const placeholders = (text: string) =>
        [...new Set(argumenten(new IntlMessageFormat(text).getAst()))].sort();
      for (const key of Object.keys(nl)) {
        expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(nl[key] ?? ''));
        expect(() => new IntlMessageFormat(nl[key] ?? '', 'nl-NL'), key).not.toThrow();
        expect(() => new IntlMessageFormat(en[key] ?? '', 'en-GB'), key).not.toThrow();
      }
    });

    it('keeps Dutch sentences short (B1): no sentence over 25 words', () => {
      for (const [key, text] of Object.entries(nl))
        for (const sentence of text.split(/[.!?]\s/))
          expect(sentence.split(/\s+/).length, `${key}: ${sentence}`).toBeLessThanOrEqual(25);
    });
  });

  it('translates a capability key in both languages', () => {
    expect(translator('nl')('overzicht.welkom', { naam: 'Ilse' })).toBe('Welkom, Ilse.');
    expect(translator('en')('overzicht.welkom', { naam: 'Ilse' })).toBe('Welcome, Ilse.');
  });
});

type AstElement = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
};

/** Every argument name in an ICU message's syntax tree (literals and `#` carry none). */
function argumenten(elementen: AstElement[]): string[] {
  return elementen.flatMap((element) => [
    ...(element.type !== 0 && element.type !== 7 && typeof element.value === 'string' ? [element.value] : []),
    ...Object.values(element.options ?? {}).flatMap((optie) => argumenten(optie.value)),
    ...argumenten(element.children ?? []),
  ]);
}
