// Run as: node --expose-gc --import tsx bench/geheugen-meting.ts  (prints one JSON line)
import '../src/catalog.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { buildApp } from '../src/app.js';
import { createAccountWithPassword, createGemeente } from '../src/demo/factories.js';
import { loadConfig } from '../src/platform/config.js';
import { gebruikSleutelring, meestersleutel, Sleutelring } from '../src/platform/crypto/sleutelring.js';
import { migrateToLatest, openDatabase } from '../src/platform/db/database.js';
import { createLogger } from '../src/platform/logging.js';

/**
 * Memory before and after fuzz runs (issue 17, item 7): the app in this process on PGlite,
 * rounds of ROUND fuzzed requests over every route (logged in and not), the heap and RSS
 * read after a forced garbage collection before and after each round. A leak shows as growth
 * that repeats round after round; a one-time rise that then stays flat is caches warming up.
 */
const ROUND = Number(process.env.GEHEUGEN_RONDE) || 5000;
const ROUNDS = Number(process.env.GEHEUGEN_RONDES) || 3;
const PASSWORD = 'een lange zin als wachtwoord';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

function meet() {
  (gc as () => void)();
  (gc as () => void)();
  const m = process.memoryUsage();
  return { rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20, externalMb: m.external / 2 ** 20 };
}

async function main() {
  gebruikSleutelring(new Sleutelring(meestersleutel(randomBytes(32))));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'redzaam-geheugen-'));
  const database = await openDatabase({ engine: 'pglite' });
  await migrateToLatest(database.db);
  const gemeente = await createGemeente(database.db, { code: 'lindewaard', naam: 'Lindewaard' });
  await createAccountWithPassword(database.db, {
    gemeenteId: gemeente.id,
    naam: 'Ilse',
    email: 'ilse@example.test',
    rol: 'inwoner',
    password: PASSWORD,
  });
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, DEFAULT_GEMEENTE: 'lindewaard' });
  const app = await buildApp({ config, database, logger: createLogger('silent') });
  await app.ready();

  // Log in once: the session cookie and the form token go with most requests.
  const cookies = new Map<string, string>();
  const bewaar = (response: { cookies: { name: string; value: string }[] }) => {
    for (const c of response.cookies) cookies.set(c.name, c.value);
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const eerste = await app.inject({ url: '/inloggen' });
  bewaar(eerste as never);
  const token = /name="_csrf" value="([^"]+)"/.exec(eerste.body)?.[1] ?? '';
  bewaar(
    (await app.inject({
      method: 'POST',
      url: '/inloggen',
      payload: new URLSearchParams({
        _csrf: token,
        email: 'ilse@example.test',
        wachtwoord: PASSWORD,
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    })) as never,
  );
  await app.inject({ url: '/mijn-overzicht', headers: { cookie: cookie() } });
  const dossier = await database.db.selectFrom('dossier').select('id').executeTakeFirstOrThrow();

  const routes = app.routeTable.filter((r) => !r.url.startsWith('/uitloggen'));
  const tekst = fc.oneof(
    fc.string({ maxLength: 16 }),
    fc.constantFrom(dossier.id, randomUUID(), '', '%00', 'a'.repeat(2000)),
  );
  const verzoek = fc.record({
    route: fc.integer({ min: 0, max: routes.length - 1 }),
    param: tekst,
    query: fc.dictionary(fc.constantFrom('q', 'van', 'terug', 'melding', 'x'), tekst, { maxKeys: 3 }),
    body: fc.dictionary(fc.constantFrom('naam', 'email', 'doel', 'score', 'x'), tekst, { maxKeys: 4 }),
    ingelogd: fc.boolean(),
  });

  async function ronde(n: number): Promise<Record<number, number>> {
    const statussen: Record<number, number> = {};
    for (const v of fc.sample(verzoek, n)) {
      const route = routes[v.route] as (typeof routes)[number];
      let param: string;
      try {
        param = encodeURIComponent(v.param);
      } catch {
        param = 'x';
      }
      const url = route.url.replace(/:[A-Za-z]+/g, param).replace('*', param);
      const query = new URLSearchParams(v.query).toString();
      const response = await app.inject({
        method: route.method as 'GET',
        url: query ? `${url}?${query}` : url,
        headers: {
          ...(v.ingelogd ? { cookie: cookie() } : {}),
          ...(route.method === 'GET' ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
        },
        ...(route.method === 'GET'
          ? {}
          : { payload: new URLSearchParams({ ...v.body, _csrf: token }).toString() }),
      });
      statussen[response.statusCode] = (statussen[response.statusCode] ?? 0) + 1;
    }
    return statussen;
  }

  await ronde(500);
  const metingen = [{ na: 0, ...meet() }];
  const statussen: Record<number, number> = {};
  for (let r = 1; r <= ROUNDS; r++) {
    for (const [s, n] of Object.entries(await ronde(ROUND)))
      statussen[Number(s)] = (statussen[Number(s)] ?? 0) + n;
    metingen.push({ na: r * ROUND, ...meet() });
  }
  await app.close();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify({ ronde: ROUND, metingen, statussen })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
