import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { gemeenteOf, requireRole, viewerOf } from '../../auth/routes.js';
import type { Db } from '../../platform/db/database.js';
import type { FormBody } from '../../platform/http/body.js';
import { parseForm } from '../../platform/http/forms.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { lijstForm, lijstWijzigingen, nieuwForm } from './forms.js';
import { bewaarLijst, gemeenteVaardigheden, voegVaardigheidToe } from './lijst.js';
import { BeheerVaardighedenPage, LIJST_MELDINGEN, type LijstMelding } from './pages/beheer-page.js';

export type SamenLijstDeps = { db: Db; now: () => Date };

const tekstWaarden = (body: FormBody) =>
  Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));

/**
 * The beheerder's skill list for Samen (gemeente-level data, no personal data): rename, hide,
 * add. CSRF and the platform's input checks as on every beheer route.
 */
export async function samenLijstRoutes(app: FastifyInstance, deps: SamenLijstDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;
  const pad = '/beheer/samen/vaardigheden';

  async function toon(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Omit<Parameters<typeof BeheerVaardighedenPage>[0], 'ctx' | 'lijst'> = {},
    status = 200,
  ) {
    const lijst = await gemeenteVaardigheden(db, gemeenteOf(request).id);
    return sendPage(
      reply,
      <BeheerVaardighedenPage ctx={pageContext(request, reply)} lijst={lijst} {...extra} />,
      status,
    );
  }

  app.get(pad, { preHandler: requireRole('beheerder') }, async (request, reply) => {
    const melding = (request.query as Record<string, string | undefined>).melding;
    return toon(request, reply, {
      melding: LIJST_MELDINGEN.includes(melding as LijstMelding) ? (melding as LijstMelding) : undefined,
    });
  });

  app.post(pad, { preValidation: csrf, preHandler: requireRole('beheerder') }, async (request, reply) => {
    const body = (request.body ?? {}) as FormBody;
    const waarden = tekstWaarden(body);
    const gemeenteId = viewerOf(request).gemeenteId;
    const lijst = await gemeenteVaardigheden(db, gemeenteId);
    const form = parseForm(lijstForm(lijst), body, request.t);
    if (!form.ok) return toon(request, reply, { errors: form.errors, waarden }, 400);
    const uitkomst = await bewaarLijst(db, {
      gemeenteId,
      wijzigingen: lijstWijzigingen(lijst, form.data),
      nu: deps.now(),
    });
    if (uitkomst === 'conflict') {
      // The input stays; the versions become today's, so checking and saving again works.
      const zonderVersies = Object.fromEntries(
        Object.entries(waarden).filter(([k]) => !k.startsWith('versie-')),
      );
      return toon(request, reply, { conflict: true, waarden: zonderVersies }, 409);
    }
    return reply.redirect(`${pad}?melding=opgeslagen`, 303);
  });

  app.post(
    `${pad}/nieuw`,
    { preValidation: csrf, preHandler: requireRole('beheerder') },
    async (request, reply) => {
      const body = (request.body ?? {}) as FormBody;
      const waarden = tekstWaarden(body);
      const form = parseForm(nieuwForm, body, request.t);
      if (!form.ok) return toon(request, reply, { errors: form.errors, waarden }, 400);
      const uitkomst = await voegVaardigheidToe(db, {
        gemeenteId: viewerOf(request).gemeenteId,
        naam: form.data.nieuw_naam as string,
        naamEn: form.data.nieuw_naam_en,
        nu: deps.now(),
        standaard: (code) => request.t(`samen.vaardigheid.${code}` as 'samen.vaardigheid.tuin'),
      });
      if (uitkomst === 'bestaat')
        return toon(
          request,
          reply,
          { errors: { nieuw_naam: request.t('samen.lijst.fout.bestaat') }, waarden },
          409,
        );
      if (uitkomst === 'conflict') return toon(request, reply, { conflict: true, waarden }, 409);
      return reply.redirect(`${pad}?melding=toegevoegd`, 303);
    },
  );
}
