import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ENGINES } from '../../../tests/support/test-database.js';
import { onthoudGeheim } from '../../../tests/support/tweede-factor.js';
import { DEMO_TOTP_GEHEIM } from '../../auth/tweede-factor/tweede-factor.js';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';

/**
 * Samen groups in the demo (issue 14, item 4): Ilse's overview leads her to the lotgenotengroep
 * that waits for her answer; her groups page shows it with its ervaringsdeskundige and place; when
 * she joins, the group starts (everyone answered, enough joined) and her card says she takes part.
 * Yara, the coordinator, sees both demo groups and who leads them.
 */
describe.each(ENGINES)('the demo groups on %s', (engine) => {
  let t: TestApp;
  let ilse: BrowserClient;
  let dossierId: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'demo' } });
    await seedDemo(t.database.db);
    ilse = new BrowserClient(t.app);
    expect((await ilse.login('inwoner@lindewaard.example', DEMO_PASSWORD)).statusCode).toBe(303);
    const mijn = await ilse.get('/mijn-gegevens');
    dossierId = /\/dossiers\/([0-9a-f-]{36})/.exec(mijn.headers.location as string)?.[1] as string;
    expect(dossierId).toBeDefined();
  }, 600_000);
  afterAll(() => t?.close());

  it('her overview shows the group waiting for her answer, one step from her groups page', async () => {
    const overzicht = await ilse.get('/mijn-overzicht');
    expect(overzicht.statusCode).toBe(200);
    expect(overzicht.body).toContain(
      'Er is een lotgenotengroep voor je. Wil je meedoen? Je mag ook nee zeggen.',
    );
    expect(overzicht.body).toContain(`href="/dossiers/${dossierId}/samen/groepen"`);
    const groepen = await ilse.get(`/dossiers/${dossierId}/samen/groepen`);
    expect(groepen.statusCode).toBe(200);
    expect(groepen.body).toContain('Lotgenotengroep over: Een praatje, gezelschap');
    expect(groepen.body).toContain('Sanne Bos');
    expect(groepen.body).toContain('Herstelhuis De Waard');
    // Only first names and neighbourhoods before the group starts.
    expect(groepen.body).toContain('Wouter uit Lindewaard-Oost');
    expect(groepen.body).not.toContain('Telefoon:');
  });

  it('she joins: the group starts, contact shows, and her card says she takes part', async () => {
    const pagina = await ilse.get(`/dossiers/${dossierId}/samen/groepen`);
    const groepId = /samen\/groepen\/([0-9a-f-]{36})"/.exec(pagina.body)?.[1];
    expect(groepId).toBe('5a3e0000-0000-4000-8000-0000000000c2');
    expect(
      (await ilse.post(`/dossiers/${dossierId}/samen/groepen/${groepId}`, { keuze: 'ja' })).statusCode,
    ).toBe(303);
    const na = await ilse.get(`/dossiers/${dossierId}/samen/groepen`);
    expect(na.body).toContain('De groep is begonnen.');
    expect(na.body).toContain('Telefoon: 06 00000000');
    const overzicht = await ilse.get('/mijn-overzicht');
    expect(overzicht.body).toContain('Je doet mee met een lotgenotengroep.');
    // Her download in plain words lists the group as her page does.
    const alles = await ilse.get(`/dossiers/${dossierId}/gegevens/alles`);
    expect(alles.statusCode).toBe(200);
    expect(alles.body).toContain('Je groepen');
    expect(alles.body).toContain('Lotgenotengroep over: Een praatje, gezelschap');
    expect(alles.body).toContain('Geleid door iemand die het zelf heeft meegemaakt: Sanne Bos');
    expect(alles.body).toContain('De groep is begonnen.');
    expect(alles.body).toContain('Je doet mee.');
    expect(overzicht.body).not.toContain('Er is een lotgenotengroep voor je.');
  });

  it('Yara sees both groups, who leads them, and Sanne as ervaringsdeskundige', async () => {
    const yara = new BrowserClient(t.app);
    onthoudGeheim('professional@lindewaard.example', DEMO_TOTP_GEHEIM);
    expect((await yara.login('professional@lindewaard.example', DEMO_PASSWORD)).statusCode).toBe(303);
    const pagina = await yara.get('/samen/groepen');
    expect(pagina.statusCode).toBe(200);
    expect(pagina.body).toContain('Buurtcirkel over: Samen wandelen');
    expect(pagina.body).toContain('Coach: Yara Doğan');
    expect(pagina.body).toContain('Lotgenotengroep over: Een praatje, gezelschap');
    expect(pagina.body).toContain('Sanne Bos is ervaringsdeskundige.');
    // The nightly computation found a buurtcirkel of the eight who would like to cook together.
    expect(pagina.body).toContain('Mogelijke groepen');
    expect(pagina.body).toContain('id="mogelijk-buurtcirkel-koken"');
    expect(pagina.body).toContain('Buurtcirkel over: Koken of samen eten');
    expect(pagina.body).toContain('8 mensen kunnen samen een groep vormen.');
    expect(pagina.body).toContain('Kim uit Lindewaard-Oost: doet mee');
  });
});
