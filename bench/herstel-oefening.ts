import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { Schrijver } from './lib/crash.js';
import { freePort, startServer } from './lib/processes.js';
import type { BenchEntry, Benchmark } from './lib/types.js';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const slaap = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Issue 17, item 11: a restore drill on PostgreSQL, exactly as docs/operations.md ("Restore")
 * says, timed. A writer writes through the app; the data and the key store are dumped
 * (pg_dump, custom format); the writer goes on until "the disaster"; then a fresh database is
 * made, both dumps restored, every session ended and an app started on it until /healthz says
 * ready. RPO: acknowledged writes missing from the restored database and how many seconds of
 * writing they are. RTO: from createdb to the restored app answering.
 */
export const herstelOefening: Benchmark = {
  id: 'herstel-oefening',
  title: 'Restore drill on PostgreSQL: data lost (RPO) and time to restore (RTO)',
  async run(context): Promise<BenchEntry> {
    const app = await context.app();
    const writer = new Schrijver(app.baseUrl);
    await writer.login();
    const loop = writer.run();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'redzaam-herstel-'));
    const bron = context.databaseUrl;
    const doelNaam = `${decodeURIComponent(new URL(bron).pathname.slice(1))}_herstel`;
    const doel = new URL(bron);
    doel.pathname = `/${doelNaam}`;
    const beheer = new URL(bron);
    beheer.pathname = '/postgres';
    let restored: Awaited<ReturnType<typeof startServer>> | undefined;
    try {
      await slaap(3_000);
      const backupBegin = Date.now();
      const ackedVoorBackup = writer.acked.length;
      const data = path.join(dir, 'data.dump');
      const sleutels = path.join(dir, 'sleutels.dump');
      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-acl',
        '--exclude-table-data=sleutel_dossier',
        '--exclude-table-data=sleutel_wissing',
        `--file=${data}`,
        bron,
      ]);
      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-acl',
        '--data-only',
        '--table=sleutel_dossier',
        '--table=sleutel_wissing',
        `--file=${sleutels}`,
        bron,
      ]);
      const backupSeconds = (Date.now() - backupBegin) / 1000;
      await slaap(5_000);
      const ramp = Date.now();
      writer.stop = true;
      await loop;
      const acked = [...writer.acked];

      const herstelBegin = Date.now();
      const admin = new pg.Client({ connectionString: beheer.toString() });
      await admin.connect();
      try {
        await admin.query(`drop database if exists ${admin.escapeIdentifier(doelNaam)} with (force)`);
        await admin.query(`create database ${admin.escapeIdentifier(doelNaam)}`);
      } finally {
        await admin.end();
      }
      await run('pg_restore', ['--no-owner', '--no-acl', '--exit-on-error', `--dbname=${doel}`, data]);
      await run('pg_restore', [
        '--no-owner',
        '--no-acl',
        '--data-only',
        '--exit-on-error',
        `--dbname=${doel}`,
        sleutels,
      ]);
      const client = new pg.Client({ connectionString: doel.toString() });
      await client.connect();
      let sessies = 0;
      let namen: string[] = [];
      try {
        sessies = (await client.query('delete from session')).rowCount ?? 0;
        const port = await freePort();
        restored = await startServer({
          name: 'hersteld',
          args: ['--import', 'tsx', 'src/server.ts'],
          cwd: root,
          port,
          healthPath: '/healthz',
          startTimeoutMs: 180_000,
          env: {
            DATABASE_URL: doel.toString(),
            PORT: String(port),
            HOST: '127.0.0.1',
            LOG_LEVEL: 'warn',
            DATA_DIR: dir,
            NODE_ENV: 'production',
            PUBLIC_URL: `http://127.0.0.1:${port}`,
            DEMO_DATA: 'false',
            REDZAAM_MASTER_KEY: context.masterKeyBase64,
          },
        });
        const inloggen = await fetch(`${restored.baseUrl}/inloggen`);
        await inloggen.arrayBuffer();
        if (inloggen.status !== 200)
          throw new Error(`the restored app answered ${inloggen.status} on /inloggen`);
        const rtoSeconds = (Date.now() - herstelBegin) / 1000;
        const { rows } = await client.query<{ namen: string[] }>(
          `select coalesce(array_agg(l.naam), '{}') as namen from levensgebied l
             join gemeente g on g.id = l.gemeente_id and g.code = 'demo'
            where l.catalogus_versie = (select max(versie) from levensgebied_catalogus c where c.gemeente_id = g.id)`,
        );
        namen = rows[0]?.namen ?? [];
        const aanwezig = new Set(namen);
        const verloren = acked.filter((naam) => !aanwezig.has(naam));
        const rpoSeconds = (ramp - backupBegin) / 1000;
        return {
          id: 'herstel-oefening',
          title: herstelOefening.title,
          description:
            'The procedure of docs/operations.md ("Restore"), timed on this machine with the bench database (demo data ' +
            'plus what earlier entries wrote): a writer adds catalog versions through the app; `pg_dump` of the data ' +
            '(key store rows left out) and, separately, of the key store; the writer goes on for 5 s until "the disaster"; ' +
            'then `createdb`, `pg_restore` of both, `delete from session`, and an app started on the restored database ' +
            'until it serves `/inloggen`.',
          rows: [],
          notes: [
            `**RPO (data lost): ${verloren.length} of ${acked.length} acknowledged writes**, all made after the dump began (${ackedVoorBackup} were made before it); that is ${rpoSeconds.toFixed(1)} s of writing — with nightly dumps the loss is everything since the last dump, with WAL archiving at most \`archive_timeout\`.`,
            `**RTO (time to restore): ${rtoSeconds.toFixed(1)} s** from createdb to the restored app serving pages (database of ${Number((await client.query<{ mb: string }>('select pg_database_size(current_database()) / 1048576.0 as mb')).rows[0]?.mb ?? 0).toFixed(1)} MB). Dumping took ${backupSeconds.toFixed(1)} s.`,
            `Sessions ended by the restore: ${sessies}. Writes acknowledged before the dump began and missing after the restore: ${acked.slice(0, ackedVoorBackup).filter((n) => !aanwezig.has(n)).length} (must be 0).`,
          ],
        };
      } finally {
        await client.end();
      }
    } finally {
      writer.stop = true;
      await restored?.stop();
      const admin = new pg.Client({ connectionString: beheer.toString() });
      await admin.connect();
      await admin
        .query(`drop database if exists ${admin.escapeIdentifier(doelNaam)} with (force)`)
        .catch(() => {});
      await admin.end();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
