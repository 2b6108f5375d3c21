import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { baseUrlFor } from '../auth/account-links.js';
import { gemeenteOf, requireLogin, viewerOf } from '../auth/routes.js';
import type { Db } from '../platform/db/database.js';
import type { HulpPerLevensgebied } from '../platform/extensions/hulp.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { isUuid } from '../platform/http/ids.js';
import { maakPdf } from '../platform/pdf/maak-pdf.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import {
  type BeraadUitkomst,
  beslisOverBeraad,
  bewaarAfspraken,
  leesBeraad,
  richtBeraadIn,
  zetEigenTijd,
} from './beraad.js';
import { beantwoordUitnodiging, leesUitnodiging } from './beraad-link.js';
import { type Waarden, waardenUitAantekeningen, waardenUitVoorbereiding } from './forms.js';
import { type GesprekData, leesGesprek, leesLijst } from './lezen.js';
import {
  BERAAD_MELDINGEN,
  type BeraadFormulier,
  type BeraadMelding,
  BeraadPage,
} from './pages/beraad-page.js';
import { GESPREK_MELDINGEN, type GesprekMelding, GesprekPage } from './pages/gesprek-page.js';
import { LijstPage } from './pages/lijst-page.js';
import { PersoonlijkPlanPage } from './pages/plan-page.js';
import { UitnodigingPage } from './pages/uitnodiging-page.js';
import { VERSLAG_MELDINGEN, type VerslagMelding, VerslagPage } from './pages/verslag-page.js';
import { type HulpPerGebied, VoerenPage } from './pages/voeren-page.js';
import { VoorbereidingPage } from './pages/voorbereiding-page.js';
import { LEGE_VOORBEREIDING } from './queries.js';
import { agendaVoorstel } from './rules.js';
import { persoonlijkPlan, verslagDocument } from './weergave.js';
import {
  bereidVoor,
  beslisOverVerslag,
  bewaarGesprek,
  corrigeerVerslag,
  dienIn,
  meld,
  stelVerslagOp,
  type VerslagUitkomst,
} from './wijzigen.js';

export type GesprekkenDeps = {
  db: Db;
  now: () => Date;
  /** What could help per domain (the sociale kaart …): public data, asked after the door */
  hulp?: HulpPerLevensgebied;
  /** Asks the job runner for a round soon (the goals of an approved report to her plan) */
  kick?: () => void;
  /** Sends queued mail soon (the netwerkberaad's invitations) */
  mailer?: { kick: () => void };
  publicUrl?: string | undefined;
};

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };
const metKeuzes = { ...persoonsgegevens, herhaalbaar: ['gebieden', 'vragen'] };
const metAgenda = { ...persoonsgegevens, herhaalbaar: ['agenda', 'vragen'] };

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

  const lees = (request: FastifyRequest, nodig: 'lezen' | 'bewerken' = 'lezen'): Promise<GesprekData> => {
    const { dossierId, gesprekId } = request.params as Params;
    return leesGesprek(db, viewerOf(request), { dossierId, gesprekId: id(gesprekId), nu: deps.now(), nodig });
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

  // --- the talk (the professional's view) -------------------------------------------------------

  /** What could help per domain, from public sources; asked after the door has closed. */
  async function hulpVoor(request: FastifyRequest, data: GesprekData): Promise<HulpPerGebied> {
    const hulp: HulpPerGebied = {};
    if (!deps.hulp) return hulp;
    const gemeenteId = viewerOf(request).gemeenteId;
    for (const g of data.gebieden)
      hulp[g.code] = await deps.hulp.voor({ gemeenteId, levensgebied: g.code, aantal: 3, nu: deps.now() });
    return hulp;
  }

  async function toonVoeren(
    request: FastifyRequest,
    reply: FastifyReply,
    data: GesprekData,
    extra: { waarden?: Waarden; errors?: Record<string, string | undefined>; conflict?: boolean } = {},
    status = 200,
  ) {
    const g = data.gesprek;
    const bewaard = (request.query as Record<string, string | undefined>).melding === 'bewaard';
    const waarden =
      extra.waarden ??
      waardenUitAantekeningen(
        g.aantekeningen ?? {
          agenda: agendaVoorstel(
            data.gebieden.map((x) => x.code),
            g.voorbereiding?.gebieden ?? [],
          ),
          perGebied: {},
          vragen: g.voorbereiding?.vragen ?? [],
          doelen: [],
          betrokkenen: '',
          regievoerder: '',
        },
      );
    return sendPage(
      reply,
      <VoerenPage
        ctx={pageContext(request, reply)}
        data={data}
        hulp={await hulpVoor(request, data)}
        waarden={waarden}
        versie={g.aantekeningenVersie}
        errors={extra.errors ?? {}}
        conflict={extra.conflict ?? false}
        bewaard={status === 200 && bewaard}
      />,
      status,
    );
  }

  app.get(
    '/dossiers/:dossierId/gesprekken/:gesprekId/gesprek',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => toonVoeren(request, reply, await lees(request, 'bewerken')),
  );

  app.post(
    '/dossiers/:dossierId/gesprekken/:gesprekId/gesprek',
    { preValidation: csrf, preHandler: requireLogin, config: metAgenda },
    async (request, reply) => {
      const { dossierId, gesprekId } = request.params as Params;
      const uitkomst = await bewaarGesprek(
        db,
        viewerOf(request),
        { dossierId, gesprekId: id(gesprekId), body: body(request), nu: deps.now() },
        request.t,
      );
      if (uitkomst.soort === 'bewaard')
        return reply.redirect(`/dossiers/${dossierId}/gesprekken/${gesprekId}/gesprek?melding=bewaard`, 303);
      if (uitkomst.soort === 'fout') return toonVoeren(request, reply, uitkomst.stand, uitkomst, 400);
      return toonVoeren(request, reply, uitkomst.stand, { ...uitkomst, conflict: true }, 409);
    },
  );

  // --- the report ---------------------------------------------------------------------------------

  function verslagAntwoord(request: FastifyRequest, reply: FastifyReply, uitkomst: VerslagUitkomst) {
    const { dossierId, gesprekId } = request.params as Params;
    if (uitkomst.soort === 'bewaard') {
      if (uitkomst.melding === 'akkoord') deps.kick?.();
      return reply.redirect(
        `/dossiers/${dossierId}/gesprekken/${gesprekId}/verslag?melding=${uitkomst.melding}`,
        303,
      );
    }
    const ctx = pageContext(request, reply);
    if (uitkomst.soort === 'fout')
      return sendPage(
        reply,
        <VerslagPage ctx={ctx} data={uitkomst.stand} waarden={uitkomst.waarden} errors={uitkomst.errors} />,
        400,
      );
    return sendPage(
      reply,
      <VerslagPage
        ctx={ctx}
        data={uitkomst.stand}
        waarden={uitkomst.waarden}
        conflict={{ gezien: uitkomst.gezien, reden: uitkomst.reden }}
      />,
      409,
    );
  }

  app.get(
    '/dossiers/:dossierId/gesprekken/:gesprekId/verslag',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const data = await lees(request);
      const m: VerslagMelding | undefined = melding(request, VERSLAG_MELDINGEN);
      return sendPage(reply, <VerslagPage ctx={pageContext(request, reply)} data={data} melding={m} />);
    },
  );

  app.post(
    '/dossiers/:dossierId/gesprekken/:gesprekId/verslag/opstellen',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, gesprekId } = request.params as Params;
      const uitkomst = await stelVerslagOp(
        db,
        viewerOf(request),
        { dossierId, gesprekId: id(gesprekId), nu: deps.now() },
        request.t,
      );
      if (uitkomst.soort === 'fout')
        return toonVoeren(request, reply, uitkomst.stand, { errors: uitkomst.errors }, 400);
      return verslagAntwoord(request, reply, uitkomst);
    },
  );

  app.post(
    '/dossiers/:dossierId/gesprekken/:gesprekId/verslag',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, gesprekId } = request.params as Params;
      const uitkomst = await corrigeerVerslag(
        db,
        viewerOf(request),
        { dossierId, gesprekId: id(gesprekId), body: body(request), nu: deps.now() },
        request.t,
      );
      return verslagAntwoord(request, reply, uitkomst);
    },
  );

  app.post(
    '/dossiers/:dossierId/gesprekken/:gesprekId/verslag/besluit',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, gesprekId } = request.params as Params;
      const uitkomst = await beslisOverVerslag(
        db,
        viewerOf(request),
        { dossierId, gesprekId: id(gesprekId), body: body(request), nu: deps.now() },
        request.t,
      );
      return verslagAntwoord(request, reply, uitkomst);
    },
  );

  // The final report as an accessible PDF: the same document as the final version on the page.
  app.get(
    '/dossiers/:dossierId/gesprekken/:gesprekId/verslag.pdf',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const data = await lees(request);
      const definitief = data.gesprek.definitief;
      if (!definitief) throw new HttpError('NOT_FOUND');
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="verslag-keukentafelgesprek.pdf"')
        .send(await maakPdf(verslagDocument(data, definitief, request.t, request.locale)));
    },
  );

  // --- the netwerkberaad (Eigen Kracht-style) -----------------------------------------------------

  const baseUrl = (request: FastifyRequest) =>
    baseUrlFor(gemeenteOf(request), deps.publicUrl, `${request.protocol}://${request.host}`);

  app.get(
    '/dossiers/:dossierId/gesprekken/:gesprekId/netwerkberaad',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, gesprekId } = request.params as Params;
      const data = await leesBeraad(db, viewerOf(request), {
        dossierId,
        gesprekId: id(gesprekId),
        nu: deps.now(),
      });
      const m: BeraadMelding | undefined = melding(request, BERAAD_MELDINGEN);
      return sendPage(reply, <BeraadPage ctx={pageContext(request, reply)} data={data} melding={m} />);
    },
  );

  function beraadAntwoord(
    request: FastifyRequest,
    reply: FastifyReply,
    formulier: BeraadFormulier,
    uitkomst: BeraadUitkomst,
  ) {
    const { dossierId, gesprekId } = request.params as Params;
    if (uitkomst.soort === 'bewaard') {
      if (uitkomst.melding === 'akkoord') deps.kick?.();
      if (uitkomst.melding === 'ingericht') deps.mailer?.kick();
      return reply.redirect(
        `/dossiers/${dossierId}/gesprekken/${gesprekId}/netwerkberaad?melding=${uitkomst.melding}`,
        303,
      );
    }
    const ctx = pageContext(request, reply);
    return sendPage(
      reply,
      <BeraadPage
        ctx={ctx}
        data={uitkomst.stand}
        formulier={formulier}
        waarden={uitkomst.waarden}
        errors={uitkomst.soort === 'fout' ? uitkomst.errors : {}}
        conflict={uitkomst.soort === 'conflict' ? uitkomst.reden : undefined}
      />,
      uitkomst.soort === 'fout' ? 400 : 409,
    );
  }

  const beraadInput = (request: FastifyRequest) => {
    const { dossierId, gesprekId } = request.params as Params;
    return { dossierId, gesprekId: id(gesprekId), body: body(request), nu: deps.now() };
  };

  app.post(
    '/dossiers/:dossierId/gesprekken/:gesprekId/netwerkberaad',
    {
      preValidation: csrf,
      preHandler: requireLogin,
      config: { ...persoonsgegevens, herhaalbaar: ['agenda', 'uitnodigen'] },
    },
    async (request, reply) =>
      beraadAntwoord(
        request,
        reply,
        'inrichten',
        await richtBeraadIn(
          db,
          viewerOf(request),
          { ...beraadInput(request), baseUrl: baseUrl(request) },
          request.t,
        ),
      ),
  );

  app.post(
    '/dossiers/:dossierId/gesprekken/:gesprekId/netwerkberaad/eigen-tijd',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, gesprekId } = request.params as Params;
      const uitkomst = await zetEigenTijd(db, viewerOf(request), {
        dossierId,
        gesprekId: id(gesprekId),
        aan: body(request).aan === 'ja',
        nu: deps.now(),
      });
      return reply.redirect(
        `/dossiers/${dossierId}/gesprekken/${gesprekId}/netwerkberaad?melding=${uitkomst}`,
        303,
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/gesprekken/:gesprekId/netwerkberaad/plan',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) =>
      beraadAntwoord(
        request,
        reply,
        'plan',
        await bewaarAfspraken(db, viewerOf(request), beraadInput(request), request.t),
      ),
  );

  app.post(
    '/dossiers/:dossierId/gesprekken/:gesprekId/netwerkberaad/besluit',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) =>
      beraadAntwoord(
        request,
        reply,
        'besluit',
        await beslisOverBeraad(db, viewerOf(request), beraadInput(request), request.t),
      ),
  );

  // The invitation link (no login: the link is the key); an unknown link is a 404, a closed one 410.
  app.get('/netwerkberaad/:token', { config: persoonsgegevens }, async (request, reply) => {
    const token = (request.params as { token?: string }).token ?? '';
    const uitnodiging = await leesUitnodiging(db, gemeenteOf(request).id, token, deps.now());
    const status = uitnodiging.stand === 'open' ? 200 : uitnodiging.stand === 'onbekend' ? 404 : 410;
    return sendPage(
      reply,
      <UitnodigingPage ctx={pageContext(request, reply)} uitnodiging={uitnodiging} token={token} />,
      status,
    );
  });

  app.post(
    '/netwerkberaad/:token',
    { preValidation: csrf, config: persoonsgegevens },
    async (request, reply) => {
      const token = (request.params as { token?: string }).token ?? '';
      const uitkomst = await beantwoordUitnodiging(
        db,
        { gemeenteId: gemeenteOf(request).id, token, body: body(request), nu: deps.now() },
        request.t,
      );
      const ctx = pageContext(request, reply);
      if (uitkomst.soort === 'fout')
        return sendPage(
          reply,
          <UitnodigingPage
            ctx={ctx}
            uitnodiging={uitkomst.uitnodiging}
            token={token}
            waarden={uitkomst.waarden}
            errors={uitkomst.errors}
          />,
          400,
        );
      const status = uitkomst.soort === 'onbekend' ? 404 : uitkomst.soort === 'gesloten' ? 410 : 200;
      return sendPage(reply, <UitnodigingPage ctx={ctx} uitkomst={uitkomst.soort} token={token} />, status);
    },
  );
}
