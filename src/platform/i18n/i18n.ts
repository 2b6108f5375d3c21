import { IntlMessageFormat } from 'intl-messageformat';
import * as platform from './messages.js';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/**
 * Every message of the catalog, by key. The platform's own are here; each capability adds
 * its own by declaration merging in its messages.ts
 * (`declare module '…/platform/i18n/i18n.js' { interface Messages extends … {} }`), so the
 * platform names no capability and MessageKey still knows every key.
 */
export interface Messages extends Record<keyof typeof platform.nl, string> {}
export type MessageKey = keyof Messages;

/** One owner's texts: the same keys in Dutch and in English. */
export type MessageBundle = { nl: Readonly<Record<string, string>>; en: Readonly<Record<string, string>> };

export type MessageValues = Record<string, string | number | Date>;
/** Translates a catalog key. Messages use ICU syntax ({name}, plurals); values are escaped by JSX, not here. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Run-time catalog: filled by registerMessages, the platform's own first, then src/catalog.ts. */
const catalogs: Record<Locale, Map<string, string>> = { nl: new Map(), en: new Map() };
/** Which owner registered each key, to name both in the error about a key registered twice. */
const owners = new Map<string, string>();
const compiled = new Map<string, IntlMessageFormat>();

/**
 * Adds one owner's texts to the catalog. Throws, registering nothing, when a key is already
 * registered (two owners would otherwise silently overwrite each other) or when Dutch and
 * English do not have the same keys.
 */
export function registerMessages(owner: string, bundle: MessageBundle): void {
  const keys = Object.keys(bundle.nl);
  for (const key of keys) {
    const earlier = owners.get(key);
    // The same owner with the same texts again is a module run twice (a test runner that
    // reuses its process), not a clash.
    if (
      earlier === owner &&
      catalogs.nl.get(key) === bundle.nl[key] &&
      catalogs.en.get(key) === bundle.en[key]
    )
      continue;
    if (earlier !== undefined)
      throw new Error(`Message key "${key}" of ${owner} is already registered by ${earlier}`);
    if (!Object.hasOwn(bundle.en, key))
      throw new Error(`Message key "${key}" of ${owner} has no English text`);
  }
  for (const key of Object.keys(bundle.en))
    if (!Object.hasOwn(bundle.nl, key)) throw new Error(`Message key "${key}" of ${owner} has no Dutch text`);
  for (const key of keys) {
    owners.set(key, owner);
    catalogs.nl.set(key, bundle.nl[key] as string);
    catalogs.en.set(key, bundle.en[key] as string);
  }
}

registerMessages('platform', platform);

/** Every registered key with its owner (for the catalog's own tests). */
export function registeredMessages(): ReadonlyMap<string, string> {
  return owners;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Returns the translate function for one locale; compiled messages are cached per locale and key. */
export function translator(locale: Locale): Translate {
  return (key, values) => {
    const cacheKey = `${locale}:${key}`;
    let format = compiled.get(cacheKey);
    if (!format) {
      const text = catalogs[locale].get(key);
      // A capability's key without its texts: the entry point did not import src/catalog.ts.
      if (text === undefined)
        throw new Error(`Message key "${key}" is not registered (import src/catalog.ts)`);
      format = new IntlMessageFormat(text, locale === 'nl' ? 'nl-NL' : 'en-GB');
      compiled.set(cacheKey, format);
    }
    return String(format.format(values));
  };
}

/** True when the string is a key of the catalog (used to translate error codes carried as keys). */
export function isMessageKey(value: string): value is MessageKey {
  return owners.has(value);
}
