import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { gemeenteOf, requireRole, viewerOf } from '../../auth/routes.js';
import type { Db } from '../../platform/db/database.js';
import { type EigenLevensgebiedNamen, geenEigenNamen } from '../../platform/extensions/levensgebied-namen.js';
import { type FormBody, formString } from '../../platform/http/body.js';
import { HttpError } from '../../platform/http/errors.js';
import { parseForm } from '../../platform/http/forms.js';
import { isUuid } from '../../platform/http/ids.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { FieldErrors } from '../../platform/views/components.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { KENMERKEN, LEVENSGEBIEDEN } from '../zoeken/vocabulaire.js';
import {
  bevestig,
  dienstVoorLink,
  markeerGecontroleerd,
  slaDienstOp,
  stuurControleMail,
  zetStatus,
} from './onderhoud.js';
import { BevestigdPage, BevestigenPage, LinkWerktNietPage } from './pages/bevestigen-page.js';
import { type DienstFormProps, DienstPage } from './pages/dienst-page.js';
import { InstellingenPage } from './pages/instellingen-page.js';
import { LIJST_MELDINGEN, type LijstMelding, LijstPage } from './pages/lijst-page.js';
import * as q from './queries.js';
import {
  bevestigForm,
  controleGrens,
  formulierUit,
  instellingForm,
  lijst,
  OPENINGSTIJD_RIJEN,
  parseDienstForm,
  veldVoorProbleem,
} from './rules.js';
import { redzaamTermen, termKeuzes } from './termen.js';

export type SocialeKaartBeheerDeps = {
  db: Db;
  now: () => Date;
  mailer: Mailer;
  publicUrl: string | undefined;
  /** The gemeente's own names of its levensgebieden, for the check boxes (app.tsx plugs it in) */
  eigenNamen?: EigenLevensgebiedNamen;
};

/** The most opening-hour rows a form may send (the page offers 7, or one more than stored). */
const MAX_RIJEN = 30;

const TERUG: Record<string, (id: string) => string> = {
  lijst: () => '/beheer/sociale-kaart',
  verouderd: () => '/beheer/sociale-kaart?verouderd',
  dienst: (id) => `/beheer/sociale-kaart/${id}`,
};

/** Where to go after a button on the list or the entry page; never a URL from the request. */
function terugNaar(body: unknown, id: string, melding: LijstMelding): string {
  const terug = formString(body, 'terug') ?? 'lijst';
  const path = (
    Object.hasOwn(TERUG, terug) ? (TERUG[terug] as (id: string) => string) : () => '/beheer/sociale-kaart'
  )(id);
  return `${path}${path.includes('?') ? '&' : '?'}melding=${melding}`;
}

/**
 * Keeping the sociale kaart up to date: the beheerder's pages under /beheer/sociale-kaart
 * (no resident's personal data: entries are public service information) and the public page
 * an organisation reaches from its e-mailed link.
 */
export async function socialeKaartBeheerRoutes(
  app: FastifyInstance,
  deps: SocialeKaartBeheerDeps,
): Promise<void> {
  const { db } = deps;
  const guard = { preHandler: requireRole('beheerder') };
  const post = { ...guard, preValidation: app.csrfProtection };

  function serviceIdOf(request: FastifyRequest): string {
    const { id } = request.params as { id: string };
    // HSDS ids are uuids; anything else cannot be an entry.
    if (!isUuid(id)) throw new HttpError('NOT_FOUND');
    return id;
  }

  app.get('/beheer/sociale-kaart', guard, async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const query = request.query as Record<string, string | undefined>;
    const alleenVerouderd = query.verouderd !== undefined;
    const maanden = await q.controleMaanden(db, gemeente.id);
    const grens = controleGrens(deps.now(), maanden);
    const diensten = await q.listDiensten(db, gemeente.id, alleenVerouderd ? { verouderdVoor: grens } : {});
    const meldingen = await q.openMeldingen(db, gemeente.id);
    const alleNamen = alleenVerouderd ? await q.listDiensten(db, gemeente.id) : diensten;
    const melding =
      query.melding && Object.hasOwn(LIJST_MELDINGEN, query.melding)
        ? (query.melding as LijstMelding)
        : undefined;
    return sendPage(
      reply,
      <LijstPage
        ctx={pageContext(request, reply)}
        diensten={diensten}
        alleDiensten={alleNamen}
        meldingen={meldingen}
        grens={grens}
        maanden={maanden}
        alleenVerouderd={alleenVerouderd}
        melding={melding}
      />,
    );
  });

  app.get('/beheer/sociale-kaart/instellingen', guard, async (request, reply) => {
    const maanden = await q.controleMaanden(db, gemeenteOf(request).id);
    return sendPage(reply, <InstellingenPage ctx={pageContext(request, reply)} waarde={String(maanden)} />);
  });

  app.post('/beheer/sociale-kaart/instellingen', post, async (request, reply) => {
    const waarde = formString(request.body, 'controle_maanden') ?? '';
    const form = parseForm(instellingForm, { controle_maanden: waarde }, request.t);
    if (!form.ok) {
      return sendPage(
        reply,
        <InstellingenPage ctx={pageContext(request, reply)} waarde={waarde} errors={form.errors} />,
        400,
      );
    }
    await q.setControleMaanden(db, gemeenteOf(request).id, form.data.controle_maanden, deps.now());
    return reply.redirect('/beheer/sociale-kaart?melding=instellingen', 303);
  });

  async function toonFormulier(
    request: FastifyRequest,
    reply: FastifyReply,
    props: Omit<DienstFormProps, 'ctx' | 'keuzes'>,
    status = 200,
  ) {
    const gemeente = gemeenteOf(request);
    const organisaties = await q.listOrganizations(db, gemeente.id);
    const meldingen = props.serviceId ? await q.openMeldingen(db, gemeente.id, props.serviceId) : [];
    return sendPage(
      reply,
      <DienstPage
        ctx={pageContext(request, reply)}
        keuzes={{
          organisaties: organisaties.map((o) => ({ value: o.id, label: o.name })),
          ...termKeuzes(request.t, await (deps.eigenNamen ?? geenEigenNamen)(gemeente.id)),
        }}
        meldingen={meldingen}
        {...props}
      />,
      status,
    );
  }

  app.get('/beheer/sociale-kaart/nieuw', guard, async (request, reply) =>
    toonFormulier(request, reply, {
      values: {},
      rijen: OPENINGSTIJD_RIJEN,
      levensgebieden: [],
      kenmerken: [],
    }),
  );

  app.get('/beheer/sociale-kaart/:id', guard, async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const serviceId = serviceIdOf(request);
    const dienst = await q.loadDienst(db, gemeente.id, serviceId);
    if (!dienst) throw new HttpError('NOT_FOUND');
    const termen = await redzaamTermen(db, gemeente.id);
    const form = formulierUit(dienst, termen);
    const query = request.query as Record<string, string | undefined>;
    const melding =
      query.melding && Object.hasOwn(LIJST_MELDINGEN, query.melding)
        ? (query.melding as LijstMelding)
        : undefined;
    return toonFormulier(request, reply, {
      melding,
      serviceId,
      versie: dienst.last_modified ?? '',
      values: form.values,
      rijen: form.rijen,
      levensgebieden: form.levensgebieden,
      kenmerken: form.kenmerken,
      opgeslagen: dienst,
    });
  });

  /** Adds or saves an entry from the form; errors and conflicts show the form again with what was typed. */
  async function opslaan(request: FastifyRequest, reply: FastifyReply, serviceId: string | undefined) {
    const gemeente = gemeenteOf(request);
    const viewer = viewerOf(request);
    const body = (request.body ?? {}) as FormBody;
    const rijen = Math.min(MAX_RIJEN, Math.max(OPENINGSTIJD_RIJEN, Number(formString(body, 'rijen')) || 0));
    const values: Record<string, string | undefined> = {};
    for (const name of [
      'naam',
      'omschrijving',
      'organisatie',
      'organisatie_naam',
      'organisatie_omschrijving',
      'email',
      'website',
      'telefoon',
      'adres',
      'postcode',
      'plaats',
      'provincie',
      'kosten',
      'voor_wie',
    ])
      values[name] = formString(body, name);
    for (let i = 0; i < rijen; i++)
      for (const name of [`dag-${i}`, `open-${i}`, `sluit-${i}`]) values[name] = formString(body, name);
    const levensgebieden = lijst(body.levensgebieden);
    const kenmerken = lijst(body.kenmerken);
    const versie = formString(body, 'versie') ?? '';
    const opgeslagen = serviceId ? await q.loadDienst(db, gemeente.id, serviceId) : undefined;
    if (serviceId && !opgeslagen) throw new HttpError('NOT_FOUND');
    const opnieuw = (errors: FieldErrors, status: number, extra: Partial<DienstFormProps> = {}) =>
      toonFormulier(
        request,
        reply,
        { serviceId, versie, values, rijen, levensgebieden, kenmerken, errors, opgeslagen, ...extra },
        status,
      );

    const form = parseDienstForm(
      values,
      { levensgebieden, kenmerken },
      { levensgebieden: LEVENSGEBIEDEN, kenmerken: KENMERKEN },
      rijen,
      request.t,
    );
    if (!form.ok) return opnieuw(form.errors, 400);
    if (
      form.data.organisatie !== 'nieuw' &&
      !(await q.findOrganization(db, gemeente.id, form.data.organisatie))
    ) {
      return opnieuw({ organisatie: request.t('veld.fout.keuze') }, 400);
    }
    try {
      const result = await slaDienstOp(db, deps.now(), {
        gemeenteId: gemeente.id,
        ...(serviceId ? { serviceId, versie } : {}),
        form: form.data,
        beheerderEmail: viewer.email,
        termen: await redzaamTermen(db, gemeente.id),
      });
      if (!result.ok) {
        const errors: FieldErrors = {};
        for (const problem of result.problems) {
          // The form's own checks come first; this is the standard's last word, in plain words.
          errors[veldVoorProbleem(problem)] ??= request.t('socialeKaartBeheer.fout.hsds');
        }
        return opnieuw(errors, 400);
      }
      return reply.redirect(
        serviceId ? '/beheer/sociale-kaart?melding=opgeslagen' : '/beheer/sociale-kaart?melding=toegevoegd',
        303,
      );
    } catch (error) {
      if (!(error instanceof HttpError) || error.code !== 'CONFLICT' || !serviceId) throw error;
      // Someone saved first. Keep what this person typed, show what is stored now, and take
      // the new version: saving again is then a deliberate choice, not a silent overwrite.
      const nu = await q.loadDienst(db, gemeente.id, serviceId);
      return opnieuw({}, 409, { conflict: true, opgeslagen: nu, versie: nu?.last_modified ?? '' });
    }
  }

  // The vocabulary is two groups of check boxes: those fields may come more than once.
  const invoer = { ...post, config: { herhaalbaar: ['levensgebieden', 'kenmerken'] } };
  app.post('/beheer/sociale-kaart/nieuw', invoer, async (request, reply) =>
    opslaan(request, reply, undefined),
  );
  app.post('/beheer/sociale-kaart/:id', invoer, async (request, reply) =>
    opslaan(request, reply, serviceIdOf(request)),
  );

  app.post('/beheer/sociale-kaart/:id/gecontroleerd', post, async (request, reply) => {
    const serviceId = serviceIdOf(request);
    await markeerGecontroleerd(db, deps.now(), {
      gemeenteId: gemeenteOf(request).id,
      serviceId,
      email: viewerOf(request).email,
    });
    return reply.redirect(terugNaar(request.body, serviceId, 'gecontroleerd'), 303);
  });

  app.post('/beheer/sociale-kaart/:id/status', post, async (request, reply) => {
    const serviceId = serviceIdOf(request);
    const status = formString(request.body, 'status');
    if (status !== 'active' && status !== 'inactive') throw new HttpError('BAD_REQUEST');
    await zetStatus(db, deps.now(), { gemeenteId: gemeenteOf(request).id, serviceId, status });
    return reply.redirect(
      `/beheer/sociale-kaart/${serviceId}?melding=${status === 'inactive' ? 'gestopt' : 'actief'}`,
      303,
    );
  });

  app.post('/beheer/sociale-kaart/:id/controle-mail', post, async (request, reply) => {
    const serviceId = serviceIdOf(request);
    const result = await stuurControleMail(db, deps.now(), {
      gemeente: gemeenteOf(request),
      serviceId,
      accountId: viewerOf(request).accountId,
      locale: 'nl',
      publicUrl: deps.publicUrl,
      fallbackUrl: `${request.protocol}://${request.host}`,
    });
    if (result.ok) deps.mailer.kick();
    return reply.redirect(
      terugNaar(request.body, serviceId, result.ok ? 'mail-verstuurd' : 'geen-email'),
      303,
    );
  });

  app.post('/beheer/sociale-kaart/:id/meldingen/:meldingId/afgehandeld', post, async (request, reply) => {
    const serviceId = serviceIdOf(request);
    const { meldingId } = request.params as { meldingId: string };
    if (!isUuid(meldingId)) throw new HttpError('NOT_FOUND');
    const done = await q.meldingAfhandelen(db, gemeenteOf(request).id, serviceId, meldingId, deps.now());
    if (!done) throw new HttpError('NOT_FOUND');
    return reply.redirect(terugNaar(request.body, serviceId, 'afgehandeld'), 303);
  });

  // The organisation's side: no account, the link is the key.

  const TOKEN = /^[A-Za-z0-9_-]{43}$/;

  app.get('/sociale-kaart/bevestigen/:token', async (request, reply) => {
    const { token } = request.params as { token: string };
    const gevonden = TOKEN.test(token)
      ? await dienstVoorLink(db, deps.now(), gemeenteOf(request).id, token)
      : undefined;
    if (!gevonden) return sendPage(reply, <LinkWerktNietPage ctx={pageContext(request, reply)} />, 410);
    return sendPage(
      reply,
      <BevestigenPage ctx={pageContext(request, reply)} token={token} dienst={gevonden.dienst} />,
    );
  });

  app.post(
    '/sociale-kaart/bevestigen/:token',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const gemeente = gemeenteOf(request);
      const { token } = request.params as { token: string };
      const gevonden = TOKEN.test(token)
        ? await dienstVoorLink(db, deps.now(), gemeente.id, token)
        : undefined;
      if (!gevonden) return sendPage(reply, <LinkWerktNietPage ctx={pageContext(request, reply)} />, 410);
      const values = {
        keuze: formString(request.body, 'keuze'),
        toelichting: formString(request.body, 'toelichting'),
      };
      const form = parseForm(bevestigForm, values, request.t);
      if (!form.ok) {
        return sendPage(
          reply,
          <BevestigenPage
            ctx={pageContext(request, reply)}
            token={token}
            dienst={gevonden.dienst}
            values={values}
            errors={form.errors}
          />,
          400,
        );
      }
      const ok = await bevestig(db, deps.now(), { gemeenteId: gemeente.id, token, antwoord: form.data });
      if (!ok) return sendPage(reply, <LinkWerktNietPage ctx={pageContext(request, reply)} />, 410);
      return sendPage(reply, <BevestigdPage ctx={pageContext(request, reply)} keuze={form.data.keuze} />);
    },
  );
}
