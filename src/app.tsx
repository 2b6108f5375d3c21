// The catalog of UI text first: every capability's messages (see catalog.ts).
import './catalog.js';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { startAuthHousekeeping } from './auth/housekeeping.js';
import { authMenu } from './auth/menu.js';
import { oidcRoutes } from './auth/oidc/routes.js';
import { authRoutes } from './auth/routes.js';
import { csrfCookieName, registerSessionLoading } from './auth/sessions.js';
import { tweedeFactorMenu } from './auth/tweede-factor/menu.js';
import { registerTweedeFactorPoort, tweedeFactorRoutes } from './auth/tweede-factor/routes.js';
import { beheerMenu } from './beheer/menu.js';
import { beheerRoutes } from './beheer/routes.js';
import { takenMenu } from './beheer/taken/menu.js';
import { takenRoutes } from './beheer/taken/routes.js';
import { registreerHercontrole } from './crisiskaart/hercontrole.js';
import { crisiskaartKaarten, crisiskaartMenu } from './crisiskaart/menu.js';
import { noodContacten } from './crisiskaart/nood.js';
import { crisiskaartRoutes } from './crisiskaart/routes.js';
import { crisiskaartSectie } from './crisiskaart/sectie.js';
import { registreerBeraadVervolg, registreerDoelenNaarPlan } from './gesprekken/doelen.js';
import { registreerHerinnering } from './gesprekken/herinnering.js';
import { gesprekkenKaarten } from './gesprekken/menu.js';
import { gesprekkenRoutes } from './gesprekken/routes.js';
import { gesprekkenSectie } from './gesprekken/sectie.js';
import { homeMenu } from './home/menu.js';
import { homeRoutes } from './home/routes.js';
import { SECTIE as LEVENSGEBIEDEN_SECTIE } from './levensgebieden/beoordelen.js';
import { levensgebiedenKaarten, levensgebiedenMenu } from './levensgebieden/menu.js';
import { levensgebiedNamenBron } from './levensgebieden/namen.js';
import { levensgebiedenRoutes } from './levensgebieden/routes.js';
import { levensgebiedenSectie } from './levensgebieden/sectie.js';
import {
  exporteerVragenlijsten,
  versleutelVragenlijsten,
  vragenlijstenFhir,
  vragenlijstenKlareDossiers,
  vragenlijstenLeesbaar,
  vragenlijstLinks,
  vragenlijstRoutes,
  wisVragenlijsten,
} from './levensgebieden/vragenlijsten/index.js';
import { levensgebiedenZorgBron } from './levensgebieden/zorgen.js';
import { monitorKaarten, monitorMenu } from './monitor/menu.js';
import { beoordelenRoutes } from './monitor/panel/beoordelen-routes.js';
import { ledenRoutes } from './monitor/panel/leden-routes.js';
import { panelRoutes } from './monitor/panel/routes.js';
import { monitorRoutes } from './monitor/routes.js';
import { meetellenSectie } from './monitor/sectie.js';
import { netwerkHulpBron } from './netwerk/hulp.js';
import { netwerkKaarten, netwerkMenu } from './netwerk/menu.js';
import { netwerkRoutes } from './netwerk/routes.js';
import { netwerkSectie } from './netwerk/sectie.js';
import { registreerEvaluatieHerinnering } from './plan/herinnering.js';
import { planKaarten, planMenu } from './plan/menu.js';
import { planRoutes } from './plan/routes.js';
import { planSectie } from './plan/sectie.js';
import { stelDoelVoor } from './plan/wijzigen.js';
import type { Config } from './platform/config.js';
import { sleutelring } from './platform/crypto/sleutelring.js';
import type { DatabaseHandle } from './platform/db/database.js';
import { DossierLinks } from './platform/extensions/dossier-links.js';
import { HulpPerLevensgebied } from './platform/extensions/hulp.js';
import { HulpUitDossier } from './platform/extensions/hulp-uit-dossier.js';
import { KaartGroepen } from './platform/extensions/kaart-groepen.js';
import { Menu } from './platform/extensions/menu.js';
import { OverzichtKaarten } from './platform/extensions/overzicht.js';
import { ZorgenUitDossier } from './platform/extensions/zorgen-uit-dossier.js';
import { registerTenantResolution } from './platform/gemeente/tenant.js';
import { registerBeveiligingskoppen } from './platform/http/beveiligingskoppen.js';
import { registerBodyParsers } from './platform/http/body.js';
import { csrfUserInfo } from './platform/http/csrf.js';
import { databaseOnbereikbaar, ERRORS, type ErrorCode, errorCodeFor } from './platform/http/errors.js';
import { registerHealth } from './platform/http/health.js';
import { isUuid } from './platform/http/ids.js';
import { registerInvoerControle } from './platform/http/invoer.js';
import { registerMetrics } from './platform/http/metrics.js';
import { registerProxyWarning } from './platform/http/proxy.js';
import { requestIdVan } from './platform/http/request-id.js';
import { registerToelating } from './platform/http/toelating.js';
import { DEFAULT_LOCALE, translator } from './platform/i18n/i18n.js';
import { registerLanguage } from './platform/i18n/language.js';
import { createJobRunner, type JobRunner, registerJobHousekeeping } from './platform/jobs/jobs.js';
import { countJobs } from './platform/jobs/queries.js';
import { createMailer, type Mailer } from './platform/mail/mailer.js';
import { ErrorPage } from './platform/views/error-page.js';
import { pageContext, sendPage } from './platform/views/render.js';
import { sealerAchterstand, startAuditSealer } from './regie/audit/audit.js';
import { registreerPoging, type Toegang } from './regie/door/door.js';
import { regieKaarten, regieMenu } from './regie/menu.js';
import { regieRoutes } from './regie/routes.js';
import { SectieRegister } from './regie/secties.js';
import { herstelWissingen, versleutelBestaande } from './regie/versleuteling.js';
import { samenGroepenRoutes } from './samen/groepen/routes.js';
import { samenLijstMenu } from './samen/lijst/menu.js';
import { samenLijstRoutes } from './samen/lijst/routes.js';
import { samenBevoegdheden, samenKaarten, samenMenu } from './samen/menu.js';
import { samenKaartGroep } from './samen/netwerkkaart.js';
import { samenRoutes } from './samen/routes.js';
import { samenSectie } from './samen/sectie.js';
import { registreerSamenTaken } from './samen/taken.js';
import { socialeKaartBeheerMenu } from './sociale-kaart/beheer/menu.js';
import { socialeKaartBeheerRoutes } from './sociale-kaart/beheer/routes.js';
import { socialeKaartHulpbron } from './sociale-kaart/zoeken/hulpbron.js';
import { socialeKaartKaarten, socialeKaartMenu } from './sociale-kaart/zoeken/menu.js';
import { socialeKaartOntmoetPlekken } from './sociale-kaart/zoeken/ontmoetplekken.js';
import { socialeKaartZoekRoutes } from './sociale-kaart/zoeken/routes.js';
import { waakvlamKaarten, waakvlamMenu } from './waakvlam/menu.js';
import { waakvlamRoutes } from './waakvlam/routes.js';
import { waakvlamSectie } from './waakvlam/sectie.js';
import { registreerWaakvlamTaken } from './waakvlam/systeem.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
/** The app version from package.json, shown by the health checks. */
const VERSION = (require('../package.json') as { version: string }).version;

export type AppDeps = {
  config: Config;
  database: DatabaseHandle;
  logger: FastifyBaseLogger;
  /** The clock; tests move it to check timeouts. */
  now?: () => Date;
};

/**
 * persoonsgegevens: the route reads or changes personal data and must have rows in the access
 * matrix. openbaar: it sits where personal data is the default but declared itself public.
 */
export type RouteEntry = { method: string; url: string; persoonsgegevens: boolean; openbaar: boolean };

/**
 * Under these prefixes every route touches personal data: one person's record or invitation,
 * one's own pages (`/mijn-…`), and the sociale kaart's beheer (organisations' contacts).
 */
const PERSOONSGEGEVENS_PREFIXEN = ['/dossiers/', '/uitnodiging/', '/mijn-', '/beheer/sociale-kaart'];

/**
 * Whether a route touches personal data: always under one of the prefixes above (a record, an
 * invitation link, one's own pages, the sociale kaart's beheer), unless it declares
 * `config: { openbaar: true }` (with a comment saying why); elsewhere only when it says
 * `config: { persoonsgegevens: true }` (login, password reset and set-password do). Opt-out, not opt-in: a new route
 * under a record that nobody thought about lands in the access matrix, which then fails until
 * it has rows there.
 */
export function raaktPersoonsgegevens(
  url: string,
  config: { persoonsgegevens?: boolean; openbaar?: boolean } | undefined,
): boolean {
  if (config?.persoonsgegevens && config.openbaar)
    throw new Error(`route ${url} is marked both persoonsgegevens and openbaar`);
  if (config?.persoonsgegevens) return true;
  return !config?.openbaar && PERSOONSGEGEVENS_PREFIXEN.some((prefix) => url.startsWith(prefix));
}

/** The app plus what tests and tooling need: the job queue, the mailer and every route it serves. */
export type RedzaamApp = FastifyInstance & { jobs: JobRunner; mailer: Mailer; routeTable: RouteEntry[] };

/**
 * The composition root: builds Fastify with the platform (security headers, parsers, tenant,
 * language, sessions, errors) and registers every capability. Only this file knows them all.
 */
export async function buildApp(deps: AppDeps): Promise<RedzaamApp> {
  const { config, database } = deps;
  const db = database.db;
  const now = deps.now ?? (() => new Date());

  const app = Fastify({
    loggerInstance: deps.logger,
    trustProxy: config.trustProxy,
    bodyLimit: 64 * 1024,
    // Request ids are unique over processes and restarts (the reference code on error pages);
    // one from a proxy in front is only taken when that proxy is trusted.
    requestIdHeader: false,
    genReqId: (request) => requestIdVan(request.headers['x-request-id'], config.trustProxy),
    // Invalid percent-encoding or UTF-8 in the URL is the client's mistake: a 400, not a 500.
    frameworkErrors: (error, request, reply) => {
      void sendError(request, reply, errorCodeFor(error));
    },
  });

  // Every route, so tests can check each one (headers, access matrix) without a hand-kept list.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const config = route.config as { persoonsgegevens?: boolean; openbaar?: boolean } | undefined;
    const persoonsgegevens = raaktPersoonsgegevens(route.url, config);
    const openbaar = Boolean(config?.openbaar);
    for (const method of ([] as string[]).concat(route.method)) {
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, persoonsgegevens, openbaar });
    }
  });

  // Durable jobs (docs/decisions/018): capabilities register their handlers below; the runner
  // starts when the app is ready and stops, waiting for the jobs in hand, when it closes.
  const jobs = createJobRunner({ db, log: app.log, now });
  app.decorate('jobs', jobs);
  registerJobHousekeeping(jobs, db, now);
  const mailer = createMailer({
    db,
    jobs,
    from: config.mailFrom,
    smtpUrl: config.smtpUrl,
    outboxDir: path.join(config.dataDir, 'outbox'),
    log: app.log,
    now,
  });
  app.decorate('mailer', mailer);
  app.addHook('onReady', async () => jobs.start());
  app.addHook('onClose', async () => {
    await jobs.stop();
    await mailer.stop();
  });

  const production = config.env === 'production';
  // Helmet's headers with fresh CSP nonces on every response, worked out once (issue 20).
  registerBeveiligingskoppen(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // The Utrecht CSS draws its check marks as inline SVG data URLs.
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: production ? [] : null,
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  // The token is bound to the session (ASVS 3.5.1): its HMAC covers the session id (empty before
  // login: "anoniem"), under a key derived from the master key, so a token from before login, or another
  // person's cookie and token, do not pass. The secret cookie is renewed at login and logout
  // (auth/sessions.ts). Pages make their token with `csrfTokenFor` (platform/views/render.ts).
  await app.register(fastifyCsrf, {
    cookieKey: csrfCookieName(production),
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: production ? true : 'auto' },
    getUserInfo: csrfUserInfo,
    csrfOpts: { hmacKey: sleutelring().afgeleid('csrf') },
  });
  registerBodyParsers(app);

  // Set before any route is registered: Fastify binds a route to the handlers in force then.
  app.setNotFoundHandler((request, reply) => sendError(request, reply, 'NOT_FOUND'));
  app.setErrorHandler((error, request, reply) => {
    // The database is down or unreachable: 503 with Retry-After, and the app recovers by itself.
    if (databaseOnbereikbaar(error)) {
      request.log.error({ err: error }, 'database unavailable');
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return sendError(request, reply, 'UNAVAILABLE');
    }
    const code = errorCodeFor(error as { code?: string; statusCode?: number });
    if (ERRORS[code].status >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, code);
  });

  // The request id goes back to the client: the reference code, also in every log line.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // At most a few requests worked on at once, the rest wait in arrival order (issue 17: load).
  const toelating = registerToelating(app, { ...config.toelating, retryAfterSeconden: 2 }, (reply) =>
    sendError(reply.request, reply, 'BUSY'),
  );

  // A browser tells us when a form was posted from another site: refuse before anything runs.
  app.addHook('onRequest', async (request) => {
    if (
      request.method !== 'GET' &&
      request.method !== 'HEAD' &&
      request.headers['sec-fetch-site'] === 'cross-site'
    ) {
      throw Object.assign(new Error('cross-site request'), { code: 'FST_CSRF_INVALID_TOKEN' });
    }
  });
  registerProxyWarning(app, { production, trustProxy: config.trustProxy });
  registerLanguage(app, production);
  registerTenantResolution(app, db, config.defaultGemeente, production);
  const sessions = {
    idleMs: config.sessionIdleMs,
    absoluteMs: config.sessionAbsoluteMs,
    now,
    alwaysSecure: production,
  };
  // Capability flags read with the session (platform/extensions/bevoegdheden.ts, decision 031 addendum).
  registerSessionLoading(app, db, sessions, [...samenBevoegdheden]);
  // One schema layer for every query, path parameter and form field (400 before any handler).
  // A refused request on a record is still written to the trail, as the door would have.
  registerInvoerControle(app, {
    bijWeigering: async (request) => {
      const route = request.routeOptions;
      if (!request.viewer || !route.url || !raaktPersoonsgegevens(route.url, route.config)) return;
      const params = (request.params ?? {}) as Record<string, unknown>;
      const dossierId = typeof params.dossierId === 'string' ? params.dossierId : null;
      await registreerPoging(
        db,
        request.viewer,
        {
          dossierId,
          sectie: typeof params.sectie === 'string' ? params.sectie : null,
          actie: request.method === 'GET' ? 'read' : 'update',
          reden: 'ongeldige-invoer',
          itemId:
            dossierId === null || isUuid(dossierId)
              ? undefined
              : `onbekend:${String(dossierId).slice(0, 64)}`,
        },
        now(),
      );
    },
  });
  // Second factor (docs/decisions/022): until it is done, a session reaches only the step itself.
  registerTweedeFactorPoort(app, db);
  const stopHousekeeping = startAuthHousekeeping(db, sessions, app.log);
  app.addHook('onClose', async () => stopHousekeeping());
  const stopSealer = startAuditSealer(db, (error) =>
    app.log.error({ err: error }, 'sealing the audit trail failed'),
  );
  app.addHook('onClose', async () => stopSealer());

  // Pages with personal data must never sit in a shared or browser cache.
  app.addHook('onSend', async (_request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') || type.startsWith('application/json')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });

  await app.register(fastifyStatic, {
    root: path.join(here, '..', 'public'),
    prefix: '/static/',
    maxAge: '1h',
  });
  const utrecht = {
    'design-tokens.css': require.resolve('@utrecht/design-tokens/dist/index.css'),
    'component-library.css': require.resolve('@utrecht/component-library-css/dist/index.css'),
  };
  for (const [name, file] of Object.entries(utrecht)) {
    app.get(`/static/utrecht/${name}`, (_request, reply) =>
      reply.sendFile(path.basename(file), path.dirname(file), { maxAge: 3_600_000 }),
    );
  }

  // Liveness, readiness (database and migration level) and Prometheus metrics (docs/operations.md).
  registerHealth(app, database, VERSION);
  registerMetrics(app, {
    token: config.metricsToken,
    allow: config.metricsAllow,
    metingen: [
      {
        naam: 'redzaam_db_pool_connections',
        help: 'PostgreSQL pool connections by state (total, idle, waiting clients); absent on PGlite',
        labels: ['state'],
        lees: async () => {
          const pool = database.pool?.();
          if (!pool) return [];
          return [
            { labels: { state: 'total' }, waarde: pool.total },
            { labels: { state: 'idle' }, waarde: pool.idle },
            { labels: { state: 'waiting' }, waarde: pool.waiting },
          ];
        },
      },
      {
        naam: 'redzaam_http_requests_in_flight',
        help: 'Requests being worked on, waiting their turn, and refused with 503 since start (queue full)',
        labels: ['state'],
        lees: async () => {
          const stand = toelating();
          return [
            { labels: { state: 'working' }, waarde: stand.bezig },
            { labels: { state: 'waiting' }, waarde: stand.wachtend },
            { labels: { state: 'refused_total' }, waarde: stand.geweigerd },
          ];
        },
      },
      {
        naam: 'redzaam_audit_unsealed_entries',
        help: 'Audit entries not yet sealed into the hash chain',
        lees: async () => [{ waarde: (await sealerAchterstand(db, now())).onverzegeld }],
      },
      {
        naam: 'redzaam_audit_sealer_lag_seconds',
        help: 'Age of the oldest audit entry not yet sealed (0 when none)',
        lees: async () => [{ waarde: (await sealerAchterstand(db, now())).seconden }],
      },
      {
        naam: 'redzaam_jobs',
        help: 'Durable jobs (mail and other work) by status: queued, running, failed, done',
        labels: ['status'],
        lees: async () =>
          Object.entries(await countJobs(db)).map(([status, n]) => ({ labels: { status }, waarde: n })),
      },
    ],
  });

  // Extension points (src/platform/extensions): each capability plugs in here, none imports another.
  const menu = new Menu();
  app.decorate('menu', menu);
  const overzicht = new OverzichtKaarten();
  const dossierLinks = new DossierLinks();
  // Where a levensgebied is not going well, these sources offer help (public data, after the door).
  const hulp = new HulpPerLevensgebied();
  hulp.registreer(socialeKaartHulpbron(db));
  // Who in her own record helps per levensgebied (personal data: read inside the door, for her only).
  const dossierHulp = new HulpUitDossier<Toegang>();
  // Crisiskaart: "Mijn kaartje" (a calm name) in her menu and on her overview, under her own name.
  menu.registreer(...crisiskaartMenu);
  overzicht.registreer(crisiskaartKaarten(db));
  dossierHulp.registreer(netwerkHulpBron);
  // Where her own levensgebieden say it is not going well (personal data: inside the door, for her only).
  const dossierZorgen = new ZorgenUitDossier<Toegang>();
  dossierZorgen.registreer(levensgebiedenZorgBron);
  // Groups from elsewhere in her record on her own netwerkkaart (Via Samen, her choice; decision 050).
  const kaartGroepen = new KaartGroepen();
  kaartGroepen.registreer(samenKaartGroep);
  menu.registreer(...homeMenu, ...socialeKaartMenu, ...regieMenu, ...authMenu, ...beheerMenu);
  menu.registreer(...levensgebiedenMenu, ...socialeKaartBeheerMenu, ...takenMenu);
  menu.registreer(...netwerkMenu);
  menu.registreer(...planMenu);
  menu.registreer(...tweedeFactorMenu);
  menu.registreer(...waakvlamMenu);
  overzicht.registreer(regieKaarten);
  overzicht.registreer(levensgebiedenKaarten);
  overzicht.registreer(netwerkKaarten);
  overzicht.registreer(planKaarten);
  overzicht.registreer(gesprekkenKaarten);
  overzicht.registreer(waakvlamKaarten);
  overzicht.registreer(socialeKaartKaarten);
  // Monitor: "meetellen" for the resident, the report for the analist and beheerder.
  menu.registreer(...monitorMenu);
  overzicht.registreer(monitorKaarten);
  dossierLinks.registreer(LEVENSGEBIEDEN_SECTIE, vragenlijstLinks(db));

  await app.register(async (scope) => homeRoutes(scope, { db, now, overzicht }));
  // The public sociale kaart: no login, no personal data (docs/decisions/013).
  await app.register(async (scope) =>
    socialeKaartZoekRoutes(scope, { db, now, eigenNamen: levensgebiedNamenBron(db) }),
  );
  await app.register(async (scope) =>
    authRoutes(scope, { db, sessions, mailer, publicUrl: config.publicUrl }),
  );
  await app.register(async (scope) => tweedeFactorRoutes(scope, { db, now }));
  // Logging in through the gemeente's identity broker, where configured (docs/decisions/021).
  app.decorate('inlogdiensten', config.inlogdiensten);
  await app.register(async (scope) =>
    oidcRoutes(scope, { db, sessions, inlogdiensten: config.inlogdiensten, publicUrl: config.publicUrl }),
  );
  await app.register(async (scope) => beheerRoutes(scope, { db, now, mailer, publicUrl: config.publicUrl }));
  // The beheerder's page of failed jobs (no personal data: kinds of job and error only).
  await app.register(async (scope) => takenRoutes(scope, { db, now, jobs }));
  await app.register(async (scope) =>
    socialeKaartBeheerRoutes(scope, {
      db,
      now,
      mailer,
      publicUrl: config.publicUrl,
      eigenNamen: levensgebiedNamenBron(db),
    }),
  );
  // Capabilities that store personal data register their section here (levensgebieden, plan, …).
  const secties = new SectieRegister();
  // Levensgebieden: the self-assessment, the regie-spiegel and the questionnaires, one section.
  secties.registreer(
    levensgebiedenSectie({
      exporteer: exporteerVragenlijsten,
      fhir: vragenlijstenFhir,
      leesbaar: async (toegang, context) =>
        vragenlijstenLeesbaar(await exporteerVragenlijsten(toegang), context),
      wis: wisVragenlijsten,
      klareTekst: { dossiers: vragenlijstenKlareDossiers, versleutel: versleutelVragenlijsten },
    }),
  );
  // Netwerkkaart: the people around the resident (export, RelatedPerson in FHIR, erasure).
  secties.registreer(netwerkSectie());
  // Mijn plan: goals, actions and who does what (export, CarePlan/Goal/CareTeam in FHIR, erasure).
  secties.registreer(planSectie());
  // Keukentafelgesprekken: requests for help, their deadlines and her preparation (export, erasure).
  secties.registreer(gesprekkenSectie());
  // Waakvlam: the signaleringsplan and check-ins (CarePlan and QuestionnaireResponse in FHIR, erasure).
  secties.registreer(waakvlamSectie());
  // Crisiskaart: the card and the longer crisisplan (export, CarePlan in FHIR, erasure).
  secties.registreer(crisiskaartSectie());
  // Its jobs: due check-ins (and the no-answer signal), and telling the chosen people of a rise.
  registreerWaakvlamTaken(jobs, { db, publicUrl: config.publicUrl, now });
  // Monitor: her choice to count (export, erasure); the figures are sums and hold nothing of her.
  secties.registreer(meetellenSectie());
  // Field encryption at start (docs/decisions/020): the erasure log re-applied (after a restore
  // no erased record comes back), then any text stored before encryption encrypted in place.
  // Both are safe to run again and on several instances at once.
  // Samen: neighbours who help each other (export, erasure; a daily matching round; issue 14).
  menu.registreer(...samenMenu, ...samenLijstMenu);
  overzicht.registreer(samenKaarten);
  secties.registreer(samenSectie());
  registreerSamenTaken(jobs, { db });
  app.decorate('secties', secties);
  await herstelWissingen(db, now());
  await versleutelBestaande(db, secties, now());
  await app.register(async (scope) =>
    levensgebiedenRoutes(scope, { db, now, dossierLinks, hulp, dossierHulp }),
  );
  // The netwerkkaart; where nobody can be asked, the same help sources as the levensgebieden.
  await app.register(async (scope) => netwerkRoutes(scope, { db, now, hulp, kaartGroepen }));
  // Mijn plan; its "wie veranderde wat" speaks in the log's sentences, so it knows the sections.
  await app.register(async (scope) => planRoutes(scope, { db, now, secties }));
  // Mijn plan: a durable job reminds her (and whom she chose) on an evaluation day (link only).
  registreerEvaluatieHerinnering(jobs, { db, publicUrl: config.publicUrl });
  // The keukentafelgesprek; a durable job reminds the professionals before a legal deadline.
  registreerHerinnering(jobs, { db, publicUrl: config.publicUrl });
  // The conversation view offers the same help sources per domain; the goals of a report she
  // approved go to Mijn plan as proposals (a job with Mijn plan's own stelDoelVoor).
  registreerDoelenNaarPlan(jobs, { db, stelDoelVoor });
  // The netwerkberaad's follow-up 4 weeks after her decision (a mail with a link only).
  registreerBeraadVervolg(jobs, { db, publicUrl: config.publicUrl });
  await app.register(async (scope) =>
    gesprekkenRoutes(scope, { db, now, hulp, kick: () => jobs.kick(), mailer, publicUrl: config.publicUrl }),
  );
  // The crisiskaart; the card asks to be checked again after 18 months (a daily job).
  await app.register(async (scope) =>
    crisiskaartRoutes(scope, { db, now, mailer, publicUrl: config.publicUrl }),
  );
  registreerHercontrole(jobs, db, config.publicUrl);
  // The monitor: her choice through the door, the report through the door's system path for sums.
  await app.register(async (scope) => monitorRoutes(scope, { db, now }));
  // The monitor's panel: peilingen answered with a one-time code, stored apart from who answered.
  await app.register(async (scope) => panelRoutes(scope, { db, now, publicUrl: config.publicUrl }));
  await app.register(async (scope) => beoordelenRoutes(scope, { db, now }));
  await app.register(async (scope) => ledenRoutes(scope, { db, now, publicUrl: config.publicUrl }));
  // The questionnaires of levensgebieden (eigen regie in eigen woorden, positieve gezondheid).
  await app.register(async (scope) => vragenlijstRoutes(scope, { db, now }));
  // The waakvlam: the plan, the history, and the check-in from the e-mailed link (no login).
  await app.register(async (scope) =>
    waakvlamRoutes(scope, { db, now, eigenNamen: levensgebiedNamenBron(db) }),
  );
  // Samen: her part, proposals and answers; the coordinator's page (the door's system path).
  await app.register(async (scope) =>
    samenRoutes(scope, {
      db,
      now,
      publicUrl: config.publicUrl,
      dossierHulp,
      dossierZorgen,
      eigenNamen: levensgebiedNamenBron(db),
    }),
  );
  await app.register(async (scope) => samenLijstRoutes(scope, { db, now }));
  // Samen groups: buurtcirkels and lotgenoten, meeting places from the sociale kaart (extension point).
  await app.register(async (scope) =>
    samenGroepenRoutes(scope, { db, now, plekken: socialeKaartOntmoetPlekken(db) }),
  );
  await app.register(async (scope) =>
    regieRoutes(scope, {
      db,
      now,
      mailer,
      secties,
      sessions,
      publicUrl: config.publicUrl,
      // The crisiskaart's own "whom to warn" are told of emergency access with its grantees.
      noodContacten,
      eigenNamen: levensgebiedNamenBron(db),
    }),
  );

  return app as unknown as RedzaamApp;
}

/** How long a client should wait before trying again while the database is unreachable. */
const RETRY_AFTER_SECONDS = 30;

/** Answers with the error page (or a JSON body for API clients). Never internals. */
function sendError(request: FastifyRequest, reply: FastifyReply, code: ErrorCode) {
  const status = ERRORS[code].status;
  // Errors raised before our hooks ran (a malformed URL) have no translator yet.
  if (typeof request.t !== 'function') request.t = translator(DEFAULT_LOCALE);
  if (!request.locale) request.locale = DEFAULT_LOCALE;
  const accept = request.headers.accept ?? '';
  const wantsHtml =
    !request.url.startsWith('/api/') && !(accept.includes('application/json') && !accept.includes('html'));
  if (!wantsHtml) {
    return reply
      .status(status)
      .send({ error: code, message: request.t(ERRORS[code].text), reference: request.id });
  }
  try {
    return sendPage(
      reply,
      <ErrorPage ctx={pageContext(request, reply)} code={code} referentie={request.id} />,
      status,
    );
  } catch {
    return reply.status(status).type('text/plain; charset=utf-8').send(request.t(ERRORS[code].title));
  }
}
