import type { FastifyInstance } from 'fastify';
import { gemeenteOf, requireRole, viewerOf } from '../auth/routes.js';
import { type FormBody, formString } from '../platform/http/body.js';
import { parseForm } from '../platform/http/forms.js';
import { isUuid } from '../platform/http/ids.js';
import type { FieldErrors } from '../platform/views/components.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import {
  eindInToekomst,
  leesNiveaus,
  noodtoegangForm,
  noodtoegangKaartForm,
  vertegenwoordigingForm,
} from './forms.js';
import { openNoodtoegang } from './noodtoegang.js';
import { NoodtoegangPage } from './pages/noodtoegang-page.js';
import { VertegenwoordigingPage } from './pages/vertegenwoordiging-page.js';
import type { RegieDeps } from './routes.js';
import { legVertegenwoordigingVast } from './vertegenwoordiging.js';

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };

/** Emergency access by a professional, and a court-appointed representative entered by a beheerder. */
export async function noodtoegangRoutes(app: FastifyInstance, deps: RegieDeps): Promise<void> {
  const { db, secties } = deps;
  const csrf = app.csrfProtection;

  // `?dossier=<id>`: the QR code on a printed crisiskaart; the record is given, the reason is still asked.
  app.get('/noodtoegang', { preHandler: requireRole('professional') }, async (request, reply) => {
    const dossier = (request.query as Record<string, string | undefined>).dossier;
    return sendPage(
      reply,
      <NoodtoegangPage ctx={pageContext(request, reply)} dossier={isUuid(dossier) ? dossier : undefined} />,
    );
  });

  app.post(
    '/noodtoegang',
    { preValidation: csrf, preHandler: requireRole('professional'), config: persoonsgegevens },
    async (request, reply) => {
      const values = { email: formString(request.body, 'email'), reden: formString(request.body, 'reden') };
      const dossierVeld = formString(request.body, 'dossier');
      const dossier = isUuid(dossierVeld) ? dossierVeld : undefined;
      const toon = (errors: FieldErrors, status: number) =>
        sendPage(
          reply,
          <NoodtoegangPage
            ctx={pageContext(request, reply)}
            values={values}
            errors={errors}
            dossier={dossier}
          />,
          status,
        );
      const form = dossier
        ? parseForm(noodtoegangKaartForm, values, request.t)
        : parseForm(noodtoegangForm, values, request.t);
      if (!form.ok) return toon(form.errors, 400);
      const result = await openNoodtoegang(db, deps.now(), viewerOf(request), {
        gemeente: gemeenteOf(request),
        ...(dossier ? { dossierId: dossier } : { email: values.email }),
        reden: form.data.reden,
        locale: request.locale,
        noodContacten: deps.noodContacten,
      });
      if (!result.ok)
        return toon(
          { [dossier ? 'reden' : 'email']: request.t(result.fout) },
          result.fout === 'nood.te-vaak' ? 429 : 404,
        );
      deps.mailer.kick();
      return reply.redirect(`/dossiers/${result.dossierId}/secties/crisiskaart`, 303);
    },
  );

  app.get('/beheer/vertegenwoordiging', { preHandler: requireRole('beheerder') }, async (request, reply) => {
    const opgeslagen = (request.query as Record<string, string | undefined>).opgeslagen !== undefined;
    return sendPage(
      reply,
      <VertegenwoordigingPage
        ctx={pageContext(request, reply)}
        secties={secties.alle()}
        opgeslagen={opgeslagen}
      />,
    );
  });

  app.post(
    '/beheer/vertegenwoordiging',
    { preValidation: csrf, preHandler: requireRole('beheerder'), config: persoonsgegevens },
    async (request, reply) => {
      const body = (request.body ?? {}) as FormBody;
      const values = Object.fromEntries(
        ['inwoner', 'vertegenwoordiger', 'grondslag', 'kenmerk', 'eindigt_op'].map((name) => [
          name,
          formString(body, name),
        ]),
      );
      const niveauKeuze = leesNiveaus(body, secties);
      const form = parseForm(vertegenwoordigingForm, values, request.t);
      const niveaus = 'niveaus' in niveauKeuze ? niveauKeuze.niveaus : {};
      const errors: FieldErrors = form.ok
        ? eindInToekomst(form.data.eindigt_op, deps.now(), request.t)
        : { ...form.errors };
      if ('fout' in niveauKeuze)
        errors.niveaus = request.t(
          niveauKeuze.fout === 'onbekende-sectie' ? 'veld.fout.onbekende-sectie' : 'veld.fout.keuze',
        );
      else if (Object.keys(niveaus).length === 0) errors.niveaus = request.t('veld.fout.geen-sectie');
      const render = (errs: FieldErrors) =>
        sendPage(
          reply,
          <VertegenwoordigingPage
            ctx={pageContext(request, reply)}
            secties={secties.alle()}
            values={values}
            niveaus={niveaus}
            errors={errs}
          />,
          400,
        );
      if (!form.ok || Object.keys(errors).length > 0) return render(errors);
      const result = await legVertegenwoordigingVast(db, deps.now(), viewerOf(request), {
        inwonerEmail: form.data.inwoner,
        vertegenwoordigerEmail: form.data.vertegenwoordiger,
        grondslag: form.data.grondslag,
        kenmerk: form.data.kenmerk,
        eindigtOp: form.data.eindigt_op,
        niveaus,
      });
      if (!result.ok) return render({ [result.veld]: request.t(result.fout) });
      deps.mailer.kick();
      return reply.redirect('/beheer/vertegenwoordiging?opgeslagen', 303);
    },
  );
}
