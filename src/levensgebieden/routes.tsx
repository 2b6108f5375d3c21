import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { gemeenteOf, requireLogin, requireRole, viewerOf } from '../auth/routes.js';
import type { Db } from '../platform/db/database.js';
import type { DossierLinks } from '../platform/extensions/dossier-links.js';
import type { HulpPerLevensgebied } from '../platform/extensions/hulp.js';
import type { HulpUitDossier } from '../platform/extensions/hulp-uit-dossier.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import type { Toegang } from '../regie/door/door.js';
import { wijzigCatalogus } from './beheer.js';
import {
  bewaarGebied,
  bewaarInstelling,
  type Invullen,
  leesInstelling,
  leesInvullen,
  leesOverzicht,
  rondAf,
  SECTIE,
} from './beoordelen.js';
import { gebiedNaam, isStandaard, zichtbaar } from './catalogus.js';
import { gebiedNieuwForm, gebiedWijzigForm, invoerUitAntwoord, leesActie, verplaatsForm } from './forms.js';
import { BeheerCatalogusPage, type BeheerMelding } from './pages/beheer-page.js';
import { HistorieGrafiekVan, OverzichtGrafieken } from './pages/grafieken.js';
import { HistoriePage } from './pages/historie-page.js';
import { InstellingenPage } from './pages/instellingen-page.js';
import { GebiedPage, InvullenPage } from './pages/invullen-pages.js';
import { type OverzichtMelding, OverzichtPage } from './pages/overzicht-page.js';
import * as q from './queries.js';

export type LevensgebiedenDeps = {
  db: Db;
  now: () => Date;
  /** Sources of help offered where it is not going well (the sociale kaart, …) */
  hulp?: HulpPerLevensgebied;
  /** Links on the section's pages from other parts (the questionnaires), wired by app.tsx */
  dossierLinks?: DossierLinks;
  /** Who in her own record helps per domain (the netwerkkaart), read inside the door for the owner */
  dossierHulp?: HulpUitDossier<Toegang>;
};

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Params = { dossierId: string; code?: string };

/**
 * Routes of the levensgebieden: the overview with the regie-spiegel, filling in one domain per
 * page (the resident's own view, or a naaste's or professional's view with `reageren`), the
 * per-domain history, the resident's setting, and the beheerder's catalog. Access is decided
 * by the door in beoordelen.ts; no route checks it itself.
 */
export async function levensgebiedenRoutes(app: FastifyInstance, deps: LevensgebiedenDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;

  // The record's generic section page leads here.
  app.get(
    '/dossiers/:dossierId/secties/levensgebieden',
    { preHandler: requireLogin },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      return reply.redirect(`/dossiers/${encodeURIComponent(dossierId)}/levensgebieden`, 303);
    },
  );

  app.get(
    '/dossiers/:dossierId/levensgebieden',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const data = await leesOverzicht(
        db,
        viewerOf(request),
        dossierId,
        deps.now(),
        deps.hulp,
        deps.dossierHulp,
      );
      const ctx = pageContext(request, reply);
      const query = request.query as Record<string, string | undefined>;
      const meldingen: OverzichtMelding[] = ['afgerond', 'instelling', 'later'];
      const melding = meldingen.find((m) => m === query.melding);
      return sendPage(
        reply,
        <OverzichtPage
          ctx={ctx}
          data={data}
          melding={melding}
          grafieken={<OverzichtGrafieken ctx={ctx} data={data} />}
          extraLinks={(
            (await deps.dossierLinks?.voor(SECTIE, {
              dossierId: data.dossierId,
              gemeenteId: data.gemeenteId,
            })) ?? []
          ).map((link) => ({ href: link.href, label: request.t(link.label) }))}
        />,
      );
    },
  );

  app.get(
    '/dossiers/:dossierId/levensgebieden/historie/:code',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, code = '' } = request.params as Params;
      const data = await leesOverzicht(db, viewerOf(request), dossierId, deps.now());
      // Hidden domains keep their history; a code the gemeente never had does not exist.
      const gebied = data.catalogus.gebieden.find((g) => g.code === code);
      if (!gebied) throw new HttpError('NOT_FOUND');
      const ctx = pageContext(request, reply);
      return sendPage(
        reply,
        <HistoriePage
          ctx={ctx}
          data={data}
          gebied={gebied}
          grafiek={<HistorieGrafiekVan ctx={ctx} data={data} gebied={gebied} />}
        />,
      );
    },
  );

  function toonInvullen(
    request: FastifyRequest,
    reply: FastifyReply,
    data: Invullen,
    melding?: 'later' | 'conflict' | 'onbekend-gebied' | 'leeg',
    status = 200,
  ) {
    return sendPage(
      reply,
      <InvullenPage ctx={pageContext(request, reply)} data={data} melding={melding} />,
      status,
    );
  }

  function positieVan(data: Invullen, code: string) {
    const codes = zichtbaar(data.catalogus).map((g) => g.code);
    const index = codes.indexOf(code);
    return { nummer: index + 1, totaal: codes.length, eerste: index === 0 };
  }

  app.get(
    '/dossiers/:dossierId/levensgebieden/invullen',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const data = await leesInvullen(db, viewerOf(request), dossierId, deps.now());
      const melding =
        (request.query as Record<string, string | undefined>).melding === 'later' ? 'later' : undefined;
      return toonInvullen(request, reply, data, melding);
    },
  );

  app.get(
    '/dossiers/:dossierId/levensgebieden/invullen/:code',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, code = '' } = request.params as Params;
      const data = await leesInvullen(db, viewerOf(request), dossierId, deps.now());
      const gebied = zichtbaar(data.catalogus).find((g) => g.code === code);
      if (!gebied) return toonInvullen(request, reply, data, 'onbekend-gebied', 404);
      return sendPage(
        reply,
        <GebiedPage
          ctx={pageContext(request, reply)}
          data={data}
          gebied={gebied}
          // A new round starts from her previous answer about this domain; her draft's answer wins.
          invoer={invoerUitAntwoord(data.concept?.antwoorden[code] ?? data.vorige[code]?.antwoord)}
          versie={data.concept?.versie ?? 0}
          positie={positieVan(data, code)}
          vanVorige={data.concept?.antwoorden[code] ? undefined : data.vorige[code]?.datum}
        />,
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/levensgebieden/invullen/:code',
    {
      preValidation: csrf,
      preHandler: requireLogin,
      // "Wie helpt" is a group of check boxes: the one field that may come more than once.
      config: { ...persoonsgegevens, herhaalbaar: ['wie_helpt'] },
    },
    async (request, reply) => {
      const { dossierId, code = '' } = request.params as Params;
      const body = (request.body ?? {}) as FormBody;
      const basis = `/dossiers/${dossierId}/levensgebieden`;
      if (!CODE.test(code) || code.length > 40) throw new HttpError('NOT_FOUND');
      const uitkomst = await bewaarGebied(
        db,
        viewerOf(request),
        { dossierId, code, body, nu: deps.now() },
        request.t,
      );
      const ctx = () => pageContext(request, reply);
      if (uitkomst.soort === 'onbekend-gebied')
        return toonInvullen(request, reply, uitkomst.stand, 'onbekend-gebied', 400);
      const gebied = zichtbaar(uitkomst.stand.catalogus).find((g) => g.code === code);
      if (uitkomst.soort === 'fout' && gebied)
        return sendPage(
          reply,
          <GebiedPage
            ctx={ctx()}
            data={uitkomst.stand}
            gebied={gebied}
            invoer={uitkomst.invoer}
            versie={uitkomst.versie}
            errors={uitkomst.errors}
            positie={positieVan(uitkomst.stand, code)}
          />,
          400,
        );
      if (uitkomst.soort === 'conflict' && gebied)
        return sendPage(
          reply,
          <GebiedPage
            ctx={ctx()}
            data={uitkomst.stand}
            gebied={gebied}
            invoer={uitkomst.invoer}
            // The current version: saving again now overwrites knowingly, with the input kept.
            versie={uitkomst.stand.concept?.versie ?? 0}
            conflict
            positie={positieVan(uitkomst.stand, code)}
          />,
          409,
        );
      if (uitkomst.soort !== 'ok') throw new HttpError('BAD_REQUEST');
      const actie = leesActie(body);
      if (actie === 'later') return reply.redirect(`${basis}/invullen?melding=later`, 303);
      if (actie === 'vorige' && uitkomst.vorige)
        return reply.redirect(`${basis}/invullen/${uitkomst.vorige}`, 303);
      if (actie === 'volgende' && uitkomst.volgende)
        return reply.redirect(`${basis}/invullen/${uitkomst.volgende}`, 303);
      return reply.redirect(`${basis}/invullen`, 303);
    },
  );

  app.post(
    '/dossiers/:dossierId/levensgebieden/afronden',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const uitkomst = await rondAf(db, viewerOf(request), {
        dossierId,
        body: (request.body ?? {}) as FormBody,
        nu: deps.now(),
      });
      const basis = `/dossiers/${dossierId}/levensgebieden`;
      if (uitkomst.soort === 'conflict') return toonInvullen(request, reply, uitkomst.stand, 'conflict', 409);
      if (uitkomst.soort === 'leeg') return toonInvullen(request, reply, uitkomst.stand, 'leeg', 400);
      if (uitkomst.soort === 'geen-concept') return reply.redirect(`${basis}/invullen`, 303);
      return reply.redirect(`${basis}?melding=afgerond`, 303);
    },
  );

  app.get(
    '/dossiers/:dossierId/levensgebieden/instellingen',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const instelling = await leesInstelling(db, viewerOf(request), dossierId, deps.now());
      return sendPage(
        reply,
        <InstellingenPage ctx={pageContext(request, reply)} dossierId={dossierId} instelling={instelling} />,
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/levensgebieden/instellingen',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const uitkomst = await bewaarInstelling(
        db,
        viewerOf(request),
        { dossierId, body: (request.body ?? {}) as FormBody, nu: deps.now() },
        request.t,
      );
      const ctx = pageContext(request, reply);
      if (uitkomst.soort === 'fout')
        return sendPage(
          reply,
          <InstellingenPage
            ctx={ctx}
            dossierId={dossierId}
            instelling={uitkomst.instelling}
            errors={uitkomst.errors}
          />,
          400,
        );
      if (uitkomst.soort === 'conflict')
        return sendPage(
          reply,
          <InstellingenPage ctx={ctx} dossierId={dossierId} instelling={uitkomst.instelling} conflict />,
          409,
        );
      return reply.redirect(`/dossiers/${dossierId}/levensgebieden?melding=instelling`, 303);
    },
  );

  // --- beheer: the gemeente's catalog (no personal data) ---

  async function toonBeheer(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Omit<Parameters<typeof BeheerCatalogusPage>[0], 'ctx' | 'catalogus'> = {},
    status = 200,
  ) {
    const catalogus = await q.huidigeCatalogus(db, gemeenteOf(request).id);
    return sendPage(
      reply,
      <BeheerCatalogusPage ctx={pageContext(request, reply)} catalogus={catalogus} {...extra} />,
      status,
    );
  }

  app.get('/beheer/levensgebieden', { preHandler: requireRole('beheerder') }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const meldingen: BeheerMelding[] = ['opgeslagen', 'toegevoegd', 'verplaatst'];
    return toonBeheer(request, reply, { melding: meldingen.find((m) => m === query.melding) });
  });

  const waardenVan = (body: FormBody) =>
    Object.fromEntries(
      ['naam', 'uitleg', 'icoon', 'verborgen'].map((veld) => [
        veld,
        typeof body[veld] === 'string' ? (body[veld] as string) : '',
      ]),
    );

  app.post(
    '/beheer/levensgebieden',
    { preValidation: csrf, preHandler: requireRole('beheerder') },
    async (request, reply) => {
      const body = (request.body ?? {}) as FormBody;
      const form = parseForm(gebiedNieuwForm, body, request.t);
      if (!form.ok)
        return toonBeheer(request, reply, { nieuw: { errors: form.errors, waarden: waardenVan(body) } }, 400);
      const viewer = viewerOf(request);
      const uitkomst = await wijzigCatalogus(db, {
        gemeenteId: viewer.gemeenteId,
        accountId: viewer.accountId,
        vanVersie: form.data.catalogus_versie,
        wijziging: { soort: 'nieuw', naam: form.data.naam, uitleg: form.data.uitleg, icoon: form.data.icoon },
        nu: deps.now(),
      });
      if (uitkomst === 'conflict') return toonBeheer(request, reply, { conflict: true }, 409);
      return reply.redirect('/beheer/levensgebieden?melding=toegevoegd', 303);
    },
  );

  app.post(
    '/beheer/levensgebieden/:code',
    { preValidation: csrf, preHandler: requireRole('beheerder') },
    async (request, reply) => {
      const { code = '' } = request.params as Params;
      const body = (request.body ?? {}) as FormBody;
      const form = parseForm(gebiedWijzigForm, body, request.t);
      if (!form.ok)
        return toonBeheer(
          request,
          reply,
          { fout: { code, errors: form.errors, waarden: waardenVan(body) } },
          400,
        );
      const viewer = viewerOf(request);
      // A default domain keeps following the i18n text (and English) until its name really changes.
      const standaardNaam = isStandaard(code) ? gebiedNaam({ code, naam: null }, request.t) : undefined;
      const uitkomst = await wijzigCatalogus(db, {
        gemeenteId: viewer.gemeenteId,
        accountId: viewer.accountId,
        vanVersie: form.data.catalogus_versie,
        wijziging: {
          soort: 'wijzig',
          code,
          naam: form.data.naam === standaardNaam ? null : form.data.naam,
          uitleg: form.data.uitleg,
          icoon: form.data.icoon,
          verborgen: form.data.verborgen === 'ja',
        },
        nu: deps.now(),
      });
      if (uitkomst === 'onbekend') throw new HttpError('NOT_FOUND');
      if (uitkomst === 'conflict') return toonBeheer(request, reply, { conflict: true }, 409);
      return reply.redirect('/beheer/levensgebieden?melding=opgeslagen', 303);
    },
  );

  app.post(
    '/beheer/levensgebieden/:code/verplaats',
    { preValidation: csrf, preHandler: requireRole('beheerder') },
    async (request, reply) => {
      const { code = '' } = request.params as Params;
      const form = parseForm(verplaatsForm, request.body, request.t);
      if (!form.ok) throw new HttpError('BAD_REQUEST');
      const viewer = viewerOf(request);
      const uitkomst = await wijzigCatalogus(db, {
        gemeenteId: viewer.gemeenteId,
        accountId: viewer.accountId,
        vanVersie: form.data.catalogus_versie,
        wijziging: { soort: 'verplaats', code, richting: form.data.richting === 'omhoog' ? -1 : 1 },
        nu: deps.now(),
      });
      if (uitkomst === 'onbekend') throw new HttpError('NOT_FOUND');
      if (uitkomst === 'conflict') return toonBeheer(request, reply, { conflict: true }, 409);
      return reply.redirect('/beheer/levensgebieden?melding=verplaatst', 303);
    },
  );
}
