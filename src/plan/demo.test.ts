import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { onthoudGeheim } from '../../tests/support/tweede-factor.js';
import { DEMO_TOTP_GEHEIM } from '../auth/tweede-factor/tweede-factor.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed.js';

/**
 * Mijn plan in the demo (issue 11): the resident reaches her plan from her menu ("Mijn plan",
 * `/mijn-plan`) and from her record's section link (`/secties/plan`), and her demo household —
 * her son Ruben's plan linked with hers — makes the coordination warning count both plans: one
 * part of life with two organisations, as a number, never a word of his plan.
 */
describe.each(ENGINES)('the demo plan and household on %s', (engine) => {
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

  it('"Mijn plan" in her menu and her record\'s section link both lead to her plan', async () => {
    const overzicht = await ilse.get('/mijn-overzicht');
    expect(overzicht.body).toMatch(/<a[^>]*href="\/mijn-plan"[^>]*>Mijn plan<\/a>/);
    const menu = await ilse.get('/mijn-plan');
    expect(menu.statusCode).toBe(303);
    expect(menu.headers.location).toBe(`/dossiers/${dossierId}/plan`);
    const sectie = await ilse.get(`/dossiers/${dossierId}/secties/plan`);
    expect(sectie.statusCode).toBe(303);
    expect(sectie.headers.location).toBe(`/dossiers/${dossierId}/plan`);
  });

  it('her plan warns about help piling up in the household, in numbers only', async () => {
    const plan = await ilse.get(`/dossiers/${dossierId}/plan`);
    expect(plan.statusCode).toBe(200);
    expect(plan.body).toContain(
      'In jullie huishouden is veel hulp tegelijk. Het gaat om 1 deel van je leven.',
    );
    // Nothing of Ruben's plan: not his goal, not the organisation that helps him.
    expect(plan.body).not.toContain('Schuldhulp');
    expect(plan.body).not.toContain('schulden');
    const huishouden = await ilse.get(`/dossiers/${dossierId}/plan/huishouden`);
    expect(huishouden.body).toContain('Ruben Verbeek, sinds');
  });

  it('Yara (not her regievoerder) sees her plan without the warning', async () => {
    const yara = new BrowserClient(t.app);
    // The demo's second factor is in the README; the login types its code.
    onthoudGeheim('professional@lindewaard.example', DEMO_TOTP_GEHEIM);
    expect((await yara.login('professional@lindewaard.example', DEMO_PASSWORD)).statusCode).toBe(303);
    const plan = await yara.get(`/dossiers/${dossierId}/plan`);
    expect(plan.statusCode).toBe(200);
    expect(plan.body).toContain('Het plan van Ilse Verbeek');
    expect(plan.body).not.toContain('In jullie huishouden');
  });
});
