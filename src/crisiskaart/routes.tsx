import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { baseUrlFor } from '../auth/account-links.js';
import { gemeenteOf, requireLogin, requireRole, viewerOf } from '../auth/routes.js';
import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { isUuid } from '../platform/http/ids.js';
import type { Mailer } from '../platform/mail/mailer.js';
import { maakPdf } from '../platform/pdf/maak-pdf.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { eigenDossierId } from '../regie/door/door.js';
import { beantwoordLink, leesLinkVraag } from './afspraak-link.js';
import { kaartDocument, noodtoegangUrl } from './kaart-document.js';
import { leesForm, leesKaart, leesKaartVoorPdf, leesPlan, leesVoorstellen } from './lezen.js';
import { BewerkenPage } from './pages/bewerken-page.js';
import { KAART_MELDINGEN, type KaartMelding, KaartPage } from './pages/kaart-page.js';
import { LinkPage } from './pages/link-page.js';
import { PLAN_MELDINGEN, type PlanMelding, PlanPage } from './pages/plan-page.js';
import { VoorstellenPage } from './pages/voorstellen-page.js';
import {
  beantwoordInApp,
  beslisVoorstel,
  bewaarKaart,
  markeerGecontroleerd,
  verwijderAfspraak,
  vraagAfspraak,
} from './wijzigen.js';

export type CrisiskaartDeps = { db: Db; now: () => Date; mailer: Mailer; publicUrl: string | undefined };

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };

type Params = { dossierId: string; voorstelId?: string; afspraakId?: string; token?: string };

function id(waarde: string | undefined): string {
  if (!isUuid(waarde)) throw new HttpError('NOT_FOUND');
  return waarde;
}

const keuze = <T extends string>(lijst: readonly T[], waarde: string | undefined): T | undefined =>
  lijst.includes(waarde as T) ? (waarde as T) : undefined;

/**
 * Routes of the crisiskaart: the card (the phone page; under emergency access the only one
 * that opens), the longer plan, the editor (or a proposal), proposals, the date checked, and
 * the practical agreements with their one-time links. Access is decided by the door in
 * lezen.ts and wijzigen.ts; no route checks it itself.
 */
export async function crisiskaartRoutes(app: FastifyInstance, deps: CrisiskaartDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;
  const baseUrl = (request: FastifyRequest) =>
    baseUrlFor(gemeenteOf(request), deps.publicUrl, `${request.protocol}://${request.host}`);
  const basis = (request: FastifyRequest) =>
    `/dossiers/${encodeURIComponent((request.params as Params).dossierId)}/crisiskaart`;

  app.get(
    '/mijn-crisiskaart',
    { preHandler: requireRole('inwoner'), config: persoonsgegevens },
    async (request, reply) => {
      const dossierId = await eigenDossierId(db, viewerOf(request));
      if (!dossierId) return reply.redirect('/mijn-gegevens', 303);
      return reply.redirect(`/dossiers/${dossierId}/crisiskaart`, 303);
    },
  );

  // The record's generic section page (and emergency access) lead here; it reads nothing.
  app.get('/dossiers/:dossierId/secties/crisiskaart', { preHandler: requireLogin }, async (request, reply) =>
    reply.redirect(basis(request), 303),
  );

  app.get(
    '/dossiers/:dossierId/crisiskaart',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const data = await leesKaart(db, viewerOf(request), (request.params as Params).dossierId, deps.now());
      const melding = keuze<KaartMelding>(KAART_MELDINGEN, (request.query as Record<string, string>).melding);
      return sendPage(reply, <KaartPage ctx={pageContext(request, reply)} data={data} melding={melding} />);
    },
  );

  // The printable card: ID-1 pages to fold, with the QR code to this record's emergency access.
  app.get(
    '/dossiers/:dossierId/crisiskaart/kaartje.pdf',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const data = await leesKaartVoorPdf(
        db,
        viewerOf(request),
        (request.params as Params).dossierId,
        deps.now(),
      );
      const document = kaartDocument(data, {
        t: request.t,
        locale: request.locale,
        noodUrl: noodtoegangUrl(baseUrl(request), data.dossierId),
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="crisiskaart.pdf"')
        .send(await maakPdf(document));
    },
  );

  async function toonPlan(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Omit<Parameters<typeof PlanPage>[0], 'ctx' | 'data'> = {},
    status = 200,
  ) {
    const data = await leesPlan(db, viewerOf(request), (request.params as Params).dossierId, deps.now());
    return sendPage(reply, <PlanPage ctx={pageContext(request, reply)} data={data} {...extra} />, status);
  }

  app.get(
    '/dossiers/:dossierId/crisiskaart/plan',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) =>
      toonPlan(request, reply, {
        melding: keuze<PlanMelding>(PLAN_MELDINGEN, (request.query as Record<string, string>).melding),
      }),
  );

  app.get(
    '/dossiers/:dossierId/crisiskaart/bewerken',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const stand = await leesForm(db, viewerOf(request), (request.params as Params).dossierId, deps.now());
      return sendPage(
        reply,
        <BewerkenPage
          ctx={pageContext(request, reply)}
          stand={stand}
          waarden={{ inhoud: stand.inhoud, naam: stand.naam }}
          versie={stand.versie}
        />,
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/crisiskaart/bewerken',
    {
      preValidation: csrf,
      preHandler: requireLogin,
      config: { ...persoonsgegevens, herhaalbaar: ['waarschuw'] },
    },
    async (request, reply) => {
      const uitkomst = await bewaarKaart(
        db,
        viewerOf(request),
        {
          dossierId: (request.params as Params).dossierId,
          body: (request.body ?? {}) as FormBody,
          nu: deps.now(),
        },
        request.t,
      );
      if (uitkomst.soort === 'bewaard') return reply.redirect(`${basis(request)}?melding=bewaard`, 303);
      if (uitkomst.soort === 'voorgesteld')
        return reply.redirect(`${basis(request)}?melding=voorgesteld`, 303);
      const ctx = pageContext(request, reply);
      if (uitkomst.soort === 'conflict')
        return sendPage(
          reply,
          <BewerkenPage
            ctx={ctx}
            stand={uitkomst.stand}
            waarden={uitkomst.waarden}
            versie={uitkomst.versie}
            conflict
          />,
          409,
        );
      return sendPage(
        reply,
        <BewerkenPage
          ctx={ctx}
          stand={uitkomst.stand}
          waarden={uitkomst.waarden}
          versie={uitkomst.versie}
          errors={uitkomst.errors}
        />,
        400,
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/crisiskaart/gecontroleerd',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const uitkomst = await markeerGecontroleerd(
        db,
        viewerOf(request),
        {
          dossierId: (request.params as Params).dossierId,
          body: (request.body ?? {}) as FormBody,
          nu: deps.now(),
        },
        request.t,
      );
      if (uitkomst === 'conflict') throw new HttpError('CONFLICT');
      return reply.redirect(`${basis(request)}?melding=gecontroleerd`, 303);
    },
  );

  app.get(
    '/dossiers/:dossierId/crisiskaart/voorstellen',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const data = await leesVoorstellen(
        db,
        viewerOf(request),
        (request.params as Params).dossierId,
        deps.now(),
      );
      return sendPage(reply, <VoorstellenPage ctx={pageContext(request, reply)} data={data} />);
    },
  );

  app.post(
    '/dossiers/:dossierId/crisiskaart/voorstellen/:voorstelId',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const params = request.params as Params;
      const uitkomst = await beslisVoorstel(
        db,
        viewerOf(request),
        {
          dossierId: params.dossierId,
          voorstelId: id(params.voorstelId),
          body: (request.body ?? {}) as FormBody,
          nu: deps.now(),
        },
        request.t,
      );
      return reply.redirect(`${basis(request)}?melding=${uitkomst}`, 303);
    },
  );

  app.post(
    '/dossiers/:dossierId/crisiskaart/afspraken',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const uitkomst = await vraagAfspraak(
        db,
        viewerOf(request),
        {
          dossierId: (request.params as Params).dossierId,
          body: (request.body ?? {}) as FormBody,
          nu: deps.now(),
          baseUrl: baseUrl(request),
        },
        request.t,
      );
      if (uitkomst.soort === 'fout')
        return toonPlan(request, reply, { errors: uitkomst.errors, waarden: uitkomst.waarden }, 400);
      if (uitkomst.perMail) deps.mailer.kick();
      return reply.redirect(`${basis(request)}/plan?melding=gevraagd`, 303);
    },
  );

  app.post(
    '/dossiers/:dossierId/crisiskaart/afspraken/:afspraakId/verwijderen',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const params = request.params as Params;
      await verwijderAfspraak(db, viewerOf(request), {
        dossierId: params.dossierId,
        afspraakId: id(params.afspraakId),
        nu: deps.now(),
      });
      return reply.redirect(`${basis(request)}/plan?melding=verwijderd`, 303);
    },
  );

  app.post(
    '/dossiers/:dossierId/crisiskaart/afspraken/:afspraakId/antwoord',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const params = request.params as Params;
      const uitkomst = await beantwoordInApp(
        db,
        viewerOf(request),
        {
          dossierId: params.dossierId,
          afspraakId: id(params.afspraakId),
          body: (request.body ?? {}) as FormBody,
          nu: deps.now(),
          baseUrl: baseUrl(request),
        },
        request.t,
      );
      deps.mailer.kick();
      return reply.redirect(`${basis(request)}/plan?melding=antwoord.${uitkomst}`, 303);
    },
  );

  // --- the one-time link (no login: the link is the key) ---

  app.get('/crisiskaart/afspraak/:token', { config: persoonsgegevens }, async (request, reply) => {
    const token = (request.params as Params).token ?? '';
    const vraag = await leesLinkVraag(db, gemeenteOf(request).id, token, deps.now());
    const status = vraag.stand === 'open' ? 200 : vraag.stand === 'onbekend' ? 404 : 410;
    return sendPage(
      reply,
      <LinkPage ctx={pageContext(request, reply)} vraag={vraag} token={token} />,
      status,
    );
  });

  app.post(
    '/crisiskaart/afspraak/:token',
    { preValidation: csrf, config: persoonsgegevens },
    async (request, reply) => {
      const token = (request.params as Params).token ?? '';
      const gemeenteId = gemeenteOf(request).id;
      const uitkomst = await beantwoordLink(
        db,
        {
          gemeenteId,
          token,
          body: (request.body ?? {}) as FormBody,
          nu: deps.now(),
          baseUrl: baseUrl(request),
        },
        request.t,
      );
      const ctx = pageContext(request, reply);
      if (uitkomst.soort === 'ongeldig') {
        const vraag = await leesLinkVraag(db, gemeenteId, token, deps.now());
        return sendPage(reply, <LinkPage ctx={ctx} vraag={vraag} token={token} fout />, 400);
      }
      if (uitkomst.soort === 'afgesproken' || uitkomst.soort === 'afgewezen') deps.mailer.kick();
      const status =
        uitkomst.soort === 'onbekend'
          ? 404
          : uitkomst.soort === 'gebruikt' || uitkomst.soort === 'verlopen'
            ? 410
            : 200;
      return sendPage(reply, <LinkPage ctx={ctx} uitkomst={uitkomst.soort} token={token} />, status);
    },
  );
}
