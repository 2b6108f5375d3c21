import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ENGINES } from '../../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente } from '../../demo/factories.js';
import { enqueueJob } from '../../platform/jobs/jobs.js';

declare module '../../platform/jobs/types.js' {
  interface JobTypes {
    'test.beheer-faalt': { dossierId: string };
  }
}

const PASSWORD = 'een lange zin als wachtwoord';

describe.each(ENGINES)('the beheerder page of failed jobs on %s', (engine) => {
  let t: TestApp;
  let eigen: string;
  let andere: string;
  let lukt = false;
  const runs: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    eigen = (await createGemeente(t.database.db, { code: 'lindewaard', naam: 'Lindewaard' })).id;
    andere = (await createGemeente(t.database.db, { code: 'elders', naam: 'Elders' })).id;
    for (const rol of ['beheerder', 'naaste'] as const)
      await createAccountWithPassword(t.database.db, {
        gemeenteId: eigen,
        naam: `Demo ${rol}`,
        email: `${rol}@example.test`,
        rol,
        password: PASSWORD,
      });
    t.app.jobs.register('test.beheer-faalt', async (job) => {
      runs.push(job.payload.dossierId);
      if (!lukt) throw Object.assign(new Error('Ilse de Vries, ilse@example.test'), { code: 'EAUTH' });
    });
  });
  afterAll(async () => t.close());

  const faalt = async (gemeenteId: string, dossierId: string) => {
    const id = await enqueueJob(t.database.db, t.clock.now(), {
      name: 'test.beheer-faalt',
      payload: { dossierId },
      gemeenteId,
      maxAttempts: 1,
    });
    await t.app.jobs.runDue();
    return id as string;
  };

  it('shows its own gemeente failed jobs without personal data, and queues one again on request', async () => {
    const id = await faalt(eigen, 'dossier-van-ilse');
    const elders = await faalt(andere, 'dossier-elders');
    const beheerder = new BrowserClient(t.app);
    await beheerder.login('beheerder@example.test', PASSWORD);
    const page = await beheerder.get('/beheer/taken');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Mislukte taken');
    expect(page.body).toContain('test.beheer-faalt');
    expect(page.body).toContain('Error:EAUTH');
    expect(page.body).toContain(`/beheer/taken/${id}/opnieuw`);
    expect(page.body).not.toContain(elders);
    expect(page.body).not.toMatch(/Ilse|ilse@|dossier-van-ilse/);
    expect(page.headers['cache-control']).toBe('no-store');

    // Without the form's token: refused, nothing queued.
    const zonder = await beheerder.post(`/beheer/taken/${id}/opnieuw`, { _csrf: 'vals' });
    expect(zonder.statusCode).toBe(403);
    // Another gemeente's job is not found from here.
    expect((await beheerder.post(`/beheer/taken/${elders}/opnieuw`, {})).statusCode).toBe(404);
    expect((await beheerder.post('/beheer/taken/geen-id/opnieuw', {})).statusCode).toBe(404);

    lukt = true;
    const opnieuw = await beheerder.post(`/beheer/taken/${id}/opnieuw`, {});
    expect(opnieuw.statusCode).toBe(303);
    expect(opnieuw.headers.location).toBe('/beheer/taken?opnieuw');
    await t.app.jobs.runDue();
    expect(runs.filter((r) => r === 'dossier-van-ilse')).toHaveLength(2);
    const daarna = await beheerder.get('/beheer/taken?opnieuw');
    expect(daarna.body).toContain('De taak staat weer in de wachtrij.');
    expect(daarna.body).toContain('Er zijn geen mislukte taken.');
  });

  it('is for the beheerder only', async () => {
    expect((await new BrowserClient(t.app).get('/beheer/taken')).statusCode).toBe(401);
    const naaste = new BrowserClient(t.app);
    await naaste.login('naaste@example.test', PASSWORD);
    expect((await naaste.get('/beheer/taken')).statusCode).toBe(403);
  });
});
