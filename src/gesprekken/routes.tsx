import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireLogin, viewerOf } from '../auth/routes.js';
import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { isUuid } from '../platform/http/ids.js';
import { maakPdf } from '../platform/pdf/maak-pdf.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { waardenUitVoorbereiding } from './forms.js';
import { type GesprekData, leesGesprek, leesLijst } from './lezen.js';
import { GESPREK_MELDINGEN, type GesprekMelding, GesprekPage } from './pages/gesprek-page.js';
import { LijstPage } from './pages/lijst-page.js';
import { PersoonlijkPlanPage } from './pages/plan-page.js';
import { VoorbereidingPage } from './pages/voorbereiding-page.js';
import { LEGE_VOORBEREIDING } from './queries.js';
import { persoonlijkPlan } from './weergave.js';
import { bereidVoor, dienIn, meld } from './wijzigen.js';

export type GesprekkenDeps = { db: Db; now: () => Date };

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };
const metKeuzes = { ...persoonsgegevens, herhaalbaar: ['gebieden', 'vragen'] };

type Params = { dossierId: string; gesprekId?: string };

/** An id in the path that is no uuid cannot name anything: 404 before any work. */
function id(waarde: string | undefined): string {
  if (!isUuid(waarde)) throw new HttpError('NOT_FOUND');
  return waarde;
}

const melding = <T extends string>(request: FastifyRequest, toegestaan: readonly T[]): T | undefined => {
  const m = (request.query as Record<string, string | undefined>).melding;
  return toegestaan.includes(m as T) ? (m as T) : undefined;
};

/**
 * Routes of the keukentafelgesprek: her requests for help with their deadlines, the
 * preparation, and the persoonlijk plan as a page and a PDF. Access is decided by the door in
 * lezen.ts and wijzigen.ts; no route checks it itself.
 */
export async function gesprekkenRoutes(app: FastifyInstance, deps: GesprekkenDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;
  const body = (request: FastifyRequest) => (request.body ?? {}) as FormBody;

  // The record's generic section page leads here; it reads nothing.
  app.get('/dossiers/:dossierId/secties/gesprekken', { preHandler: requireLogin }, async (request, reply) => {
    const { dossierId } = request.params as Params;
    return reply.redirect(`/dossiers/${encodeURIComponent(dossierId)}/gesprekken`, 303);
  });

  app.get(
    '/dossiers/:dossierId/gesprekken',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const data = await leesLijst(db, viewerOf(request), dossierId, deps.now());
      return sendPage(reply, <LijstPage ctx={pageContext(request, reply)} data={data} />);
    },
  );

  app.post(
    '/dossiers/:dossierId/gesprekken',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const uitkomst = await meld(
        db,
        viewerOf(request),
        { dossierId, body: body(request), nu: deps.now() },
        request.t,
      );
      if (uitkomst.soort === 'bewaard')
        return reply.redirect(`/dossiers/${dossierId}/gesprekken/${uitkomst.id}?melding=gemeld`, 303);
      return sendPage(
        reply,
        <LijstPage
          ctx={pageContext(request, reply)}
          data={uitkomst.stand}
          errors={uitkomst.errors}
          waarden={uitkomst.waarden}
        />,
        400,
      );
    },
  );

  const lees = (request: FastifyRequest): Promise<GesprekData> => {
    const { dossierId, gesprekId } = request.params as Params;
    return leesGesprek(db, viewerOf(request), { dossierId, gesprekId: id(gesprekId), nu: deps.now() });
  };

  app.get(
    '/dossiers/:dossierId/gesprekken/:gesprekId',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const data = await lees(request);
      const m: GesprekMelding | undefined = melding(request, GESPREK_MELDINGEN);
      return sendPage(reply, <GesprekPage ctx={pageContext(request, reply)} data={data} melding={m} />);
    },
  );

  function toonVoorbereiding(
    request: FastifyRequest,
    reply: FastifyReply,
    data: GesprekData,
    extra: {
      waarden?: Record<string, string | string[]>;
      errors?: Record<string, string | undefined>;
      conflict?: boolean;
    } = {},
    status = 200,
  ) {
    const opgeslagen = data.gesprek.voorbereiding ?? { ...LEGE_VOORBEREIDING, gebieden: data.aandacht };
    return sendPage(
      reply,
      <VoorbereidingPage
        ctx={pageContext(request, reply)}
        data={data}
        waarden={extra.waarden ?? waardenUitVoorbereiding(opgeslagen)}
        versie={data.gesprek.versie}
        errors={extra.errors ?? {}}
        conflict={extra.conflict ?? false}
      />,
      status,
    );
  }

  app.get(
    '/dossiers/:dossierId/gesprekken/:gesprekId/voorbereiding',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => toonVoorbereiding(request, reply, await lees(request)),
  );

  app.post(
    '/dossiers/:dossierId/gesprekken/:gesprekId/voorbereiding',
    { preValidation: csrf, preHandler: requireLogin, config: metKeuzes },
    async (request, reply) => {
      const { dossierId, gesprekId } = request.params as Params;
      const uitkomst = await bereidVoor(
        db,
        viewerOf(request),
        { dossierId, gesprekId: id(gesprekId), body: body(request), nu: deps.now() },
        request.t,
      );
      if (uitkomst.soort === 'bewaard')
        return reply.redirect(`/dossiers/${dossierId}/gesprekken/${gesprekId}?melding=bewaard`, 303);
      if (uitkomst.soort === 'fout') return toonVoorbereiding(request, reply, uitkomst.stand, uitkomst, 400);
      return toonVoorbereiding(request, reply, uitkomst.stand, { ...uitkomst, conflict: true }, 409);
    },
  );

  app.get(
    '/dossiers/:dossierId/gesprekken/:gesprekId/persoonlijk-plan',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const data = await lees(request);
      const ctx = pageContext(request, reply);
      return sendPage(
        reply,
        <PersoonlijkPlanPage
          ctx={ctx}
          basis={`/dossiers/${data.dossierId}/gesprekken/${data.gesprek.id}`}
          document={persoonlijkPlan(data, ctx.t, ctx.locale)}
        />,
      );
    },
  );

  app.get(
    '/dossiers/:dossierId/gesprekken/:gesprekId/persoonlijk-plan.pdf',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const data = await lees(request);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="persoonlijk-plan.pdf"')
        .send(await maakPdf(persoonlijkPlan(data, request.t, request.locale)));
    },
  );

  app.post(
    '/dossiers/:dossierId/gesprekken/:gesprekId/persoonlijk-plan/ingediend',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, gesprekId } = request.params as Params;
      const uitkomst = await dienIn(db, viewerOf(request), {
        dossierId,
        gesprekId: id(gesprekId),
        nu: deps.now(),
      });
      return reply.redirect(`/dossiers/${dossierId}/gesprekken/${gesprekId}?melding=${uitkomst}`, 303);
    },
  );
}
