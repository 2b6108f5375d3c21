import {
  createAccountWithPassword,
  createNetwerkPersoon,
  createPlanActie,
  createPlanDoel,
  createToegang,
} from '../src/demo/factories.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/seed.js';
import { persoon } from '../src/netwerk/demo.js';
import { actie, doel } from '../src/plan/demo.js';
import type { ActieInvoer } from '../src/plan/rules.js';
import { openDatabase } from '../src/platform/db/database.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../src/platform/levensgebied-codes.js';
import { dossierVanInwoner } from '../src/regie/door/door.js';
import { errorCount } from './lib/load.js';
import { meetPaar } from './lib/paar.js';
import { sessieVan } from './lib/paginas.js';
import type { BenchEntry, Benchmark } from './lib/types.js';

const ID = 'plan-groot';
const TITLE = 'Mijn plan with 30 goals and 150 actions, read by a professional, vs. bare Fastify + one query';
const TARGET_RATIO = 0.5;
const DOELEN = 30;
const ACTIES_PER_DOEL = 5;
const EMAIL = 'plan.groot@lindewaard.example';

/**
 * Issue 11: the plan page `GET /dossiers/<id>/plan` of a resident with 30 goals and 150 actions
 * (doers of every kind, network members among them), read by the demo professional she granted
 * `lezen` on her plan: the door, the decryption of every goal and action, wie doet wat, the
 * trail's sentences and the render. Held to the same target as the other pages (issue 20):
 * requests/s at least half the baseline's.
 */
export const planGroot: Benchmark = {
  id: ID,
  title: TITLE,
  async run(context): Promise<BenchEntry> {
    const { settings, log } = context;
    const app = await context.app();
    const baseline = await context.baseline();
    const dossierId = await zaaiPlan(context.databaseUrl, log);
    const { html, ...doel } = await planGrootDoel(app.baseUrl, dossierId);
    const pagina = { server: app, ...doel };
    const { rows, basis, proef } = await meetPaar(context, {
      basis: {
        what: 'baseline `GET /db`',
        target: {
          server: baseline,
          url: `${baseline.baseUrl}/db`,
          headers: { accept: 'application/json' },
          checkBody: (b: string) => b.includes('"ok":true'),
        },
      },
      proef: {
        what: `professional \`GET ${'/dossiers/<id>/plan'}\` (30 goals, 150 actions)`,
        target: pagina,
      },
      connections: settings.connections,
    });
    const ratio = proef.requestsPerSecond / basis.requestsPerSecond;
    const notes = [
      `The plan page: ${(ratio * 100).toFixed(1)}% of the baseline's requests/s (target ≥ ${Math.round(TARGET_RATIO * 100)}%: ` +
        `${ratio >= TARGET_RATIO ? 'met' : '**missed**'}); p50 ${proef.p50.toFixed(1)} ms, p95 ${proef.p95.toFixed(1)} ms; ` +
        `${Math.round(html.length / 1024)} KiB of HTML per page.`,
    ];
    const errors = errorCount(basis) + errorCount(proef);
    if (errors > 0) notes.push(`**${errors} errors** in the measured rounds.`);
    return {
      id: ID,
      title: TITLE,
      description: [
        `A resident of the demo gemeente with ${DOELEN} goals of ${ACTIES_PER_DOEL} actions each (herself, a network`,
        'member, a volunteer, the demo professional, the buurtteam by name), every text encrypted; the demo',
        'professional holds `lezen` on her plan and reads `GET /dossiers/<id>/plan` (session from a real login,',
        'second factor included). A page counts only when it is 200 with her heading and the last action.',
        `Compared in turns with \`bench/baseline-server.ts\` (one \`select 1\`), ${settings.connections} connections,`,
        `warm-up ${settings.warmupSeconds} s, ${settings.rounds} round(s) of ${settings.durationSeconds} s.`,
      ].join('\n'),
      rows,
      target: {
        description: `page requests/s ≥ ${Math.round(TARGET_RATIO * 100)}% of the baseline's`,
        required: TARGET_RATIO,
        measured: ratio,
        met: ratio >= TARGET_RATIO,
      },
      notes,
    };
  },
};

/**
 * Her plan page as the professional reads it, checked once (also for `bench/profiel.ts
 * plan-groot`); `html` is that first answer.
 */
export async function planGrootDoel(baseUrl: string, dossierId: string) {
  const sessie = await sessieVan(baseUrl, 'professional');
  const marker = 'Het plan van Bench Groot</h1>';
  const doel = {
    url: `${baseUrl}/dossiers/${dossierId}/plan`,
    headers: { accept: 'text/html', cookie: sessie.cookieHeader },
    marker,
    checkBody: (body: string) => body.includes(marker) && body.includes(`Actie ${DOELEN}.${ACTIES_PER_DOEL}`),
  };
  const probe = await fetch(doel.url, { headers: doel.headers });
  const html = await probe.text();
  if (probe.status !== 200 || !doel.checkBody(html))
    throw new Error(`GET ${doel.url} as the professional answered ${probe.status} without the plan`);
  return { ...doel, html };
}

/** The resident and her plan, made once per database (found again on a later run). */
export async function zaaiPlan(url: string, log: (m: string) => void): Promise<string> {
  const database = await openDatabase({ engine: 'postgres', connectionString: url, poolSize: 2 });
  const db = database.db;
  try {
    const gemeente = await db
      .selectFrom('gemeente')
      .select('id')
      .where('code', '=', 'demo')
      .executeTakeFirstOrThrow();
    const bestaand = await db
      .selectFrom('account')
      .select('id')
      .where('email', '=', EMAIL)
      .executeTakeFirst();
    if (bestaand) return await dossierVanInwoner(db, gemeente.id, bestaand.id);
    log(`  making a plan of ${DOELEN} goals and ${DOELEN * ACTIES_PER_DOEL} actions …`);
    const inwoner = await createAccountWithPassword(db, {
      gemeenteId: gemeente.id,
      naam: 'Bench Groot',
      email: EMAIL,
      rol: 'inwoner',
      password: DEMO_PASSWORD,
    });
    const dossierId = await dossierVanInwoner(db, gemeente.id, inwoner.id);
    const professional = await db
      .selectFrom('account')
      .select('id')
      .where('email', '=', DEMO_ACCOUNTS.find((a) => a.rol === 'professional')?.email ?? '')
      .executeTakeFirstOrThrow();
    await createToegang(db, {
      gemeenteId: gemeente.id,
      dossierId,
      granteeAccountId: professional.id,
      createdBy: inwoner.id,
      eindigtOp: null,
      niveaus: { plan: 'lezen' },
    });
    const op = new Date();
    const basis = { gemeenteId: gemeente.id, dossierId, op };
    const netwerk: string[] = [];
    for (const naam of ['Broer Tom', 'Buurvrouw Els', 'Vriendin Sara'])
      netwerk.push(
        await createNetwerkPersoon(db, {
          gemeenteId: gemeente.id,
          dossierId,
          persoon: persoon({ naam, relatie: 'vriend', cirkel: 'dichtbij' }),
          op,
        }),
      );
    const doeners: Partial<ActieInvoer>[] = [
      { doener: 'ikzelf', status: 'bezig' },
      { doener: 'netwerk', netwerkPersoonId: netwerk[0] as string },
      { doener: 'vrijwilliger', doenerNaam: 'Wandelmaatje Henk' },
      { doener: 'professional', doenerAccountId: professional.id, evaluatieOp: '2027-06-01' },
      { doener: 'professional', doenerNaam: 'Buurtteam', status: 'gelukt' },
    ];
    for (let d = 1; d <= DOELEN; d++) {
      const doelId = await createPlanDoel(db, {
        ...basis,
        doel: doel({
          tekst: `Doel ${d}: iets wat ik graag wil bereiken in mijn eigen woorden.`,
          levensgebieden: [STANDAARD_LEVENSGEBIEDEN[d % STANDAARD_LEVENSGEBIEDEN.length] as string],
          waarom: 'Omdat het mij rust geeft.',
          geluktAls: 'Ik merk dat het beter gaat.',
        }),
      });
      for (let a = 1; a <= ACTIES_PER_DOEL; a++)
        await createPlanActie(db, {
          ...basis,
          doelId,
          actie: actie({ wat: `Actie ${d}.${a}`, wanneer: '2027-03-01', ...doeners[a - 1] }),
        });
    }
    return dossierId;
  } finally {
    await database.close();
  }
}
