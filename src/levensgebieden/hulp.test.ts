import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed.js';

/**
 * Issue 5, "plugged into the record": where the resident's own latest view says a levensgebied
 * is not going well (score 1 or 2), the overview offers matching services of the sociale kaart.
 * The demo resident scores "Geld en rekeningen" and "Hoe je je voelt" 2, "Wonen" 4.
 */
describe.each(ENGINES)('help offered per levensgebied on %s', (engine) => {
  let t: TestApp;
  let dossierId: string;

  const hulpSectie = (html: string) => {
    const start = html.indexOf('id="hulp"');
    expect(start, 'the overview has a "Wat kan helpen" section').toBeGreaterThan(0);
    return html.slice(start, html.indexOf('</section>', start));
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'demo' } });
    await seedDemo(t.database.db);
  }, 600_000);
  afterAll(() => t?.close());

  it('offers services tagged with the domains she scores low, and none for a domain going well', async () => {
    const inwoner = new BrowserClient(t.app);
    await inwoner.login('inwoner@lindewaard.example', DEMO_PASSWORD);
    dossierId = /\/dossiers\/([0-9a-f-]{36})/.exec(
      (await inwoner.get('/mijn-gegevens')).headers.location as string,
    )?.[1] as string;
    const page = await inwoner.get(`/dossiers/${dossierId}/levensgebieden`);
    expect(page.statusCode).toBe(200);
    const hulp = hulpSectie(page.body);
    expect(hulp).toContain('Wat kan helpen');
    expect(hulp).toContain('Geld en rekeningen');
    expect(hulp).toContain('Hoe je je voelt');
    expect(hulp).not.toMatch(/<h3[^>]*>Wonen<\/h3>/);
    expect(hulp).toContain('href="/sociale-kaart?levensgebied=financien"');

    // Every offered service exists on the public sociale kaart and is tagged with that domain.
    const links = [...hulp.matchAll(/href="(\/sociale-kaart\/[^"?]+)"/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThanOrEqual(2);
    const financien = await inwoner.get('/sociale-kaart?levensgebied=financien');
    const eerste = links[0] as string;
    expect(financien.body).toContain(`href="${eerste}"`);
    expect((await inwoner.get(eerste)).statusCode).toBe(200);
  });

  it('offers nothing before the resident has said how it goes', async () => {
    const db = t.database.db;
    await db
      .deleteFrom('beoordeling')
      .where('dossier_id', '=', dossierId)
      .where('perspectief', '=', 'eigen')
      .execute();
    const inwoner = new BrowserClient(t.app);
    await inwoner.login('inwoner@lindewaard.example', DEMO_PASSWORD);
    const page = await inwoner.get(`/dossiers/${dossierId}/levensgebieden`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('id="hulp"');
  });
});
