import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../src/platform/db/database.js';
import { type AuditInput, GENESIS_HASH, sealAudit, sealHash } from '../src/regie/audit/audit.js';
import { countUnsealed } from '../src/regie/audit/queries.js';
import type { LoadTarget } from './lib/load.js';
import { demoDossierId, paginaDoel } from './lib/paginas.js';
import type { ServerProcess } from './lib/processes.js';
import type { BenchContext, BenchEntry, Benchmark, EntryRow, LoadResult } from './lib/types.js';

const ID = 'schaal';
const TITLE = 'Cost growth: the same pages from a demo to a national dataset';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Resident records per step, e.g. BENCH_SCHAAL=1000,20000 on a shared machine. */
const SIZES = [
  ...new Set(
    (process.env.BENCH_SCHAAL ?? '1000,100000,3600000').split(',').map((size) => {
      const n = Number(size.trim());
      if (!Number.isInteger(n) || n < 1)
        throw new Error(`BENCH_SCHAAL: "${size}" is no positive whole number`);
      return n;
    }),
  ),
].sort((a, b) => a - b);
/** Entries of her own in the demo resident's trail (her log page). */
const LOGBOEK = Number(process.env.BENCH_SCHAAL_LOGBOEK ?? 100_000);
/** Target (issue 20): p95 at the largest size at most this many times the smallest size's. */
const TARGET_FACTOR = 1.5;

/** The national dataset of issue 20, per resident record: 3.6 M records carry these. */
const PER_RECORD = {
  professionals: 100_000 / 3_600_000,
  grants: 5_000_000 / 3_600_000,
  audit: 20_000_000 / 3_600_000,
  assessments: 2_000_000 / 3_600_000,
};
/** Tables whose size grows with the dataset: a sequential scan of one of these is a finding. */
const GROTE_TABELLEN = [
  'account',
  'dossier',
  'toegang',
  'toegang_sectie',
  'audit_event',
  'beoordeling',
  'session',
  'organisatie',
];

/** The pages measured at every size: who reads what (bench/lib/paginas.ts). */
const PAGINAS = [
  { naam: 'mijn-overzicht', wat: 'resident: Mijn overzicht' },
  { naam: 'levensgebieden', wat: 'resident: levensgebieden overview' },
  { naam: 'levensgebieden-professional', wat: 'professional (granted): levensgebieden' },
  { naam: 'plan-professional', wat: 'professional (granted): plan section' },
  { naam: 'logboek', wat: `resident: her log page (${LOGBOEK.toLocaleString('en-US')} own entries)` },
];

function md5Uuid(text: string): string {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const professionalsBij = (records: number) => Math.max(2, Math.ceil(records * PER_RECORD.professionals));
/** The professional holding a record's first (g = 0) or second (g = 1) grant. */
const granteeVan = (i: number, g: number, professionals: number) => (i * 7919 + g) % professionals;
/** Audit entries per record: 5, and a sixth for 56% (20 M over 3.6 M). */
const auditVan = (i: number) => 5 + (i % 100 < Math.round((PER_RECORD.audit - 5) * 100) ? 1 : 0);

/**
 * Grows the demo gemeente from `van` to `tot` bulk resident records with plain SQL
 * (`insert … select generate_series`): residents with their record, professionals in teams of
 * 100, grants with two sections each, finished assessments. Ids are md5 of a name and number,
 * so each step adds to the last without reading it back.
 */
async function groei(client: pg.Client, gemeenteId: string, van: number, tot: number): Promise<void> {
  const pVan = van === 0 ? 0 : professionalsBij(van);
  const pTot = professionalsBij(tot);
  const teams = (p: number) => Math.ceil(p / 100);
  const q = (text: string, values: unknown[]) => client.query(text, values);
  await q(
    `insert into organisatie (id, gemeente_id, naam)
     select md5('schaal-org-' || k)::uuid, $1, 'Schaalteam ' || k from generate_series($2::int, $3::int - 1) k`,
    [gemeenteId, teams(pVan), teams(pTot)],
  );
  await q(
    `insert into account (id, gemeente_id, email, naam, rol, organisatie_id)
     select md5('schaal-prof-' || j)::uuid, $1, 'schaal-prof-' || j || '@voorbeeld.invalid', 'Professional ' || j,
            'professional', md5('schaal-org-' || (j / 100))::uuid
     from generate_series($2::int, $3::int - 1) j`,
    [gemeenteId, pVan, pTot],
  );
  await q(
    `insert into account (id, gemeente_id, email, naam, rol)
     select md5('schaal-inw-' || i)::uuid, $1, 'schaal-inw-' || i || '@voorbeeld.invalid', 'Inwoner ' || i, 'inwoner'
     from generate_series($2::int, $3::int - 1) i`,
    [gemeenteId, van, tot],
  );
  await q(
    `insert into dossier (id, gemeente_id, inwoner_account_id, created_at)
     select md5('schaal-dos-' || i)::uuid, $1, md5('schaal-inw-' || i)::uuid, now() - (i % 1500) * interval '1 day'
     from generate_series($2::int, $3::int - 1) i`,
    [gemeenteId, van, tot],
  );
  const tweedeProcent = Math.round((PER_RECORD.grants - 1) * 100);
  await q(
    `insert into toegang (id, gemeente_id, dossier_id, grantee_account_id, soort, doel, created_by_account_id)
     select md5('schaal-tg-' || i || '-' || g)::uuid, $1, md5('schaal-dos-' || i)::uuid,
            md5('schaal-prof-' || ((i::bigint * 7919 + g) % $4))::uuid, 'uitnodiging', 'Begeleiding',
            md5('schaal-inw-' || i)::uuid
     from generate_series($2::int, $3::int - 1) i, generate_series(0, 1) g
     where g = 0 or i % 100 < $5`,
    [gemeenteId, van, tot, pTot, tweedeProcent],
  );
  await q(
    `insert into toegang_sectie (toegang_id, gemeente_id, sectie, niveau)
     select md5('schaal-tg-' || i || '-' || g)::uuid, $1, s.sectie, s.niveau
     from generate_series($2::int, $3::int - 1) i, generate_series(0, 1) g,
          (values ('plan', 'voorstellen'), ('levensgebieden', 'lezen')) s(sectie, niveau)
     where g = 0 or i % 100 < $4`,
    [gemeenteId, van, tot, tweedeProcent],
  );
  await q(
    `insert into beoordeling (id, gemeente_id, dossier_id, catalogus_versie, auteur_account_id, perspectief, status,
                              created_at, updated_at, afgerond_at)
     select md5('schaal-beo-' || i)::uuid, $1, md5('schaal-dos-' || i)::uuid,
            (select max(versie) from levensgebied_catalogus where gemeente_id = $1),
            md5('schaal-inw-' || i)::uuid, 'eigen', 'afgerond',
            now() - (i % 900) * interval '1 day', now() - (i % 900) * interval '1 day', now() - (i % 900) * interval '1 day'
     from generate_series($2::int, $3::int - 1) i
     where i % 100 < $4`,
    [gemeenteId, van, tot, Math.round(PER_RECORD.assessments * 100)],
  );
  await groeiAudit(client, gemeenteId, van, tot, pTot);
}

/**
 * The records' audit entries: reads by the professional holding the grant, written already
 * sealed (hash chain computed here with the app's own `sealHash`) so that `audit:verify` has a
 * national-size chain to walk. Entries cannot be inserted sealed through the append-only
 * trigger, so this bench-only load runs with `session_replication_role = replica` (superuser),
 * holding the sealer's lock so no app instance seals in between.
 */
async function groeiAudit(
  client: pg.Client,
  gemeenteId: string,
  van: number,
  tot: number,
  professionals: number,
): Promise<void> {
  const BATCH = 20_000;
  const begin = Date.UTC(2024, 0, 1);
  const spreiding = 3 * 365 * 86_400_000;
  let i = van;
  while (i < tot) {
    const rijen: { entry: AuditInput }[] = [];
    for (; i < tot && rijen.length < BATCH; i++) {
      const j = granteeVan(i, 0, professionals);
      for (let k = 0; k < auditVan(i); k++) {
        rijen.push({
          entry: {
            gemeenteId,
            occurredAt: new Date(begin + (((i * 6 + k) * 977_331) % spreiding)),
            actorAccountId: md5Uuid(`schaal-prof-${j}`),
            actorRol: 'professional',
            actorOrganisatieId: md5Uuid(`schaal-org-${Math.floor(j / 100)}`),
            namensAccountId: null,
            dossierId: md5Uuid(`schaal-dos-${i}`),
            sectie: k % 2 === 0 ? 'plan' : 'levensgebieden',
            itemId: null,
            actie: 'read',
            uitkomst: 'allowed',
            grondslag: 'toegang',
            toegangId: md5Uuid(`schaal-tg-${i}-0`),
            noodtoegang: false,
            origin: 'web',
          },
        });
      }
    }
    await client.query('begin');
    try {
      await client.query("set local session_replication_role = 'replica'");
      await client.query(`select pg_advisory_xact_lock(hashtext('redzaam-audit-seal'))`);
      const head = await client.query<{ chain_pos: number; hash: string }>(
        `select chain_pos, hash from audit_event where gemeente_id = $1 and hash is not null
         order by chain_pos desc limit 1`,
        [gemeenteId],
      );
      let positie = Number(head.rows[0]?.chain_pos ?? 0);
      let vorige = head.rows[0]?.hash ?? GENESIS_HASH;
      const kolommen = {
        occurred: [] as string[],
        actor: [] as (string | null)[],
        organisatie: [] as (string | null)[],
        dossier: [] as (string | null)[],
        sectie: [] as (string | null)[],
        toegang: [] as (string | null)[],
        positie: [] as number[],
        prev: [] as string[],
        hash: [] as string[],
      };
      for (const { entry } of rijen) {
        positie++;
        const hash = sealHash(vorige, positie, entry);
        kolommen.occurred.push(entry.occurredAt.toISOString());
        kolommen.actor.push(entry.actorAccountId);
        kolommen.organisatie.push(entry.actorOrganisatieId);
        kolommen.dossier.push(entry.dossierId);
        kolommen.sectie.push(entry.sectie);
        kolommen.toegang.push(entry.toegangId);
        kolommen.positie.push(positie);
        kolommen.prev.push(vorige);
        kolommen.hash.push(hash);
        vorige = hash;
      }
      await client.query(
        `insert into audit_event (gemeente_id, occurred_at, actor_account_id, actor_rol, actor_organisatie_id,
           namens_account_id, dossier_id, sectie, item_id, actie, uitkomst, grondslag, toegang_id, noodtoegang, origin,
           chain_pos, prev_hash, hash)
         select $1, o, a, 'professional', org, null, d, s, null, 'read', 'allowed', 'toegang', t, false, 'web', p, ph, h
         from unnest($2::timestamptz[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::uuid[], $8::bigint[],
                     $9::text[], $10::text[]) as x(o, a, org, d, s, t, p, ph, h)`,
        [
          gemeenteId,
          kolommen.occurred,
          kolommen.actor,
          kolommen.organisatie,
          kolommen.dossier,
          kolommen.sectie,
          kolommen.toegang,
          kolommen.positie,
          kolommen.prev,
          kolommen.hash,
        ],
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  }
}

type Statement = { sql: string; values: unknown[] };
type Plan = { sql: string; plan: string; scans: string[]; ms: number };

/** EXPLAIN (ANALYZE, BUFFERS) of every captured read that touches a growing table, rolled back. */
async function plannen(client: pg.Client, opname: string): Promise<Plan[]> {
  let tekst = '';
  try {
    tekst = await readFile(opname, 'utf8');
  } catch {
    return [];
  }
  const statements = tekst
    .split('\n')
    .filter(Boolean)
    .map((regel) => JSON.parse(regel) as Statement)
    .filter(
      (s) =>
        /^\s*(select|with)\b/i.test(s.sql) &&
        GROTE_TABELLEN.some((tabel) => new RegExp(`"?${tabel}"?\\b`).test(s.sql)) &&
        s.values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)),
    );
  const result: Plan[] = [];
  for (const s of statements) {
    await client.query('begin');
    try {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers, format text) ${s.sql}`,
        s.values,
      );
      const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
      const scans = [...plan.matchAll(/Seq Scan on (\w+)/g)]
        .map((m) => m[1] as string)
        .filter((tabel) => GROTE_TABELLEN.includes(tabel));
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
      result.push({ sql: s.sql, plan, scans: [...new Set(scans)], ms });
    } catch (error) {
      result.push({
        sql: s.sql,
        plan: `could not explain: ${error instanceof Error ? error.message : String(error)}`,
        scans: [],
        ms: Number.NaN,
      });
    } finally {
      await client.query('rollback');
    }
  }
  return result;
}

/** `npm run audit:verify` as a child process: wall time and entries checked. */
function verify(
  databaseUrl: string,
  dataDir: string,
): Promise<{ seconds: number; checked: number; output: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/regie/audit/verify-cli.ts'],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          NODE_ENV: 'development',
          DATA_DIR: dataDir,
          LOG_LEVEL: 'warn',
        },
        maxBuffer: 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`.trim();
        if (error) return reject(new Error(`audit:verify failed: ${output}`));
        const checked = Number(/(\d+) entries checked/.exec(output)?.[1] ?? Number.NaN);
        resolve({ seconds: (performance.now() - started) / 1000, checked, output });
      },
    );
  });
}

/**
 * The demo resident's own trail: `LOGBOEK` reads of her plan by the professional she granted
 * access, written unsealed as the door writes them, so the sealer has a backlog to chain.
 */
async function eigenLogboek(client: pg.Client, gemeenteId: string, dossierId: string): Promise<number> {
  const grant = await client.query<{ id: string; grantee_account_id: string; organisatie_id: string | null }>(
    `select t.id, t.grantee_account_id, a.organisatie_id from toegang t join account a on a.id = t.grantee_account_id
     where t.dossier_id = $1 and a.rol = 'professional' and t.ingetrokken_op is null limit 1`,
    [dossierId],
  );
  const g = grant.rows[0];
  if (!g) throw new Error('the demo resident has granted no professional access');
  await client.query(
    `insert into audit_event (gemeente_id, occurred_at, actor_account_id, actor_rol, actor_organisatie_id, dossier_id,
       sectie, actie, uitkomst, grondslag, toegang_id, noodtoegang, origin)
     select $1, now() - k * interval '7 minutes', $2, 'professional', $3, $4, 'plan', 'read', 'allowed', 'toegang', $5,
            false, 'web'
     from generate_series(1, $6::int) k`,
    [gemeenteId, g.grantee_account_id, g.organisatie_id, dossierId, g.id, LOGBOEK],
  );
  return LOGBOEK;
}

/** Seals the whole backlog with the app's own sealer (batches of 1,000): entries per second. */
async function meetSealer(databaseUrl: string): Promise<{ sealed: number; seconds: number }> {
  const database = await openDatabase({ engine: 'postgres', connectionString: databaseUrl, poolSize: 1 });
  try {
    const before = await countUnsealed(database.db);
    const started = performance.now();
    let idle = 0;
    // Other instances' sealers may hold the lock for a round: then this one gets 0 and retries.
    while (idle < 50) {
      const n = await sealAudit(database.db, 1000);
      if (n === 0 && (await countUnsealed(database.db)) < 1000) break;
      idle = n === 0 ? idle + 1 : 0;
    }
    const seconds = (performance.now() - started) / 1000;
    const after = await countUnsealed(database.db);
    return { sealed: before - after, seconds };
  } finally {
    await database.close();
  }
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

function kort(sql: string): string {
  const eenRegel = sql.replace(/\s+/g, ' ').trim();
  return eenRegel.length > 110 ? `${eenRegel.slice(0, 110)}…` : eenRegel;
}

/**
 * Issue 20, item 4: the same pages for a resident and a professional at growing dataset sizes
 * (p95 with one connection, so latency is one request's work), the plans of every statement
 * the app ran, the sealer's throughput, and `audit:verify` per million entries.
 */
export const schaal: Benchmark = {
  id: ID,
  title: TITLE,
  async run(context: BenchContext): Promise<BenchEntry> {
    const { settings, log } = context;
    const seconds = Number(process.env.BENCH_SCHAAL_SECONDS ?? settings.durationSeconds);
    const werkmap = await mkdtemp(path.join(os.tmpdir(), 'redzaam-schaal-'));
    const opname = path.join(werkmap, 'sql.jsonl');
    const client = new pg.Client({ connectionString: context.databaseUrl });
    await client.connect();
    const rows: EntryRow[] = [];
    const notes: string[] = [];
    const planTekst: string[] = [];
    try {
      const gemeenteId = (await client.query<{ id: string }>(`select id from gemeente where code = 'demo'`))
        .rows[0]?.id;
      if (!gemeenteId) throw new Error('no demo gemeente in the bench database');
      const app = await context.appMet('app-schaal', { BENCH_SQL_OPNAME: opname }, [
        './bench/lib/sql-opname.ts',
      ]);
      const dossierId = await demoDossierId(app.baseUrl);

      log(`  the demo resident's own trail: ${LOGBOEK} entries, then the sealer`);
      await eigenLogboek(client, gemeenteId, dossierId);
      const sealer = await meetSealer(context.databaseUrl);
      const sealerPerSeconde = sealer.sealed / sealer.seconds;

      const doelen: ((typeof PAGINAS)[number] & { doel: LoadTarget & { server: ServerProcess } })[] = [];
      for (const p of PAGINAS)
        doelen.push({ ...p, doel: { ...(await paginaDoel(p.naam, app.baseUrl)), server: app } });

      const perPagina = new Map<string, LoadResult[]>();
      const planSamenvatting: string[] = [];
      let vorige = 0;
      let laatstePlannen: Plan[] = [];
      for (const size of SIZES) {
        const started = performance.now();
        log(`  growing to ${size.toLocaleString('en-US')} records`);
        await groei(client, gemeenteId, vorige, size);
        vorige = size;
        await client.query(
          'vacuum (analyze) account, dossier, toegang, toegang_sectie, beoordeling, audit_event',
        );
        log(`  grown in ${((performance.now() - started) / 1000).toFixed(0)} s; measuring`);
        for (const d of doelen) {
          await context.load(d.doel, Math.min(2, seconds), 1);
          const result = await context.load(d.doel, seconds, 1);
          perPagina.set(d.naam, [...(perPagina.get(d.naam) ?? []), result]);
          const eerste = perPagina.get(d.naam)?.[0] as LoadResult;
          rows.push({
            what: d.wat,
            round: size.toLocaleString('en-US'),
            result,
            ratio: result.requestsPerSecond / eerste.requestsPerSecond,
            summary: size === SIZES[SIZES.length - 1],
          });
        }
        laatstePlannen = await plannen(client, opname);
        const metScan = laatstePlannen.filter((p) => p.scans.length > 0);
        const traagste = [...laatstePlannen].sort((a, b) => (b.ms || 0) - (a.ms || 0))[0];
        planSamenvatting.push(
          `${size.toLocaleString('en-US')} records: ${laatstePlannen.length} statements explained, ` +
            `${metScan.length} with a sequential scan of a growing table` +
            (metScan.length > 0
              ? ` (${metScan.map((p) => `${p.scans.join('+')}: \`${kort(p.sql)}\``).join('; ')})`
              : '') +
            (traagste ? `; slowest ${ms(traagste.ms)}: \`${kort(traagste.sql)}\`` : ''),
        );
      }
      for (const p of laatstePlannen) {
        planTekst.push(
          `### ${p.scans.length > 0 ? `SEQUENTIAL SCAN (${p.scans.join(', ')})` : 'index only'}`,
          '',
        );
        planTekst.push('```sql', p.sql.trim(), '```', '', '```', p.plan, '```', '');
      }

      const rol = (await client.query<{ n: string }>('select count(*) as n from audit_event')).rows[0]?.n;
      log('  audit:verify');
      const verified = await verify(context.databaseUrl, werkmap);
      // The rate of audited reads one app instance produces: the professional's page under load.
      const plan = doelen.find((d) => d.naam === 'plan-professional');
      const onderLast = plan ? await context.load(plan.doel, seconds) : undefined;

      const factoren = [...perPagina.entries()].map(([naam, results]) => {
        const eerste = results[0] as LoadResult;
        const laatste = results[results.length - 1] as LoadResult;
        return { naam, factor: laatste.p95 / eerste.p95, eerste, laatste };
      });
      const slechtste = Math.max(...factoren.map((f) => f.factor));
      const kleinste = SIZES[0] as number;
      const grootste = SIZES[SIZES.length - 1] as number;
      notes.push(
        `p95 at ${grootste.toLocaleString('en-US')} ÷ p95 at ${kleinste.toLocaleString('en-US')} records: ` +
          factoren
            .map(
              (f) =>
                `${PAGINAS.find((p) => p.naam === f.naam)?.wat}: **${f.factor.toFixed(2)}×** (${ms(f.eerste.p95)} → ${ms(f.laatste.p95)})`,
            )
            .join('; ') +
          '. "vs. baseline" is requests/s relative to the same page at the smallest size.',
        `Plans (EXPLAIN ANALYZE, BUFFERS of every read the app sent during the measured pages that touches a growing ` +
          `table, captured by bench/lib/sql-opname.ts with its first parameters): ${planSamenvatting.join(' — ')}. The ` +
          'full plans at the largest size are in `benchmarks-schaal-plannen.md` next to this report.',
        `Audit sealer: **${Math.round(sealerPerSeconde).toLocaleString('en-US')} entries/s** (${sealer.sealed.toLocaleString('en-US')} ` +
          `unsealed entries chained in ${sealer.seconds.toFixed(1)} s by \`sealAudit\` in batches of 1,000, one connection)` +
          (onderLast
            ? `, against **${Math.round(onderLast.requestsPerSecond).toLocaleString('en-US')} audited reads/s** that one app ` +
              `instance served (the professional's plan page, ${settings.connections} connections, at the largest size): ` +
              `${(sealerPerSeconde / onderLast.requestsPerSecond).toFixed(1)}× headroom`
            : '') +
          '. The app runs a sealing round every second (`startAuditSealer`): up to 20 batches of 1,000 back to back ' +
          'while they come back full, so its ceiling is this raw speed, not one batch a second.',
        `\`npm run audit:verify\`: ${verified.checked.toLocaleString('en-US')} entries checked in ${verified.seconds.toFixed(1)} s ` +
          `(process start included) = **${((verified.seconds / verified.checked) * 1e6).toFixed(1)} s per million entries**; ` +
          `audit_event held ${Number(rol).toLocaleString('en-US')} rows.`,
        `Dataset per resident record (issue 20's national set over 3.6 M records): ${PER_RECORD.professionals.toFixed(3)} ` +
          `professionals (teams of 100), ${PER_RECORD.grants.toFixed(2)} grants (two sections each), ` +
          `${PER_RECORD.audit.toFixed(2)} audit entries, ${PER_RECORD.assessments.toFixed(2)} finished assessments (without answers). ` +
          'All in the demo gemeente, so its one audit chain and its tables hold the whole set.',
      );
      await writeFile(
        path.join(
          path.dirname(path.resolve(root, process.env.BENCH_OUTPUT || 'docs/benchmarks.md')),
          'benchmarks-schaal-plannen.md',
        ),
        [
          '# Cost growth: query plans at the largest size',
          '',
          '<!-- Written by `npm run bench` (bench/schaal.ts). Do not edit by hand. -->',
          '',
          `Sizes ${SIZES.map((s) => s.toLocaleString('en-US')).join(', ')} resident records; plans at ` +
            `${grootste.toLocaleString('en-US')}. Every read the app sent to PostgreSQL during the measured pages ` +
            '(and its background work: sealer, jobs) that touches a growing table, with the parameters of its first run.',
          '',
          ...planTekst,
        ].join('\n'),
      );
      return {
        id: ID,
        title: TITLE,
        description: [
          `The bench database's demo gemeente grown in steps to ${SIZES.map((s) => s.toLocaleString('en-US')).join(', ')} resident`,
          'records with bulk SQL (`insert … select generate_series`; audit entries hash-chained in this process with the',
          "app's own `sealHash` and inserted in batches), on top of the demo data the project's factories seed. At every",
          'size the same pages of the demo resident and the professional she granted access are loaded with one',
          `connection (${seconds} s each after a short warm-up), so p95 is one request's work, not queueing. Set the sizes with`,
          '`BENCH_SCHAAL` (default 1000,100000,3600000), the own-trail size with `BENCH_SCHAAL_LOGBOEK`, the seconds with',
          '`BENCH_SCHAAL_SECONDS`.',
        ].join('\n'),
        rows,
        target: {
          description: `p95 of every page at the largest size ≤ ${TARGET_FACTOR}× its p95 at the smallest (same run)`,
          required: TARGET_FACTOR,
          measured: slechtste,
          met: slechtste <= TARGET_FACTOR,
          unit: 'times',
        },
        notes,
      };
    } finally {
      await client.end();
      await rm(werkmap, { recursive: true, force: true });
    }
  },
};
