import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { gemeenteOf, requireLogin, requireRole, viewerOf } from '../auth/routes.js';
import type { Db } from '../platform/db/database.js';
import { type EigenLevensgebiedNamen, geenEigenNamen } from '../platform/extensions/levensgebied-namen.js';
import type { FormBody } from '../platform/http/body.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { eigenDossierId } from '../regie/door/door.js';
import { waardenUit } from './forms.js';
import { leesCheckinVragen, leesOverzicht, leesPlanForm } from './lezen.js';
import { CheckinPage, type CheckinStaat } from './pages/checkin-page.js';
import { OVERZICHT_MELDINGEN, type OverzichtMelding, OverzichtPage } from './pages/overzicht-page.js';
import { PlanPage } from './pages/plan-page.js';
import { beantwoordCheckinLink, bekijkCheckinLink } from './systeem.js';
import { bewaarPlan, checkInApp, schaalAf } from './wijzigen.js';

export type WaakvlamDeps = {
  db: Db;
  now: () => Date;
  /** The gemeente's own names of its levensgebieden (app.tsx plugs it in) */
  eigenNamen?: EigenLevensgebiedNamen;
};

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };

type Params = { dossierId: string; token?: string };

/**
 * Routes of the waakvlam: the overview (phase, agreed actions, plan, history), the plan's form,
 * scaling down, and the check-in from the e-mailed link (no login). Access is decided by the
 * door in lezen.ts and wijzigen.ts, and for the link by the link itself (systeem.ts).
 */
export async function waakvlamRoutes(app: FastifyInstance, deps: WaakvlamDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;
  const namenVan = (request: FastifyRequest) => (deps.eigenNamen ?? geenEigenNamen)(gemeenteOf(request).id);

  app.get('/mijn-waakvlam', { preHandler: requireRole('inwoner') }, async (request, reply) => {
    const dossierId = await eigenDossierId(db, viewerOf(request));
    if (!dossierId) return reply.redirect('/mijn-gegevens', 303);
    return reply.redirect(`/dossiers/${dossierId}/waakvlam`, 303);
  });

  // The record's generic section page leads here; it reads nothing.
  app.get('/dossiers/:dossierId/secties/waakvlam', { preHandler: requireLogin }, async (request, reply) => {
    const { dossierId } = request.params as Params;
    return reply.redirect(`/dossiers/${encodeURIComponent(dossierId)}/waakvlam`, 303);
  });

  async function toonOverzicht(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { melding?: OverzichtMelding; kanNiet?: boolean } = {},
    status = 200,
  ) {
    const { dossierId } = request.params as Params;
    const nu = deps.now();
    const data = await leesOverzicht(db, viewerOf(request), dossierId, nu);
    return sendPage(
      reply,
      <OverzichtPage ctx={pageContext(request, reply)} data={data} nu={nu} {...extra} />,
      status,
    );
  }

  app.get(
    '/dossiers/:dossierId/waakvlam',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const melding = (request.query as Record<string, string | undefined>).melding;
      return toonOverzicht(request, reply, {
        ...(OVERZICHT_MELDINGEN.includes(melding as OverzichtMelding)
          ? { melding: melding as OverzichtMelding }
          : {}),
      });
    },
  );

  app.get(
    '/dossiers/:dossierId/waakvlam/plan',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const data = await leesPlanForm(db, viewerOf(request), dossierId, deps.now());
      return sendPage(
        reply,
        <PlanPage
          ctx={pageContext(request, reply)}
          namen={await namenVan(request)}
          data={data}
          waarden={waardenUit(data.plan)}
          versie={data.plan?.versie ?? 0}
        />,
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/waakvlam/plan',
    {
      preValidation: csrf,
      preHandler: requireLogin,
      config: { ...persoonsgegevens, herhaalbaar: ['gebieden', 'gekozen', 'alleen_fase'] },
    },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const uitkomst = await bewaarPlan(
        db,
        viewerOf(request),
        { dossierId, body: (request.body ?? {}) as FormBody, nu: deps.now() },
        request.t,
      );
      if (uitkomst.soort === 'bewaard')
        return reply.redirect(`/dossiers/${dossierId}/waakvlam?melding=bewaard`, 303);
      return sendPage(
        reply,
        <PlanPage
          ctx={pageContext(request, reply)}
          namen={await namenVan(request)}
          data={uitkomst.stand}
          waarden={uitkomst.waarden}
          versie={uitkomst.versie}
          {...(uitkomst.soort === 'fout' ? { errors: uitkomst.errors } : { conflict: true })}
        />,
        uitkomst.soort === 'fout' ? 400 : 409,
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/waakvlam/afschalen',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const uitkomst = await schaalAf(db, viewerOf(request), {
        dossierId,
        body: (request.body ?? {}) as FormBody,
        nu: deps.now(),
      });
      if (uitkomst.soort === 'afgeschaald')
        return reply.redirect(`/dossiers/${dossierId}/waakvlam?melding=afgeschaald`, 303);
      return toonOverzicht(request, reply, { kanNiet: true }, 409);
    },
  );

  // The check-in in the app, for the resident herself (logged in; the same questions and rules).
  const inApp = (request: FastifyRequest) => `/dossiers/${(request.params as Params).dossierId}/waakvlam`;
  const toonInApp = (request: FastifyRequest, reply: FastifyReply, staat: CheckinStaat, status = 200) =>
    sendPage(
      reply,
      <CheckinPage
        ctx={pageContext(request, reply)}
        staat={staat}
        actie={`${inApp(request)}/checkin`}
        terug={inApp(request)}
      />,
      status,
    );

  app.get(
    '/dossiers/:dossierId/waakvlam/checkin',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const vragen = await leesCheckinVragen(db, viewerOf(request), dossierId, deps.now());
      return toonInApp(request, reply, { soort: 'vragen', vragen });
    },
  );

  app.post(
    '/dossiers/:dossierId/waakvlam/checkin',
    {
      preValidation: csrf,
      preHandler: requireLogin,
      config: { ...persoonsgegevens, herhaalbaar: ['signaal'] },
    },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const uitkomst = await checkInApp(
        db,
        viewerOf(request),
        { dossierId, body: (request.body ?? {}) as FormBody, nu: deps.now() },
        request.t,
      );
      if (uitkomst.soort === 'invoer')
        return toonInApp(
          request,
          reply,
          { soort: 'vragen', vragen: uitkomst.vragen, errors: uitkomst.errors, waarden: uitkomst.waarden },
          400,
        );
      return toonInApp(request, reply, { soort: 'bedankt', fase: uitkomst.fase });
    },
  );

  // The check-in from the e-mailed link: no login; the link itself is the (single-use) key.
  const linkPad = '/waakvlam/checkin/:dossierId/:token';
  const toonCheckin = async (
    request: FastifyRequest,
    reply: FastifyReply,
    staat: CheckinStaat,
    status = 200,
  ) =>
    sendPage(
      reply,
      <CheckinPage
        ctx={pageContext(request, reply)}
        namen={await namenVan(request)}
        staat={staat}
        actie={request.url.split('?')[0] ?? ''}
      />,
      status,
    );
  const foutStatus = (fout: string) => (fout === 'ongeldig' || fout === 'ander-dossier' ? 404 : 410);

  app.get(linkPad, { config: persoonsgegevens }, async (request, reply) => {
    const { dossierId, token } = request.params as Params;
    const uitkomst = await bekijkCheckinLink(db, {
      gemeenteId: gemeenteOf(request).id,
      dossierId,
      token: token ?? '',
      nu: deps.now(),
    });
    if (uitkomst.soort === 'fout') return toonCheckin(request, reply, uitkomst, foutStatus(uitkomst.fout));
    return toonCheckin(request, reply, { soort: 'vragen', vragen: uitkomst.vragen });
  });

  app.post(
    linkPad,
    { preValidation: csrf, config: { ...persoonsgegevens, herhaalbaar: ['signaal'] } },
    async (request, reply) => {
      const { dossierId, token } = request.params as Params;
      const uitkomst = await beantwoordCheckinLink(
        db,
        {
          gemeenteId: gemeenteOf(request).id,
          dossierId,
          token: token ?? '',
          body: (request.body ?? {}) as FormBody,
          nu: deps.now(),
        },
        request.t,
      );
      if (uitkomst.soort === 'fout') return toonCheckin(request, reply, uitkomst, foutStatus(uitkomst.fout));
      if (uitkomst.soort === 'invoer')
        return toonCheckin(
          request,
          reply,
          { soort: 'vragen', vragen: uitkomst.vragen, errors: uitkomst.errors, waarden: uitkomst.waarden },
          400,
        );
      return toonCheckin(request, reply, { soort: 'bedankt', fase: uitkomst.fase });
    },
  );
}
