import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { createAccountWithPassword, createGemeente } from '../demo/factories.js';

const PASSWORD = 'een lange zin als wachtwoord';
const ROUNDS = 35;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
/** The page minus what differs per request anyway (CSRF token, CSP nonce) and the echoed address. */
const normalise = (html: string) =>
  html
    .replace(/name="_csrf" value="[^"]+"/g, '')
    .replace(/nonce="[^"]+"/g, '')
    .replace(/value="[^"]*@example\.test"/g, '');

/**
 * ASVS 6.3.8: an unknown account, a wrong password and a blocked account must be
 * indistinguishable, by answer and by time. Interleaved rounds, compared by median. Time is
 * measured as the CPU this process spends on each request (argon2 runs on its thread pool and
 * counts too): that is the work an attacker could time, without the noise of other test files
 * sharing the machine's cores.
 */
describe('login answers reveal nothing about accounts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('pglite', { env: { DEFAULT_GEMEENTE: 'lindewaard', TRUST_PROXY: 'true' } });
    const gemeente = await createGemeente(t.database.db, { code: 'lindewaard', naam: 'Lindewaard' });
    for (let i = 0; i < ROUNDS; i++) {
      await createAccountWithPassword(t.database.db, {
        gemeenteId: gemeente.id,
        naam: 'A',
        email: `echt${i}@example.test`,
        rol: 'inwoner',
        password: PASSWORD,
      });
      const blocked = await createAccountWithPassword(t.database.db, {
        gemeenteId: gemeente.id,
        naam: 'B',
        email: `blok${i}@example.test`,
        rol: 'inwoner',
        password: PASSWORD,
      });
      await t.database.db
        .updateTable('account')
        .set({ disabled_at: new Date() })
        .where('id', '=', blocked.id)
        .execute();
    }
  }, 600_000);
  afterAll(async () => t.close());

  it('gives the same status, page and timing for unknown, wrong and blocked', async () => {
    const kinds = {
      unknown: (i: number) => ({ email: `onbekend${i}@example.test`, wachtwoord: 'fout wachtwoord' }),
      wrong: (i: number) => ({ email: `echt${i}@example.test`, wachtwoord: 'fout wachtwoord' }),
      blocked: (i: number) => ({ email: `blok${i}@example.test`, wachtwoord: PASSWORD }),
    };
    const times: Record<string, number[]> = { unknown: [], wrong: [], blocked: [] };
    const pages: Record<string, Set<string>> = { unknown: new Set(), wrong: new Set(), blocked: new Set() };
    // The first rounds warm up the JIT and connection; they are not counted.
    const WARMUP = 5;
    for (let i = 0; i < ROUNDS; i++) {
      for (const [kind, form] of Object.entries(kinds)) {
        const browser = new BrowserClient(t.app, { 'x-forwarded-for': `198.51.100.${i}` });
        await browser.get('/inloggen');
        const start = process.cpuUsage();
        const response = await browser.post('/inloggen', form(i));
        const used = process.cpuUsage(start);
        if (i >= WARMUP) times[kind]?.push((used.user + used.system) / 1000);
        expect(response.statusCode, kind).toBe(401);
        pages[kind]?.add(normalise(response.body));
      }
    }
    const all = new Set([...Object.values(pages)].flatMap((set) => [...set]));
    expect(all.size).toBe(1);
    const medians = Object.values(times).map(median);
    // Within noise: the slowest median at most 30% above the fastest (argon2 dominates all three).
    expect(Math.max(...medians) / Math.min(...medians), JSON.stringify(medians)).toBeLessThan(1.3);
  }, 600_000);
});
