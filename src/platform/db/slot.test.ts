import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { neemSlot, SlotBezet, slotBestand, slotHouder } from './slot.js';

describe('the lock on an embedded DATA_DIR', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'redzaam-slot-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('records pid, host, time and command, refuses a second taker and frees on release', async () => {
    const slot = await neemSlot(dir, 'npm start');
    const inhoud = JSON.parse(await readFile(slotBestand(dir), 'utf8'));
    expect(inhoud).toMatchObject({ pid: process.pid, host: os.hostname(), wie: 'npm start' });
    await expect(neemSlot(dir, 'npm run backup')).rejects.toThrow(SlotBezet);
    await expect(neemSlot(dir, 'npm run backup')).rejects.toThrow(/in use by another process: npm start/);
    await slot.vrij();
    expect(await slotHouder(dir)).toBeUndefined();
    const weer = await neemSlot(dir, 'npm run backup');
    await weer.vrij();
  });

  it('takes over a stale lock whose process is gone', async () => {
    // A pid above the kernel's maximum (4194304) never belongs to a living process.
    await writeFile(
      slotBestand(dir),
      JSON.stringify({
        pid: 4_999_999,
        host: os.hostname(),
        sinds: '2026-01-01T00:00:00Z',
        wie: 'npm start',
      }),
    );
    expect(await slotHouder(dir)).toBeUndefined();
    const slot = await neemSlot(dir, 'npm start');
    await slot.vrij();
  });

  it('never takes over a lock of another host: the message says what to remove', async () => {
    await writeFile(
      slotBestand(dir),
      JSON.stringify({ pid: 1, host: 'een-andere-machine', sinds: '2026-01-01T00:00:00Z', wie: 'npm start' }),
    );
    await expect(neemSlot(dir, 'npm start')).rejects.toThrow(/pid 1 on een-andere-machine[\s\S]*remove/);
  });
});
