import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithPassword, createGemeente } from '../../src/demo/factories.js';
import type { Viewer } from '../../src/platform/http/request-context.js';
import { viaDeDeur } from '../../src/regie/door/door.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ENGINES } from '../support/test-database.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * The schema layer every route gets (src/platform/http/invoer.ts): repeated values where one
 * is expected, values that are no text and control characters are a 400 before any handler
 * runs — the five inputs of issue 17 answered 500 before it. A refused request on a record
 * is still in the audit trail.
 */
describe.each(ENGINES)('one schema layer for query, path and form on %s', (engine) => {
  let t: TestApp;
  let inwoner: BrowserClient;
  let dossierId: string;
  let viewer: Viewer;

  const deniedEntries = async () =>
    t.database.db
      .selectFrom('audit_event')
      .select(['dossier_id', 'item_id', 'uitkomst', 'grondslag', 'actie'])
      .where('uitkomst', '=', 'denied')
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    const gemeente = await createGemeente(t.database.db, { code: 'lindewaard', naam: 'Lindewaard' });
    const account = await createAccountWithPassword(t.database.db, {
      gemeenteId: gemeente.id,
      naam: 'Ilse',
      email: 'ilse@example.test',
      rol: 'inwoner',
      password: PASSWORD,
    });
    inwoner = new BrowserClient(t.app);
    await inwoner.login('ilse@example.test', PASSWORD);
    expect((await inwoner.get('/mijn-overzicht')).statusCode).toBe(200);
    const dossier = await t.database.db
      .selectFrom('dossier')
      .select('id')
      .where('inwoner_account_id', '=', account.id)
      .executeTakeFirstOrThrow();
    dossierId = dossier.id;
    viewer = {
      accountId: account.id,
      sessionId: 'test',
      gemeenteId: gemeente.id,
      naam: 'Ilse',
      email: 'ilse@example.test',
      rol: 'inwoner',
      organisatieId: null,
      organisatieNaam: null,
      bevoegdheden: [],
    };
  });
  afterAll(async () => t.close());

  it('GET /inloggen?terug=/a&terug=/b: a repeated parameter is a 400, not a 500', async () => {
    const response = await t.app.inject({
      url: '/inloggen?terug=/a&terug=/b',
      headers: { accept: 'text/html' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('Dit konden we niet lezen');
  });

  it('GET /dossiers/<own id>/logboek?van=a&van=b: 400, and the refused attempt is audited', async () => {
    const before = (await deniedEntries()).length;
    const response = await inwoner.get(`/dossiers/${dossierId}/logboek?van=a&van=b`);
    expect(response.statusCode).toBe(400);
    const entries = await deniedEntries();
    expect(entries.length).toBe(before + 1);
    expect(entries.at(-1)).toMatchObject({
      dossier_id: dossierId,
      grondslag: 'geweigerd:ongeldige-invoer',
      actie: 'read',
    });
  });

  it('GET /sociale-kaart/%00: a NUL byte never reaches the database', async () => {
    const response = await t.app.inject({ url: '/sociale-kaart/%00', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Dit konden we niet lezen');
  });

  it('GET /dossiers/%00: 400, and the refused attempt is audited with the id escaped', async () => {
    const before = (await deniedEntries()).length;
    const response = await inwoner.get('/dossiers/%00');
    expect(response.statusCode).toBe(400);
    const entries = await deniedEntries();
    expect(entries.length).toBe(before + 1);
    expect(entries.at(-1)).toMatchObject({
      dossier_id: null,
      item_id: 'onbekend:\\u0000',
      grondslag: 'geweigerd:ongeldige-invoer',
    });
  });

  it('POST /mijn-sessies/%00/beeindigen: 400 and nothing ended', async () => {
    await inwoner.get('/mijn-sessies');
    const response = await inwoner.post('/mijn-sessies/%00/beeindigen', {});
    expect(response.statusCode).toBe(400);
    expect((await inwoner.get('/mijn-overzicht')).statusCode).toBe(200);
  });

  it('the door itself writes a denial for an id with a NUL byte (no 22021 from PostgreSQL)', async () => {
    const before = (await deniedEntries()).length;
    await expect(
      viaDeDeur(
        t.database.db,
        viewer,
        { dossierId: 'x\u0000y', sectie: null, nodig: 'lezen', actie: 'read' },
        { now: new Date() },
        async () => 'nooit',
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const entries = await deniedEntries();
    expect(entries.length).toBe(before + 1);
    expect(entries.at(-1)?.item_id).toBe('onbekend:x\\u0000y');
  });

  it('answers API clients with JSON', async () => {
    const response = await t.app.inject({
      url: '/inloggen?terug=/a&terug=/b',
      headers: { accept: 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'BAD_REQUEST' });
  });

  it('refuses control characters in form text and JSON values that are not text, keeps tab and newline', async () => {
    await inwoner.get('/inloggen');
    const csrf = inwoner.csrfToken() as string;
    const send = (payload: string, type = 'application/x-www-form-urlencoded') =>
      t.app.inject({
        method: 'POST',
        url: '/inloggen',
        payload,
        headers: { 'content-type': type, cookie: inwoner.cookieHeader(), accept: 'text/html' },
      });
    expect((await send(`_csrf=${encodeURIComponent(csrf)}&email=a%01b&wachtwoord=x`)).statusCode).toBe(400);
    expect((await send(`_csrf=${encodeURIComponent(csrf)}&email=a&email=b&wachtwoord=x`)).statusCode).toBe(
      400,
    );
    expect(
      (await send(JSON.stringify({ _csrf: csrf, email: { a: 1 } }), 'application/json')).statusCode,
    ).toBe(400);
    expect((await send(JSON.stringify({ _csrf: csrf, email: 12 }), 'application/json')).statusCode).toBe(400);
    expect((await send(JSON.stringify([1, 2]), 'application/json')).statusCode).toBe(400);
    // Tab and newline are ordinary text: the form is read and answered (not the 400 page).
    const ok = await send(`_csrf=${encodeURIComponent(csrf)}&email=a%09b%0D%0A&wachtwoord=x`);
    expect(ok.statusCode).toBeLessThan(500);
    expect(ok.body).not.toContain('Dit konden we niet lezen');
  });

  it('accepts a repeated field where the route declares it (wie_helpt)', async () => {
    await inwoner.get(`/dossiers/${dossierId}/levensgebieden/invullen/werk`);
    const response = await t.app.inject({
      method: 'POST',
      url: `/dossiers/${dossierId}/levensgebieden/invullen/werk`,
      payload: `_csrf=${encodeURIComponent(inwoner.csrfToken() ?? '')}&wie_helpt=ikzelf&wie_helpt=netwerk`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: inwoner.cookieHeader(),
        accept: 'text/html',
      },
    });
    expect(response.statusCode).toBeLessThan(500);
    expect(response.body).not.toContain('Dit konden we niet lezen');
  });
});
