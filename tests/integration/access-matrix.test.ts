import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raaktPersoonsgegevens } from '../../src/app.js';
import {
  createAccountWithPassword,
  createGemeente,
  createOrganisatie,
  createToegang,
  createVragenlijstRonde,
} from '../../src/demo/factories.js';
import { zetInstelling } from '../../src/levensgebieden/vragenlijsten/queries.js';
import type { Niveau, Rol } from '../../src/platform/db/schema.js';
import { ensureDossier } from '../../src/regie/queries.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ENGINES } from '../support/test-database.js';

/**
 * The access matrix (security.md, test 1): every route that touches personal data × every
 * kind of actor × every grant state → allowed or denied, and on the door's routes an audit
 * entry for every access by someone other than the owner, allowed or denied. The suite fails
 * when a route that touches personal data has no row here. Under `/dossiers/…` and
 * `/uitnodiging/…` every route does unless it declares `config: { openbaar: true }` (listed
 * in OPENBAAR below, with the reason); elsewhere a route says `config: { persoonsgegevens: true }`
 * (app.tsx, `raaktPersoonsgegevens`).
 */

const PASSWORD = 'een lange zin als wachtwoord';
const STATES = ['geen', 'actief', 'verlopen', 'ingetrokken'] as const;
type State = (typeof STATES)[number];
const LEVELS: Niveau[] = ['lezen', 'reageren', 'voorstellen', 'bewerken'];
const SECTIES = ['plan', 'levensgebieden', 'netwerk', 'crisiskaart', 'gesprekken', 'waakvlam', 'documenten'];

type Actor =
  | 'eigenaar'
  | 'naaste-lezen'
  | 'naaste-reageren'
  | 'naaste-voorstellen'
  | 'naaste-bewerken'
  | 'professional-met-toegang'
  | 'professional-reageren'
  | 'professional-zonder-toegang'
  | 'professional-andere-organisatie'
  | 'andere-gemeente'
  | 'beheerder'
  | 'analist'
  | 'anoniem';
const ACTORS: Actor[] = [
  'eigenaar',
  'naaste-lezen',
  'naaste-reageren',
  'naaste-voorstellen',
  'naaste-bewerken',
  'professional-met-toegang',
  'professional-reageren',
  'professional-zonder-toegang',
  'professional-andere-organisatie',
  'andere-gemeente',
  'beheerder',
  'analist',
  'anoniem',
];
/** Actors to whom the resident gave a grant (in the states "actief", "verlopen", "ingetrokken"). */
const GRANTEES: Actor[] = [
  'naaste-lezen',
  'naaste-reageren',
  'naaste-voorstellen',
  'naaste-bewerken',
  'professional-met-toegang',
  'professional-reageren',
];

type Outcome = 'allowed' | 'denied';
type Ctx = {
  dossierId: string;
  controleToegangId: string;
  uitnodigingId: string;
  sessieId: string;
  accountId: string;
  token: string;
  /** A submitted round of the owner's, per questionnaire */
  regieRondeId: string;
  pgRondeId: string;
};

type Row = {
  method: 'GET' | 'POST';
  url: string;
  /** The concrete path for one resident */
  path: (c: Ctx) => string;
  form?: (c: Ctx) => Record<string, string>;
  expect: (actor: Actor, state: State) => Outcome;
  /** Routes behind the door: every access but the owner's own reads leaves an audit entry */
  deur?: { eigenLezenGelogd: boolean; schrijft: boolean };
};

const levelOf = (actor: Actor): Niveau | undefined =>
  actor.startsWith('naaste-')
    ? (actor.slice('naaste-'.length) as Niveau)
    : actor === 'professional-met-toegang'
      ? 'lezen'
      : actor === 'professional-reageren'
        ? 'reageren'
        : undefined;
const liveGrant = (actor: Actor, state: State) => GRANTEES.includes(actor) && state === 'actief';
const onlyOwner = (actor: Actor): Outcome => (actor === 'eigenaar' ? 'allowed' : 'denied');
const ownerOrGrant =
  (nodig: Niveau) =>
  (actor: Actor, state: State): Outcome => {
    if (actor === 'eigenaar') return 'allowed';
    const level = levelOf(actor);
    return liveGrant(actor, state) && level && LEVELS.indexOf(level) >= LEVELS.indexOf(nodig)
      ? 'allowed'
      : 'denied';
  };
const ownerOrProfessional =
  (nodig: Niveau) =>
  (actor: Actor, state: State): Outcome =>
    actor === 'eigenaar' || PROFESSIONALS.includes(actor) ? ownerOrGrant(nodig)(actor, state) : 'denied';
const loggedIn = (actor: Actor): Outcome => (actor === 'anoniem' ? 'denied' : 'allowed');
const role =
  (...actors: Actor[]) =>
  (actor: Actor): Outcome =>
    actors.includes(actor) ? 'allowed' : 'denied';
const PROFESSIONALS: Actor[] = [
  'professional-met-toegang',
  'professional-reageren',
  'professional-zonder-toegang',
  'professional-andere-organisatie',
];

const ROWS: Row[] = [
  {
    method: 'GET',
    url: '/dossiers/:dossierId',
    path: (c) => `/dossiers/${c.dossierId}`,
    expect: ownerOrGrant('lezen'),
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/secties/:sectie',
    path: (c) => `/dossiers/${c.dossierId}/secties/plan`,
    expect: ownerOrGrant('lezen'),
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/secties/levensgebieden',
    path: (c) => `/dossiers/${c.dossierId}/secties/levensgebieden`,
    // Only a redirect to the levensgebieden overview, whose door decides; it reads nothing.
    expect: loggedIn,
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/toegang',
    path: (c) => `/dossiers/${c.dossierId}/toegang`,
    expect: onlyOwner,
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/toegang/uitnodigen',
    path: (c) => `/dossiers/${c.dossierId}/toegang/uitnodigen`,
    form: () => ({
      email: `nieuw-${Math.random().toString(36).slice(2)}@example.test`,
      rol: 'naaste',
      'niveau.plan': 'lezen',
    }),
    expect: onlyOwner,
    deur: { eigenLezenGelogd: true, schrijft: true },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/toegang/:toegangId',
    path: (c) => `/dossiers/${c.dossierId}/toegang/${c.controleToegangId}`,
    // version 1: the first owner change succeeds, later ones get 409; both passed the door.
    form: () => ({ version: '1', 'niveau.plan': 'lezen', 'niveau.netwerk': 'lezen' }),
    expect: onlyOwner,
    deur: { eigenLezenGelogd: true, schrijft: true },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/toegang/:toegangId/intrekken',
    path: (c) => `/dossiers/${c.dossierId}/toegang/${c.controleToegangId}/intrekken`,
    expect: onlyOwner,
    deur: { eigenLezenGelogd: true, schrijft: true },
  },
  // The invitation link itself is the secret: whoever holds it may read who invites them, in its own gemeente.
  {
    method: 'GET',
    url: '/uitnodiging/:token',
    path: (c) => `/uitnodiging/${c.token}`,
    expect: (actor) => (actor === 'andere-gemeente' ? 'denied' : 'allowed'),
  },
  // Accepting is bound to the invited address, which none of these actors has.
  {
    method: 'POST',
    url: '/uitnodiging/:token',
    path: (c) => `/uitnodiging/${c.token}`,
    expect: () => 'denied',
  },
  {
    method: 'POST',
    url: '/uitnodiging/:token/account',
    path: (c) => `/uitnodiging/${c.token}/account`,
    form: () => ({ naam: '', wachtwoord: '', herhaal: '' }),
    expect: role('anoniem'),
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/uitnodigingen/:uitnodigingId/intrekken',
    path: (c) => `/dossiers/${c.dossierId}/uitnodigingen/${c.uitnodigingId}/intrekken`,
    expect: onlyOwner,
    deur: { eigenLezenGelogd: true, schrijft: true },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/logboek',
    path: (c) => `/dossiers/${c.dossierId}/logboek`,
    expect: onlyOwner,
    deur: { eigenLezenGelogd: true, schrijft: false },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/gegevens',
    path: (c) => `/dossiers/${c.dossierId}/gegevens`,
    expect: onlyOwner,
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/gegevens.json',
    path: (c) => `/dossiers/${c.dossierId}/gegevens.json`,
    expect: onlyOwner,
    deur: { eigenLezenGelogd: true, schrijft: false },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/gegevens.fhir.json',
    path: (c) => `/dossiers/${c.dossierId}/gegevens.fhir.json`,
    expect: onlyOwner,
    deur: { eigenLezenGelogd: true, schrijft: false },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/gegevens/wissen',
    path: (c) => `/dossiers/${c.dossierId}/gegevens/wissen`,
    // A wrong password: the owner gets past the door to the password check (400), nothing is erased.
    form: () => ({ wachtwoord: 'niet het wachtwoord', zeker: 'ja' }),
    expect: (actor) => (actor === 'anoniem' ? 'denied' : 'allowed'),
  },
  {
    method: 'POST',
    url: '/noodtoegang',
    path: () => '/noodtoegang',
    form: () => ({ email: 'niemand@example.test', reden: 'een test van de matrix' }),
    expect: role(...PROFESSIONALS),
  },
  { method: 'GET', url: '/beheer/accounts', path: () => '/beheer/accounts', expect: role('beheerder') },
  {
    method: 'POST',
    url: '/beheer/accounts',
    path: () => '/beheer/accounts',
    form: () => ({ naam: '', email: '', rol: 'inwoner' }),
    expect: role('beheerder'),
  },
  {
    method: 'POST',
    url: '/beheer/accounts/:id/blokkeren',
    path: () => '/beheer/accounts/00000000-0000-4000-8000-000000000000/blokkeren',
    // The beheerder passes the guard and finds no such account (404); everyone else is stopped first.
    expect: role('beheerder'),
  },
  {
    method: 'POST',
    url: '/beheer/vertegenwoordiging',
    path: () => '/beheer/vertegenwoordiging',
    form: () => ({ inwoner: '', vertegenwoordiger: '' }),
    expect: role('beheerder'),
  },
  // Questionnaires of levensgebieden (src/levensgebieden/vragenlijsten): reading needs `lezen`;
  // filling in eigen regie is the owner's and a professional's with `reageren` (not a naaste's).
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/eigen-regie',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/eigen-regie`,
    expect: ownerOrGrant('lezen'),
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/eigen-regie/invullen',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/eigen-regie/invullen`,
    expect: ownerOrProfessional('reageren'),
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/levensgebieden/eigen-regie/invullen',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/eigen-regie/invullen`,
    form: () => ({ version: '0', 'antwoord.kracht': '3' }),
    expect: ownerOrProfessional('reageren'),
    deur: { eigenLezenGelogd: true, schrijft: true },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/eigen-regie/rondes/:rondeId',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/eigen-regie/rondes/${c.regieRondeId}`,
    expect: ownerOrGrant('lezen'),
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/positieve-gezondheid',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/positieve-gezondheid`,
    expect: ownerOrGrant('lezen'),
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/positieve-gezondheid/invullen',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/positieve-gezondheid/invullen`,
    expect: onlyOwner,
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/levensgebieden/positieve-gezondheid/invullen',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/positieve-gezondheid/invullen`,
    form: () => ({ version: '0', 'antwoord.meedoen': '7' }),
    expect: onlyOwner,
    deur: { eigenLezenGelogd: true, schrijft: true },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/positieve-gezondheid/rondes/:rondeId',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/positieve-gezondheid/rondes/${c.pgRondeId}`,
    expect: ownerOrGrant('lezen'),
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  // Levensgebieden (src/levensgebieden): reading needs `lezen`; giving one's own view needs
  // `reageren` (the owner fills in her own); the setting "who sees my answers first" is hers alone.
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden`,
    expect: ownerOrGrant('lezen'),
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/invullen',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/invullen`,
    expect: ownerOrGrant('reageren'),
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/invullen/:code',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/invullen/financien`,
    expect: ownerOrGrant('reageren'),
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/levensgebieden/invullen/:code',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/invullen/financien`,
    // versie 0: the first save makes the person's draft (versie 1), used by the next row.
    form: () => ({ versie: '0', score: '3', actie: 'later' }),
    expect: ownerOrGrant('reageren'),
    deur: { eigenLezenGelogd: true, schrijft: true },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/levensgebieden/afronden',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/afronden`,
    form: () => ({ versie: '1' }),
    expect: ownerOrGrant('reageren'),
    deur: { eigenLezenGelogd: true, schrijft: true },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/historie/:code',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/historie/financien`,
    expect: ownerOrGrant('lezen'),
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/instellingen',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/instellingen`,
    expect: onlyOwner,
    deur: { eigenLezenGelogd: false, schrijft: false },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/levensgebieden/instellingen',
    path: (c) => `/dossiers/${c.dossierId}/levensgebieden/instellingen`,
    form: () => ({ anderen_zien_eerst: 'nee', versie: '0' }),
    expect: onlyOwner,
    deur: { eigenLezenGelogd: true, schrijft: true },
  },
  { method: 'GET', url: '/mijn-overzicht', path: () => '/mijn-overzicht', expect: loggedIn },
  { method: 'GET', url: '/mijn-sessies', path: () => '/mijn-sessies', expect: loggedIn },
  {
    method: 'POST',
    url: '/mijn-sessies/:id/beeindigen',
    // Another person's session id: logged-in actors pass the guard and find nothing of theirs (404).
    path: (c) => `/mijn-sessies/${c.sessieId}/beeindigen`,
    expect: loggedIn,
  },
];

/**
 * Routes under a personal-data prefix that declared themselves public (`config: { openbaar: true }`),
 * with the reason. Declaring one means adding it here too, so that it is a reviewed choice.
 */
const OPENBAAR: Record<string, string> = {};

describe('which routes count as personal data', () => {
  it('is every route under a record or an invitation unless it declares itself public, and any marked route', () => {
    expect(raaktPersoonsgegevens('/dossiers/:dossierId/nieuw', undefined)).toBe(true);
    expect(raaktPersoonsgegevens('/uitnodiging/:token', {})).toBe(true);
    expect(raaktPersoonsgegevens('/dossiers/:dossierId/uitleg', { openbaar: true })).toBe(false);
    expect(raaktPersoonsgegevens('/mijn-overzicht', { persoonsgegevens: true })).toBe(true);
    expect(raaktPersoonsgegevens('/sociale-kaart', undefined)).toBe(false);
    expect(() => raaktPersoonsgegevens('/dossiers/x', { persoonsgegevens: true, openbaar: true })).toThrow();
  });
});

/** 401 log in first, 403 not allowed, 410 this link does not exist here (another gemeente's invitation). */
const isDenied = (status: number) => status === 401 || status === 403 || status === 410;

describe.each(ENGINES)('access matrix on %s', (engine) => {
  let t: TestApp;
  const clients = new Map<Actor, BrowserClient>();
  const residents = new Map<State, Ctx>();
  const accountIds = new Map<Actor, string>();
  let gemeenteId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'matrix', naam: 'Matrix', hostnames: ['matrix.test'] });
    const elders = await createGemeente(db, { code: 'elders', naam: 'Elders', hostnames: ['elders.test'] });
    gemeenteId = gemeente.id;
    // Positieve gezondheid is optional per gemeente: on here, so its routes are in the matrix.
    await zetInstelling(db, {
      gemeenteId: gemeente.id,
      positieveGezondheid: true,
      gezien: 0,
      now: new Date(),
    });
    const team = await createOrganisatie(db, gemeente.id, 'Buurtteam');
    const ander = await createOrganisatie(db, gemeente.id, 'Ander team');
    const account = async (
      actor: Actor,
      rol: Rol,
      extra: { organisatieId?: string; gemeenteId?: string } = {},
    ) => {
      const created = await createAccountWithPassword(db, {
        gemeenteId: extra.gemeenteId ?? gemeente.id,
        naam: actor,
        email: `${actor}@example.test`,
        rol,
        password: PASSWORD,
        ...(extra.organisatieId ? { organisatieId: extra.organisatieId } : {}),
      });
      accountIds.set(actor, created.id);
    };
    for (const level of LEVELS) await account(`naaste-${level}` as Actor, 'naaste');
    await account('professional-met-toegang', 'professional', { organisatieId: team.id });
    await account('professional-reageren', 'professional', { organisatieId: team.id });
    await account('professional-zonder-toegang', 'professional', { organisatieId: team.id });
    await account('professional-andere-organisatie', 'professional', { organisatieId: ander.id });
    await account('andere-gemeente', 'inwoner', { gemeenteId: elders.id });
    await account('beheerder', 'beheerder');
    await account('analist', 'analist');
    const controle = await createAccountWithPassword(db, {
      gemeenteId: gemeente.id,
      naam: 'Controle',
      email: 'controle@example.test',
      rol: 'naaste',
      password: PASSWORD,
    });

    // One resident per grant state, each the "eigenaar" in its own rows.
    for (const state of STATES) {
      const owner = await createAccountWithPassword(db, {
        gemeenteId: gemeente.id,
        naam: `Inwoner ${state}`,
        email: `inwoner-${state}@example.test`,
        rol: 'inwoner',
        password: PASSWORD,
      });
      const dossierId = await ensureDossier(db, gemeente.id, owner.id);
      const controleToegangId = await createToegang(db, {
        gemeenteId: gemeente.id,
        dossierId,
        granteeAccountId: controle.id,
        createdBy: owner.id,
        eindigtOp: null,
        niveaus: { plan: 'lezen' },
      });
      if (state !== 'geen') {
        for (const grantee of GRANTEES) {
          const level = levelOf(grantee) as Niveau;
          const toegangId = await createToegang(db, {
            gemeenteId: gemeente.id,
            dossierId,
            granteeAccountId: accountIds.get(grantee) as string,
            createdBy: owner.id,
            eindigtOp: state === 'verlopen' ? new Date(Date.now() - 60_000) : null,
            niveaus: Object.fromEntries(SECTIES.map((s) => [s, level])),
          });
          if (state === 'ingetrokken')
            await db
              .updateTable('toegang')
              .set({ ingetrokken_op: new Date() })
              .where('id', '=', toegangId)
              .execute();
        }
      }
      // An open invitation to someone else, and a session of the owner's, for the rows that need ids.
      const ownerClient = new BrowserClient(t.app, { host: 'matrix.test' });
      await ownerClient.login(`inwoner-${state}@example.test`, PASSWORD);
      await ownerClient.get(`/dossiers/${dossierId}/toegang`);
      await ownerClient.post(`/dossiers/${dossierId}/toegang/uitnodigen`, {
        email: `gast-${state}@example.test`,
        rol: 'naaste',
        'niveau.plan': 'lezen',
      });
      const mail = (await t.readOutbox()).join('\n').replace(/=\r?\n/g, '');
      const token = [...mail.matchAll(/uitnodiging\/([A-Za-z0-9_-]{43})/g)].at(-1)?.[1] as string;
      const uitnodiging = await db
        .selectFrom('uitnodiging')
        .select('id')
        .where('email', '=', `gast-${state}@example.test`)
        .executeTakeFirstOrThrow();
      const sessie = await db
        .selectFrom('session')
        .select('id')
        .where('account_id', '=', owner.id)
        .executeTakeFirstOrThrow();
      const ronde = (vragenlijst: 'eigen-regie' | 'positieve-gezondheid') =>
        createVragenlijstRonde(db, {
          gemeenteId: gemeente.id,
          dossierId,
          vragenlijst,
          accountId: owner.id,
          rol: 'inwoner',
          op: new Date(),
          toelichting: '',
          antwoorden: vragenlijst === 'eigen-regie' ? { kracht: { score: 3 } } : { meedoen: { score: 7 } },
        });
      const regieRondeId = await ronde('eigen-regie');
      const pgRondeId = await ronde('positieve-gezondheid');
      residents.set(state, {
        regieRondeId,
        pgRondeId,
        dossierId,
        controleToegangId,
        uitnodigingId: uitnodiging.id,
        sessieId: sessie.id,
        accountId: owner.id,
        token,
      });
      clients.set(`eigenaar-${state}` as Actor, ownerClient);
    }
    for (const actor of ACTORS) {
      if (actor === 'eigenaar') continue;
      const client = new BrowserClient(t.app, {
        host: actor === 'andere-gemeente' ? 'elders.test' : 'matrix.test',
      });
      if (actor === 'anoniem') await client.get('/inloggen');
      else expect((await client.login(`${actor}@example.test`, PASSWORD)).statusCode).toBe(303);
      clients.set(actor, client);
    }
  }, 120_000);
  afterAll(async () => t.close());

  it('has a row for every route that touches personal data, and no row for a route that does not exist', () => {
    const marked = t.app.routeTable.filter((r) => r.persoonsgegevens).map((r) => `${r.method} ${r.url}`);
    const rows = ROWS.map((r) => `${r.method} ${r.url}`);
    expect(marked.length).toBeGreaterThanOrEqual(20);
    expect(
      marked.filter((route) => !rows.includes(route)),
      'routes without matrix rows',
    ).toEqual([]);
    expect(
      rows.filter((row) => !marked.includes(row)),
      'rows for unknown or unmarked routes',
    ).toEqual([]);
    expect(
      t.app.routeTable.filter((r) => r.openbaar).map((r) => `${r.method} ${r.url}`),
      'public routes under a personal-data prefix (list them in OPENBAAR with the reason)',
    ).toEqual(Object.keys(OPENBAAR));
  });

  it('allows and denies exactly as the table says, with an audit entry for every access through the door', async () => {
    const db = t.database.db;
    const auditCount = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from audit_event`.execute(db)).rows[0]?.n ?? 0;
    let cells = 0;
    const unexpected: string[] = [];
    for (const state of STATES) {
      const c = residents.get(state) as Ctx;
      for (const row of ROWS) {
        for (const actor of ACTORS) {
          const client = clients.get(
            actor === 'eigenaar' ? (`eigenaar-${state}` as Actor) : actor,
          ) as BrowserClient;
          const before = row.deur ? await auditCount() : 0;
          const response =
            row.method === 'GET'
              ? await client.get(row.path(c))
              : await client.post(row.path(c), row.form?.(c) ?? {});
          cells++;
          const expected = row.expect(actor, state);
          const actual: Outcome = isDenied(response.statusCode) ? 'denied' : 'allowed';
          const label = `${row.method} ${row.url} as ${actor} (grant ${state}) → ${response.statusCode}`;
          if (response.statusCode >= 500) unexpected.push(`${label}: server error`);
          if (actual !== expected) unexpected.push(`${label}: expected ${expected}`);
          if (row.deur && actor !== 'anoniem') {
            const delta = (await auditCount()) - before;
            const ownerUnlogged = actor === 'eigenaar' && actual === 'allowed' && !row.deur.eigenLezenGelogd;
            const wanted = ownerUnlogged ? 0 : 1;
            // A write that failed after the door (409 on a stale version) is rolled back with its entry.
            const rolledBack = actual === 'allowed' && response.statusCode === 409;
            if (!rolledBack && delta !== wanted)
              unexpected.push(`${label}: ${delta} audit entries, expected ${wanted}`);
          }
        }
      }
    }
    expect(unexpected).toEqual([]);
    expect(cells).toBe(STATES.length * ROWS.length * ACTORS.length);
    // Thousands of requests (rows × actors × grant states) on two busy cores: more than the default 30 s.
  }, 300_000);

  it('lists in "Mijn overzicht" exactly the records with a live grant, and no record across gemeenten', async () => {
    for (const actor of ACTORS.filter((a) => a !== 'eigenaar' && a !== 'anoniem')) {
      const page = await (clients.get(actor) as BrowserClient).get('/mijn-overzicht');
      const listed = [...page.body.matchAll(/href="\/dossiers\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
      const expected = GRANTEES.includes(actor) ? [residents.get('actief')?.dossierId] : [];
      expect(listed, actor).toEqual(expected);
    }
  });

  it('never writes anything for a denied request', async () => {
    const db = t.database.db;
    const count = async (table: 'toegang' | 'uitnodiging' | 'noodtoegang' | 'account') =>
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from ${sql.table(table)} where gemeente_id = ${gemeenteId}`.execute(db)
      ).rows[0]?.n;
    const before = {
      toegang: await count('toegang'),
      uitnodiging: await count('uitnodiging'),
      account: await count('account'),
    };
    const c = residents.get('actief') as Ctx;
    const bram = clients.get('naaste-bewerken') as BrowserClient;
    await bram.get('/mijn-overzicht');
    expect(
      (
        await bram.post(`/dossiers/${c.dossierId}/toegang/uitnodigen`, {
          email: 'doorgeven@example.test',
          rol: 'naaste',
          'niveau.plan': 'bewerken',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await bram.post(`/dossiers/${c.dossierId}/toegang/${c.controleToegangId}/intrekken`, {})).statusCode,
    ).toBe(403);
    expect({
      toegang: await count('toegang'),
      uitnodiging: await count('uitnodiging'),
      account: await count('account'),
    }).toEqual(before);
  });
});
