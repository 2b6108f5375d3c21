import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raaktPersoonsgegevens } from '../../src/app.js';
import {
  createAccountWithPassword,
  createGemeente,
  createGesprek,
  createNetwerkPersoon,
  createNetwerkVoorstel,
  createNoodtoegang,
  createOrganisatie,
  createPlanActie,
  createPlanDoel,
  createPlanVoorstel,
  createSamenBuur,
  createToegang,
  createVragenlijstRonde,
} from '../../src/demo/factories.js';
import { zetInstelling } from '../../src/levensgebieden/vragenlijsten/queries.js';
import { seedDemoPanel } from '../../src/monitor/panel/demo.js';
import { persoon } from '../../src/netwerk/demo.js';
import { actie as planActie, doel as planDoel } from '../../src/plan/demo.js';
import type { Rol } from '../../src/platform/db/schema.js';
import { dossierVanInwoner } from '../../src/regie/door/door.js';
import type { Niveau } from '../../src/regie/schema.js';
import { zetCoordinator } from '../../src/samen/queries.js';
import { BrowserClient } from '../support/browser-client.js';
import { mailText, startTestApp, type TestApp } from '../support/test-app.js';
import { ENGINES } from '../support/test-database.js';

/**
 * The access matrix (security.md, test 1): every route that touches personal data × every
 * kind of actor × every grant state → the exact answer, and on the door's routes an audit
 * entry for every access by someone other than the owner, allowed or denied. The suite fails
 * when a route that touches personal data has no row here. Under `/dossiers/…` and
 * `/uitnodiging/…` every route does unless it declares `config: { openbaar: true }` (listed
 * in OPENBAAR below, with the reason); elsewhere a route says `config: { persoonsgegevens: true }`
 * (app.tsx, `raaktPersoonsgegevens`).
 *
 * Expected answers. Each row's `expect(actor, state, ctx)` gives the exact status of one cell,
 * built from a few helpers rather than written out per cell:
 * - `deur(wie, ok)`: a route behind the door. `wie` says who passes (the owner, or a live grant
 *   with at least some level, or an emergency access to the crisiskaart); they get `ok`, every
 *   other logged-in actor the door's 403, and anonymous the login page in place (401).
 * - `rol(rollen, ok)`, `ingelogd(ok)`: a role or login guard in front of the route (403 / 401).
 * - `ok` is a status or `naar(path)`, a 303 to exactly that Location. An `ok` that is not 2xx/3xx
 *   is on purpose: 400 for a deliberately invalid form (nothing is written), 404 for an id that
 *   matches nothing of the viewer's, 410 for an invitation link from another gemeente.
 * States run in order and rows in order, actor after actor; a write that succeeds (a draft, a
 * changed or revoked grant) is set up so that the next cell does not depend on it, or the row
 * says so. Rows not about the record (`eenmaal`: beheer, one's own sessions) run in one state:
 * the actors' sessions are the same in every state, so the other states would repeat them.
 */

const PASSWORD = 'een lange zin als wachtwoord';
/**
 * The record's state from the point of view of the grantees (and professionals):
 * - geen: no grant for any actor;
 * - actief: each grantee holds a live invitation grant at its level, for every section;
 * - vertegenwoordiger: each grantee is the resident's court-appointed representative at its
 *   level, entered by the beheerder through /beheer/vertegenwoordiging;
 * - noodtoegang: no grants, but every professional opened emergency access 5 minutes ago;
 * - verlopen: the grants ended a minute ago, and so did the professionals' emergency access;
 * - ingetrokken: the grants were revoked before anyone logged in;
 * - ingetrokken-tijdens-sessie: the grants were live, each grantee read the record in their
 *   session, then the resident revoked them (by HTTP); the cells are their next requests.
 */
const STATES = [
  'geen',
  'actief',
  'vertegenwoordiger',
  'noodtoegang',
  'verlopen',
  'ingetrokken',
  'ingetrokken-tijdens-sessie',
] as const;
type State = (typeof STATES)[number];
/** States in which a grantee's grant is live. */
const LIVE: State[] = ['actief', 'vertegenwoordiger'];
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
  | 'buur'
  /** The panel worker (decision 051): the panel's assisted entry, nothing else */
  | 'panelmedewerker'
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
  'buur',
  'panelmedewerker',
  'anoniem',
];
/** Actors who hold a grant (or representation) of the resident's in every state but "geen" and "noodtoegang". */
const GRANTEES: Actor[] = [
  'naaste-lezen',
  'naaste-reageren',
  'naaste-voorstellen',
  'naaste-bewerken',
  'professional-met-toegang',
  'professional-reageren',
];
const PROFESSIONALS: Actor[] = [
  'professional-met-toegang',
  'professional-reageren',
  'professional-zonder-toegang',
  'professional-andere-organisatie',
];

type Ctx = {
  dossierId: string;
  controleToegangId: string;
  uitnodigingId: string;
  /** Another (not the current) session of the owner's */
  sessieId: string;
  accountId: string;
  token: string;
  /** The grantees' grants, for revoking them during the session */
  granteeToegangIds: Map<Actor, string>;
  /** A submitted round of the owner's, per questionnaire */
  regieRondeId: string;
  /** A melding of the owner's (keukentafelgesprek) */
  gesprekId: string;
  pgRondeId: string;
  /** A person on the owner's netwerkkaart, and an open proposal for it */
  netwerkPersoonId: string;
  netwerkVoorstelId: string;
  /** A goal with an action in the owner's plan, and an open proposal (a new action) for it */
  planDoelId: string;
  planActieId: string;
  planVoorstelId: string;
};

/** An exact status, or `303 <Location>` for a redirect. */
type Verwacht = 200 | 201 | 202 | 400 | 401 | 403 | 404 | 409 | 410 | 412 | 428 | `303 ${string}`;
const naar = (location: string): Verwacht => `303 ${location}`;
const answerOf = (response: LightMyRequestResponse): string =>
  response.statusCode === 303 ? `303 ${response.headers.location}` : String(response.statusCode);

type Row = {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  /** Tells two rows of one route apart */
  variant?: string;
  /** The concrete path for one resident */
  path: (c: Ctx) => string;
  form?: (c: Ctx, actor: Actor) => Record<string, string>;
  /** A JSON body and headers, sent as JSON with the row's method (the JSON API: If-Match) */
  json?: { body: Record<string, unknown>; headers: Record<string, string> };
  /** A cookie the browser holds for this request only (name and value) */
  cookie?: [string, string];
  expect: (actor: Actor, state: State, c: Ctx) => Verwacht;
  /**
   * Routes behind the door: every logged-in actor but the owner leaves exactly one audit entry
   * (allowed or denied), anonymous none; `eigenaar` is what the owner's own request leaves
   * (0 for her own reads, which are not logged).
   */
  deur?: { eigenaar: 0 | 1 };
  /**
   * Not about the resident's record (beheer, one's own sessions, the emergency form): every
   * state would send the very same requests, so the row runs in the first state only.
   */
  eenmaal?: true;
};

const levelOf = (actor: Actor): Niveau | undefined =>
  actor.startsWith('naaste-')
    ? (actor.slice('naaste-'.length) as Niveau)
    : actor === 'professional-met-toegang'
      ? 'lezen'
      : actor === 'professional-reageren'
        ? 'reageren'
        : undefined;
const liveLevel = (actor: Actor, state: State) =>
  GRANTEES.includes(actor) && LIVE.includes(state) ? levelOf(actor) : undefined;
const atLeast = (level: Niveau | undefined, nodig: Niveau) =>
  level !== undefined && LEVELS.indexOf(level) >= LEVELS.indexOf(nodig);

/** Who passes the door for a request. */
type Wie = (actor: Actor, state: State) => boolean;
const alleenEigenaar: Wie = (actor) => actor === 'eigenaar';
const metNiveau =
  (nodig: Niveau): Wie =>
  (actor, state) =>
    actor === 'eigenaar' || atLeast(liveLevel(actor, state), nodig);
/** Filling in eigen regie: the owner, or a professional (never a naaste) with the level. */
const professionalMetNiveau =
  (nodig: Niveau): Wie =>
  (actor, state) =>
    actor === 'eigenaar' || (PROFESSIONALS.includes(actor) && atLeast(liveLevel(actor, state), nodig));
/** Reading the crisiskaart: a grant, or a professional's live emergency access. */
const crisiskaartLezen: Wie = (actor, state) =>
  metNiveau('lezen')(actor, state) || (PROFESSIONALS.includes(actor) && state === 'noodtoegang');

type Ok = Verwacht | ((c: Ctx, actor: Actor) => Verwacht);
const okFor = (ok: Ok, c: Ctx, actor: Actor) => (typeof ok === 'function' ? ok(c, actor) : ok);
const deur =
  (wie: Wie, ok: Ok) =>
  (actor: Actor, state: State, c: Ctx): Verwacht =>
    actor === 'anoniem' ? 401 : wie(actor, state) ? okFor(ok, c, actor) : 403;
const rol =
  (rollen: Actor[], ok: Verwacht) =>
  (actor: Actor): Verwacht =>
    actor === 'anoniem' ? 401 : rollen.includes(actor) ? ok : 403;
const ingelogd =
  (ok: Ok) =>
  (actor: Actor, _state: State, c: Ctx): Verwacht =>
    actor === 'anoniem' ? 401 : okFor(ok, c, actor);

const dossier = (c: Ctx, rest = '') => `/dossiers/${c.dossierId}${rest}`;

/** A row for a route under the record whose only parameter is the record's id. */
const opDossier = (
  method: Row['method'],
  rest: string,
  expect: Row['expect'],
  extra: Pick<Row, 'form' | 'deur'> = {},
): Row => ({ method, url: `/dossiers/:dossierId${rest}`, path: (c) => dossier(c, rest), expect, ...extra });

/** A resident's own page: hers (in another gemeente her own there); no one else's. */
let andereGemeenteDossierId = '';
/** The light record of the Samen neighbour (actor `buur`). */
let buurDossierId = '';
const eigen =
  (ok: (dossierId: string) => Verwacht) =>
  (actor: Actor, _state: State, c: Ctx): Verwacht =>
    actor === 'anoniem'
      ? 401
      : actor === 'eigenaar'
        ? ok(c.dossierId)
        : actor === 'andere-gemeente'
          ? ok(andereGemeenteDossierId)
          : 403;

const GEEN_ID = '00000000-0000-4000-8000-000000000000';
/** Every route of the sociale kaart's beheer, beheerder only; ids that match nothing are a 404. */
/**
 * The monitor's panel (src/monitor/panel): joining, leaving and answering need no account (the
 * one-time code is the key: an unknown one is a 404 or 410 for everyone, nothing written); the
 * reports are sums for the analist and the beheerder; the assisted entry is for the panel worker
 * and the beheerder (decision 051), never a professional (who reaches residents' records) nor the
 * analist (she would see one person's answers). The panel worker reaches nothing else.
 */
const PANEL_CODE = 'ABCDEFGHJKMNPQRS';
const MONITOR_PANEL: Row[] = [
  ...(
    [
      ['POST', '/panel/aanmelden', '/panel/aanmelden', (): Verwacht => 400],
      ['GET', '/panel/afmelden/:code', `/panel/afmelden/${PANEL_CODE}`, (): Verwacht => 410],
      ['POST', '/panel/afmelden/:code', `/panel/afmelden/${PANEL_CODE}`, (): Verwacht => 410],
      ['GET', '/peiling/:code', `/peiling/${PANEL_CODE}`, (): Verwacht => 404],
      ['POST', '/peiling/:code', `/peiling/${PANEL_CODE}`, (): Verwacht => 404],
      ['GET', '/panel/peilingen/:id', `/panel/peilingen/${GEEN_ID}`, rol(['analist', 'beheerder'], 404)],
      [
        'GET',
        '/panel/peilingen/:id/rapport.csv',
        `/panel/peilingen/${GEEN_ID}/rapport.csv`,
        rol(['analist', 'beheerder'], 404),
      ],
      [
        'GET',
        '/panel/peilingen/:id/rapport.pdf',
        `/panel/peilingen/${GEEN_ID}/rapport.pdf`,
        rol(['analist', 'beheerder'], 404),
      ],
      [
        'POST',
        '/panel/peilingen/:id/uitnodigen',
        `/panel/peilingen/${GEEN_ID}/uitnodigen`,
        rol(['analist', 'beheerder'], 404),
      ],
      // Breakdowns of a peiling (docs/decisions/049): sums for the analist and the beheerder only;
      // a breakdown that would show a small group shows a message and no count (panel.test.ts).
      [
        'GET',
        '/panel/peilingen/:id/uitsplitsing',
        `/panel/peilingen/${GEEN_ID}/uitsplitsing?naar=geslacht`,
        rol(['analist', 'beheerder'], 404),
      ],
      [
        'GET',
        '/panel/peilingen/:id/uitsplitsing.csv',
        `/panel/peilingen/${GEEN_ID}/uitsplitsing.csv?naar=geslacht`,
        rol(['analist', 'beheerder'], 404),
      ],
      // The review of open answers: sums' people only; an id of no peiling is a 404, nothing written.
      [
        'GET',
        '/panel/peilingen/:id/beoordelen',
        `/panel/peilingen/${GEEN_ID}/beoordelen`,
        rol(['analist', 'beheerder'], 404),
      ],
      [
        'POST',
        '/panel/peilingen/:id/beoordelen/:antwoordId',
        `/panel/peilingen/${GEEN_ID}/beoordelen/${GEEN_ID}`,
        rol(['analist', 'beheerder'], 404),
      ],
      // The beheerder's page of the panel's members: names, no answers; a member id that matches
      // nothing is a 404 with a message, nothing written (removing twice is the same).
      ['GET', '/beheer/panel', '/beheer/panel', rol(['beheerder'], 200)],
      [
        'POST',
        '/beheer/panel/leden/:id/verwijderen',
        `/beheer/panel/leden/${GEEN_ID}/verwijderen`,
        rol(['beheerder'], 404),
      ],
      [
        'POST',
        '/beheer/panel/leden/:id/code',
        `/beheer/panel/leden/${GEEN_ID}/code`,
        rol(['beheerder'], 404),
      ],
      [
        'GET',
        '/panel/invoer/:code',
        `/panel/invoer/${PANEL_CODE}`,
        rol(['panelmedewerker', 'beheerder'], 404),
      ],
      [
        'POST',
        '/panel/invoer/:code',
        `/panel/invoer/${PANEL_CODE}`,
        rol(['panelmedewerker', 'beheerder'], 404),
      ],
    ] as const
  ).map(
    ([method, url, pad, expect]): Row => ({
      method,
      url,
      eenmaal: true,
      path: () => pad,
      // The join form without consent: a 400 next to the field, nobody added.
      form: () => ({ naam: 'Matrix', email: 'matrix@example.test' }),
      expect,
    }),
  ),
];

const SOCIALE_KAART_BEHEER: Row[] = [
  ['GET', '/beheer/sociale-kaart', '/beheer/sociale-kaart', 200],
  ['GET', '/beheer/sociale-kaart/instellingen', '/beheer/sociale-kaart/instellingen', 200],
  ['POST', '/beheer/sociale-kaart/instellingen', '/beheer/sociale-kaart/instellingen', 400],
  ['GET', '/beheer/sociale-kaart/nieuw', '/beheer/sociale-kaart/nieuw', 200],
  ['POST', '/beheer/sociale-kaart/nieuw', '/beheer/sociale-kaart/nieuw', 400],
  ['GET', '/beheer/sociale-kaart/:id', `/beheer/sociale-kaart/${GEEN_ID}`, 404],
  ['POST', '/beheer/sociale-kaart/:id', `/beheer/sociale-kaart/${GEEN_ID}`, 404],
  ['POST', '/beheer/sociale-kaart/:id/gecontroleerd', `/beheer/sociale-kaart/${GEEN_ID}/gecontroleerd`, 404],
  ['POST', '/beheer/sociale-kaart/:id/status', `/beheer/sociale-kaart/${GEEN_ID}/status`, 400],
  ['POST', '/beheer/sociale-kaart/:id/controle-mail', `/beheer/sociale-kaart/${GEEN_ID}/controle-mail`, 404],
  [
    'POST',
    '/beheer/sociale-kaart/:id/meldingen/:meldingId/afgehandeld',
    `/beheer/sociale-kaart/${GEEN_ID}/meldingen/${GEEN_ID}/afgehandeld`,
    404,
  ],
].map(
  ([method, url, pad, ok]): Row => ({
    method: method as Row['method'],
    url: url as string,
    eenmaal: true,
    path: () => pad as string,
    // Invalid forms on purpose (nothing is written): the empty form is a 400.
    form: () => ({ controle_maanden: '' }),
    expect: rol(['beheerder'], ok as Verwacht),
  }),
);

const ROWS: Row[] = [
  // The record as a whole: any section level shows it exists; emergency access does not.
  opDossier('GET', '', deur(metNiveau('lezen'), 200), { deur: { eigenaar: 0 } }),
  // Every section not built yet the same way: a grant opens it; emergency access does not (its own state).
  ...['documenten'].map(
    (sectie): Row => ({
      method: 'GET',
      url: '/dossiers/:dossierId/secties/:sectie',
      variant: sectie,
      path: (c) => dossier(c, `/secties/${sectie}`),
      expect: deur(metNiveau('lezen'), 200),
      deur: { eigenaar: 0 },
    }),
  ),
  // Only a redirect to the levensgebieden overview, whose door decides; it reads nothing, so
  // every logged-in actor gets the same 303 for any id (it tells nothing about the record).
  opDossier(
    'GET',
    '/secties/levensgebieden',
    ingelogd((c) => naar(dossier(c, '/levensgebieden'))),
  ),
  opDossier('GET', '/toegang', deur(alleenEigenaar, 200), { deur: { eigenaar: 0 } }),
  opDossier(
    'POST',
    '/toegang/uitnodigen',
    deur(alleenEigenaar, (c) => naar(dossier(c, '/toegang?melding=verstuurd'))),
    {
      form: () => ({
        email: `nieuw-${Math.random().toString(36).slice(2)}@example.test`,
        rol: 'naaste',
        'niveau.plan': 'lezen',
      }),
      deur: { eigenaar: 1 },
    },
  ),
  {
    method: 'POST',
    url: '/dossiers/:dossierId/toegang/:toegangId',
    path: (c) => `${dossier(c)}/toegang/${c.controleToegangId}`,
    // Version 1: the owner's one change per state succeeds (a second one would be a 409).
    form: () => ({ version: '1', 'niveau.plan': 'lezen', 'niveau.netwerk': 'lezen' }),
    expect: deur(alleenEigenaar, (c) => naar(dossier(c, '/toegang?melding=gewijzigd'))),
    deur: { eigenaar: 1 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/toegang/:toegangId/intrekken',
    path: (c) => `${dossier(c)}/toegang/${c.controleToegangId}/intrekken`,
    expect: deur(alleenEigenaar, (c) => naar(dossier(c, '/toegang?melding=ingetrokken'))),
    deur: { eigenaar: 1 },
  },
  // Undo right after the row above (issue 18): the owner gets the grant back as it was.
  {
    method: 'POST',
    url: '/dossiers/:dossierId/toegang/:toegangId/herstel',
    path: (c) => `${dossier(c)}/toegang/${c.controleToegangId}/herstel`,
    expect: deur(alleenEigenaar, (c) => naar(dossier(c, '/toegang?melding=hersteld'))),
    deur: { eigenaar: 1 },
  },
  // A refused invitation leaves this address in the address bar: opening it again leads to the form.
  opDossier(
    'GET',
    '/toegang/uitnodigen',
    ingelogd((c) => naar(dossier(c, '/toegang#uitnodigen'))),
  ),
  // … and with the refusal's reasons still in the browser (issue 18), the form with why: the
  // owner's sharing page, through the door like GET /toegang.
  {
    ...opDossier('GET', '/toegang/uitnodigen', deur(alleenEigenaar, 200), { deur: { eigenaar: 0 } }),
    variant: 'na een geweigerde uitnodiging',
    cookie: ['uitnodiging-fout', 'email:veld.fout.email'],
  },
  // The invitation link itself is the secret: whoever holds it may read who invites them, in
  // its own gemeente; in another gemeente the link does not exist (410, like a used one).
  {
    method: 'GET',
    url: '/uitnodiging/:token',
    path: (c) => `/uitnodiging/${c.token}`,
    expect: (actor) => (actor === 'andere-gemeente' ? 410 : 200),
  },
  // Accepting is bound to the invited address, which none of these actors has (403, logged as an attempt).
  {
    method: 'POST',
    url: '/uitnodiging/:token',
    path: (c) => `/uitnodiging/${c.token}`,
    expect: (actor) => (actor === 'anoniem' ? 401 : actor === 'andere-gemeente' ? 410 : 403),
  },
  // Making an account from the link is for someone without a session; an empty form is refused (400).
  {
    method: 'POST',
    url: '/uitnodiging/:token/account',
    path: (c) => `/uitnodiging/${c.token}/account`,
    form: () => ({ naam: '', wachtwoord: '', herhaal: '' }),
    expect: (actor) => (actor === 'anoniem' ? 400 : actor === 'andere-gemeente' ? 410 : 403),
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/uitnodigingen/:uitnodigingId/intrekken',
    path: (c) => `${dossier(c)}/uitnodigingen/${c.uitnodigingId}/intrekken`,
    expect: deur(alleenEigenaar, (c) => naar(dossier(c, '/toegang?melding=uitnodiging-ingetrokken'))),
    deur: { eigenaar: 1 },
  },
  opDossier('GET', '/logboek', deur(alleenEigenaar, 200), { deur: { eigenaar: 1 } }),
  opDossier('GET', '/gegevens', deur(alleenEigenaar, 200), { deur: { eigenaar: 0 } }),
  opDossier('GET', '/gegevens.json', deur(alleenEigenaar, 200), { deur: { eigenaar: 1 } }),
  // The overview of "Mijn gegevens" shows part of her log, so her own read is logged too.
  opDossier('GET', '/gegevens/overzicht', deur(alleenEigenaar, 200), { deur: { eigenaar: 1 } }),
  opDossier('GET', '/gegevens.pdf', deur(alleenEigenaar, 200), { deur: { eigenaar: 1 } }),
  opDossier('GET', '/gegevens.fhir.json', deur(alleenEigenaar, 200), { deur: { eigenaar: 1 } }),
  // Everything in her download in words (every section and the whole log): read and PDF logged.
  opDossier('GET', '/gegevens/alles', deur(alleenEigenaar, 200), { deur: { eigenaar: 1 } }),
  opDossier('GET', '/gegevens/alles.pdf', deur(alleenEigenaar, 200), { deur: { eigenaar: 1 } }),
  // The door comes before the password: everyone else is refused (403, logged) whatever the
  // password; the owner's wrong password is refused after it (400, nothing erased, logged as a
  // denied attempt and counted in the login throttle).
  opDossier('POST', '/gegevens/wissen', deur(alleenEigenaar, 400), {
    form: () => ({ wachtwoord: 'niet het wachtwoord', zeker: 'ja' }),
    deur: { eigenaar: 1 },
  }),
  {
    method: 'POST',
    url: '/noodtoegang',
    eenmaal: true,
    path: () => '/noodtoegang',
    // No resident with that address: 404 (one attempt per professional, under the limit of 10 an hour).
    form: () => ({ email: 'niemand@example.test', reden: 'een test van de matrix' }),
    expect: rol(PROFESSIONALS, 404),
  },
  {
    method: 'GET',
    url: '/beheer/accounts',
    eenmaal: true,
    path: () => '/beheer/accounts',
    expect: rol(['beheerder'], 200),
  },
  {
    method: 'POST',
    url: '/beheer/accounts',
    eenmaal: true,
    path: () => '/beheer/accounts',
    form: () => ({ naam: '', email: '', rol: 'inwoner' }),
    expect: rol(['beheerder'], 400),
  },
  {
    method: 'POST',
    url: '/beheer/accounts/:id/blokkeren',
    eenmaal: true,
    path: () => '/beheer/accounts/00000000-0000-4000-8000-000000000000/blokkeren',
    // The beheerder passes the guard and finds no such account.
    expect: rol(['beheerder'], 404),
  },
  // Second factor of staff (src/auth/tweede-factor): names and whether it is set up; a reset.
  {
    method: 'GET',
    url: '/beheer/tweede-factor',
    eenmaal: true,
    path: () => '/beheer/tweede-factor',
    expect: rol(['beheerder'], 200),
  },
  {
    method: 'POST',
    url: '/beheer/tweede-factor/:id/resetten',
    eenmaal: true,
    path: () => '/beheer/tweede-factor/00000000-0000-4000-8000-000000000000/resetten',
    // The beheerder passes the guard and finds no such account.
    expect: rol(['beheerder'], 404),
  },
  {
    method: 'POST',
    url: '/beheer/vertegenwoordiging',
    eenmaal: true,
    path: () => '/beheer/vertegenwoordiging',
    form: () => ({ inwoner: '', vertegenwoordiger: '' }),
    expect: rol(['beheerder'], 400),
  },
  // Questionnaires of levensgebieden (src/levensgebieden/vragenlijsten): reading needs `lezen`;
  // filling in eigen regie is the owner's and a professional's with `reageren` (not a naaste's).
  opDossier('GET', '/levensgebieden/eigen-regie', deur(metNiveau('lezen'), 200), { deur: { eigenaar: 0 } }),
  opDossier('GET', '/levensgebieden/eigen-regie/invullen', deur(professionalMetNiveau('reageren'), 200), {
    deur: { eigenaar: 0 },
  }),
  // Version 0: each person's first save makes their own draft (not submitted).
  opDossier(
    'POST',
    '/levensgebieden/eigen-regie/invullen',
    deur(professionalMetNiveau('reageren'), (c) =>
      naar(dossier(c, '/levensgebieden/eigen-regie/invullen?opgeslagen')),
    ),
    { form: () => ({ version: '0', 'antwoord.kracht': '3' }), deur: { eigenaar: 1 } },
  ),
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/eigen-regie/rondes/:rondeId',
    path: (c) => dossier(c, `/levensgebieden/eigen-regie/rondes/${c.regieRondeId}`),
    // The resident's round stays hidden (404, still logged) from a professional who may answer
    // and has not submitted their own view yet (the regie-spiegel rule).
    expect: deur(metNiveau('lezen'), (_c, actor) => (actor === 'professional-reageren' ? 404 : 200)),
    deur: { eigenaar: 0 },
  },
  opDossier('GET', '/levensgebieden/positieve-gezondheid', deur(metNiveau('lezen'), 200), {
    deur: { eigenaar: 0 },
  }),
  opDossier('GET', '/levensgebieden/positieve-gezondheid/invullen', deur(alleenEigenaar, 200), {
    deur: { eigenaar: 0 },
  }),
  opDossier(
    'POST',
    '/levensgebieden/positieve-gezondheid/invullen',
    deur(alleenEigenaar, (c) => naar(dossier(c, '/levensgebieden/positieve-gezondheid/invullen?opgeslagen'))),
    { form: () => ({ version: '0', 'antwoord.meedoen': '7' }), deur: { eigenaar: 1 } },
  ),
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/positieve-gezondheid/rondes/:rondeId',
    path: (c) => dossier(c, `/levensgebieden/positieve-gezondheid/rondes/${c.pgRondeId}`),
    expect: deur(metNiveau('lezen'), 200),
    deur: { eigenaar: 0 },
  },
  // Levensgebieden (src/levensgebieden): reading needs `lezen`; giving one's own view needs
  // `reageren` (the owner fills in her own); the setting "who sees my answers first" is hers alone.
  opDossier('GET', '/levensgebieden', deur(metNiveau('lezen'), 200), { deur: { eigenaar: 0 } }),
  opDossier('GET', '/levensgebieden/invullen', deur(metNiveau('reageren'), 200), { deur: { eigenaar: 0 } }),
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/invullen/:code',
    path: (c) => dossier(c, '/levensgebieden/invullen/financien'),
    expect: deur(metNiveau('reageren'), 200),
    deur: { eigenaar: 0 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/levensgebieden/invullen/:code',
    path: (c) => dossier(c, '/levensgebieden/invullen/financien'),
    // versie 0: each person's first save makes their draft (versie 1), used by the next row.
    form: () => ({ versie: '0', score: '3', actie: 'later' }),
    expect: deur(metNiveau('reageren'), (c) => naar(dossier(c, '/levensgebieden/invullen?melding=later'))),
    deur: { eigenaar: 1 },
  },
  opDossier(
    'POST',
    '/levensgebieden/afronden',
    deur(metNiveau('reageren'), (c) => naar(dossier(c, '/levensgebieden?melding=afgerond'))),
    { form: () => ({ versie: '1' }), deur: { eigenaar: 1 } },
  ),
  {
    method: 'GET',
    url: '/dossiers/:dossierId/levensgebieden/historie/:code',
    path: (c) => dossier(c, '/levensgebieden/historie/financien'),
    expect: deur(metNiveau('lezen'), 200),
    deur: { eigenaar: 0 },
  },
  opDossier('GET', '/levensgebieden/instellingen', deur(alleenEigenaar, 200), { deur: { eigenaar: 0 } }),
  opDossier(
    'POST',
    '/levensgebieden/instellingen',
    deur(alleenEigenaar, (c) => naar(dossier(c, '/levensgebieden?melding=instelling'))),
    { form: () => ({ anderen_zien_eerst: 'nee', versie: '0' }), deur: { eigenaar: 1 } },
  ),
  // Netwerkkaart (src/netwerk): reading needs `lezen`; adding or changing someone needs
  // `voorstellen` (it becomes a proposal) or `bewerken` (it takes effect); deciding a proposal
  // and her answer in the summary are the owner's alone.
  opDossier(
    'GET',
    '/secties/netwerk',
    ingelogd((c) => naar(dossier(c, '/netwerk'))),
  ),
  opDossier('GET', '/netwerk', deur(metNiveau('lezen'), 200), { deur: { eigenaar: 0 } }),
  opDossier('GET', '/netwerk/nieuw', deur(metNiveau('voorstellen'), 200), { deur: { eigenaar: 0 } }),
  opDossier(
    'POST',
    '/netwerk/nieuw',
    deur(metNiveau('voorstellen'), (c, actor) =>
      naar(
        dossier(
          c,
          actor === 'eigenaar' || levelOf(actor) === 'bewerken'
            ? '/netwerk?melding=bewaard'
            : '/netwerk?melding=voorgesteld',
        ),
      ),
    ),
    {
      // A new name per cell: the same name twice would be refused (400).
      form: () => ({
        versie: '0',
        naam: `Matrix ${Math.random().toString(36).slice(2)}`,
        relatie: 'vriend',
        cirkel: 'dichtbij',
        contact: 'wekelijks',
        dichtbij: 'ja',
      }),
      deur: { eigenaar: 1 },
    },
  ),
  {
    method: 'GET',
    url: '/dossiers/:dossierId/netwerk/personen/:persoonId',
    path: (c) => dossier(c, `/netwerk/personen/${c.netwerkPersoonId}`),
    expect: deur(metNiveau('voorstellen'), 200),
    deur: { eigenaar: 0 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/netwerk/personen/:persoonId',
    path: (c) => dossier(c, `/netwerk/personen/${c.netwerkPersoonId}`),
    // A closeness outside the list: 400 for everyone who may change, nothing written.
    form: () => ({
      versie: '1',
      naam: 'Matrix',
      relatie: 'vriend',
      cirkel: 'ergens',
      contact: 'wekelijks',
      dichtbij: 'ja',
    }),
    expect: deur(metNiveau('voorstellen'), 400),
    deur: { eigenaar: 1 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/netwerk/personen/:persoonId/verwijderen',
    path: (c) => dossier(c, `/netwerk/personen/${c.netwerkPersoonId}/verwijderen`),
    // A stale version: 409 for everyone who may remove, so the person stays for the next cells.
    form: () => ({ versie: '999' }),
    expect: deur(metNiveau('bewerken'), 409),
    deur: { eigenaar: 1 },
  },
  opDossier('GET', '/netwerk/voorstellen', deur(metNiveau('voorstellen'), 200), { deur: { eigenaar: 0 } }),
  {
    method: 'POST',
    url: '/dossiers/:dossierId/netwerk/voorstellen/:voorstelId',
    path: (c) => dossier(c, `/netwerk/voorstellen/${c.netwerkVoorstelId}`),
    form: () => ({ besluit: 'afwijzen' }),
    expect: deur(alleenEigenaar, (c) => naar(dossier(c, '/netwerk?melding=afgewezen'))),
    deur: { eigenaar: 1 },
  },
  opDossier(
    'POST',
    '/netwerk/samenvatting',
    deur(alleenEigenaar, (c) => naar(dossier(c, '/netwerk?melding=samenvatting'))),
    // Versie 1: the map's row exists since the owner added someone (row above); her one choice per state.
    { form: () => ({ keuze: 'te-weinig', versie: '1' }), deur: { eigenaar: 1 } },
  ),
  opDossier('GET', '/netwerk/vergelijk', deur(metNiveau('lezen'), 200), { deur: { eigenaar: 0 } }),
  // Crisiskaart (src/crisiskaart): the card is the one page emergency access opens (read-only,
  // Keukentafelgesprek (src/gesprekken): reading needs `lezen`; preparing with her `reageren`
  // (a naaste or an independent client supporter); recording a melding and marking the
  // persoonlijk plan handed in `bewerken`. Invalid forms on purpose: nothing is written.
  opDossier(
    'GET',
    '/secties/gesprekken',
    ingelogd((c) => naar(dossier(c, '/gesprekken'))),
  ),
  opDossier('GET', '/gesprekken', deur(metNiveau('lezen'), 200), { deur: { eigenaar: 0 } }),
  opDossier('POST', '/gesprekken', deur(metNiveau('bewerken'), 400), {
    form: () => ({ gemeld_op: '2026-02-31' }),
    deur: { eigenaar: 1 },
  }),
  ...(['', '/voorbereiding', '/persoonlijk-plan', '/persoonlijk-plan.pdf'] as const).map(
    (rest): Row => ({
      method: 'GET',
      url: `/dossiers/:dossierId/gesprekken/:gesprekId${rest}`,
      path: (c) => dossier(c, `/gesprekken/${c.gesprekId}${rest}`),
      expect: deur(metNiveau('lezen'), 200),
      deur: { eigenaar: 0 },
    }),
  ),
  {
    method: 'POST',
    url: '/dossiers/:dossierId/gesprekken/:gesprekId/voorbereiding',
    path: (c) => dossier(c, `/gesprekken/${c.gesprekId}/voorbereiding`),
    // A domain that does not exist: 400 for everyone who may prepare.
    form: () => ({ versie: '1', gebieden: 'maan' }),
    expect: deur(metNiveau('reageren'), 400),
    deur: { eigenaar: 1 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/gesprekken/:gesprekId/persoonlijk-plan/ingediend',
    path: (c) => dossier(c, `/gesprekken/${c.gesprekId}/persoonlijk-plan/ingediend`),
    // Handed in already (set up so): every cell reads "already handed in", nothing is written.
    expect: deur(metNiveau('bewerken'), (c) =>
      naar(dossier(c, `/gesprekken/${c.gesprekId}?melding=al-ingediend`)),
    ),
    deur: { eigenaar: 1 },
  },
  // The talk and its report (issue 13): the professional's view and drafting need `bewerken`;
  // reading the report `lezen`; correcting it `reageren` (her independent client supporter, with
  // `reageren` on gesprekken only, may help); agreeing or disagreeing is hers alone. This melding
  // has no notes and no report: every allowed cell is a refusal that writes nothing.
  ...(['/gesprek', '/verslag', '/verslag.pdf'] as const).map(
    (rest): Row => ({
      method: 'GET',
      url: `/dossiers/:dossierId/gesprekken/:gesprekId${rest}`,
      path: (c) => dossier(c, `/gesprekken/${c.gesprekId}${rest}`),
      // No final report yet: its PDF is a 404 past the door.
      expect: deur(
        metNiveau(rest === '/gesprek' ? 'bewerken' : 'lezen'),
        rest === '/verslag.pdf' ? 404 : 200,
      ),
      deur: { eigenaar: 0 },
    }),
  ),
  {
    method: 'POST',
    url: '/dossiers/:dossierId/gesprekken/:gesprekId/gesprek',
    path: (c) => dossier(c, `/gesprekken/${c.gesprekId}/gesprek`),
    // An empty agenda: 400 next to the field.
    form: () => ({ versie: '1' }),
    expect: deur(metNiveau('bewerken'), 400),
    deur: { eigenaar: 1 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/gesprekken/:gesprekId/verslag/opstellen',
    path: (c) => dossier(c, `/gesprekken/${c.gesprekId}/verslag/opstellen`),
    // No notes to draft from: 400.
    expect: deur(metNiveau('bewerken'), 400),
    deur: { eigenaar: 1 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/gesprekken/:gesprekId/verslag',
    path: (c) => dossier(c, `/gesprekken/${c.gesprekId}/verslag`),
    // No report to correct: 404 past the door.
    form: () => ({ basis: '1' }),
    expect: deur(metNiveau('reageren'), 404),
    deur: { eigenaar: 1 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/gesprekken/:gesprekId/verslag/besluit',
    path: (c) => dossier(c, `/gesprekken/${c.gesprekId}/verslag/besluit`),
    // No choice made: 400 next to the field.
    form: () => ({ nummer: '1' }),
    expect: deur(alleenEigenaar, 400),
    deur: { eigenaar: 1 },
  },
  // The netwerkberaad (issue 13 item 5): reading `lezen`; setting it up and inviting from her map
  // (her consent per person) and her decision are hers alone; the private time and the network's
  // plan `reageren`. This melding has no netwerkberaad: every allowed cell writes nothing.
  {
    method: 'GET',
    url: '/dossiers/:dossierId/gesprekken/:gesprekId/netwerkberaad',
    path: (c) => dossier(c, `/gesprekken/${c.gesprekId}/netwerkberaad`),
    expect: deur(metNiveau('lezen'), 200),
    deur: { eigenaar: 0 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/gesprekken/:gesprekId/netwerkberaad',
    path: (c) => dossier(c, `/gesprekken/${c.gesprekId}/netwerkberaad`),
    // An empty agenda: 400 next to the field, nobody invited.
    form: () => ({ versie: '0', datum: '2026-03-05' }),
    expect: deur(alleenEigenaar, 400),
    deur: { eigenaar: 1 },
  },
  ...(['/eigen-tijd', '/plan'] as const).map(
    (rest): Row => ({
      method: 'POST',
      url: `/dossiers/:dossierId/gesprekken/:gesprekId/netwerkberaad${rest}`,
      path: (c) => dossier(c, `/gesprekken/${c.gesprekId}/netwerkberaad${rest}`),
      // No netwerkberaad yet: 404 past the door.
      form: () => ({ aan: 'ja', versie: '1' }),
      expect: deur(metNiveau('reageren'), 404),
      deur: { eigenaar: 1 },
    }),
  ),
  {
    method: 'POST',
    url: '/dossiers/:dossierId/gesprekken/:gesprekId/netwerkberaad/besluit',
    path: (c) => dossier(c, `/gesprekken/${c.gesprekId}/netwerkberaad/besluit`),
    form: () => ({ nummer: '1', besluit: 'akkoord' }),
    expect: deur(alleenEigenaar, 404),
    deur: { eigenaar: 1 },
  },
  // The invitation link of a netwerkberaad: no login, the link is the key; one that names nothing is a 404 for anyone.
  {
    method: 'GET',
    url: '/netwerkberaad/:token',
    eenmaal: true,
    path: () => '/netwerkberaad/bestaat-niet-bestaat-niet-bestaat-niet',
    expect: () => 404,
  },
  {
    method: 'POST',
    url: '/netwerkberaad/:token',
    eenmaal: true,
    path: () => '/netwerkberaad/bestaat-niet-bestaat-niet-bestaat-niet',
    form: () => ({ antwoord: 'komt' }),
    expect: () => 404,
  },
  // logged as an emergency); the longer plan and everything else stay closed to it (403, logged).
  // Reading needs `lezen`, changing `voorstellen` (a proposal) or more; agreements, proposals'
  // decisions and "still right" are the owner's. Ids that match nothing are a 404 past the door.
  opDossier(
    'GET',
    '/secties/crisiskaart',
    ingelogd((c) => naar(dossier(c, '/crisiskaart'))),
  ),
  opDossier('GET', '/crisiskaart', deur(crisiskaartLezen, 200), { deur: { eigenaar: 0 } }),
  opDossier('GET', '/crisiskaart/plan', deur(metNiveau('lezen'), 200), { deur: { eigenaar: 0 } }),
  opDossier('GET', '/crisiskaart/bewerken', deur(metNiveau('voorstellen'), 200), { deur: { eigenaar: 0 } }),
  // An empty card on purpose: 400 for everyone who may change it, nothing written.
  opDossier('POST', '/crisiskaart/bewerken', deur(metNiveau('voorstellen'), 400), {
    form: () => ({ versie: '0' }),
    deur: { eigenaar: 1 },
  }),
  // No card in the matrix: "still right" finds nothing to renew.
  opDossier('POST', '/crisiskaart/gecontroleerd', deur(alleenEigenaar, 404), {
    form: () => ({ versie: '0' }),
    deur: { eigenaar: 1 },
  }),
  opDossier('GET', '/crisiskaart/voorstellen', deur(metNiveau('voorstellen'), 200), {
    deur: { eigenaar: 0 },
  }),
  {
    method: 'POST',
    url: '/dossiers/:dossierId/crisiskaart/voorstellen/:voorstelId',
    path: (c) => dossier(c, `/crisiskaart/voorstellen/${GEEN_ID}`),
    form: () => ({ besluit: 'afwijzen' }),
    expect: deur(alleenEigenaar, 404),
    deur: { eigenaar: 1 },
  },
  // An empty request: 400 for the owner (errors next to the fields), nothing written.
  opDossier('POST', '/crisiskaart/afspraken', deur(alleenEigenaar, 400), {
    form: () => ({}),
    deur: { eigenaar: 1 },
  }),
  {
    method: 'POST',
    url: '/dossiers/:dossierId/crisiskaart/afspraken/:afspraakId/verwijderen',
    path: (c) => dossier(c, `/crisiskaart/afspraken/${GEEN_ID}/verwijderen`),
    expect: deur(alleenEigenaar, 404),
    deur: { eigenaar: 1 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/crisiskaart/afspraken/:afspraakId/antwoord',
    path: (c) => dossier(c, `/crisiskaart/afspraken/${GEEN_ID}/antwoord`),
    form: () => ({ antwoord: 'ja' }),
    expect: deur(metNiveau('lezen'), 404),
    deur: { eigenaar: 1 },
  },
  // The one-time link: the link is the key, no login; a token that names nothing is a 404 for anyone.
  {
    method: 'GET',
    url: '/crisiskaart/afspraak/:token',
    eenmaal: true,
    path: () => '/crisiskaart/afspraak/bestaat-niet-bestaat-niet-bestaat-niet',
    expect: () => 404,
  },
  {
    method: 'POST',
    url: '/crisiskaart/afspraak/:token',
    eenmaal: true,
    path: () => '/crisiskaart/afspraak/bestaat-niet-bestaat-niet-bestaat-niet',
    form: () => ({ antwoord: 'ja' }),
    expect: () => 404,
  },
  // The printable card (ID-1 PDF): whoever may read the card, as an export (so the owner's own
  // download is logged too); not under emergency access (403). No card in the matrix: 404 past the door.
  opDossier('GET', '/crisiskaart/kaartje.pdf', deur(metNiveau('lezen'), 404), { deur: { eigenaar: 1 } }),
  // Emergency access from the QR code on a printed card: the record is in the form, the reason
  // asked; a record that is not there is a 404 next to the reason (one attempt per professional).
  {
    method: 'POST',
    url: '/noodtoegang',
    variant: 'via de QR-code',
    eenmaal: true,
    path: () => '/noodtoegang',
    form: () => ({ dossier: GEEN_ID, reden: 'een test van de matrix' }),
    expect: rol(PROFESSIONALS, 404),
  },
  // Waakvlam (src/waakvlam): reading needs `lezen` (what is shown depends on whom she chose);
  // the plan and scaling down are the owner's alone. The check-in link needs no login: the link
  // is the key, so a made-up one is a 404 for everyone and opens nothing (no audit entry).
  opDossier(
    'GET',
    '/secties/waakvlam',
    ingelogd((c) => naar(dossier(c, '/waakvlam'))),
  ),
  opDossier('GET', '/waakvlam', deur(metNiveau('lezen'), 200), { deur: { eigenaar: 0 } }),
  opDossier('GET', '/waakvlam/plan', deur(alleenEigenaar, 200), { deur: { eigenaar: 0 } }),
  // No let-op signals: 400 for the owner, nothing written.
  opDossier('POST', '/waakvlam/plan', deur(alleenEigenaar, 400), {
    form: () => ({ versie: '0', interval_dagen: '7', afschaal_na: '3' }),
    deur: { eigenaar: 1 },
  }),
  // No plan to scale down: 409 for the owner, nothing written.
  opDossier('POST', '/waakvlam/afschalen', deur(alleenEigenaar, 409), {
    form: () => ({ intensiteit: '2' }),
    deur: { eigenaar: 1 },
  }),
  ...(['GET', 'POST'] as const).map(
    (method): Row => ({
      method,
      url: '/waakvlam/checkin/:dossierId/:token',
      path: (c) => `/waakvlam/checkin/${c.dossierId}/${'x'.repeat(43)}`,
      form: () => ({ algemeen: 'goed' }),
      expect: () => 404,
    }),
  ),
  // The check-in in the app: the owner's alone; no plan in the matrix, so 404 past the door (logged).
  opDossier('GET', '/waakvlam/checkin', deur(alleenEigenaar, 404), { deur: { eigenaar: 1 } }),
  opDossier('POST', '/waakvlam/checkin', deur(alleenEigenaar, 404), {
    form: () => ({ algemeen: 'goed' }),
    deur: { eigenaar: 1 },
  }),
  // Mijn plan (src/plan): reading needs `lezen`; a goal or action needs `voorstellen` (it becomes
  // a proposal) or `bewerken` (it takes effect); a progress note needs `reageren`; deciding a
  // proposal is the owner's, or her legal representative's with `bewerken` (a grantee with
  // `bewerken` by invitation passes the door and is refused by the use case: 403); choosing the
  // regievoerder is the owner's alone.
  opDossier(
    'GET',
    '/secties/plan',
    ingelogd((c) => naar(dossier(c, '/plan'))),
  ),
  opDossier('GET', '/plan', deur(metNiveau('lezen'), 200), { deur: { eigenaar: 0 } }),
  // The plan as a PDF: the same reading, the same door.
  opDossier('GET', '/plan.pdf', deur(metNiveau('lezen'), 200), { deur: { eigenaar: 0 } }),
  opDossier('GET', '/plan/doelen/nieuw', deur(metNiveau('voorstellen'), 200), { deur: { eigenaar: 0 } }),
  opDossier(
    'POST',
    '/plan/doelen/nieuw',
    deur(metNiveau('voorstellen'), (c, actor) =>
      naar(
        dossier(
          c,
          actor === 'eigenaar' || levelOf(actor) === 'bewerken'
            ? '/plan?melding=bewaard'
            : '/plan?melding=voorgesteld',
        ),
      ),
    ),
    {
      form: () => ({ versie: '0', tekst: 'Matrixdoel', levensgebieden: 'wonen' }),
      deur: { eigenaar: 1 },
    },
  ),
  {
    method: 'GET',
    url: '/dossiers/:dossierId/plan/doelen/:doelId',
    path: (c) => dossier(c, `/plan/doelen/${c.planDoelId}`),
    expect: deur(metNiveau('voorstellen'), 200),
    deur: { eigenaar: 0 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/plan/doelen/:doelId',
    path: (c) => dossier(c, `/plan/doelen/${c.planDoelId}`),
    // A version from the past: 409 for everyone who may change or propose, nothing written.
    form: () => ({ versie: '999', tekst: 'Matrixdoel', levensgebieden: 'wonen' }),
    expect: deur(metNiveau('voorstellen'), 409),
    deur: { eigenaar: 1 },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/plan/doelen/:doelId/acties/nieuw',
    path: (c) => dossier(c, `/plan/doelen/${c.planDoelId}/acties/nieuw`),
    expect: deur(metNiveau('voorstellen'), 200),
    deur: { eigenaar: 0 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/plan/doelen/:doelId/acties/nieuw',
    path: (c) => dossier(c, `/plan/doelen/${c.planDoelId}/acties/nieuw`),
    // A doer outside the list: 400 for everyone who may change or propose, nothing written.
    form: () => ({ versie: '0', wat: 'Matrixactie', doener: 'iemand' }),
    expect: deur(metNiveau('voorstellen'), 400),
    deur: { eigenaar: 1 },
  },
  {
    method: 'GET',
    url: '/dossiers/:dossierId/plan/acties/:actieId',
    path: (c) => dossier(c, `/plan/acties/${c.planActieId}`),
    expect: deur(metNiveau('voorstellen'), 200),
    deur: { eigenaar: 0 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/plan/acties/:actieId',
    path: (c) => dossier(c, `/plan/acties/${c.planActieId}`),
    form: () => ({ versie: '999', wat: 'Matrixactie', doener: 'ikzelf' }),
    expect: deur(metNiveau('voorstellen'), 409),
    deur: { eigenaar: 1 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/plan/acties/:actieId/notities',
    path: (c) => dossier(c, `/plan/acties/${c.planActieId}/notities`),
    form: () => ({ tekst: 'Matrixnotitie' }),
    expect: deur(metNiveau('reageren'), (c) => naar(dossier(c, '/plan?melding=notitie'))),
    deur: { eigenaar: 1 },
  },
  {
    method: 'POST',
    url: '/dossiers/:dossierId/plan/voorstellen/:voorstelId',
    path: (c) => dossier(c, `/plan/voorstellen/${c.planVoorstelId}`),
    // An answer outside the choices: 400 for whoever may decide (the proposal stays open for the next cell).
    form: () => ({ besluit: 'misschien' }),
    expect: (actor, state) =>
      actor === 'anoniem'
        ? 401
        : actor === 'eigenaar' || (state === 'vertegenwoordiger' && levelOf(actor) === 'bewerken')
          ? 400
          : 403,
    deur: { eigenaar: 1 },
  },
  opDossier(
    'POST',
    '/plan/regievoerder',
    deur(alleenEigenaar, (c) => naar(dossier(c, '/plan?melding=regievoerder'))),
    // Versie 1: the plan's row exists since the owner added a goal (row above); "nobody yet".
    { form: () => ({ account_id: '', versie: '1' }), deur: { eigenaar: 1 } },
  ),
  // Huishouden (src/plan/huishouden.ts): linking her record to a housemate's is hers alone, by
  // the door for her record. A code nobody made is a 400 next to the field (nothing written);
  // stopping without a link writes nothing but the attempt.
  opDossier('GET', '/plan/huishouden', deur(alleenEigenaar, 200), { deur: { eigenaar: 0 } }),
  opDossier('POST', '/plan/huishouden/code', deur(alleenEigenaar, 200), {
    form: () => ({}),
    deur: { eigenaar: 1 },
  }),
  opDossier('POST', '/plan/huishouden/koppelen', deur(alleenEigenaar, 400), {
    form: () => ({ code: 'ABCD-EFGH-JKMN', akkoord: '1' }),
    deur: { eigenaar: 1 },
  }),
  opDossier(
    'POST',
    '/plan/huishouden/stoppen',
    deur(alleenEigenaar, (c) => naar(dossier(c, '/plan/huishouden?melding=gestopt'))),
    { form: () => ({}), deur: { eigenaar: 1 } },
  ),
  // Mijn plan for machines (src/plan/api.ts): the same door as the pages. Reading needs `lezen`;
  // a change needs `voorstellen` and If-Match: a version from the past is a 412 for everyone
  // who passes the door (nothing written); without If-Match it is a 428 before the door (no
  // access to the record, so nothing to log).
  ...(['', '/doelen/:doelId', '/acties/:actieId'] as const).map(
    (rest): Row => ({
      method: 'GET',
      url: `/api/dossiers/:dossierId/plan${rest}`,
      path: (c) =>
        `/api/dossiers/${c.dossierId}/plan${rest.replace(':doelId', c.planDoelId).replace(':actieId', c.planActieId)}`,
      expect: deur(metNiveau('lezen'), 200),
      deur: { eigenaar: 0 },
    }),
  ),
  ...(
    [
      ['/doelen/:doelId', { tekst: 'Matrixdoel', levensgebieden: ['wonen'] }],
      ['/acties/:actieId', { wat: 'Matrixactie', doener: 'ikzelf' }],
    ] as const
  ).flatMap(([rest, body]): Row[] => {
    const path = (c: Ctx) =>
      `/api/dossiers/${c.dossierId}/plan${rest.replace(':doelId', c.planDoelId).replace(':actieId', c.planActieId)}`;
    const url = `/api/dossiers/:dossierId/plan${rest}`;
    return [
      {
        method: 'PUT',
        url,
        path,
        json: { body, headers: { 'if-match': '"999"' } },
        expect: deur(metNiveau('voorstellen'), 412),
        deur: { eigenaar: 1 },
      },
      {
        method: 'PUT',
        url,
        variant: 'zonder If-Match',
        path,
        json: { body, headers: {} },
        expect: (actor) => (actor === 'anoniem' ? 401 : 428),
      },
    ];
  }),
  // Adding through the API: a goal or an action made by the owner or `bewerken` is there at once
  // (201), with `voorstellen` it is a proposal (202); a progress note needs `reageren` (201);
  // deciding is the owner's or her legal representative's with `bewerken` (an answer outside the
  // choices: 400, the proposal stays open for the next cell; a grantee with `bewerken` by
  // invitation passes the door and is refused by the use case: 403). No If-Match: nothing to have read.
  ...(
    [
      ['/doelen', { tekst: 'Matrixdoel via API', levensgebieden: ['wonen'] }, 'voorstellen'],
      ['/doelen/:doelId/acties', { wat: 'Matrixactie via API', doener: 'ikzelf' }, 'voorstellen'],
      ['/acties/:actieId/notities', { tekst: 'Matrixnotitie via API' }, 'reageren'],
    ] as const
  ).map(
    ([rest, body, nodig]): Row => ({
      method: 'POST',
      url: `/api/dossiers/:dossierId/plan${rest}`,
      path: (c) =>
        `/api/dossiers/${c.dossierId}/plan${rest.replace(':doelId', c.planDoelId).replace(':actieId', c.planActieId)}`,
      json: { body, headers: {} },
      expect: deur(metNiveau(nodig), (_c, actor) =>
        nodig === 'reageren' || actor === 'eigenaar' || levelOf(actor) === 'bewerken' ? 201 : 202,
      ),
      deur: { eigenaar: 1 },
    }),
  ),
  {
    method: 'POST',
    url: '/api/dossiers/:dossierId/plan/voorstellen/:voorstelId',
    path: (c) => `/api/dossiers/${c.dossierId}/plan/voorstellen/${c.planVoorstelId}`,
    json: { body: { besluit: 'misschien' }, headers: {} },
    expect: (actor, state) =>
      actor === 'anoniem'
        ? 401
        : actor === 'eigenaar' || (state === 'vertegenwoordiger' && levelOf(actor) === 'bewerken')
          ? 400
          : 403,
    deur: { eigenaar: 1 },
  },
  // Monitor (src/monitor): her choice to count is hers alone (a bad form is a 400, nothing
  // written); the report shows sums only and is for the analist and the beheerder.
  opDossier(
    'GET',
    '/secties/meetellen',
    ingelogd((c) => naar(dossier(c, '/meetellen'))),
  ),
  opDossier('GET', '/meetellen', deur(alleenEigenaar, 200), { deur: { eigenaar: 0 } }),
  opDossier('POST', '/meetellen', deur(alleenEigenaar, 400), {
    form: () => ({ actie: 'meedoen', versie: '0', geboortejaren: '1975', geslacht: 'vrouw' }),
    deur: { eigenaar: 0 },
  }),
  {
    method: 'GET',
    url: '/monitor',
    eenmaal: true,
    path: () => '/monitor',
    expect: rol(['analist', 'beheerder'], 200),
  },
  {
    method: 'GET',
    url: '/monitor/rapport.csv',
    eenmaal: true,
    path: () => '/monitor/rapport.csv',
    expect: rol(['analist', 'beheerder'], 200),
  },
  // Samen (src/samen): her part, proposals and answers are hers alone (a proposal that is not
  // hers is a 404 inside the door, nothing written); the coordinator's pages are for a
  // professional marked as coordinator, who sees matching data but no record (rows above).
  opDossier(
    'GET',
    '/secties/samen',
    ingelogd((c) => naar(dossier(c, '/samen'))),
  ),
  opDossier('GET', '/samen', deur(alleenEigenaar, 200), { deur: { eigenaar: 0 } }),
  opDossier('POST', '/samen', deur(alleenEigenaar, 400), {
    form: () => ({ versie: '0' }),
    deur: { eigenaar: 0 },
  }),
  // Her choice for her netwerkkaart (decision 050): hers alone; she has no part in Samen here, so
  // there is nothing to show on her map yet → 409 inside the door, nothing written.
  opDossier('POST', '/samen/netwerkkaart', deur(alleenEigenaar, 409), {
    form: () => ({ keuze: 'ja' }),
    deur: { eigenaar: 1 },
  }),
  ...(
    [
      ['', { keuze: 'ja' }],
      ['/gebeurd', {}],
      ['/veilig', { lid: '1', reden: '' }],
    ] as const
  ).map(
    ([rest, form]): Row => ({
      method: 'POST',
      url: `/dossiers/:dossierId/samen/voorstellen/:voorstelId${rest}`,
      path: (c) => dossier(c, `/samen/voorstellen/${GEEN_ID}${rest}`),
      form: () => ({ ...form }),
      expect: deur(alleenEigenaar, 404),
      deur: { eigenaar: 1 },
    }),
  ),
  ...(
    [
      ['GET', '/samen/coordinatie', '/samen/coordinatie', 200],
      [
        'POST',
        '/samen/coordinatie/ronde',
        '/samen/coordinatie/ronde',
        naar('/samen/coordinatie?deelnemers=0&voorstellen=0&geholpen=0'),
      ],
      ['POST', '/samen/coordinatie/meldingen/:meldingId', `/samen/coordinatie/meldingen/${GEEN_ID}`, 404],
      ['POST', '/samen/coordinatie/pauze/:dossierId', `/samen/coordinatie/pauze/${GEEN_ID}`, 404],
      ['GET', '/samen/coordinatie/controle', '/samen/coordinatie/controle', 200],
      ['POST', '/samen/coordinatie/controle/:dossierId', `/samen/coordinatie/controle/${GEEN_ID}`, 404],
      // Sign-ups of neighbours without a record (decision 048): an id that matches nothing → 404;
      // the invitation with a bad kind and no address → 400 next to the fields, nothing written.
      ['GET', '/samen/coordinatie/aanmeldingen', '/samen/coordinatie/aanmeldingen', 200],
      ['POST', '/samen/coordinatie/aanmeldingen/:id', `/samen/coordinatie/aanmeldingen/${GEEN_ID}`, 404],
      ['POST', '/samen/coordinatie/uitnodigen', '/samen/coordinatie/uitnodigen', 400],
    ] as const
  ).map(
    ([method, url, pad, ok]): Row => ({
      method,
      url,
      eenmaal: true,
      path: () => pad,
      form: () => ({ pauzeer: 'ja', soort: 'identiteit', keuze: 'ja' }),
      expect: rol(['professional-zonder-toegang'], ok),
    }),
  ),
  // Signing up for Samen without an account (decision 048): public, the same for everyone; an
  // incomplete form → 400 next to the fields, nothing written.
  {
    method: 'POST',
    url: '/samen/aanmelden',
    eenmaal: true,
    path: () => '/samen/aanmelden',
    form: () => ({ voornaam: 'Matrix', email: 'matrix@example.test' }),
    expect: () => 400,
  },
  // Samen groups (src/samen/groepen): her groups are hers alone (a group that is not hers is a 404
  // inside the door, nothing written); the coordinator's groups page shows first names and answers,
  // never a record. A leader who is no professional of the gemeente → 400, nothing written.
  opDossier('GET', '/samen/groepen', deur(alleenEigenaar, 200), { deur: { eigenaar: 0 } }),
  ...(
    [
      ['', { keuze: 'ja' }],
      ['/veilig', { lid: '1', reden: '' }],
    ] as const
  ).map(
    ([rest, form]): Row => ({
      method: 'POST',
      url: `/dossiers/:dossierId/samen/groepen/:groepId${rest}`,
      path: (c) => dossier(c, `/samen/groepen/${GEEN_ID}${rest}`),
      form: () => ({ ...form }),
      expect: deur(alleenEigenaar, 404),
      deur: { eigenaar: 1 },
    }),
  ),
  ...(
    [
      ['GET', '/samen/groepen', '/samen/groepen', 200, {}],
      [
        'POST',
        '/samen/groepen/voorstellen',
        '/samen/groepen/voorstellen',
        400,
        { soort: 'lotgenoten', thema: 'gezelschap', leider: GEEN_ID },
      ],
      [
        'POST',
        '/samen/groepen/:groepId/leden/:dossierId',
        `/samen/groepen/${GEEN_ID}/leden/${GEEN_ID}`,
        404,
        { pauzeer: 'ja' },
      ],
      [
        'POST',
        '/samen/groepen/:groepId/plek',
        `/samen/groepen/${GEEN_ID}/plek`,
        404,
        { plek: 'x', versie: '1' },
      ],
      // Marking an ervaringsdeskundige: someone who is no professional of the gemeente → 404.
      [
        'POST',
        '/samen/groepen/ervaringsdeskundigen/:accountId',
        `/samen/groepen/ervaringsdeskundigen/${GEEN_ID}`,
        404,
        { ja: 'ja' },
      ],
    ] as const
  ).map(
    ([method, url, pad, ok, form]): Row => ({
      method,
      url,
      eenmaal: true,
      path: () => pad,
      form: () => ({ ...form }),
      expect: rol(['professional-zonder-toegang'], ok),
    }),
  ),
  // Which records "Mijn overzicht" lists per state is checked by count in its own test below.
  {
    method: 'GET',
    url: '/mijn-overzicht',
    eenmaal: true,
    path: () => '/mijn-overzicht',
    expect: ingelogd(200),
  },
  { method: 'GET', url: '/mijn-sessies', eenmaal: true, path: () => '/mijn-sessies', expect: ingelogd(200) },
  // One's own record by a short path: a resident is sent to hers (the one of another gemeente to
  // her own there); no one else has one. Reading it makes nothing (issue 16, item 5).
  ...(
    [
      ['/mijn-gegevens', ''],
      ['/wie-kan-wat-zien', '/toegang'],
      ['/mijn-logboek', '/logboek'],
      ['/mijn-netwerk', '/netwerk'],
      ['/mijn-plan', '/plan'],
      ['/mijn-crisiskaart', '/crisiskaart'],
      ['/mijn-waakvlam', '/waakvlam'],
      ['/mijn-meetellen', '/meetellen'],
      ['/mijn-samen', '/samen'],
    ] as const
  ).map(
    ([pad, doel]): Row => ({
      method: 'GET',
      url: pad,
      path: () => pad,
      // A neighbour without a resident's record (decision 048) has Samen of her own light record only.
      expect: (actor, state, c) =>
        actor === 'buur' && pad === '/mijn-samen'
          ? naar(`/dossiers/${buurDossierId}/samen`)
          : eigen((dossierId) => naar(`/dossiers/${dossierId}${doel}`))(actor, state, c),
    }),
  ),
  // Starting one's record when it was not made with the account: a resident's own only.
  {
    method: 'POST',
    url: '/mijn-gegevens',
    eenmaal: true,
    path: () => '/mijn-gegevens',
    expect: eigen(() => naar('/mijn-gegevens')),
  },
  // Login, password reset and set-password: the same answer for everyone, whoever asks.
  {
    method: 'GET',
    url: '/inloggen',
    eenmaal: true,
    path: () => '/inloggen',
    expect: (actor) => (actor === 'anoniem' ? 200 : naar('/mijn-overzicht')),
  },
  {
    method: 'POST',
    url: '/inloggen',
    eenmaal: true,
    path: () => '/inloggen',
    // A wrong password (one failure per account, far under the limits): refused, nobody logged in.
    form: (_c, actor) => ({ email: `${actor}@example.test`, wachtwoord: 'niet het wachtwoord' }),
    expect: () => 401,
  },
  {
    method: 'GET',
    url: '/wachtwoord-vergeten',
    eenmaal: true,
    path: () => '/wachtwoord-vergeten',
    expect: () => 200,
  },
  {
    method: 'POST',
    url: '/wachtwoord-vergeten',
    eenmaal: true,
    path: () => '/wachtwoord-vergeten',
    // The same page whether the address is known or not.
    form: () => ({ email: 'niemand@example.test' }),
    expect: () => 200,
  },
  {
    method: 'GET',
    url: '/wachtwoord-instellen/:token',
    eenmaal: true,
    path: () => `/wachtwoord-instellen/${'x'.repeat(43)}`,
    expect: () => 410,
  },
  {
    method: 'POST',
    url: '/wachtwoord-instellen/:token',
    eenmaal: true,
    path: () => `/wachtwoord-instellen/${'x'.repeat(43)}`,
    form: () => ({ wachtwoord: PASSWORD, herhaal: PASSWORD }),
    expect: () => 410,
  },
  // The sociale kaart's beheer: organisations' contacts are personal data; the beheerder's only.
  ...SOCIALE_KAART_BEHEER,
  {
    method: 'POST',
    url: '/mijn-sessies/:id/beeindigen',
    eenmaal: true,
    // Another session of the owner's: she ends it; for anyone else the id matches nothing of theirs.
    path: (c) => `/mijn-sessies/${c.sessieId}/beeindigen`,
    expect: ingelogd((_c, actor) => (actor === 'eigenaar' ? naar('/mijn-sessies?beeindigd') : 404)),
  },
  ...MONITOR_PANEL,
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
    expect(raaktPersoonsgegevens('/mijn-logboek', undefined)).toBe(true);
    expect(raaktPersoonsgegevens('/beheer/sociale-kaart/:id', undefined)).toBe(true);
    expect(raaktPersoonsgegevens('/inloggen', { persoonsgegevens: true })).toBe(true);
    expect(() => raaktPersoonsgegevens('/dossiers/x', { persoonsgegevens: true, openbaar: true })).toThrow();
  });
});

describe.each(ENGINES)('access matrix on %s', (engine) => {
  let t: TestApp;
  const clients = new Map<Actor, BrowserClient>();
  const owners = new Map<State, BrowserClient>();
  const residents = new Map<State, Ctx>();
  const accountIds = new Map<Actor, string>();
  let gemeenteId: string;
  const clientOf = (actor: Actor, state: State) =>
    (actor === 'eigenaar' ? owners.get(state) : clients.get(actor)) as BrowserClient;

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
      now: t.clock.now(),
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
    // Samen: this professional coordinates (src/samen): matching data, never a record.
    await zetCoordinator(db, gemeente.id, accountIds.get('professional-zonder-toegang') as string);
    await account('andere-gemeente', 'inwoner', { gemeenteId: elders.id });
    await account('beheerder', 'beheerder');
    andereGemeenteDossierId = await dossierVanInwoner(
      db,
      elders.id,
      accountIds.get('andere-gemeente') as string,
    );
    await account('analist', 'analist');
    // A Samen neighbour without a resident's record (decision 048): she holds a live grant at the
    // highest level in the grantees' states (below), and the door still opens nothing of another's.
    buurDossierId = await createSamenBuur(db, {
      gemeenteId: gemeente.id,
      naam: 'buur',
      email: 'buur@example.test',
      soort: 'buurtbewoner',
      op: t.clock.now(),
      password: PASSWORD,
    });
    accountIds.set(
      'buur',
      (
        await db
          .selectFrom('dossier')
          .select('inwoner_account_id')
          .where('id', '=', buurDossierId)
          .executeTakeFirstOrThrow()
      ).inwoner_account_id,
    );
    await account('panelmedewerker', 'panelmedewerker');
    const controle = await createAccountWithPassword(db, {
      gemeenteId: gemeente.id,
      naam: 'Controle',
      email: 'controle@example.test',
      rol: 'naaste',
      password: PASSWORD,
    });
    for (const actor of ACTORS) {
      if (actor === 'eigenaar') continue;
      const client = new BrowserClient(t.app, {
        host: actor === 'andere-gemeente' ? 'elders.test' : 'matrix.test',
      });
      if (actor === 'anoniem') await client.get('/inloggen');
      else expect((await client.login(`${actor}@example.test`, PASSWORD)).statusCode).toBe(303);
      clients.set(actor, client);
    }
    const beheerder = clients.get('beheerder') as BrowserClient;
    const eenJaar = new Date(t.clock.now().getTime() + 365 * 24 * 60 * 60_000).toISOString().slice(0, 10);

    // One resident per grant state, each the "eigenaar" in its own rows.
    for (const state of STATES) {
      const email = `inwoner-${state}@example.test`;
      const owner = await createAccountWithPassword(db, {
        gemeenteId: gemeente.id,
        naam: `Inwoner ${state}`,
        email,
        rol: 'inwoner',
        password: PASSWORD,
      });
      const dossierId = await dossierVanInwoner(db, gemeente.id, owner.id);
      const controleToegangId = await createToegang(db, {
        gemeenteId: gemeente.id,
        dossierId,
        granteeAccountId: controle.id,
        createdBy: owner.id,
        eindigtOp: null,
        niveaus: { plan: 'lezen' },
      });
      const now = t.clock.now();
      const granteeToegangIds = new Map<Actor, string>();
      for (const grantee of GRANTEES) {
        const level = levelOf(grantee) as Niveau;
        if (state === 'vertegenwoordiger') {
          // Entered by the beheerder, the way it really happens.
          await beheerder.get('/beheer/vertegenwoordiging');
          const response = await beheerder.post('/beheer/vertegenwoordiging', {
            inwoner: email,
            vertegenwoordiger: `${grantee}@example.test`,
            grondslag: PROFESSIONALS.includes(grantee) ? 'bewindvoering' : 'mentorschap',
            kenmerk: `C/99/${grantee}`,
            eindigt_op: eenJaar,
            ...Object.fromEntries(SECTIES.map((s) => [`niveau.${s}`, level])),
          });
          expect(answerOf(response), grantee).toBe('303 /beheer/vertegenwoordiging?opgeslagen');
        } else if (state !== 'geen' && state !== 'noodtoegang') {
          const toegangId = await createToegang(db, {
            gemeenteId: gemeente.id,
            dossierId,
            granteeAccountId: accountIds.get(grantee) as string,
            createdBy: owner.id,
            eindigtOp: state === 'verlopen' ? new Date(now.getTime() - 60_000) : null,
            niveaus: Object.fromEntries(SECTIES.map((s) => [s, level])),
          });
          granteeToegangIds.set(grantee, toegangId);
          if (state === 'ingetrokken')
            await db
              .updateTable('toegang')
              .set({ ingetrokken_op: now })
              .where('id', '=', toegangId)
              .execute();
        }
      }
      if (state !== 'geen' && state !== 'noodtoegang') {
        const toegangId = await createToegang(db, {
          gemeenteId: gemeente.id,
          dossierId,
          granteeAccountId: accountIds.get('buur') as string,
          createdBy: owner.id,
          eindigtOp: state === 'verlopen' ? new Date(now.getTime() - 60_000) : null,
          niveaus: Object.fromEntries([...SECTIES, 'samen'].map((s) => [s, 'bewerken'])),
        });
        if (state === 'ingetrokken')
          await db.updateTable('toegang').set({ ingetrokken_op: now }).where('id', '=', toegangId).execute();
      }
      // Emergency access runs an hour: opened 5 minutes ago it is live, 61 minutes ago it has ended.
      if (state === 'noodtoegang' || state === 'verlopen')
        for (const professional of PROFESSIONALS)
          await createNoodtoegang(db, {
            gemeenteId: gemeente.id,
            dossierId,
            professionalId: accountIds.get(professional) as string,
            reden: 'Acuut: de matrix test een noodgeval',
            geopendOp: new Date(now.getTime() - (state === 'noodtoegang' ? 5 : 61) * 60_000),
          });

      // An open invitation to someone else, and a second session of the owner's, for the rows that need ids.
      const ownerClient = new BrowserClient(t.app, { host: 'matrix.test' });
      await ownerClient.login(email, PASSWORD);
      await ownerClient.get(`/dossiers/${dossierId}/toegang`);
      await ownerClient.post(`/dossiers/${dossierId}/toegang/uitnodigen`, {
        email: `gast-${state}@example.test`,
        rol: 'naaste',
        'niveau.plan': 'lezen',
      });
      const mail = (await t.readOutbox()).map(mailText).find((m) => m.includes(`gast-${state}@example.test`));
      const token = /uitnodiging\/([A-Za-z0-9_-]{43})/.exec(mail ?? '')?.[1] as string;
      expect(token, `invitation mail for ${state}`).toBeDefined();
      const uitnodiging = await db
        .selectFrom('uitnodiging')
        .select('id')
        .where('email', '=', `gast-${state}@example.test`)
        .executeTakeFirstOrThrow();
      const eerste = await db
        .selectFrom('session')
        .select('id')
        .where('account_id', '=', owner.id)
        .executeTakeFirstOrThrow();
      await new BrowserClient(t.app, { host: 'matrix.test' }).login(email, PASSWORD);
      const tweede = await db
        .selectFrom('session')
        .select('id')
        .where('account_id', '=', owner.id)
        .where('id', '!=', eerste.id)
        .executeTakeFirstOrThrow();
      const ronde = (vragenlijst: 'eigen-regie' | 'positieve-gezondheid') =>
        createVragenlijstRonde(db, {
          gemeenteId: gemeente.id,
          dossierId,
          vragenlijst,
          accountId: owner.id,
          rol: 'inwoner',
          op: now,
          toelichting: '',
          antwoorden: vragenlijst === 'eigen-regie' ? { kracht: { score: 3 } } : { meedoen: { score: 7 } },
        });
      const netwerkPersoonId = await createNetwerkPersoon(db, {
        gemeenteId: gemeente.id,
        dossierId,
        persoon: persoon({ naam: 'Matrixvriend', relatie: 'vriend', cirkel: 'dichtbij' }),
        op: now,
      });
      const netwerkVoorstelId = await createNetwerkVoorstel(db, {
        gemeenteId: gemeente.id,
        dossierId,
        auteurId: controle.id,
        persoon: persoon({ naam: 'Voorgesteld', relatie: 'kennis', cirkel: 'verder-weg' }),
        op: now,
      });
      const planDoelId = await createPlanDoel(db, {
        gemeenteId: gemeente.id,
        dossierId,
        doel: planDoel({ tekst: 'Matrixdoel', levensgebieden: ['wonen'] }),
        op: now,
      });
      const planActieId = await createPlanActie(db, {
        gemeenteId: gemeente.id,
        dossierId,
        doelId: planDoelId,
        actie: planActie({ wat: 'Matrixactie' }),
        op: now,
      });
      const planVoorstelId = await createPlanVoorstel(db, {
        gemeenteId: gemeente.id,
        dossierId,
        auteurId: controle.id,
        doelId: planDoelId,
        actie: planActie({ wat: 'Voorgestelde actie' }),
        op: now,
      });
      const gesprekId = await createGesprek(db, {
        gemeenteId: gemeente.id,
        dossierId,
        gemeldOp: '2026-01-05',
        gemeldDoor: owner.id,
        // Handed in already, so marking it again writes nothing in any cell.
        planIngediendOp: '2026-01-08',
        op: now,
      });
      residents.set(state, {
        gesprekId,
        planDoelId,
        planActieId,
        planVoorstelId,
        netwerkPersoonId,
        netwerkVoorstelId,
        regieRondeId: await ronde('eigen-regie'),
        pgRondeId: await ronde('positieve-gezondheid'),
        dossierId,
        controleToegangId,
        uitnodigingId: uitnodiging.id,
        sessieId: tweede.id,
        accountId: owner.id,
        token,
        granteeToegangIds,
      });
      owners.set(state, ownerClient);
    }
  }, 600_000);
  afterAll(async () => t.close());

  it('has a row for every route that touches personal data, and no row for a route that does not exist', () => {
    const marked = t.app.routeTable.filter((r) => r.persoonsgegevens).map((r) => `${r.method} ${r.url}`);
    const rows = [...new Set(ROWS.map((r) => `${r.method} ${r.url}`))];
    expect(marked.length).toBeGreaterThanOrEqual(40);
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

  it('answers every cell exactly as the table says, with an audit entry for every access through the door', async () => {
    const db = t.database.db;
    const auditCount = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from audit_event`.execute(db)).rows[0]?.n ?? 0;
    let cells = 0;
    const unexpected: string[] = [];
    // The count after the previous cell, while nothing but door cells ran since (saves a query per cell).
    let known: number | undefined;
    for (const state of STATES) {
      const c = residents.get(state) as Ctx;
      known = undefined;
      if (state === 'ingetrokken-tijdens-sessie') {
        // Each grantee reads the record in their live session; then the resident revokes every
        // grant. The cells below are the grantees' next requests, in the same sessions.
        for (const grantee of GRANTEES)
          expect(answerOf(await clientOf(grantee, state).get(dossier(c))), grantee).toBe('200');
        const owner = clientOf('eigenaar', state);
        for (const toegangId of c.granteeToegangIds.values()) {
          await owner.get(dossier(c, '/toegang'));
          expect(answerOf(await owner.post(`${dossier(c)}/toegang/${toegangId}/intrekken`, {}))).toBe(
            `303 ${dossier(c, '/toegang?melding=ingetrokken')}`,
          );
        }
      }
      for (const row of ROWS) {
        if (row.eenmaal && state !== STATES[0]) continue;
        for (const actor of ACTORS) {
          const client = clientOf(actor, state);
          const before = row.deur ? (known ?? (await auditCount())) : 0;
          if (row.cookie) client.cookies.set(...row.cookie);
          const response =
            row.method === 'GET'
              ? await client.get(row.path(c))
              : row.json
                ? await client.post(
                    row.path(c),
                    {},
                    {
                      method: row.method,
                      payload: JSON.stringify(row.json?.body ?? {}),
                      headers: { 'content-type': 'application/json', ...row.json?.headers },
                    },
                  )
                : await client.post(row.path(c), row.form?.(c, actor) ?? {});
          if (row.cookie) client.cookies.delete(row.cookie[0]);
          cells++;
          const expected = String(row.expect(actor, state, c));
          const actual = answerOf(response);
          const label = `${row.method} ${row.url}${row.variant ? ` (${row.variant})` : ''} as ${actor} (${state})`;
          if (actual !== expected) unexpected.push(`${label}: ${actual}, expected ${expected}`);
          known = undefined;
          if (row.deur) {
            known = await auditCount();
            const delta = known - before;
            const wanted = actor === 'anoniem' ? 0 : actor === 'eigenaar' ? row.deur.eigenaar : 1;
            if (delta !== wanted) unexpected.push(`${label}: ${delta} audit entries, expected ${wanted}`);
          }
        }
      }
    }
    expect(unexpected).toEqual([]);
    const eenmaal = ROWS.filter((row) => row.eenmaal).length;
    expect(cells).toBe((STATES.length * (ROWS.length - eenmaal) + eenmaal) * ACTORS.length);
    // Thousands of requests (rows × actors × grant states) on two busy cores: more than the default
    // 30 s, and on the shared machine more than 10 minutes.
  }, 1_800_000);

  it('shows on no monitor breakdown a count below the minimum, for everyone who may see one', async () => {
    // The demo's example peiling (seed 000's 125 fictional respondents) in the matrix gemeente.
    await seedDemoPanel(t.database.db, gemeenteId);
    const analist = clients.get('analist') as BrowserClient;
    await analist.get('/panel/peilingen');
    const id = /\/panel\/peilingen\/([0-9a-f-]{36})/.exec(analist.lastHtml)?.[1] as string;
    const getallen = (tekst: string) =>
      [...tekst.matchAll(/<td class="utrecht-table__cell">(\d+)/g)].map((m) => Number(m[1]));
    for (const actor of ['analist', 'beheerder'] as const) {
      const client = clients.get(actor) as BrowserClient;
      for (const naar of ['geslacht', 'leeftijd', 'geslacht-leeftijd', 'gebied']) {
        const pagina = await client.get(`/panel/peilingen/${id}/uitsplitsing?naar=${naar}`);
        expect(pagina.statusCode, `${actor} ${naar}`).toBe(200);
        for (const n of getallen(pagina.body)) expect(n, `${actor} ${naar}`).toBeGreaterThanOrEqual(10);
        const csv = await client.get(`/panel/peilingen/${id}/uitsplitsing.csv?naar=${naar}`);
        if (csv.statusCode === 200)
          for (const regel of csv.body
            .split('\n')
            .slice(1)
            .filter((r) => r !== '')) {
            const [aantal, , n] = regel.split(',').slice(-3);
            for (const x of [aantal, n]) if (x !== '') expect(Number(x), regel).toBeGreaterThanOrEqual(10);
          }
        else expect(csv.statusCode, `${actor} ${naar}`).toBe(400);
      }
    }
    // Nobody else sees a breakdown at all.
    for (const actor of ACTORS.filter((a) => a !== 'analist' && a !== 'beheerder' && a !== 'eigenaar'))
      expect([401, 403], actor).toContain(
        (await (clients.get(actor) as BrowserClient).get(`/panel/peilingen/${id}/uitsplitsing?naar=geslacht`))
          .statusCode,
      );
  });

  it('lists in "Mijn overzicht" exactly the records with a live grant, and no record across gemeenten', async () => {
    const live = LIVE.map((state) => residents.get(state)?.dossierId).sort();
    for (const actor of ACTORS.filter((a) => a !== 'eigenaar' && a !== 'anoniem')) {
      const page = await (clients.get(actor) as BrowserClient).get('/mijn-overzicht');
      const listed = [...page.body.matchAll(/href="\/dossiers\/([0-9a-f-]{36})"/g)].map((m) => m[1]).sort();
      expect(listed, actor).toEqual(GRANTEES.includes(actor) ? live : []);
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
