import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireRole, viewerOf } from '../../auth/routes.js';
import type { Db } from '../../platform/db/database.js';
import type { FormBody } from '../../platform/http/body.js';
import { HttpError } from '../../platform/http/errors.js';
import { parseForm } from '../../platform/http/forms.js';
import { isUuid } from '../../platform/http/ids.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { type Beoordeling, beoordeel, beoordeelstand } from './beoordelen.js';
import { beoordeelForm } from './forms.js';
import { delenVan, opschonen, overgebleven } from './opschonen.js';
import { BeoordelenPage, type BeoordelenProps } from './pages/beoordelen-page.js';

/**
 * The review of a peiling's open answers (analist, beheerder): one answer at a time, POST →
 * check → redirect to the next; a message next to the text when it is empty or still holds a
 * part she marked; a 409 with both versions when someone else reviewed it first.
 */
export async function beoordelenRoutes(
  app: FastifyInstance,
  deps: { db: Db; now: () => Date },
): Promise<void> {
  const { db } = deps;
  const beheer = { preHandler: requireRole('beheerder', 'analist') };
  const ids = (request: FastifyRequest) => {
    const { id, antwoordId } = request.params as { id: string; antwoordId?: string };
    if (!isUuid(id) || (antwoordId !== undefined && !isUuid(antwoordId))) throw new HttpError('NOT_FOUND');
    return { peilingId: id, antwoordId };
  };
  const toon = (
    request: FastifyRequest,
    reply: FastifyReply,
    props: Omit<BeoordelenProps, 'ctx'>,
    status = 200,
  ) => {
    reply.header('cache-control', 'no-store');
    return sendPage(reply, <BeoordelenPage ctx={pageContext(request, reply)} {...props} />, status);
  };

  app.get(
    '/panel/peilingen/:id/beoordelen',
    { ...beheer, config: { persoonsgegevens: true } },
    async (request, reply) => {
      const { peilingId } = ids(request);
      const stand = await beoordeelstand(db, viewerOf(request), peilingId, deps.now());
      if (!stand) throw new HttpError('NOT_FOUND');
      const { melding } = request.query as Record<string, string | undefined>;
      const delen = stand.antwoord ? delenVan(stand.antwoord.tekst) : [];
      return toon(request, reply, {
        ...stand,
        melding:
          melding === 'goedgekeurd'
            ? request.t('monitor.open.goedgekeurd')
            : melding === 'weggegooid'
              ? request.t('monitor.open.weggegooid')
              : undefined,
        delen,
        gekozen: delen.map((_, i) => i),
        tekst: stand.antwoord ? opschonen(stand.antwoord.tekst, delen) : '',
      });
    },
  );

  app.post(
    '/panel/peilingen/:id/beoordelen/:antwoordId',
    {
      ...beheer,
      preValidation: app.csrfProtection,
      config: { persoonsgegevens: true, herhaalbaar: ['deel'] },
    },
    async (request, reply) => {
      const { peilingId, antwoordId } = ids(request);
      if (!antwoordId) throw new HttpError('NOT_FOUND');
      const viewer = viewerOf(request);
      const form = parseForm(beoordeelForm, (request.body ?? {}) as FormBody, request.t);
      const stand = await beoordeelstand(db, viewer, peilingId, deps.now(), antwoordId);
      if (!stand?.antwoord) throw new HttpError('NOT_FOUND');
      if (!form.ok) {
        if (!form.errors.tekst) throw new HttpError('BAD_REQUEST');
        return toon(request, reply, { ...stand, fout: form.errors.tekst }, 400);
      }
      const { versie, actie } = form.data;
      const tekst = form.data.tekst?.trim() ?? '';
      const beoordeling: Beoordeling =
        actie === 'weggooien' ? { soort: 'weggelaten' } : { soort: 'goedgekeurd', tekst };
      const conflict = (huidig: NonNullable<typeof stand.antwoord>) =>
        toon(request, reply, { ...stand, antwoord: huidig, conflict: { huidig, mijn: beoordeling } }, 409);
      // Reviewed by someone else since she opened it: nothing is stored, she sees both versions.
      if (stand.antwoord.versie !== versie) return conflict(stand.antwoord);
      const delen = delenVan(stand.antwoord.tekst);
      const gekozen = delen.filter((_, i) => form.data.deel.includes(i));
      const opnieuw = (extra: Pick<BeoordelenProps, 'tekst' | 'fout'>, status: number) =>
        toon(request, reply, { ...stand, delen, gekozen: form.data.deel, ...extra }, status);
      if (actie === 'voorstel') return opnieuw({ tekst: opschonen(stand.antwoord.tekst, gekozen) }, 200);
      if (actie === 'goedkeuren') {
        if (tekst === '') return opnieuw({ tekst, fout: request.t('monitor.open.fout.leeg') }, 400);
        const over = overgebleven(tekst, gekozen);
        if (over.length > 0)
          return opnieuw(
            {
              tekst,
              fout: request.t('monitor.open.fout.over', {
                delen: over.map((d) => `"${d.tekst}"`).join(', '),
              }),
            },
            400,
          );
      }
      const uitkomst = await beoordeel(
        db,
        viewer,
        { peilingId, id: antwoordId, versie, beoordeling },
        deps.now(),
      );
      if (uitkomst.soort === 'onbekend') throw new HttpError('NOT_FOUND');
      if (uitkomst.soort === 'conflict') return conflict(uitkomst.huidig);
      const melding = beoordeling.soort === 'weggelaten' ? 'weggegooid' : 'goedgekeurd';
      return reply.redirect(`/panel/peilingen/${peilingId}/beoordelen?melding=${melding}`, 303);
    },
  );
}
