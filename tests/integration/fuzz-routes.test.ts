import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from '../../src/app.js';
import { createAccountWithPassword, createGemeente, createOrganisatie } from '../../src/demo/factories.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Inputs in total over every route and actor (issue 17, item 12c: at least 10,000). */
const TOTAL = 10_000;
const PASSWORD = 'een lange zin als wachtwoord';
const ROLLEN = ['inwoner', 'naaste', 'professional', 'beheerder'] as const;
type Actor = (typeof ROLLEN)[number] | 'anoniem';
const ACTORS: Actor[] = [...ROLLEN, 'anoniem'];
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

/** Every field name the app's forms use (name="…"), so the fuzzer reaches past "unknown field". */
function veldnamen(): string[] {
  const namen = new Set([
    '_csrf',
    'terug',
    'van',
    'tot',
    'q',
    'persoon',
    'melding',
    'pagina',
    'taal',
    'version',
  ]);
  const lees = (map: string): void => {
    for (const entry of readdirSync(map, { withFileTypes: true })) {
      const vol = path.join(map, entry.name);
      if (entry.isDirectory()) lees(vol);
      else if (entry.name.endsWith('.tsx')) {
        for (const m of readFileSync(vol, 'utf8').matchAll(/name="([^"{}]+)"/g)) namen.add(m[1] as string);
      }
    }
  };
  lees(SRC);
  return [...namen];
}

/**
 * Fuzzes every route the app has (from `app.routeTable`, so routes added later are in it):
 * path parameters, query strings and bodies from fast-check, as each role and logged out,
 * with a valid CSRF token most of the time so the handlers run. No answer may be a 5xx, and
 * every refused access to the resident's record (403) must leave a denial in the audit trail.
 */
describe('fuzzing every route (PGlite)', () => {
  let t: TestApp;
  const clients = new Map<Actor, BrowserClient>();
  const tokens = new Map<Actor, string>();
  const accountIds = new Map<Actor, string>();
  let dossierId = '';

  async function login(actor: Actor): Promise<void> {
    const client = new BrowserClient(t.app);
    if (actor !== 'anoniem') {
      const response = await client.login(`${actor}@example.test`, PASSWORD);
      expect(response.statusCode, actor).toBe(303);
    }
    await client.get('/inloggen');
    tokens.set(actor, client.csrfToken() ?? '');
    clients.set(actor, client);
  }

  beforeAll(async () => {
    t = await startTestApp('pglite', { env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    const gemeente = await createGemeente(t.database.db, { code: 'lindewaard', naam: 'Lindewaard' });
    const organisatie = await createOrganisatie(t.database.db, gemeente.id, 'Wijkteam');
    for (const rol of ROLLEN) {
      const account = await createAccountWithPassword(t.database.db, {
        gemeenteId: gemeente.id,
        naam: rol,
        email: `${rol}@example.test`,
        rol,
        password: PASSWORD,
        ...(rol === 'professional' ? { organisatieId: organisatie.id } : {}),
      });
      accountIds.set(rol, account.id);
    }
    for (const actor of ACTORS) await login(actor);
    await clients.get('inwoner')?.get('/mijn-overzicht');
    const dossier = await t.database.db.selectFrom('dossier').select('id').executeTakeFirstOrThrow();
    dossierId = dossier.id;
  }, 300_000);
  afterAll(async () => t.close());

  it(`answers ${TOTAL.toLocaleString('en')} fuzzed requests over every route, each role and logged out, without a 5xx; refused accesses audited`, async () => {
    const routes = t.app.routeTable.filter((r) => r.method !== 'HEAD');
    const namen = veldnamen();
    const vreemd = fc.constantFrom(
      '',
      '0',
      '-1',
      '1e308',
      '2026-02-30',
      '../../etc/passwd',
      '%00',
      'null',
      '__proto__',
      'constructor',
      '<script>x</script>',
      'a'.repeat(5000),
      '\u0000',
      'a\u0007b',
      '\ud800',
    );
    const tekst = fc.oneof(
      { weight: 6, arbitrary: fc.string({ maxLength: 24 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 2, arbitrary: vreemd },
      {
        weight: 2,
        arbitrary: fc
          .constantFrom(
            () => dossierId,
            () => randomUUID(),
          )
          .map((f) => f()),
      },
    );
    const waarde = fc.oneof(
      { weight: 8, arbitrary: tekst },
      { weight: 1, arbitrary: fc.array(tekst, { minLength: 2, maxLength: 3 }) },
    );
    const velden = fc.dictionary(
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...namen) }, { weight: 1, arbitrary: tekst }),
      waarde,
      {
        maxKeys: 6,
      },
    );
    const param = fc.oneof(
      { weight: 4, arbitrary: fc.constant('dossier') },
      {
        weight: 2,
        arbitrary: fc.constantFrom('plan', 'crisiskaart', 'financien', 'wonen', 'levensgebieden'),
      },
      { weight: 4, arbitrary: tekst },
    );
    const verzoek = fc.record({
      params: fc.array(param, { minLength: 4, maxLength: 4 }),
      query: velden,
      body: velden,
      soort: fc.constantFrom('form', 'form', 'form', 'form', 'json', 'text'),
      csrf: fc.boolean().map((b) => b || Math.random() < 0.6),
    });

    const perCombinatie = Math.ceil(TOTAL / (routes.length * ACTORS.length));
    const encode = (fields: Record<string, unknown>) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(fields)) {
        for (const one of ([] as unknown[]).concat(v)) params.append(k, String(one));
      }
      return params.toString();
    };
    // A lone surrogate cannot be encoded: send it as the invalid UTF-8 it would be.
    const pad = (w: string) => {
      try {
        return encodeURIComponent(w);
      } catch {
        return '%ED%A0%80';
      }
    };
    const concreet = (route: RouteEntry, waarden: string[]) => {
      let i = 0;
      return route.url
        .replace(/:[A-Za-z]+/g, () => {
          const w = waarden[i++ % waarden.length] as string;
          return pad(w === 'dossier' ? dossierId : w);
        })
        .replace('*', () => pad(waarden[0] as string));
    };
    const denied = async (actor: Actor) => {
      const id = accountIds.get(actor as (typeof ROLLEN)[number]);
      const row = await t.database.db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('actor_account_id', '=', id as string)
        .where('uitkomst', '=', 'denied')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };

    let tried = 0;
    const perStatus = new Map<number, number>();
    let refusedOnRecord = 0;
    for (const route of routes) {
      for (const actor of ACTORS) {
        for (const input of fc.sample(verzoek, perCombinatie)) {
          const client = clients.get(actor) as BrowserClient;
          const url = concreet(route, input.params);
          const query = encode(input.query);
          const body: Record<string, unknown> = { ...input.body };
          if (input.csrf) body._csrf = tokens.get(actor);
          const options: InjectOptions = {
            method: route.method as InjectOptions['method'],
            url: query ? `${url}?${query}` : url,
            headers: {
              accept: Math.random() < 0.8 ? 'text/html' : 'application/json',
              cookie: client.cookieHeader(),
            },
          };
          if (route.method !== 'GET') {
            if (input.soort === 'json') {
              options.payload = JSON.stringify(body);
              (options.headers as Record<string, string>)['content-type'] = 'application/json';
            } else if (input.soort === 'text') {
              options.payload = encode(body);
              (options.headers as Record<string, string>)['content-type'] = 'text/plain';
            } else {
              options.payload = encode(body);
              (options.headers as Record<string, string>)['content-type'] =
                'application/x-www-form-urlencoded';
            }
          }
          // A refused look at the resident's record by anyone logged in must be in the trail.
          const opDossier =
            actor !== 'anoniem' && route.url.startsWith('/dossiers/:dossierId') && url.includes(dossierId);
          const voor = opDossier ? await denied(actor) : 0;
          const response = await t.app.inject(options);
          tried++;
          perStatus.set(response.statusCode, (perStatus.get(response.statusCode) ?? 0) + 1);
          expect(
            response.statusCode,
            `${actor} ${route.method} ${options.url} ${String(options.payload ?? '')}`,
          ).toBeLessThan(500);
          const csrfWeigering =
            response.body.includes('Het formulier is verlopen') || response.body.includes('"CSRF"');
          if (opDossier && response.statusCode === 403 && !csrfWeigering) {
            refusedOnRecord++;
            expect(await denied(actor), `${actor} ${route.method} ${options.url}`).toBeGreaterThan(voor);
          }
          // Logged out by the fuzz (a valid POST /uitloggen): log in again for the next input.
          const cookies = response.cookies as { name: string; value: string }[];
          if (actor !== 'anoniem' && cookies.some((c) => c.name.includes('sessie') && c.value === '')) {
            await login(actor);
          }
        }
      }
    }
    const statuses = [...perStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    console.log(
      `fuzz: ${tried} inputs over ${routes.length} routes × ${ACTORS.length} actors; 5xx: 0; refused on the record and audited: ${refusedOnRecord}; statuses ${statuses.join(', ')}`,
    );
    expect(tried).toBeGreaterThanOrEqual(TOTAL);
    expect(refusedOnRecord).toBeGreaterThan(0);
  }, 600_000);
});
