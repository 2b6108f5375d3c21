import { describe, expect, it } from 'vitest';
import { DatabaseNietBereikbaar, metHerhaling, type StartLog } from './open.js';

function log() {
  const lines: { details: object; message: string }[] = [];
  const add = (details: object, message: string) => lines.push({ details, message });
  return { lines, log: { info: add, warn: add, error: add } satisfies StartLog };
}

const pool = (connectRetries: number) => ({
  databasePool: { size: 10, statementTimeoutMs: 0, connectTimeoutMs: 1000, connectRetries },
});

describe('connecting at start', () => {
  it('tries again with a doubling back-off (at most 30 s) until the database answers', async () => {
    const waits: number[] = [];
    let calls = 0;
    const { lines, log: startLog } = log();
    await metHerhaling(
      async () => {
        calls++;
        if (calls < 9)
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      },
      pool(10),
      'DATABASE_URL',
      startLog,
      async (ms) => {
        waits.push(ms);
      },
    );
    expect(calls).toBe(9);
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(lines[0]?.message).toBe('database not reachable yet, trying again');
    expect(lines[0]?.details).toMatchObject({
      attempt: 1,
      of: 11,
      reason: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('gives up after DATABASE_CONNECT_RETRIES with a message naming the variable and the cause, never the URL', async () => {
    const { log: startLog } = log();
    const attempt = metHerhaling(
      async () => {
        throw new Error('password authentication failed for postgres://app:geheim@db/redzaam');
      },
      pool(2),
      'DATABASE_URL',
      startLog,
      async () => {},
    );
    await expect(attempt).rejects.toThrow(DatabaseNietBereikbaar);
    await expect(attempt).rejects.toThrow(
      /DATABASE_URL after 3 attempt\(s\): password authentication failed/,
    );
    await expect(attempt).rejects.not.toThrow(/geheim/);
  });
});
