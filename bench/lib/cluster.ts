import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian keeps PostgreSQL 15's server programs (initdb, pg_ctl). */
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export function kanClusterMaken(): boolean {
  return existsSync(path.join(PG_BIN, 'initdb')) && existsSync(path.join(PG_BIN, 'pg_ctl'));
}

/**
 * A throw-away PostgreSQL cluster of its own (initdb in a temporary folder, its own port and
 * socket folder), for tests and bench entries that stop PostgreSQL hard. Never the shared
 * cluster. initdb refuses to run as root, so as root it runs as the `postgres` OS user.
 */
export type Cluster = {
  url: string;
  port: number;
  /** `pg_ctl stop -m immediate`: like pulling the plug; crash recovery runs at the next start. */
  stopImmediate(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
};

export async function maakCluster(port: number): Promise<Cluster> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'redzaam-cluster-'));
  await chmod(dir, 0o777);
  const data = path.join(dir, 'data');
  const root = process.getuid?.() === 0;
  const alsPostgres = (cmd: string, args: string[]) =>
    root
      ? run('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, cmd), ...args])
      : run(path.join(PG_BIN, cmd), args);
  await alsPostgres('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  const opties = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c max_connections=100`;
  const start = async () => {
    await alsPostgres('pg_ctl', [
      '-D',
      data,
      '-o',
      opties,
      '-l',
      path.join(dir, 'log'),
      '-w',
      '-t',
      '60',
      'start',
    ]);
  };
  await start();
  let gestopt = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: async () => {
      await start();
      gestopt = false;
    },
    stopImmediate: async () => {
      await alsPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      gestopt = true;
    },
    destroy: async () => {
      if (!gestopt)
        await alsPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
