import { readFileSync, rmSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The lock on an embedded database (PGlite is one process and has no lock of its own: two
 * processes on one DATA_DIR would both write and lose data). The first process to open
 * `DATA_DIR/redzaam.lock` exclusively holds it; it records pid, host, start time and command.
 * A lock whose process is gone (same host, pid no longer alive) is stale and taken over.
 */
export type SlotInhoud = { pid: number; host: string; sinds: string; wie: string };

export class SlotBezet extends Error {
  constructor(
    readonly bestand: string,
    readonly houder: SlotInhoud | undefined,
  ) {
    super(
      houder
        ? `The embedded database in ${path.dirname(bestand)} is in use by another process: ${houder.wie} (pid ${houder.pid} on ${houder.host}, since ${houder.sinds}). ` +
            'Only one process may use it at a time: stop that process first (or use PostgreSQL for several instances). ' +
            `If you are sure no such process runs, remove ${bestand}.`
        : `The embedded database in ${path.dirname(bestand)} is locked (${bestand} cannot be read). Remove it if you are sure no Redzaam process uses this DATA_DIR.`,
    );
  }
}

/** Locks held by this process: a second opening in the same process is refused too. */
const inDitProces = new Set<string>();

export type Slot = { bestand: string; vrij(): Promise<void> };

export function slotBestand(dataDir: string): string {
  return path.join(dataDir, 'redzaam.lock');
}

/** Takes the lock on dataDir for `wie` (e.g. "npm start", "npm run backup"), or throws SlotBezet. */
export async function neemSlot(dataDir: string, wie: string): Promise<Slot> {
  const bestand = path.resolve(slotBestand(dataDir));
  if (inDitProces.has(bestand)) throw new SlotBezet(bestand, await leesSlot(bestand));
  const inhoud: SlotInhoud = { pid: process.pid, host: os.hostname(), sinds: new Date().toISOString(), wie };
  for (let poging = 0; poging < 2; poging++) {
    try {
      const handle = await open(bestand, 'wx', 0o600);
      try {
        await handle.writeFile(`${JSON.stringify(inhoud)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      inDitProces.add(bestand);
      let vrijgegeven = false;
      const vrij = async () => {
        if (vrijgegeven) return;
        vrijgegeven = true;
        inDitProces.delete(bestand);
        process.off('exit', vrijBijExit);
        const nu = await leesSlot(bestand);
        if (nu?.pid === process.pid && nu.host === inhoud.host) await rm(bestand, { force: true });
      };
      // A process that exits without closing (process.exit) still frees its lock; a killed
      // one leaves it behind, and the next process finds its pid gone.
      const vrijBijExit = () => {
        try {
          verwijderEigenSlot(bestand, inhoud);
        } catch {
          // nothing more to do on exit
        }
      };
      process.on('exit', vrijBijExit);
      return { bestand, vrij };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const houder = await leesSlot(bestand);
      if (houder && isVerlaten(houder)) {
        await rm(bestand, { force: true });
        continue;
      }
      throw new SlotBezet(bestand, houder);
    }
  }
  throw new SlotBezet(bestand, await leesSlot(bestand));
}

/** Who holds the lock on dataDir, or undefined when nobody (or only a stale lock) does. */
export async function slotHouder(dataDir: string): Promise<SlotInhoud | undefined> {
  const houder = await leesSlot(slotBestand(dataDir));
  return houder && !isVerlaten(houder) ? houder : undefined;
}

async function leesSlot(bestand: string): Promise<SlotInhoud | undefined> {
  try {
    const parsed = JSON.parse(await readFile(bestand, 'utf8')) as Partial<SlotInhoud>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return undefined;
    return {
      pid: parsed.pid,
      host: parsed.host,
      sinds: String(parsed.sinds ?? '?'),
      wie: String(parsed.wie ?? '?'),
    };
  } catch {
    return undefined;
  }
}

/**
 * Stale: written on this host by a process that no longer exists. Another host's lock is never
 * taken as stale (its pid cannot be checked from here): the message says to remove it.
 */
function isVerlaten(houder: SlotInhoud): boolean {
  if (houder.host !== os.hostname()) return false;
  // Our own pid in a lock we did not take: left by an earlier run (a container's pid 1).
  if (houder.pid === process.pid) return true;
  try {
    process.kill(houder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function verwijderEigenSlot(bestand: string, inhoud: SlotInhoud): void {
  const nu = JSON.parse(readFileSync(bestand, 'utf8')) as Partial<SlotInhoud>;
  if (nu.pid === inhoud.pid && nu.host === inhoud.host) rmSync(bestand, { force: true });
}
