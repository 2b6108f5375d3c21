import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireLogin, viewerOf } from '../auth/routes.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { isUuid } from '../platform/http/ids.js';
import { waardenUitActie, waardenUitDoel } from './forms.js';
import { leesPlan } from './lezen.js';
import type { PlanDeps } from './routes.js';
import { type Actie, type Doel, etagVan, leesIfMatch } from './rules.js';
import { type BewaarUitkomst, beslisVoorstel, bewaarActie, bewaarDoel, bewaarNotitie } from './wijzigen.js';

/**
 * The plan for machines (issue 11 item 5): goals and actions as JSON, each with its version as
 * a strong ETag; a change is a PUT with `If-Match` naming the version it was made against.
 * Adding a goal, an action or a progress note is a POST (201 with `Location` and `ETag`, or
 * 202 with the proposal's id for `voorstellen`); deciding a proposal is a POST with `besluit`
 * (200; 409 when decided already or when what it changes moved on).
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

type Params = { dossierId: string; doelId?: string; actieId?: string; voorstelId?: string };

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
      // Open proposals this viewer may see (all for whoever decides, else her own): their ids to decide.
      voorstellen: data.voorstellen.map((v) => ({
        id: v.id,
        soort: v.soort,
        doel_id: v.doelId,
        actie_id: v.actieId,
        basis_versie: v.basisVersie,
      })),
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
    soort: 'wijzigen' | 'nieuw' = 'wijzigen',
  ): { body: FormBody } | { status: number; error: string; message: string } {
    const type = String(request.headers['content-type'] ?? '');
    if (!/^application\/json\s*(;|$)/i.test(type))
      return { status: 415, error: 'UNSUPPORTED_MEDIA_TYPE', message: request.t('plan.api.json') };
    const body = (): FormBody => {
      const b = request.body;
      if (!b || typeof b !== 'object' || Array.isArray(b)) throw new HttpError('BAD_REQUEST');
      return b as FormBody;
    };
    // Something new has no version to compare with: it is made against version 0, whatever is sent.
    if (soort === 'nieuw') return { body: { ...body(), versie: '0' } };
    const ifMatch = leesIfMatch(request.headers['if-match']);
    if (ifMatch.soort === 'ontbreekt')
      return { status: 428, error: 'PRECONDITION_REQUIRED', message: request.t('plan.api.if-match') };
    if (ifMatch.soort === 'ongeldig') throw new HttpError('BAD_REQUEST', 'plan-if-match');
    return { body: { ...body(), versie: String(ifMatch.versie) } };
  }

  const fout = (request: FastifyRequest, reply: FastifyReply, velden: Record<string, string | undefined>) =>
    json(reply, 400, { error: 'BAD_REQUEST', message: request.t('fout.400.tekst'), velden });

  function antwoord(
    request: FastifyRequest,
    reply: FastifyReply,
    soort: 'doel' | 'actie',
    uitkomst: BewaarUitkomst,
    nieuw = false,
  ) {
    const { dossierId } = request.params as Params;
    switch (uitkomst.soort) {
      case 'bewaard':
        // Made new (version 1): 201 with where it is now; a change: 200.
        if (nieuw) {
          reply.header(
            'location',
            `/api/dossiers/${dossierId}/plan/${soort === 'doel' ? 'doelen' : 'acties'}/${uitkomst.id}`,
          );
          return json(reply, 201, { id: uitkomst.id, versie: uitkomst.versie }, uitkomst.versie);
        }
        return json(reply, 200, { id: uitkomst.id, versie: uitkomst.versie }, uitkomst.versie);
      case 'voorgesteld':
        return json(reply, 202, { voorgesteld: true, voorstel_id: uitkomst.voorstelId });
      case 'fout':
        return fout(request, reply, uitkomst.errors);
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
  // Adding a goal: no If-Match (there is nothing to have read); the form's fields as JSON.
  app.post(
    `${API}/doelen`,
    {
      preHandler: requireLogin,
      config: { ...persoonsgegevens, herhaalbaar: ['levensgebieden', 'herinneren'] },
    },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const verzoek = invoer(request, 'nieuw');
      if (!('body' in verzoek))
        return json(reply, verzoek.status, { error: verzoek.error, message: verzoek.message });
      const uitkomst = await bewaarDoel(
        db,
        viewerOf(request),
        { dossierId, body: verzoek.body, nu: deps.now() },
        request.t,
      );
      return antwoord(request, reply, 'doel', uitkomst, true);
    },
  );

  // Adding an action to a goal.
  app.post(
    `${API}/doelen/:doelId/acties`,
    { preHandler: requireLogin, config: { ...persoonsgegevens, herhaalbaar: ['herinneren'] } },
    async (request, reply) => {
      const { dossierId, doelId } = request.params as Params;
      const verzoek = invoer(request, 'nieuw');
      if (!('body' in verzoek))
        return json(reply, verzoek.status, { error: verzoek.error, message: verzoek.message });
      const uitkomst = await bewaarActie(
        db,
        viewerOf(request),
        { dossierId, doelId: id(doelId), body: verzoek.body, nu: deps.now() },
        request.t,
      );
      return antwoord(request, reply, 'actie', uitkomst, true);
    },
  );

  // A progress note (`reageren`): 201 with the note's id; notes have no version of their own.
  app.post(
    `${API}/acties/:actieId/notities`,
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, actieId } = request.params as Params;
      const verzoek = invoer(request, 'nieuw');
      if (!('body' in verzoek))
        return json(reply, verzoek.status, { error: verzoek.error, message: verzoek.message });
      const uitkomst = await bewaarNotitie(
        db,
        viewerOf(request),
        { dossierId, actieId: id(actieId), body: verzoek.body, nu: deps.now() },
        request.t,
      );
      if (uitkomst.soort === 'fout') return fout(request, reply, { tekst: uitkomst.fout });
      return json(reply, 201, { id: uitkomst.id, actie_id: actieId });
    },
  );

  // Deciding a proposal: `besluit` is `aanvaarden` or `afwijzen`; hers, or her representative's.
  app.post(
    `${API}/voorstellen/:voorstelId`,
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, voorstelId } = request.params as Params;
      const verzoek = invoer(request, 'nieuw');
      if (!('body' in verzoek))
        return json(reply, verzoek.status, { error: verzoek.error, message: verzoek.message });
      try {
        const uitkomst = await beslisVoorstel(db, viewerOf(request), {
          dossierId,
          voorstelId: id(voorstelId),
          body: verzoek.body,
          nu: deps.now(),
        });
        if (uitkomst.soort === 'kan-niet')
          return json(reply, 409, {
            error: 'CONFLICT',
            reden: uitkomst.reden,
            message: request.t(`plan.fout.voorstel.${uitkomst.reden}`),
          });
        return json(reply, 200, { id: voorstelId, status: uitkomst.soort });
      } catch (e) {
        // The use case refuses an answer outside the two choices inside the door (the attempt is
        // in the trail, nothing written); here it gets its message next to the field.
        if (e instanceof HttpError && e.reden === 'plan-besluit')
          return fout(request, reply, { besluit: request.t('veld.fout.keuze') });
        throw e;
      }
    },
  );
}
