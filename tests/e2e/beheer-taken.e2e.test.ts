import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/demo/seed.js';
import { enqueueJob } from '../../src/platform/jobs/jobs.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  login,
  navigation,
  startServer,
  visibleText,
  withBrowser,
} from './support/browser.js';

declare module '../../src/platform/jobs/types.js' {
  interface JobTypes {
    'test.e2e-faalt': { dossierId: string };
  }
}

/**
 * The beheerder's page of failed jobs in the browser: reached from the menu, with and without
 * JavaScript; a failed job is queued again with the button; axe (with JavaScript on) on the list
 * and the empty page.
 */

let server: E2EServer;
let lukt = false;

beforeAll(async () => {
  server = await startServer();
  server.t.app.jobs.register('test.e2e-faalt', async () => {
    if (!lukt) throw Object.assign(new Error('mislukt'), { code: 'ECONNREFUSED' });
  });
});

afterAll(async () => {
  await server?.close();
});

const beheerder = DEMO_ACCOUNTS.find((a) => a.rol === 'beheerder');

async function eenMislukteTaak(): Promise<void> {
  const db = server.t.database.db;
  const gemeente = await db
    .selectFrom('gemeente')
    .select('id')
    .where('code', '=', 'demo')
    .executeTakeFirstOrThrow();
  await enqueueJob(db, server.t.clock.now(), {
    name: 'test.e2e-faalt',
    payload: { dossierId: 'x' },
    gemeenteId: gemeente.id,
    maxAttempts: 1,
  });
  await server.t.app.jobs.runDue();
}

describe.each([true, false])('the page of failed jobs (JavaScript %s)', (javaScript) => {
  it('lists a failed job, queues it again with the button, and passes axe', async () => {
    if (!beheerder) throw new Error('no demo beheerder');
    lukt = false;
    await eenMislukteTaak();
    await withBrowser({ javaScript }, async (page) => {
      await login(page, server.origin, beheerder.email, DEMO_PASSWORD);
      await navigation(page, () => page.getByRole('link', { name: 'Mislukte taken' }).click());
      expect(new URL(page.url()).pathname).toBe('/beheer/taken');
      expect(await visibleText(page.locator('h1'))).toBe('Mislukte taken');
      expect(await page.locator('tbody tr').count()).toBe(1);
      expect(await visibleText(page.locator('tbody'))).toContain('Error:ECONNREFUSED');
      // axe runs in the page's JavaScript: checked in the variant with JavaScript on.
      if (javaScript) await expectNoAxeViolations(page, 'failed jobs');

      lukt = true;
      const answer = await navigation(page, () =>
        page.getByRole('button', { name: /^Opnieuw proberen: test\.e2e-faalt/ }).click(),
      );
      expect(answer.status()).toBe(200);
      expect(new URL(page.url()).search).toBe('?opnieuw');
      expect(await visibleText(page.locator('main'))).toContain('De taak staat weer in de wachtrij.');
      await server.t.app.jobs.runDue();
      await navigation(page, () => page.reload());
      expect(await visibleText(page.locator('main'))).toContain('Er zijn geen mislukte taken.');
      if (javaScript) await expectNoAxeViolations(page, 'no failed jobs');
    });
  }, 600_000);
});
