import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithPassword, createGemeente } from '../../src/demo/factories.js';
import type { DatabaseHandle } from '../../src/platform/db/database.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { openSameDatabase, openTestDatabase, type TestDatabase } from '../support/test-database.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * Two app instances behind a load balancer, each with its own connection pool to one
 * PostgreSQL: sessions, throttling and one-time links live in the database, so it does not
 * matter which instance answers. PGlite is one process and cannot be shared, hence PostgreSQL only.
 */
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('two app instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let second: DatabaseHandle;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    second = await openSameDatabase(database);
    a = await startTestApp('postgres', { database, env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    b = await startTestApp('postgres', { database: second, env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    const gemeente = await createGemeente(database.db, { code: 'lindewaard', naam: 'Lindewaard' });
    await createAccountWithPassword(database.db, {
      gemeenteId: gemeente.id,
      naam: 'Ilse',
      email: 'ilse@example.test',
      rol: 'inwoner',
      password: PASSWORD,
    });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await second.close();
    await database.dispose();
  });

  it('accepts a login made on one instance on the other, and a logout on the other ends it everywhere', async () => {
    const onA = new BrowserClient(a.app);
    expect((await onA.login('ilse@example.test', PASSWORD)).statusCode).toBe(303);
    const onB = new BrowserClient(b.app);
    for (const [name, value] of onA.cookies) onB.cookies.set(name, value);
    const overview = await onB.get('/mijn-overzicht');
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('Welkom, Ilse.');

    // A form rendered by B is accepted by A (the CSRF secret is in the browser, not in an instance).
    expect((await onA.post('/uitloggen', { _csrf: onB.csrfToken() as string })).statusCode).toBe(303);
    expect((await onB.get('/mijn-overzicht')).statusCode).toBe(401);
  });

  it('counts failed logins across instances', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const browser = new BrowserClient(i % 2 === 0 ? a.app : b.app);
      statuses.push((await browser.login('ilse@example.test', `fout ${i}`)).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
