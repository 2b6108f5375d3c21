import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithPassword, createGemeente } from '../../src/demo/factories.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Logs must carry no personal data: names, e-mail addresses, passwords, free text, tokens
 * and record contents are never written, whatever the request looked like.
 */
describe('request logs without personal data', () => {
  let t: TestApp;
  const secrets = {
    naam: 'Geheime Naamsen',
    email: 'geheim.adres@example.test',
    password: 'mijn zeer geheime wachtwoordzin',
    vrijeTekst: 'schulden-bij-de-buren',
  };

  beforeAll(async () => {
    t = await startTestApp('pglite', { env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    const gemeente = await createGemeente(t.database.db, { code: 'lindewaard', naam: 'Lindewaard' });
    await createAccountWithPassword(t.database.db, {
      gemeenteId: gemeente.id,
      naam: secrets.naam,
      email: secrets.email,
      rol: 'beheerder',
      password: secrets.password,
    });
  });
  afterAll(async () => t.close());

  it('logs method, route and status but none of what was sent', async () => {
    const browser = new BrowserClient(t.app, { 'user-agent': `agent ${secrets.vrijeTekst}` });
    await browser.login(secrets.email, 'fout wachtwoord');
    await browser.login(secrets.email, secrets.password);
    await browser.get(
      `/mijn-overzicht?zoek=${encodeURIComponent(secrets.vrijeTekst)}&email=${encodeURIComponent(secrets.email)}`,
    );
    await browser.get('/beheer/accounts');
    await browser.post('/beheer/accounts', {
      naam: secrets.vrijeTekst,
      email: 'nieuw.persoon@example.test',
      rol: 'inwoner',
      organisatie: '',
    });
    await browser.post('/wachtwoord-vergeten', { email: secrets.email });
    const outbox = await t.readOutbox();
    const token = /wachtwoord-instellen\/([A-Za-z0-9_-]+)/.exec(
      outbox.join('\n').replace(/=\r?\n/g, ''),
    )?.[1];
    expect(token).toBeDefined();
    await browser.get(`/wachtwoord-instellen/${token}`);
    // A server error path too: its log line must be scrubbed as well.
    await t.app.inject({
      method: 'POST',
      url: '/inloggen',
      payload: `email=${encodeURIComponent(secrets.email)}&x=%ZZ`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

    const log = t.logs.join('');
    expect(t.logs.length).toBeGreaterThan(10);
    expect(log).toContain('"route":"/wachtwoord-instellen/:token"');
    expect(log).toContain('"statusCode":303');
    for (const value of [
      ...Object.values(secrets),
      'nieuw.persoon',
      'Geheime',
      'example.test',
      token as string,
    ]) {
      expect(log, value).not.toContain(value);
    }
    expect(log).not.toMatch(/redzaam-sessie=|cookie/i);
  });

  it('scrubs values that database errors quote', async () => {
    const { createLogger } = await import('../../src/platform/logging.js');
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    const error = Object.assign(new Error('Key (email)=(geheim@example.test) already exists.'), {
      code: '23505',
    });
    logger.error({ err: error, email: 'geheim@example.test', naam: 'Geheime Naamsen' }, 'failed');
    expect(lines.join('')).not.toMatch(/geheim@example\.test|Geheime/);
    expect(lines.join('')).toContain('23505');
  });
});
