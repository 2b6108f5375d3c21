import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireLogin, viewerOf } from '../auth/routes.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { isUuid } from '../platform/http/ids.js';
import { waardenUitActie, waardenUitDoel } from './forms.js';
import { leesPlan } from './lezen.js';
import type { PlanDeps } from './routes.js';
import { type Actie, type Doel, etagVan, leesIfMatch } from './rules.js';
import { type BewaarUitkomst, bewaarActie, bewaarDoel } from './wijzigen.js';

/**
 * The plan for machines (issue 11 item 5): goals and actions as JSON, each with its version as
 * a strong ETag; a change is a PUT with `If-Match` naming the version it was made against.
 * - no `If-Match` (or `*`): 428, nothing written — nothing is overwritten unseen;
 * - a version that is not the stored one: 412 with the stored item and its ETag;
 * - a wrong field: 400 with the message per field (the form's own messages);
 * - `voorstellen`: the change becomes a proposal the resident decides (202).
 * The use cases are the forms' own (wijzigen.ts, lezen.ts): the same door, the same rules.
 * Only JSON is taken (415 otherwise): a page of another site cannot send a PUT with JSON
 * without the CORS permission this app never gives, and the session cookie is SameSite=Lax
 * (docs/decisions/036).
 */

const persoonsgegevens = { persoonsgegevens: true };
const API = '/api/dossiers/:dossierId/plan';

type Params = { dossierId: string; doelId?: string; actieId?: string };

function id(waarde: string | undefined): string {
  if (!isUuid(waarde)) throw new HttpError('NOT_FOUND');
  return waarde;
}

export function doelJson(d: Doel) {
  return { id: d.id, versie: d.versie, etag: etagVan(d.versie), ...waardenUitDoel(d) };
}

export function actieJson(a: Actie) {
  return { id: a.id, doel_id: a.doelId, versie: a.versie, etag: etagVan(a.versie), ...waardenUitActie(a) };
}

const json = (reply: FastifyReply, status: number, body: unknown, versie?: number) => {
  if (versie !== undefined) reply.header('etag', etagVan(versie));
  return reply.status(status).type('application/json; charset=utf-8').send(body);
};

export async function planApiRoutes(app: FastifyInstance, deps: PlanDeps): Promise<void> {
  const { db } = deps;

  async function plan(request: FastifyRequest) {
    const { dossierId } = request.params as Params;
    return leesPlan(db, viewerOf(request), dossierId, deps.now());
  }

  app.get(API, { preHandler: requireLogin, config: persoonsgegevens }, async (request, reply) => {
    const data = await plan(request);
    return json(reply, 200, {
      doelen: data.doelen.map((d) => ({ ...doelJson(d), acties: d.acties.map(actieJson) })),
    });
  });

  app.get(
    `${API}/doelen/:doelId`,
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const doelId = id((request.params as Params).doelId);
      const doel = (await plan(request)).doelen.find((d) => d.id === doelId);
      if (!doel) throw new HttpError('NOT_FOUND', 'plan-doel');
      return json(reply, 200, { ...doelJson(doel), acties: doel.acties.map((a) => a.id) }, doel.versie);
    },
  );

  app.get(
    `${API}/acties/:actieId`,
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const actieId = id((request.params as Params).actieId);
      const actie = (await plan(request)).doelen.flatMap((d) => d.acties).find((a) => a.id === actieId);
      if (!actie) throw new HttpError('NOT_FOUND', 'plan-actie');
      return json(reply, 200, actieJson(actie), actie.versie);
    },
  );

  /**
   * The body with the version from `If-Match`, or the answer that ends the request before the
   * door: 415 for anything but JSON, 428 without a version, 400 for a malformed one.
   */
  function invoer(
    request: FastifyRequest,
  ): { body: FormBody } | { status: number; error: string; message: string } {
    const type = String(request.headers['content-type'] ?? '');
    if (!/^application\/json\s*(;|$)/i.test(type))
      return { status: 415, error: 'UNSUPPORTED_MEDIA_TYPE', message: request.t('plan.api.json') };
    const ifMatch = leesIfMatch(request.headers['if-match']);
    if (ifMatch.soort === 'ontbreekt')
      return { status: 428, error: 'PRECONDITION_REQUIRED', message: request.t('plan.api.if-match') };
    if (ifMatch.soort === 'ongeldig') throw new HttpError('BAD_REQUEST', 'plan-if-match');
    const body = request.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError('BAD_REQUEST');
    return { body: { ...(body as FormBody), versie: String(ifMatch.versie) } };
  }

  function antwoord(
    request: FastifyRequest,
    reply: FastifyReply,
    soort: 'doel' | 'actie',
    uitkomst: BewaarUitkomst,
  ) {
    switch (uitkomst.soort) {
      case 'bewaard':
        return json(reply, 200, { id: uitkomst.id, versie: uitkomst.versie }, uitkomst.versie);
      case 'voorgesteld':
        return json(reply, 202, { voorgesteld: true });
      case 'fout':
        return json(reply, 400, {
          error: 'BAD_REQUEST',
          message: request.t('fout.400.tekst'),
          velden: uitkomst.errors,
        });
      case 'conflict': {
        const huidig = soort === 'doel' ? uitkomst.stand.doel : uitkomst.stand.actie;
        if (!huidig) throw new HttpError('NOT_FOUND');
        return json(
          reply,
          412,
          {
            error: 'PRECONDITION_FAILED',
            message: request.t('plan.api.verouderd'),
            huidig: soort === 'doel' ? doelJson(huidig as Doel) : actieJson(huidig as Actie),
          },
          huidig.versie,
        );
      }
    }
  }

  app.put(
    `${API}/doelen/:doelId`,
    {
      preHandler: requireLogin,
      config: { ...persoonsgegevens, herhaalbaar: ['levensgebieden', 'herinneren'] },
    },
    async (request, reply) => {
      const { dossierId, doelId } = request.params as Params;
      const verzoek = invoer(request);
      if (!('body' in verzoek))
        return json(reply, verzoek.status, { error: verzoek.error, message: verzoek.message });
      const uitkomst = await bewaarDoel(
        db,
        viewerOf(request),
        { dossierId, doelId: id(doelId), body: verzoek.body, nu: deps.now() },
        request.t,
      );
      return antwoord(request, reply, 'doel', uitkomst);
    },
  );

  app.put(
    `${API}/acties/:actieId`,
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, actieId } = request.params as Params;
      const verzoek = invoer(request);
      if (!('body' in verzoek))
        return json(reply, verzoek.status, { error: verzoek.error, message: verzoek.message });
      const uitkomst = await bewaarActie(
        db,
        viewerOf(request),
        { dossierId, actieId: id(actieId), body: verzoek.body, nu: deps.now() },
        request.t,
      );
      return antwoord(request, reply, 'actie', uitkomst);
    },
  );
}
