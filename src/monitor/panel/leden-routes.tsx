import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { baseUrlFor } from '../../auth/account-links.js';
import { gemeenteOf, requireRole, viewerOf } from '../../auth/routes.js';
import type { Db } from '../../platform/db/database.js';
import { isUuid } from '../../platform/http/ids.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { ledenOverzicht, stuurNieuweCode, verwijderLid } from './leden.js';
import { LedenPage } from './pages/leden-page.js';

/**
 * The beheerder's page of the panel's members (`/beheer/panel`): the list, removing a member on
 * request and a new code. A member id that matches nothing of her gemeente's panel (removed
 * already, mistyped) is a 404 with that said on the page; nothing is written.
 */
export async function ledenRoutes(
  app: FastifyInstance,
  deps: { db: Db; now: () => Date; publicUrl: string | undefined },
): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;
  const beheer = { preHandler: requireRole('beheerder'), config: { persoonsgegevens: true } };

  const toon = async (
    request: FastifyRequest,
    reply: FastifyReply,
    melding?: { type: 'ok' | 'warning'; tekst: string },
    status = 200,
  ) => {
    reply.header('cache-control', 'no-store');
    const data = await ledenOverzicht(db, viewerOf(request), deps.now());
    return sendPage(
      reply,
      <LedenPage ctx={pageContext(request, reply)} data={data} melding={melding} />,
      status,
    );
  };
  const onbekend = (request: FastifyRequest, reply: FastifyReply) =>
    toon(request, reply, { type: 'warning', tekst: request.t('monitor.leden.onbekend') }, 404);
  const lidId = (request: FastifyRequest) => {
    const { id } = request.params as { id: string };
    return isUuid(id) ? id : undefined;
  };

  app.get('/beheer/panel', beheer, async (request, reply) => {
    const { melding } = request.query as Record<string, string | undefined>;
    const tekst =
      melding === 'verwijderd'
        ? request.t('monitor.leden.verwijderd')
        : melding === 'code'
          ? request.t('monitor.leden.code-gestuurd')
          : undefined;
    return toon(request, reply, tekst ? { type: 'ok', tekst } : undefined);
  });

  app.post(
    '/beheer/panel/leden/:id/verwijderen',
    { ...beheer, preValidation: csrf },
    async (request, reply) => {
      const id = lidId(request);
      if (!id || !(await verwijderLid(db, viewerOf(request), id, deps.now())))
        return onbekend(request, reply);
      return reply.redirect('/beheer/panel?melding=verwijderd', 303);
    },
  );

  app.post('/beheer/panel/leden/:id/code', { ...beheer, preValidation: csrf }, async (request, reply) => {
    const id = lidId(request);
    const gemeente = gemeenteOf(request);
    const gestuurd =
      id !== undefined &&
      (await stuurNieuweCode(db, {
        viewer: viewerOf(request),
        gemeente,
        lidId: id,
        nu: deps.now(),
        baseUrl: baseUrlFor(gemeente, deps.publicUrl, `${request.protocol}://${request.host}`),
        locale: request.locale,
      }));
    if (!gestuurd) return onbekend(request, reply);
    return reply.redirect('/beheer/panel?melding=code', 303);
  });
}
