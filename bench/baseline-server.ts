import Fastify from 'fastify';
import pg from 'pg';

/**
 * The yardstick for page benchmarks: a bare Fastify 5 app, no plugins, no logging, the same
 * pg pool size as the app (10), and one route that makes exactly one database round trip
 * (`select 1`) and answers a small JSON object. Started by bench/run.ts in a child process.
 */
const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('baseline-server: DATABASE_URL is required');
  process.exit(2);
}

const pool = new pg.Pool({ connectionString, max: Number(process.env.POOL_SIZE ?? 10) });
pool.on('error', () => {});

const app = Fastify({ logger: false });

app.get('/db', async () => {
  const result = await pool.query<{ one: number }>('select 1 as one');
  return { ok: true, one: result.rows[0]?.one };
});

app.get('/healthz', async () => ({ status: 'ok' }));

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await app.close();
  await pool.end();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

await app.listen({ port: Number(process.env.PORT ?? 3100), host: process.env.HOST ?? '127.0.0.1' });
