import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { baseUrlFor } from '../auth/account-links.js';
import { createInvitedAccount, findAccountByEmail } from '../auth/accounts.js';
import { gemeenteOf, requireLogin, viewerOf } from '../auth/routes.js';
import { setPasswordForm } from '../auth/rules.js';
import { startSession } from '../auth/sessions.js';
import { type FormBody, formString } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import type { Viewer } from '../platform/http/request-context.js';
import { isMessageKey, type MessageKey, type Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import {
  accepteerUitnodiging,
  bekijkUitnodiging,
  herstelToegang,
  leesWieKanWatZien,
  nodigUit,
  trekToegangIn,
  trekUitnodigingIn,
  weigerOnbekendeSectie,
  wijzigToegang,
} from './delen.js';
import { eindInToekomst, leesNiveaus, uitnodigingForm, wijzigForm } from './forms.js';
import { type ToegangMelding, ToegangPage } from './pages/toegang-page.js';
import { UitnodigingOngeldigPage, UitnodigingPage, type UitnodigingStand } from './pages/uitnodiging-page.js';
import type { RegieDeps } from './routes.js';
import { NIVEAUS, type Niveau } from './schema.js';

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };

type DossierParams = { dossierId: string };

/**
 * A refused invitation's reasons, kept for when its address (the form's POST address) is opened
 * again: field names and catalog keys only, never what she typed, in a short-lived cookie scoped
 * to the record's sharing pages. A cookie rather than the query string, because the refusal is
 * shown at the POST's own address with her input kept (400), and that address cannot carry it.
 */
const FOUT_COOKIE = 'uitnodiging-fout';
const FOUT_VELDEN = ['email', 'rol', 'doel', 'eindigt_op', 'niveaus'] as const;
const FOUT_DUUR_S = 30 * 60;

/** The field errors as catalog keys, one per field (a translator that returns the key). */
const alsSleutel = ((key: MessageKey) => key) as Translate;

/** "email:veld.fout.email,niveaus:veld.fout.geen-sectie" back to keys; anything else is dropped. */
export function leesFoutSleutels(waarde: string | undefined): Partial<Record<string, MessageKey>> {
  const uit: Partial<Record<string, MessageKey>> = {};
  for (const deel of (waarde ?? '').split(',').slice(0, FOUT_VELDEN.length)) {
    const [veld, sleutel] = deel.split(':');
    if (!veld || !sleutel || !(FOUT_VELDEN as readonly string[]).includes(veld)) continue;
    if (sleutel.startsWith('veld.fout.') && isMessageKey(sleutel)) uit[veld] = sleutel;
  }
  return uit;
}

/** The errors in her language; `max` for the one message that names a length (the purpose's 300). */
function vertaal(sleutels: Partial<Record<string, MessageKey>>, t: Translate): FieldErrors {
  return Object.fromEntries(
    Object.entries(sleutels).flatMap(([veld, sleutel]) =>
      sleutel ? [[veld, t(sleutel, { max: 300 })]] : [],
    ),
  );
}

/** Sharing a record: "Wie kan wat zien", invitations and accepting them. */
export async function delenRoutes(app: FastifyInstance, deps: RegieDeps): Promise<void> {
  const { db, secties } = deps;
  const csrf = app.csrfProtection;
  const baseUrl = (request: FastifyRequest) =>
    baseUrlFor(gemeenteOf(request), deps.publicUrl, `${request.protocol}://${request.host}`);

  /** The cookie of a refused invitation: this record's sharing pages only, like the language cookie. */
  const foutCookie = (request: FastifyRequest, dossierId: string) => ({
    path: `/dossiers/${encodeURIComponent(dossierId)}/toegang`,
    sameSite: 'lax' as const,
    httpOnly: true,
    secure: deps.sessions.alwaysSecure === true || request.protocol === 'https',
  });

  async function toonToegang(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: {
      melding?: ToegangMelding;
      form?: Parameters<typeof ToegangPage>[0]['form'];
      errors?: FieldErrors;
      wijzig?: { toegangId: string; errors: FieldErrors };
      fout?: 'herstel-te-laat';
    } = {},
    status = 200,
  ) {
    const viewer = viewerOf(request);
    const { dossierId } = request.params as DossierParams;
    const now = deps.now();
    const data = await leesWieKanWatZien(db, now, viewer, dossierId);
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
      const query = request.query as Record<string, string | undefined>;
      const melding = query.melding;
      const bekend = [
        'verstuurd',
        'gewijzigd',
        'ingetrokken',
        'uitnodiging-ingetrokken',
        'hersteld',
      ] as const;
      return toonToegang(request, reply, {
        ...(bekend.includes(melding as ToegangMelding) ? { melding: melding as ToegangMelding } : {}),
        ...voorIngevuld(query, secties.alle()),
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
      const form = parseForm(uitnodigingForm, body, alsSleutel);
      const opnieuw = {
        email: formString(body, 'email') ?? '',
        rol: formString(body, 'rol') ?? 'naaste',
        doel: formString(body, 'doel') ?? '',
        eindigt_op: formString(body, 'eindigt_op') ?? '',
        niveaus: 'niveaus' in niveauKeuze ? niveauKeuze.niveaus : {},
      };
      // Refused: the form again with her input and the reasons next to the fields (400), the
      // reasons also kept for when this address is opened again (see FOUT_COOKIE).
      const weiger = (sleutels: Partial<Record<string, MessageKey>>) => {
        reply.setCookie(
          FOUT_COOKIE,
          Object.entries(sleutels)
            .map(([veld, sleutel]) => `${veld}:${sleutel}`)
            .join(','),
          { ...foutCookie(request, dossierId), maxAge: FOUT_DUUR_S },
        );
        return toonToegang(request, reply, { form: opnieuw, errors: vertaal(sleutels, request.t) }, 400);
      };
      if ('fout' in niveauKeuze) {
        if (niveauKeuze.fout === 'onbekende-sectie') {
          await weigerOnbekendeSectie(db, now, viewer, { dossierId, actie: 'create', itemId: 'uitnodiging' });
        }
        const key =
          niveauKeuze.fout === 'onbekende-sectie' ? 'veld.fout.onbekende-sectie' : 'veld.fout.keuze';
        return weiger({ niveaus: key });
      }
      const sleutels = (
        form.ok ? eindInToekomst(form.data.eindigt_op, now, alsSleutel) : { ...form.errors }
      ) as Partial<Record<string, MessageKey>>;
      if (Object.keys(niveauKeuze.niveaus).length === 0) sleutels.niveaus = 'veld.fout.geen-sectie';
      if (!form.ok || Object.keys(sleutels).length > 0) return weiger(sleutels);
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
      if (!result.ok) return weiger({ [result.veld]: result.fout });
      reply.clearCookie(FOUT_COOKIE, foutCookie(request, dossierId));
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
          await weigerOnbekendeSectie(db, now, viewer, {
            dossierId,
            actie: 'update',
            itemId: `toegang:${toegangId.slice(0, 64)}`,
          });
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
    '/dossiers/:dossierId/toegang/:toegangId/herstel',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, toegangId } = request.params as DossierParams & { toegangId: string };
      try {
        await herstelToegang(db, deps.now(), viewerOf(request), { dossierId, toegangId });
      } catch (fout) {
        // Too late to undo: the page says so (409) and how to give access again.
        if (fout instanceof HttpError && fout.reden === 'herstel-te-laat')
          return toonToegang(request, reply, { fout: 'herstel-te-laat' }, 409);
        throw fout;
      }
      return reply.redirect(`/dossiers/${dossierId}/toegang?melding=hersteld`, 303);
    },
  );

  // After a refused invitation the address bar shows this address: opening it again shows the
  // form with why it was refused (her input is not kept); without a refusal it leads to the form.
  app.get(
    '/dossiers/:dossierId/toegang/uitnodigen',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as DossierParams;
      const sleutels = leesFoutSleutels(request.cookies[FOUT_COOKIE]);
      if (Object.keys(sleutels).length === 0)
        return reply.redirect(`/dossiers/${encodeURIComponent(dossierId)}/toegang#uitnodigen`, 303);
      return toonToegang(request, reply, { errors: vertaal(sleutels, request.t) });
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

  // --- invitation links ---

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
        bevoegdheden: [],
      };
      const result = await accepteerUitnodiging(db, now, viewer, token);
      await startSession(db, deps.sessions, request, reply, created.account);
      if (result !== 'geaccepteerd') return reply.redirect('/mijn-overzicht', 303);
      return reply.redirect('/mijn-overzicht?uitnodiging=geaccepteerd', 303);
    },
  );
}

/**
 * The invitation form filled in from a link (the netwerkkaart's "uitnodigen" on a person's card):
 * `?email=…&rol=naaste|professional&<sectie>=<niveau>`. Only known values are taken; nothing is
 * sent until the resident submits the form herself.
 */
function voorIngevuld(
  query: Record<string, string | undefined>,
  secties: { code: string }[],
): { form?: Parameters<typeof ToegangPage>[0]['form'] } {
  const niveaus: Partial<Record<string, Niveau>> = {};
  for (const { code } of secties) {
    const niveau = query[code];
    if (niveau && (NIVEAUS as readonly string[]).includes(niveau)) niveaus[code] = niveau as Niveau;
  }
  const rol = query.rol === 'naaste' || query.rol === 'professional' ? query.rol : undefined;
  const email = typeof query.email === 'string' && query.email.length <= 254 ? query.email : undefined;
  if (!rol && !email && Object.keys(niveaus).length === 0) return {};
  return { form: { ...(email ? { email } : {}), ...(rol ? { rol } : {}), niveaus } };
}
