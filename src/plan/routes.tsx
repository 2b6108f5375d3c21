import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireLogin, requireRole, viewerOf } from '../auth/routes.js';
import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { isUuid } from '../platform/http/ids.js';
import { maakPdf } from '../platform/pdf/maak-pdf.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { eigenDossierId } from '../regie/door/door.js';
import { logboekZin } from '../regie/logboek-zinnen.js';
import type { SectieRegister } from '../regie/secties.js';
import { planApiRoutes } from './api.js';
import { waardenUitActie, waardenUitDoel } from './forms.js';
import { koppel, leesHuishouden, maakKoppelcode, stopHuishouden } from './huishouden.js';
import { type FormData, leesForm, leesPlan, type PlanData } from './lezen.js';
import { ActiePage, DoelPage } from './pages/form-pages.js';
import { HUISHOUDEN_MELDINGEN, type HuishoudenMelding, HuishoudenPage } from './pages/huishouden-page.js';
import { PLAN_MELDINGEN, type PlanFout, type PlanMelding, PlanPage } from './pages/plan-page.js';
import { planDocument } from './weergave.js';
import {
  type BewaarUitkomst,
  beslisVoorstel,
  bewaarActie,
  bewaarDoel,
  bewaarNotitie,
  kiesRegievoerder,
} from './wijzigen.js';

export type PlanDeps = {
  db: Db;
  now: () => Date;
  /** The record's sections, for the log's sentences of who changed what */
  secties: SectieRegister;
};

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };
/** The goal form: life areas and whom to remind are check boxes; the action form: whom to remind. */
const metGebieden = { ...persoonsgegevens, herhaalbaar: ['levensgebieden', 'herinneren'] };
const metHerinneren = { ...persoonsgegevens, herhaalbaar: ['herinneren'] };

type Params = { dossierId: string; doelId?: string; actieId?: string; voorstelId?: string };

/** An id in the path that is no uuid cannot name anything: 404 before any work. */
function id(waarde: string | undefined): string {
  if (!isUuid(waarde)) throw new HttpError('NOT_FOUND');
  return waarde;
}

/**
 * Routes of Mijn plan: the plan, adding and changing goals and actions (or proposing it),
 * progress notes, deciding proposals and choosing the regievoerder. Access is decided by the
 * door in lezen.ts and wijzigen.ts; no route checks it itself.
 */
export async function planRoutes(app: FastifyInstance, deps: PlanDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;

  /** The plan as this viewer may see it, with who changed what in the log's sentences. */
  async function leesMetWijzigingen(request: FastifyRequest, reply: FastifyReply) {
    const { dossierId } = request.params as Params;
    const viewer = viewerOf(request);
    const data: PlanData = await leesPlan(db, viewer, dossierId, deps.now());
    const ctx = pageContext(request, reply);
    const wijzigingen = data.wijzigingen.slice(0, 30).map((regel) => ({
      id: String(regel.id),
      zin: logboekZin(regel, {
        t: ctx.t,
        locale: ctx.locale,
        eigenAccountId: viewer.accountId,
        secties: deps.secties,
        gemeenteNaam: ctx.gemeente.naam,
      }),
    }));
    return { data, ctx, wijzigingen };
  }

  async function toonPlan(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { melding?: PlanMelding; fout?: PlanFout } = {},
    status = 200,
  ) {
    const { data, ctx, wijzigingen } = await leesMetWijzigingen(request, reply);
    return sendPage(reply, <PlanPage ctx={ctx} data={data} wijzigingen={wijzigingen} {...extra} />, status);
  }

  // "Mijn plan" in the resident's menu: her own plan.
  app.get('/mijn-plan', { preHandler: requireRole('inwoner') }, async (request, reply) => {
    const dossierId = await eigenDossierId(db, viewerOf(request));
    // No record yet (an account made before records came with it): regie's page says how to start one.
    if (!dossierId) return reply.redirect('/mijn-gegevens', 303);
    return reply.redirect(`/dossiers/${dossierId}/plan`, 303);
  });

  // The record's generic section page leads here; it reads nothing (the plan's door decides).
  app.get('/dossiers/:dossierId/secties/plan', { preHandler: requireLogin }, async (request, reply) => {
    const { dossierId } = request.params as Params;
    return reply.redirect(`/dossiers/${encodeURIComponent(dossierId)}/plan`, 303);
  });

  app.get(
    '/dossiers/:dossierId/plan',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const melding = (request.query as Record<string, string | undefined>).melding;
      return toonPlan(request, reply, {
        ...(PLAN_MELDINGEN.includes(melding as PlanMelding) ? { melding: melding as PlanMelding } : {}),
      });
    },
  );

  // The plan as a PDF (the platform's tagged PDF, B1): the page's content in the page's words.
  app.get(
    '/dossiers/:dossierId/plan.pdf',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { data, ctx, wijzigingen } = await leesMetWijzigingen(request, reply);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="mijn-plan.pdf"')
        .send(await maakPdf(planDocument(data, wijzigingen, ctx)));
    },
  );

  type Soort = 'doel' | 'actie';
  function toonForm(
    request: FastifyRequest,
    reply: FastifyReply,
    soort: Soort,
    data: FormData,
    extra: {
      waarden?: Record<string, string | string[]>;
      versie?: number;
      errors?: Record<string, string | undefined>;
      conflict?: boolean;
    } = {},
    status = 200,
  ) {
    const ctx = pageContext(request, reply);
    const props = {
      ctx,
      data,
      waarden: extra.waarden ?? {
        ...(soort === 'doel' ? waardenUitDoel(data.doel) : waardenUitActie(data.actie)),
        herinneren: soort === 'doel' ? data.herinnerenDoel : data.herinnerenActie,
      },
      versie: extra.versie ?? (soort === 'doel' ? data.doel?.versie : data.actie?.versie) ?? 0,
      errors: extra.errors ?? {},
      conflict: extra.conflict ?? false,
    };
    return sendPage(reply, soort === 'doel' ? <DoelPage {...props} /> : <ActiePage {...props} />, status);
  }

  function naBewaren(request: FastifyRequest, reply: FastifyReply, soort: Soort, uitkomst: BewaarUitkomst) {
    const { dossierId } = request.params as Params;
    const basis = `/dossiers/${dossierId}/plan`;
    switch (uitkomst.soort) {
      case 'bewaard':
        return reply.redirect(`${basis}?melding=bewaard`, 303);
      case 'voorgesteld':
        return reply.redirect(`${basis}?melding=voorgesteld`, 303);
      case 'fout':
        return toonForm(request, reply, soort, uitkomst.stand, uitkomst, 400);
      case 'conflict':
        // The stored version now: saving again overwrites knowingly, with the input kept.
        return toonForm(request, reply, soort, uitkomst.stand, { ...uitkomst, conflict: true }, 409);
    }
  }

  const body = (request: FastifyRequest) => (request.body ?? {}) as FormBody;

  app.get(
    '/dossiers/:dossierId/plan/doelen/nieuw',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      return toonForm(
        request,
        reply,
        'doel',
        await leesForm(db, viewerOf(request), { dossierId, nu: deps.now() }),
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/plan/doelen/nieuw',
    { preValidation: csrf, preHandler: requireLogin, config: metGebieden },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const uitkomst = await bewaarDoel(
        db,
        viewerOf(request),
        { dossierId, body: body(request), nu: deps.now() },
        request.t,
      );
      return naBewaren(request, reply, 'doel', uitkomst);
    },
  );

  app.get(
    '/dossiers/:dossierId/plan/doelen/:doelId',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, doelId } = request.params as Params;
      return toonForm(
        request,
        reply,
        'doel',
        await leesForm(db, viewerOf(request), { dossierId, doelId: id(doelId), nu: deps.now() }),
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/plan/doelen/:doelId',
    { preValidation: csrf, preHandler: requireLogin, config: metGebieden },
    async (request, reply) => {
      const { dossierId, doelId } = request.params as Params;
      const uitkomst = await bewaarDoel(
        db,
        viewerOf(request),
        { dossierId, doelId: id(doelId), body: body(request), nu: deps.now() },
        request.t,
      );
      return naBewaren(request, reply, 'doel', uitkomst);
    },
  );

  app.get(
    '/dossiers/:dossierId/plan/doelen/:doelId/acties/nieuw',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, doelId } = request.params as Params;
      return toonForm(
        request,
        reply,
        'actie',
        await leesForm(db, viewerOf(request), { dossierId, doelId: id(doelId), nu: deps.now() }),
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/plan/doelen/:doelId/acties/nieuw',
    { preValidation: csrf, preHandler: requireLogin, config: metHerinneren },
    async (request, reply) => {
      const { dossierId, doelId } = request.params as Params;
      const uitkomst = await bewaarActie(
        db,
        viewerOf(request),
        { dossierId, doelId: id(doelId), body: body(request), nu: deps.now() },
        request.t,
      );
      return naBewaren(request, reply, 'actie', uitkomst);
    },
  );

  app.get(
    '/dossiers/:dossierId/plan/acties/:actieId',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, actieId } = request.params as Params;
      return toonForm(
        request,
        reply,
        'actie',
        await leesForm(db, viewerOf(request), { dossierId, actieId: id(actieId), nu: deps.now() }),
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/plan/acties/:actieId',
    { preValidation: csrf, preHandler: requireLogin, config: metHerinneren },
    async (request, reply) => {
      const { dossierId, actieId } = request.params as Params;
      const uitkomst = await bewaarActie(
        db,
        viewerOf(request),
        { dossierId, actieId: id(actieId), body: body(request), nu: deps.now() },
        request.t,
      );
      return naBewaren(request, reply, 'actie', uitkomst);
    },
  );

  app.post(
    '/dossiers/:dossierId/plan/acties/:actieId/notities',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, actieId } = request.params as Params;
      const uitkomst = await bewaarNotitie(
        db,
        viewerOf(request),
        { dossierId, actieId: id(actieId), body: body(request), nu: deps.now() },
        request.t,
      );
      if (uitkomst.soort === 'bewaard')
        return reply.redirect(`/dossiers/${dossierId}/plan?melding=notitie`, 303);
      return toonPlan(
        request,
        reply,
        { fout: { soort: 'notitie', actieId: id(actieId), fout: uitkomst.fout } },
        400,
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/plan/voorstellen/:voorstelId',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, voorstelId } = request.params as Params;
      const uitkomst = await beslisVoorstel(db, viewerOf(request), {
        dossierId,
        voorstelId: id(voorstelId),
        body: body(request),
        nu: deps.now(),
      });
      if (uitkomst.soort !== 'kan-niet')
        return reply.redirect(`/dossiers/${dossierId}/plan?melding=${uitkomst.soort}`, 303);
      return toonPlan(
        request,
        reply,
        { fout: { soort: 'voorstel', id: id(voorstelId), reden: uitkomst.reden } },
        409,
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/plan/regievoerder',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const uitkomst = await kiesRegievoerder(db, viewerOf(request), {
        dossierId,
        body: body(request),
        nu: deps.now(),
      });
      if (uitkomst.soort === 'ok')
        return reply.redirect(`/dossiers/${dossierId}/plan?melding=regievoerder`, 303);
      return toonPlan(
        request,
        reply,
        { fout: { soort: 'regievoerder', reden: uitkomst.soort } },
        uitkomst.soort === 'fout' ? 400 : 409,
      );
    },
  );

  // Huishouden (issue 11 item 4): her household link, hers alone (huishouden.ts).
  const huishouden = '/dossiers/:dossierId/plan/huishouden';
  async function toonHuishouden(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Omit<Parameters<typeof HuishoudenPage>[0], 'ctx' | 'stand'> = {},
    status = 200,
  ) {
    const { dossierId } = request.params as Params;
    const stand = await leesHuishouden(db, viewerOf(request), dossierId, deps.now());
    return sendPage(
      reply,
      <HuishoudenPage ctx={pageContext(request, reply)} stand={stand} {...extra} />,
      status,
    );
  }

  app.get(huishouden, { preHandler: requireLogin, config: persoonsgegevens }, async (request, reply) => {
    const melding = (request.query as Record<string, string | undefined>).melding;
    return toonHuishouden(request, reply, {
      ...(HUISHOUDEN_MELDINGEN.includes(melding as HuishoudenMelding)
        ? { melding: melding as HuishoudenMelding }
        : {}),
    });
  });

  // The new code is shown on the answer itself, once (only its hash is kept): no redirect.
  app.post(
    `${huishouden}/code`,
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const nieuweCode = await maakKoppelcode(db, viewerOf(request), { dossierId, nu: deps.now() });
      return toonHuishouden(request, reply, { nieuweCode });
    },
  );

  app.post(
    `${huishouden}/koppelen`,
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const uitkomst = await koppel(
        db,
        viewerOf(request),
        { dossierId, body: body(request), nu: deps.now() },
        request.t,
      );
      if (uitkomst.soort === 'gekoppeld')
        return reply.redirect(`/dossiers/${dossierId}/plan/huishouden?melding=gekoppeld`, 303);
      return toonHuishouden(request, reply, { errors: uitkomst.errors, waarden: uitkomst.waarden }, 400);
    },
  );

  app.post(
    `${huishouden}/stoppen`,
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      await stopHuishouden(db, viewerOf(request), { dossierId, nu: deps.now() });
      return reply.redirect(`/dossiers/${dossierId}/plan/huishouden?melding=gestopt`, 303);
    },
  );

  // The same plan for machines: JSON with an ETag per goal and action, changes with If-Match.
  await planApiRoutes(app, deps);
}
