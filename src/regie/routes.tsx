import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { baseUrlFor } from '../auth/account-links.js';
import { createInvitedAccount, findAccountByEmail } from '../auth/accounts.js';
import { gemeenteOf, requireLogin, requireRole, viewerOf } from '../auth/routes.js';
import { setPasswordForm } from '../auth/rules.js';
import { endSession, type SessionSettings, startSession } from '../auth/sessions.js';
import { parseEndDate, parseStartOfDay } from '../platform/dates.js';
import type { Db } from '../platform/db/database.js';
import { type FormBody, formString } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import { isUuid } from '../platform/http/ids.js';
import type { Viewer } from '../platform/http/request-context.js';
import type { Mailer } from '../platform/mail/mailer.js';
import type { FieldErrors } from '../platform/views/components.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import {
  accepteerUitnodiging,
  bekijkUitnodiging,
  nodigUit,
  trekToegangIn,
  trekUitnodigingIn,
  wijzigToegang,
} from './delen.js';
import { eigenDossierId, viaDeDeur } from './door.js';
import {
  eindInToekomst,
  leesNiveaus,
  noodtoegangForm,
  uitnodigingForm,
  vertegenwoordigingForm,
  wijzigForm,
  wissenForm,
} from './forms.js';
import { exporteerDossier, exporteerDossierFhir, wisDossier } from './gegevens.js';
import { logboekZin } from './logboek-zinnen.js';
import { openNoodtoegang } from './noodtoegang.js';
import { DossierPage, SectiePage } from './pages/dossier-pages.js';
import { GegevensPage } from './pages/gegevens-page.js';
import { LogboekPage } from './pages/logboek-page.js';
import { NoodtoegangPage } from './pages/noodtoegang-page.js';
import { type ToegangMelding, ToegangPage } from './pages/toegang-page.js';
import { UitnodigingOngeldigPage, UitnodigingPage, type UitnodigingStand } from './pages/uitnodiging-page.js';
import { VertegenwoordigingPage } from './pages/vertegenwoordiging-page.js';
import { registreerPoging } from './poging.js';
import * as q from './queries.js';
import type { SectieRegister } from './secties.js';
import { legVertegenwoordigingVast } from './vertegenwoordiging.js';

export type RegieDeps = {
  db: Db;
  now: () => Date;
  mailer: Mailer;
  secties: SectieRegister;
  sessions: SessionSettings;
  publicUrl: string | undefined;
};

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };

type DossierParams = { dossierId: string };

/**
 * Routes of eigen regie. Every route that reads or changes a record goes through viaDeDeur;
 * none checks access itself.
 */
export async function regieRoutes(app: FastifyInstance, deps: RegieDeps): Promise<void> {
  const { db, secties } = deps;
  const csrf = app.csrfProtection;
  const baseUrl = (request: FastifyRequest) =>
    baseUrlFor(gemeenteOf(request), deps.publicUrl, `${request.protocol}://${request.host}`);

  // Short, memorable paths for the resident's own record.
  for (const [pad, doel] of [
    ['/mijn-gegevens', ''],
    ['/wie-kan-wat-zien', '/toegang'],
    ['/mijn-logboek', '/logboek'],
  ] as const) {
    app.get(pad, { preHandler: requireRole('inwoner') }, async (request, reply) => {
      const dossierId = await eigenDossierId(db, viewerOf(request));
      return reply.redirect(`/dossiers/${dossierId}${doel}`, 303);
    });
  }

  app.get(
    '/dossiers/:dossierId',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { dossierId } = request.params as DossierParams;
      const data = await viaDeDeur(
        db,
        viewer,
        { dossierId, sectie: null, nodig: 'lezen', actie: 'read' },
        { now: deps.now() },
        async (toegang) => ({
          eigenaar: toegang.grondslag === 'eigenaar',
          naam: await q.inwonerNaamVan(toegang),
          niveaus:
            toegang.grondslag === 'eigenaar'
              ? {}
              : ((await q.findLiveToegang(toegang.db, toegang.dossierId, viewer.accountId))?.niveaus ?? {}),
          dossierId: toegang.dossierId,
        }),
      );
      return sendPage(
        reply,
        <DossierPage
          ctx={pageContext(request, reply)}
          dossierId={data.dossierId}
          eigenaar={data.eigenaar}
          inwonerNaam={data.naam}
          secties={secties.alle()}
          niveaus={data.niveaus}
        />,
      );
    },
  );

  app.get(
    '/dossiers/:dossierId/secties/:sectie',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { dossierId, sectie } = request.params as DossierParams & { sectie: string };
      const definitie = secties.get(sectie);
      if (!definitie) throw new HttpError('NOT_FOUND');
      const now = deps.now();
      const data = await viaDeDeur(
        db,
        viewer,
        { dossierId, sectie, nodig: 'lezen', actie: 'read' },
        { now },
        async (toegang) => ({
          eigenaar: toegang.grondslag === 'eigenaar',
          naam: await q.inwonerNaamVan(toegang),
          niveau: toegang.niveau,
          nood:
            toegang.grondslag === 'noodtoegang'
              ? await q.findActiveNoodtoegang(toegang.db, toegang.dossierId, viewer.accountId, now)
              : undefined,
          dossierId: toegang.dossierId,
        }),
      );
      return sendPage(
        reply,
        <SectiePage
          ctx={pageContext(request, reply)}
          dossierId={data.dossierId}
          eigenaar={data.eigenaar}
          inwonerNaam={data.naam}
          sectie={definitie}
          niveau={data.niveau}
          noodtoegangTot={data.nood?.expiresAt}
        />,
      );
    },
  );

  async function toonToegang(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: {
      melding?: ToegangMelding;
      form?: Parameters<typeof ToegangPage>[0]['form'];
      errors?: FieldErrors;
      wijzig?: { toegangId: string; errors: FieldErrors };
    } = {},
    status = 200,
  ) {
    const viewer = viewerOf(request);
    const { dossierId } = request.params as DossierParams;
    const now = deps.now();
    const data = await viaDeDeur(
      db,
      viewer,
      { dossierId, sectie: null, nodig: 'lezen', actie: 'read', itemId: 'toegang', alleenEigenaar: true },
      { now },
      async (toegang) => ({
        toegangen: await q.listToegangen(toegang.db, toegang.gemeenteId, toegang.dossierId),
        uitnodigingen: await q.listOpenUitnodigingen(toegang.db, toegang.gemeenteId, toegang.dossierId, now),
      }),
    );
    return sendPage(
      reply,
      <ToegangPage
        ctx={pageContext(request, reply)}
        dossierId={dossierId}
        secties={secties.alle()}
        toegangen={data.toegangen}
        uitnodigingen={data.uitnodigingen}
        nu={now}
        {...extra}
      />,
      status,
    );
  }

  app.get(
    '/dossiers/:dossierId/toegang',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const melding = (request.query as Record<string, string | undefined>).melding;
      const bekend = ['verstuurd', 'gewijzigd', 'ingetrokken', 'uitnodiging-ingetrokken'] as const;
      return toonToegang(request, reply, {
        ...(bekend.includes(melding as ToegangMelding) ? { melding: melding as ToegangMelding } : {}),
      });
    },
  );

  app.post(
    '/dossiers/:dossierId/toegang/uitnodigen',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { dossierId } = request.params as DossierParams;
      const body = (request.body ?? {}) as FormBody;
      const now = deps.now();
      const niveauKeuze = leesNiveaus(body, secties);
      const form = parseForm(uitnodigingForm, body, request.t);
      const opnieuw = {
        email: formString(body, 'email') ?? '',
        rol: formString(body, 'rol') ?? 'naaste',
        doel: formString(body, 'doel') ?? '',
        eindigt_op: formString(body, 'eindigt_op') ?? '',
        niveaus: 'niveaus' in niveauKeuze ? niveauKeuze.niveaus : {},
      };
      if ('fout' in niveauKeuze) {
        if (niveauKeuze.fout === 'onbekende-sectie') {
          await registreerPoging(
            db,
            viewer,
            { dossierId, sectie: null, actie: 'create', reden: 'onbekende-sectie', itemId: 'uitnodiging' },
            now,
          );
        }
        const key =
          niveauKeuze.fout === 'onbekende-sectie' ? 'veld.fout.onbekende-sectie' : 'veld.fout.keuze';
        return toonToegang(request, reply, { form: opnieuw, errors: { niveaus: request.t(key) } }, 400);
      }
      const errors: FieldErrors = form.ok
        ? eindInToekomst(form.data.eindigt_op, now, request.t)
        : { ...form.errors };
      if (Object.keys(niveauKeuze.niveaus).length === 0) errors.niveaus = request.t('veld.fout.geen-sectie');
      if (!form.ok || Object.keys(errors).length > 0)
        return toonToegang(request, reply, { form: opnieuw, errors }, 400);
      const result = await nodigUit(db, now, viewer, {
        gemeente: gemeenteOf(request),
        dossierId,
        email: form.data.email,
        rol: form.data.rol,
        niveaus: niveauKeuze.niveaus,
        doel: form.data.doel,
        eindigtOp: form.data.eindigt_op,
        locale: request.locale,
        baseUrl: baseUrl(request),
      });
      if (!result.ok)
        return toonToegang(
          request,
          reply,
          { form: opnieuw, errors: { [result.veld]: request.t(result.fout) } },
          400,
        );
      deps.mailer.kick();
      return reply.redirect(`/dossiers/${dossierId}/toegang?melding=verstuurd`, 303);
    },
  );

  app.post(
    '/dossiers/:dossierId/toegang/:toegangId',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { dossierId, toegangId } = request.params as DossierParams & { toegangId: string };
      const body = (request.body ?? {}) as FormBody;
      const now = deps.now();
      const niveauKeuze = leesNiveaus(body, secties);
      const form = parseForm(wijzigForm, body, request.t);
      if ('fout' in niveauKeuze || !form.ok) {
        if ('fout' in niveauKeuze && niveauKeuze.fout === 'onbekende-sectie') {
          await registreerPoging(
            db,
            viewer,
            {
              dossierId,
              sectie: null,
              actie: 'update',
              reden: 'onbekende-sectie',
              itemId: `toegang:${toegangId.slice(0, 64)}`,
            },
            now,
          );
        }
        throw new HttpError('BAD_REQUEST');
      }
      const fout = eindInToekomst(form.data.eindigt_op, now, request.t).eindigt_op;
      if (fout) {
        // Shown in that grant's own change form (ids as in ToegangPage), not in the invite form.
        const veld = `t${toegangId.slice(0, 8)}-eindigt_op`;
        return toonToegang(request, reply, { wijzig: { toegangId, errors: { [veld]: fout } } }, 400);
      }
      await wijzigToegang(db, now, viewer, {
        dossierId,
        toegangId,
        version: form.data.version,
        niveaus: niveauKeuze.niveaus,
        eindigtOp: form.data.eindigt_op,
      });
      return reply.redirect(`/dossiers/${dossierId}/toegang?melding=gewijzigd`, 303);
    },
  );

  app.post(
    '/dossiers/:dossierId/toegang/:toegangId/intrekken',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, toegangId } = request.params as DossierParams & { toegangId: string };
      await trekToegangIn(db, deps.now(), viewerOf(request), { dossierId, toegangId });
      return reply.redirect(`/dossiers/${dossierId}/toegang?melding=ingetrokken`, 303);
    },
  );

  app.post(
    '/dossiers/:dossierId/uitnodigingen/:uitnodigingId/intrekken',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, uitnodigingId } = request.params as DossierParams & { uitnodigingId: string };
      await trekUitnodigingIn(db, deps.now(), viewerOf(request), { dossierId, uitnodigingId });
      return reply.redirect(`/dossiers/${dossierId}/toegang?melding=uitnodiging-ingetrokken`, 303);
    },
  );

  app.get(
    '/dossiers/:dossierId/logboek',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { dossierId } = request.params as DossierParams;
      const query = request.query as Record<string, string | undefined>;
      const filter = {
        persoon: isUuid(query.persoon) ? query.persoon : undefined,
        sectie: query.sectie && secties.bestaat(query.sectie) ? query.sectie : undefined,
        van: query.van,
        tot: query.tot,
      };
      const van = filter.van ? parseStartOfDay(filter.van) : undefined;
      const tot = filter.tot ? parseEndDate(filter.tot) : undefined;
      const now = deps.now();
      const data = await viaDeDeur(
        db,
        viewer,
        {
          dossierId,
          sectie: null,
          nodig: 'lezen',
          actie: 'read',
          itemId: 'logboek',
          alleenEigenaar: true,
          auditEigenLezen: true,
        },
        { now },
        async (toegang) => ({
          regels: await q.listAuditOfDossier(toegang.db, toegang.gemeenteId, toegang.dossierId, {
            actorAccountId: filter.persoon,
            sectie: filter.sectie,
            from: van,
            until: tot,
          }),
          personen: await q.listAuditActors(toegang.db, toegang.gemeenteId, toegang.dossierId),
        }),
      );
      const ctx = pageContext(request, reply);
      const items = data.regels.map((regel) => ({
        id: regel.id,
        zin: logboekZin(regel, { t: ctx.t, locale: ctx.locale, eigenAccountId: viewer.accountId, secties }),
        noodtoegang: regel.noodtoegang,
        geweigerd: regel.uitkomst === 'denied',
      }));
      return sendPage(
        reply,
        <LogboekPage
          ctx={ctx}
          dossierId={dossierId}
          items={items}
          personen={data.personen}
          secties={secties.alle()}
          filter={filter}
        />,
      );
    },
  );

  app.get(
    '/dossiers/:dossierId/gegevens',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as DossierParams;
      await viaDeDeur(
        db,
        viewerOf(request),
        { dossierId, sectie: null, nodig: 'lezen', actie: 'read', itemId: 'gegevens', alleenEigenaar: true },
        { now: deps.now() },
        async () => undefined,
      );
      return sendPage(reply, <GegevensPage ctx={pageContext(request, reply)} dossierId={dossierId} />);
    },
  );

  app.get(
    '/dossiers/:dossierId/gegevens.json',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as DossierParams;
      const data = await exporteerDossier(db, deps.now(), viewerOf(request), dossierId, secties);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="redzaam-gegevens.json"')
        .send(JSON.stringify(data, null, 2));
    },
  );

  app.get(
    '/dossiers/:dossierId/gegevens.fhir.json',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as DossierParams;
      const bundle = await exporteerDossierFhir(db, deps.now(), viewerOf(request), dossierId, secties);
      return reply
        .type('application/fhir+json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="redzaam-gegevens-fhir.json"')
        .send(JSON.stringify(bundle, null, 2));
    },
  );

  app.post(
    '/dossiers/:dossierId/gegevens/wissen',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { dossierId } = request.params as DossierParams;
      const form = parseForm(wissenForm, request.body, request.t);
      if (!form.ok)
        return sendPage(
          reply,
          <GegevensPage ctx={pageContext(request, reply)} dossierId={dossierId} errors={form.errors} />,
          400,
        );
      const account = await findAccountByEmail(db, viewer.gemeenteId, viewer.email);
      const result = await wisDossier(
        db,
        deps.now(),
        viewer,
        { dossierId, wachtwoord: form.data.wachtwoord, passwordHash: account?.password_hash ?? null },
        secties,
      );
      if (!result.ok) {
        return sendPage(
          reply,
          <GegevensPage
            ctx={pageContext(request, reply)}
            dossierId={dossierId}
            errors={{ wachtwoord: request.t(result.fout) }}
          />,
          400,
        );
      }
      await endSession(db, deps.sessions, request, reply);
      return reply.redirect('/?gewist', 303);
    },
  );

  // --- invitations ---

  async function toonUitnodiging(
    request: FastifyRequest,
    reply: FastifyReply,
    stand?: UitnodigingStand,
    status = 200,
  ) {
    const { token } = request.params as { token: string };
    const gemeente = gemeenteOf(request);
    const staat = await bekijkUitnodiging(db, gemeente.id, token, deps.now());
    reply.header('referrer-policy', 'no-referrer');
    if (staat.staat === 'ongeldig')
      return sendPage(reply, <UitnodigingOngeldigPage ctx={pageContext(request, reply)} />, 410);
    const { uitnodiging } = staat;
    let gekozen = stand;
    if (!gekozen) {
      if (request.viewer) gekozen = { stand: 'accepteren' };
      else if (await findAccountByEmail(db, gemeente.id, uitnodiging.email)) gekozen = { stand: 'inloggen' };
      else
        gekozen =
          uitnodiging.rol === 'naaste' ? { stand: 'account-maken' } : { stand: 'geen-professional-account' };
    }
    return sendPage(
      reply,
      <UitnodigingPage
        ctx={pageContext(request, reply)}
        token={token}
        secties={secties.alle()}
        uitnodiging={{
          inwonerNaam: uitnodiging.inwoner_naam,
          email: uitnodiging.email,
          rol: uitnodiging.rol,
          secties: uitnodiging.secties,
          doel: uitnodiging.doel,
          eindigtOp: uitnodiging.eindigt_op,
        }}
        stand={gekozen}
      />,
      status,
    );
  }

  app.get('/uitnodiging/:token', { config: persoonsgegevens }, async (request, reply) =>
    toonUitnodiging(request, reply),
  );

  app.post(
    '/uitnodiging/:token',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { token } = request.params as { token: string };
      const result = await accepteerUitnodiging(db, deps.now(), viewerOf(request), token);
      if (result === 'ongeldig')
        return sendPage(reply, <UitnodigingOngeldigPage ctx={pageContext(request, reply)} />, 410);
      if (result !== 'geaccepteerd') return toonUitnodiging(request, reply, { stand: result }, 403);
      return reply.redirect('/mijn-overzicht?uitnodiging=geaccepteerd', 303);
    },
  );

  app.post(
    '/uitnodiging/:token/account',
    { preValidation: csrf, config: persoonsgegevens },
    async (request, reply) => {
      const { token } = request.params as { token: string };
      const gemeente = gemeenteOf(request);
      const now = deps.now();
      const staat = await bekijkUitnodiging(db, gemeente.id, token, now);
      if (staat.staat === 'ongeldig')
        return sendPage(reply, <UitnodigingOngeldigPage ctx={pageContext(request, reply)} />, 410);
      if (request.viewer || staat.uitnodiging.rol !== 'naaste') throw new HttpError('FORBIDDEN');
      const naam = (formString(request.body, 'naam') ?? '').trim();
      const form = parseForm(setPasswordForm, request.body, request.t);
      const errors: FieldErrors = form.ok ? {} : { ...form.errors };
      if (!naam) errors.naam = request.t('veld.fout.verplicht');
      else if (naam.length > 120) errors.naam = request.t('veld.fout.te-lang', { max: 120 });
      if (!form.ok || Object.keys(errors).length > 0) {
        return toonUitnodiging(request, reply, { stand: 'account-maken', naam, errors }, 400);
      }
      const created = await createInvitedAccount(db, {
        gemeenteId: gemeente.id,
        naam,
        email: staat.uitnodiging.email,
        password: form.data.wachtwoord,
      });
      if (!created.ok) return toonUitnodiging(request, reply, { stand: 'inloggen' }, 409);
      const viewer: Viewer = {
        accountId: created.account.id,
        sessionId: '',
        gemeenteId: gemeente.id,
        naam,
        email: staat.uitnodiging.email,
        rol: 'naaste',
        organisatieId: null,
        organisatieNaam: null,
      };
      const result = await accepteerUitnodiging(db, now, viewer, token);
      await startSession(db, deps.sessions, request, reply, created.account);
      if (result !== 'geaccepteerd') return reply.redirect('/mijn-overzicht', 303);
      return reply.redirect('/mijn-overzicht?uitnodiging=geaccepteerd', 303);
    },
  );

  // --- emergency access and representatives ---

  app.get('/noodtoegang', { preHandler: requireRole('professional') }, async (request, reply) =>
    sendPage(reply, <NoodtoegangPage ctx={pageContext(request, reply)} />),
  );

  app.post(
    '/noodtoegang',
    { preValidation: csrf, preHandler: requireRole('professional'), config: persoonsgegevens },
    async (request, reply) => {
      const values = { email: formString(request.body, 'email'), reden: formString(request.body, 'reden') };
      const form = parseForm(noodtoegangForm, values, request.t);
      if (!form.ok)
        return sendPage(
          reply,
          <NoodtoegangPage ctx={pageContext(request, reply)} values={values} errors={form.errors} />,
          400,
        );
      const result = await openNoodtoegang(db, deps.now(), viewerOf(request), {
        gemeente: gemeenteOf(request),
        email: form.data.email,
        reden: form.data.reden,
        locale: request.locale,
      });
      if (!result.ok) {
        return sendPage(
          reply,
          <NoodtoegangPage
            ctx={pageContext(request, reply)}
            values={values}
            errors={{ email: request.t(result.fout) }}
          />,
          result.fout === 'nood.te-vaak' ? 429 : 404,
        );
      }
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
