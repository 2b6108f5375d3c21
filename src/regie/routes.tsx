import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireLogin, requireRole, viewerOf } from '../auth/routes.js';
import { LOGIN_WINDOW_MS } from '../auth/rules.js';
import { endSession, type SessionSettings } from '../auth/sessions.js';
import { parseEndDate, parseStartOfDay } from '../platform/dates.js';
import type { Db } from '../platform/db/database.js';
import type { EigenLevensgebiedNamen } from '../platform/extensions/levensgebied-namen.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import { isUuid } from '../platform/http/ids.js';
import type { Mailer } from '../platform/mail/mailer.js';
import { maakPdf } from '../platform/pdf/maak-pdf.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { delenRoutes } from './delen-routes.js';
import { eigenDossierId, maakEigenDossier } from './door/door.js';
import { leesDossier, leesSectie } from './dossier.js';
import { wissenForm } from './forms.js';
import { bekijkGegevens, exporteerDossier, exporteerDossierFhir, wisDossier } from './gegevens.js';
import { leesLogboek } from './logboek.js';
import { groepeerLogboek, logboekZin } from './logboek-zinnen.js';
import type { NoodContacten } from './noodtoegang.js';
import { noodtoegangRoutes } from './noodtoegang-routes.js';
import { leesOverzicht } from './overzicht.js';
import { overzichtDocument } from './overzicht-document.js';
import { DossierPage, SectiePage } from './pages/dossier-pages.js';
import { GegevensPage, NogGeenDossierPage } from './pages/gegevens-page.js';
import { LogboekPage } from './pages/logboek-page.js';
import { OverzichtPage } from './pages/overzicht-page.js';
import type { SectieRegister } from './secties.js';
export type RegieDeps = {
  db: Db;
  now: () => Date;
  mailer: Mailer;
  secties: SectieRegister;
  sessions: SessionSettings;
  publicUrl: string | undefined;
  /**
   * The people a section wants told when emergency access opens the crisiskaart, besides its
   * grantees (the card's "whom to warn"): wired in app.tsx, read inside the emergency's system path.
   */
  noodContacten?: NoodContacten;
  /** The gemeente's own levensgebied names, for "Alles wat Redzaam van je weet" */
  eigenNamen?: EigenLevensgebiedNamen;
};

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };

type DossierParams = { dossierId: string };

/**
 * Routes of eigen regie: parse the request, call a use case (dossier.ts, logboek.ts,
 * gegevens.ts, delen.ts, noodtoegang.ts, vertegenwoordiging.ts), render. Every use case that
 * reads or changes a record goes through the door once; no route checks access itself.
 * Sharing lives in delen-routes.tsx, emergency access and representatives in noodtoegang-routes.tsx.
 */
export async function regieRoutes(app: FastifyInstance, deps: RegieDeps): Promise<void> {
  const { db, secties } = deps;
  const csrf = app.csrfProtection;

  // Short, memorable paths for the resident's own record. Without a record yet (an account made
  // outside the app) they say so and offer to start: a GET never makes one.
  for (const [pad, doel] of [
    ['/mijn-gegevens', ''],
    ['/wie-kan-wat-zien', '/toegang'],
    ['/mijn-logboek', '/logboek'],
  ] as const) {
    app.get(pad, { preHandler: requireRole('inwoner'), config: persoonsgegevens }, async (request, reply) => {
      const dossierId = await eigenDossierId(db, viewerOf(request));
      if (!dossierId) return sendPage(reply, <NogGeenDossierPage ctx={pageContext(request, reply)} />);
      return reply.redirect(`/dossiers/${dossierId}${doel}`, 303);
    });
  }

  app.post(
    '/mijn-gegevens',
    { preValidation: csrf, preHandler: requireRole('inwoner'), config: persoonsgegevens },
    async (request, reply) => {
      await maakEigenDossier(db, viewerOf(request));
      return reply.redirect('/mijn-gegevens', 303);
    },
  );

  app.get(
    '/dossiers/:dossierId',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { dossierId } = request.params as DossierParams;
      const data = await leesDossier(db, deps.now(), viewer, dossierId);
      return sendPage(
        reply,
        <DossierPage
          ctx={pageContext(request, reply)}
          dossierId={data.dossierId}
          eigenaar={data.eigenaar}
          inwonerNaam={data.naam}
          secties={secties.alle()}
          niveaus={data.niveaus}
        />,
      );
    },
  );

  app.get(
    '/dossiers/:dossierId/secties/:sectie',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { dossierId, sectie } = request.params as DossierParams & { sectie: string };
      const definitie = secties.get(sectie);
      if (!definitie) throw new HttpError('NOT_FOUND');
      const data = await leesSectie(db, deps.now(), viewer, dossierId, sectie);
      return sendPage(
        reply,
        <SectiePage
          ctx={pageContext(request, reply)}
          dossierId={data.dossierId}
          eigenaar={data.eigenaar}
          inwonerNaam={data.naam}
          sectie={definitie}
          niveau={data.niveau}
          noodtoegangTot={data.noodtoegangTot ?? undefined}
        />,
      );
    },
  );

  app.get(
    '/dossiers/:dossierId/logboek',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { dossierId } = request.params as DossierParams;
      const query = request.query as Record<string, string | undefined>;
      const filter = {
        persoon: isUuid(query.persoon) ? query.persoon : undefined,
        sectie: query.sectie && secties.bestaat(query.sectie) ? query.sectie : undefined,
        van: query.van,
        tot: query.tot,
      };
      const van = filter.van ? parseStartOfDay(filter.van) : undefined;
      const tot = filter.tot ? parseEndDate(filter.tot) : undefined;
      const data = await leesLogboek(db, deps.now(), viewer, dossierId, {
        persoon: filter.persoon,
        sectie: filter.sectie,
        van,
        tot,
      });
      const ctx = pageContext(request, reply);
      // Lines that say the same thing one after the other become one line with a count.
      const items = groepeerLogboek(data.regels, ctx.locale).map((regel) => ({
        id: regel.id,
        zin: logboekZin(regel, {
          t: ctx.t,
          locale: ctx.locale,
          eigenAccountId: viewer.accountId,
          secties,
          gemeenteNaam: ctx.gemeente.naam,
          noodtoegangen: data.noodtoegangen,
        }),
        noodtoegang: regel.noodtoegang,
        geweigerd: regel.uitkomst === 'denied',
      }));
      return sendPage(
        reply,
        <LogboekPage
          ctx={ctx}
          dossierId={dossierId}
          items={items}
          personen={data.personen}
          secties={secties.alle()}
          filter={filter}
        />,
      );
    },
  );

  app.get(
    '/dossiers/:dossierId/gegevens',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as DossierParams;
      await bekijkGegevens(db, deps.now(), viewerOf(request), dossierId);
      return sendPage(reply, <GegevensPage ctx={pageContext(request, reply)} dossierId={dossierId} />);
    },
  );

  app.get(
    '/dossiers/:dossierId/gegevens.json',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as DossierParams;
      const data = await exporteerDossier(db, deps.now(), viewerOf(request), dossierId, secties);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="redzaam-gegevens.json"')
        .send(JSON.stringify(data, null, 2));
    },
  );

  // The overview of "Mijn gegevens": one description, shown as a page and downloaded as a PDF.
  // With `alles`: every section in words and the whole log ("Alles wat Redzaam van je weet").
  const overzicht = async (request: FastifyRequest, actie: 'read' | 'export', alles = false) => {
    const viewer = viewerOf(request);
    const { dossierId } = request.params as DossierParams;
    const nu = deps.now();
    const data = await leesOverzicht(
      db,
      nu,
      viewer,
      dossierId,
      actie,
      alles ? { secties, t: request.t, locale: request.locale, eigenNamen: deps.eigenNamen } : undefined,
    );
    const context = {
      t: request.t,
      locale: request.locale,
      nu,
      eigenAccountId: viewer.accountId,
      secties,
      gemeenteNaam: request.gemeente?.naam ?? '',
    };
    return { dossierId: data.dossierId, document: overzichtDocument(data, context) };
  };

  app.get(
    '/dossiers/:dossierId/gegevens/overzicht',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, document } = await overzicht(request, 'read');
      return sendPage(
        reply,
        <OverzichtPage ctx={pageContext(request, reply)} dossierId={dossierId} document={document} />,
      );
    },
  );

  app.get(
    '/dossiers/:dossierId/gegevens.pdf',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { document } = await overzicht(request, 'export');
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="redzaam-overzicht.pdf"')
        .send(await maakPdf(document));
    },
  );

  app.get(
    '/dossiers/:dossierId/gegevens/alles',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, document } = await overzicht(request, 'read', true);
      return sendPage(
        reply,
        <OverzichtPage ctx={pageContext(request, reply)} dossierId={dossierId} document={document} alles />,
      );
    },
  );

  app.get(
    '/dossiers/:dossierId/gegevens/alles.pdf',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { document } = await overzicht(request, 'export', true);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="redzaam-alles.pdf"')
        .send(await maakPdf(document));
    },
  );

  app.get(
    '/dossiers/:dossierId/gegevens.fhir.json',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as DossierParams;
      const bundle = await exporteerDossierFhir(db, deps.now(), viewerOf(request), dossierId, secties);
      return reply
        .type('application/fhir+json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="redzaam-gegevens-fhir.json"')
        .send(JSON.stringify(bundle, null, 2));
    },
  );

  app.post(
    '/dossiers/:dossierId/gegevens/wissen',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { dossierId } = request.params as DossierParams;
      const form = parseForm(wissenForm, request.body, request.t);
      if (!form.ok)
        return sendPage(
          reply,
          <GegevensPage ctx={pageContext(request, reply)} dossierId={dossierId} errors={form.errors} />,
          400,
        );
      const result = await wisDossier(
        db,
        deps.now(),
        viewer,
        { dossierId, wachtwoord: form.data.wachtwoord, clientAddress: request.ip },
        secties,
      );
      if (!result.ok) {
        const teVaak = result.fout === 'te-vaak';
        if (teVaak) reply.header('retry-after', String(LOGIN_WINDOW_MS / 1000));
        const fout = teVaak
          ? request.t('inloggen.fout.te-vaak', { minuten: LOGIN_WINDOW_MS / 60_000 })
          : request.t('veld.fout.wachtwoord-onjuist');
        return sendPage(
          reply,
          <GegevensPage
            ctx={pageContext(request, reply)}
            dossierId={dossierId}
            errors={{ wachtwoord: fout }}
          />,
          teVaak ? 429 : 400,
        );
      }
      await endSession(db, deps.sessions, request, reply);
      return reply.redirect('/?gewist', 303);
    },
  );

  await delenRoutes(app, deps);
  await noodtoegangRoutes(app, deps);
}
