import { IntlMessageFormat } from 'intl-messageformat';
import { en } from './en.js';
import { type MessageKey, nl } from './nl.js';

export type { MessageKey };
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export type MessageValues = Record<string, string | number | Date>;
/** Translates a catalog key. Messages use ICU syntax ({name}, plurals); values are escaped by JSX, not here. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const catalogs: Record<Locale, Record<MessageKey, string>> = { nl, en };
const compiled = new Map<string, IntlMessageFormat>();

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Returns the translate function for one locale; compiled messages are cached per locale and key. */
export function translator(locale: Locale): Translate {
  return (key, values) => {
    const cacheKey = `${locale}:${key}`;
    let format = compiled.get(cacheKey);
    if (!format) {
      format = new IntlMessageFormat(catalogs[locale][key], locale === 'nl' ? 'nl-NL' : 'en-GB');
      compiled.set(cacheKey, format);
    }
    return String(format.format(values));
  };
}

/** True when the string is a key of the catalog (used to translate error codes carried as keys). */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(nl, value);
}
