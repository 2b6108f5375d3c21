import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { createAccountWithPassword, createBeoordeling, createGemeente } from '../demo/factories.js';
import { dossierVanInwoner } from '../regie/door/door.js';

const PASSWORD = 'een lange zin als wachtwoord';
const DAG = 86_400_000;

/**
 * Issue 18, finding 1: "Mijn overzicht" leads to her life. A card per part of her record with
 * its latest state in one line, "Hulp zoeken" one step away, the two privacy links apart, and
 * the next useful step on top: begin "Hoe het gaat", or after three months check it still holds.
 */
describe('Mijn overzicht of a resident', () => {
  let t: TestApp;
  const host = { host: 'ov.test' };

  async function inwoner(email: string) {
    const db = t.database.db;
    const gemeente = await db
      .selectFrom('gemeente')
      .select('id')
      .where('code', '=', 'ov')
      .executeTakeFirstOrThrow();
    const account = await createAccountWithPassword(db, {
      gemeenteId: gemeente.id,
      naam: email.split('@')[0] as string,
      email,
      rol: 'inwoner',
      password: PASSWORD,
    });
    const dossierId = await dossierVanInwoner(db, gemeente.id, account.id);
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return { c, dossierId, accountId: account.id, gemeenteId: gemeente.id };
  }

  /** The text of the element with this id, tags removed. */
  const deel = (html: string, id: string) => {
    const start = html.indexOf(`id="${id}"`);
    if (start < 0) return undefined;
    const einde = html.indexOf('</li>', start);
    return html
      .slice(start, einde)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
  };

  beforeAll(async () => {
    t = await startTestApp('pglite', { env: { DEFAULT_GEMEENTE: 'ov' } });
    await createGemeente(t.database.db, { code: 'ov', naam: 'Ov', hostnames: ['ov.test'] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a new resident: her first step is to begin Hoe het gaat, one click to the form; help and privacy are there', async () => {
    const { c, dossierId } = await inwoner('nieuw@example.test');
    const r = await c.get('/mijn-overzicht');
    expect(r.statusCode).toBe(200);
    const html = c.lastHtml;
    expect(html).toContain('id="volgende-stap"');
    expect(html).toContain(`href="/dossiers/${dossierId}/levensgebieden/invullen"`);
    expect(deel(html, 'kaart-levensgebieden')).toContain('Je hebt dit nog niet ingevuld.');
    expect(html).toContain('id="kaart-hulp-zoeken"');
    expect(html).toContain('href="/sociale-kaart"');
    // The privacy links have their own list, apart from the parts of her record.
    const privacy = html.slice(html.indexOf('id="privacy"'));
    expect(privacy).toContain('href="/wie-kan-wat-zien"');
    expect(privacy).toContain('href="/mijn-logboek"');
    const kaarten = html.slice(html.indexOf('id="kaarten"'), html.indexOf('id="privacy"'));
    expect(kaarten).not.toContain('href="/mijn-logboek"');
  });

  it('filled in 4 months ago: the card says when, and the step asks whether it still holds', async () => {
    const { c, dossierId, accountId, gemeenteId } = await inwoner('oud@example.test');
    const op = new Date(t.clock.now().getTime() - 122 * DAG);
    await createBeoordeling(t.database.db, {
      gemeenteId,
      dossierId,
      auteurId: accountId,
      perspectief: 'eigen',
      afgerondAt: op,
      antwoorden: { financien: 2, wonen: 4 },
    });
    await c.get('/mijn-overzicht');
    const stap = c.lastHtml.slice(
      c.lastHtml.indexOf('id="volgende-stap"'),
      c.lastHtml.indexOf('id="kaarten"'),
    );
    expect(stap.replace(/<[^>]+>/g, ' ')).toContain(
      'Je hebt Hoe het gaat 4 maanden geleden ingevuld. Wil je kijken of het nog klopt?',
    );
    expect(stap).toContain(`href="/dossiers/${dossierId}/levensgebieden/invullen"`);
    expect(deel(c.lastHtml, 'kaart-levensgebieden')).toMatch(/Laatst ingevuld op \d+ \w+ \d{4}\./);
  });

  it('filled in last week: no step about it, only the date on the card', async () => {
    const { c, dossierId, accountId, gemeenteId } = await inwoner('recent@example.test');
    await createBeoordeling(t.database.db, {
      gemeenteId,
      dossierId,
      auteurId: accountId,
      perspectief: 'eigen',
      afgerondAt: new Date(t.clock.now().getTime() - 7 * DAG),
      antwoorden: { financien: 3 },
    });
    await c.get('/mijn-overzicht');
    expect(c.lastHtml).not.toContain('id="volgende-stap"');
    expect(deel(c.lastHtml, 'kaart-levensgebieden')).toMatch(/Laatst ingevuld op/);
  });
});
