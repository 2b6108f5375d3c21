import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { baseUrlFor } from '../../auth/account-links.js';
import { gemeenteOf, requireRole, viewerOf } from '../../auth/routes.js';
import { noteAttempt, overLimit } from '../../auth/throttle.js';
import type { Db } from '../../platform/db/database.js';
import type { FormBody } from '../../platform/http/body.js';
import { HttpError } from '../../platform/http/errors.js';
import { parseForm } from '../../platform/http/forms.js';
import type { FieldErrors } from '../../platform/views/components.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { centroid } from '../queries.js';
import { BurenFout, keurGoed, leesAanmeldingen, meldAan, nodigUit, weiger } from './buren.js';
import { aanmeldForm, uitnodigForm } from './forms.js';
import { AanmeldenPage } from './pages/aanmelden-page.js';
import { AANMELDING_MELDINGEN, AanmeldingenPage, type AanmeldingMelding } from './pages/aanmeldingen-page.js';

export type BurenDeps = { db: Db; now: () => Date; publicUrl: string | undefined };

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };

/** Sign-ups one address may send per hour (counted by hashed IP): enough for a family, not for a script. */
export const AANMELDINGEN_PER_UUR = 10;

const tekstVelden = (body: FormBody) =>
  Object.fromEntries(
    Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf'),
  );

/**
 * Routes of neighbours without a resident's record (decision 048): the public sign-up (no login),
 * and the coordinator's sign-ups page with "yes"/"no" and an invitation.
 */
export async function burenRoutes(app: FastifyInstance, deps: BurenDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;
  const baseUrl = (request: FastifyRequest) =>
    baseUrlFor(gemeenteOf(request), deps.publicUrl, `${request.protocol}://${request.host}`);

  app.get('/samen/aanmelden', async (request, reply) =>
    sendPage(reply, <AanmeldenPage ctx={pageContext(request, reply)} />),
  );

  app.post('/samen/aanmelden', { preValidation: csrf, config: persoonsgegevens }, async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const nu = deps.now();
    const body = (request.body ?? {}) as FormBody;
    const ctx = pageContext(request, reply);
    const form = parseForm(aanmeldForm(nu), body, request.t);
    const fouten: FieldErrors = form.ok ? {} : form.errors;
    if (form.ok && !(await centroid(db, form.data.postcode)))
      fouten.postcode = request.t('samen.buren.fout.postcode-onbekend');
    if (!form.ok || Object.keys(fouten).length > 0)
      return sendPage(reply, <AanmeldenPage ctx={ctx} errors={fouten} waarden={tekstVelden(body)} />, 400);
    // Only a complete sign-up is counted (a refused one stores nothing): per gemeente and address.
    const sleutel = ['samen-aanmelden', gemeente.id, request.ip];
    if (await overLimit(db, sleutel, AANMELDINGEN_PER_UUR, 60 * 60_000, nu))
      return sendPage(reply, <AanmeldenPage ctx={ctx} teVaak waarden={tekstVelden(body)} />, 429);
    await noteAttempt(db, sleutel, nu);
    const { soort, ...gegevens } = form.data;
    await meldAan(db, { gemeenteId: gemeente.id, soort, gegevens, nu });
    return sendPage(reply, <AanmeldenPage ctx={ctx} klaar />);
  });

  // --- the coordinator ---

  const alleenProfessional = { preHandler: requireRole('professional'), config: persoonsgegevens };

  async function lijst(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Omit<Parameters<typeof AanmeldingenPage>[0], 'ctx' | 'lijst'> = {},
    status = 200,
  ) {
    const aanmeldingen = await leesAanmeldingen(db, viewerOf(request));
    return sendPage(
      reply,
      <AanmeldingenPage ctx={pageContext(request, reply)} lijst={aanmeldingen} {...extra} />,
      status,
    );
  }

  app.get('/samen/coordinatie/aanmeldingen', alleenProfessional, async (request, reply) => {
    const melding = (request.query as Record<string, string | undefined>).melding;
    return lijst(request, reply, {
      melding: AANMELDING_MELDINGEN.includes(melding as AanmeldingMelding)
        ? (melding as AanmeldingMelding)
        : undefined,
    });
  });

  app.post(
    '/samen/coordinatie/aanmeldingen/:id',
    { ...alleenProfessional, preValidation: csrf },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const keuze = ((request.body ?? {}) as FormBody).keuze;
      if (keuze !== 'ja' && keuze !== 'nee') throw new HttpError('BAD_REQUEST');
      const viewer = viewerOf(request);
      try {
        if (keuze === 'ja')
          await keurGoed(db, viewer, {
            id,
            gemeente: gemeenteOf(request),
            locale: request.locale,
            baseUrl: baseUrl(request),
            nu: deps.now(),
          });
        else
          await weiger(db, viewer, {
            id,
            gemeente: gemeenteOf(request),
            locale: request.locale,
            nu: deps.now(),
          });
      } catch (fout) {
        if (fout instanceof BurenFout) return lijst(request, reply, { fout: fout.fout }, 409);
        throw fout;
      }
      return reply.redirect(
        `/samen/coordinatie/aanmeldingen?melding=${keuze === 'ja' ? 'goedgekeurd' : 'geweigerd'}`,
        303,
      );
    },
  );

  app.post(
    '/samen/coordinatie/uitnodigen',
    { ...alleenProfessional, preValidation: csrf },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const body = (request.body ?? {}) as FormBody;
      const form = parseForm(uitnodigForm, body, request.t);
      if (!form.ok) return lijst(request, reply, { errors: form.errors, waarden: tekstVelden(body) }, 400);
      const { ok } = await nodigUit(db, viewer, {
        gemeente: gemeenteOf(request),
        ...form.data,
        locale: request.locale,
        baseUrl: baseUrl(request),
        nu: deps.now(),
      });
      if (!ok)
        return lijst(
          request,
          reply,
          { errors: { email: request.t('samen.buren.fout.email-bestaat') }, waarden: tekstVelden(body) },
          400,
        );
      return reply.redirect('/samen/coordinatie/aanmeldingen?melding=uitgenodigd', 303);
    },
  );
}
