import { describe, expect, it } from 'vitest';
import { isMessageKey, registeredMessages, registerMessages, translator } from './i18n.js';

// The catalog's content (same keys in both languages, ICU, B1) is tested in src/catalog.test.ts.
describe('i18n', () => {
  it('fills in values', () => {
    expect(translator('nl')('layout.ingelogd-als', { naam: 'Ilse' })).toBe('Ingelogd als Ilse');
    expect(isMessageKey('layout.ingelogd-als')).toBe(true);
    expect(isMessageKey('bestaat.niet')).toBe(false);
  });

  it('refuses a key registered twice, and a bundle whose languages differ, registering nothing', () => {
    const before = registeredMessages().size;
    expect(() =>
      registerMessages('test', {
        nl: { 'test.nieuw': 'Nieuw', 'app.naam': 'X' },
        en: { 'test.nieuw': 'New', 'app.naam': 'X' },
      }),
    ).toThrow('Message key "app.naam" of test is already registered by platform');
    expect(() => registerMessages('test', { nl: { 'test.nieuw': 'Nieuw' }, en: {} })).toThrow(
      'has no English text',
    );
    expect(() => registerMessages('test', { nl: {}, en: { 'test.nieuw': 'New' } })).toThrow(
      'has no Dutch text',
    );
    expect(registeredMessages().size).toBe(before);
    expect(isMessageKey('test.nieuw')).toBe(false);
  });
});
