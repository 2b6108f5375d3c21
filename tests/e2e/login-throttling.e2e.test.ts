import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/demo/seed.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  foreignRequests,
  navigation,
  recordedRequests,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';

/**
 * Ten wrong passwords in a row: after five the login page says to wait (HTTP 429), and an
 * address without an account gets exactly the same pages, so the messages do not tell
 * whether an account exists. A file of its own: it locks an account for fifteen minutes.
 */

let server: E2EServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

type Attempt = { status: number; retryAfter: string | undefined; main: string; alert: string };

/** Ten wrong passwords for one address, in one browser; what the person saw each time. */
async function tenWrongPasswords(page: Page, email: string): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  await visit(page, `${server.origin}/inloggen`);
  for (let i = 1; i <= 10; i++) {
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(`verkeerd-wachtwoord-${i}`);
    const response = await navigation(page, () =>
      page.getByRole('button', { name: 'Inloggen', exact: true }).click(),
    );
    attempts.push({
      status: response.status(),
      retryAfter: response.headers()['retry-after'],
      // Everything visible in the content; the typed address sits in an input, not in this text.
      main: await visibleText(page.getByRole('main')),
      alert: await visibleText(page.getByRole('alert')),
    });
  }
  return attempts;
}

describe('ten wrong passwords in a row', () => {
  const existing = DEMO_ACCOUNTS.find((a) => a.rol === 'naaste');
  if (!existing) throw new Error('no demo naaste');
  const results = new Map<string, Attempt[]>();

  it('an existing account: "klopt niet" five times, then "te vaak" with HTTP 429', async () => {
    await withBrowser({}, async (page) => {
      const attempts = await tenWrongPasswords(page, existing.email);
      results.set('bestaand', attempts);
      attempts.forEach((attempt, index) => {
        const nr = index + 1;
        if (nr <= 5) {
          expect(attempt.status, `attempt ${nr}`).toBe(401);
          expect(attempt.alert, `attempt ${nr}`).toBe(
            'Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.',
          );
          expect(attempt.retryAfter, `attempt ${nr}`).toBeUndefined();
        } else {
          expect(attempt.status, `attempt ${nr}`).toBe(429);
          expect(attempt.alert, `attempt ${nr}`).toContain(
            'Je hebt te vaak een verkeerd wachtwoord gebruikt.',
          );
          expect(attempt.alert, `attempt ${nr}`).toContain('Wacht 15 minuten');
          expect(attempt.retryAfter, `attempt ${nr}`).toBe('900');
        }
      });
      await expectNoAxeViolations(page, 'inloggen met melding: te vaak');

      // Locked means locked: now even the right password is refused, with the same message.
      await page.getByLabel('E-mailadres').fill(existing.email);
      await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
      const right = await navigation(page, () =>
        page.getByLabel('Wachtwoord', { exact: true }).press('Enter'),
      );
      expect(right.status()).toBe(429);
      expect(new URL(page.url()).pathname).toBe('/inloggen');
      expect(await visibleText(page.getByRole('alert'))).toContain(
        'Je hebt te vaak een verkeerd wachtwoord gebruikt.',
      );
    });
  });

  it('an address without an account gets exactly the same pages (no account enumeration)', async () => {
    await withBrowser({}, async (page) => {
      const attempts = await tenWrongPasswords(page, 'niemand-bekend@lindewaard.example');
      const known = results.get('bestaand');
      expect(known, 'the existing-account test ran first').toHaveLength(10);
      expect(attempts).toEqual(known);
      expect(attempts.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    });
  });

  it('other accounts can still log in from the same browser address', async () => {
    const other = DEMO_ACCOUNTS.find((a) => a.rol === 'analist');
    if (!other) throw new Error('no demo analist');
    await withBrowser({ javaScript: false }, async (page) => {
      await visit(page, `${server.origin}/inloggen`);
      await page.getByLabel('E-mailadres').fill(other.email);
      await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
      const response = await navigation(page, () =>
        page.getByRole('button', { name: 'Inloggen', exact: true }).click(),
      );
      expect(response.status()).toBe(200);
      expect(await visibleText(page.getByRole('main'))).toContain(`Welkom, ${other.naam}.`);
    });
  });
});

it('made no request to any other origin', () => {
  expect(recordedRequests.length).toBeGreaterThan(20);
  expect(foreignRequests([server.origin])).toEqual([]);
});
