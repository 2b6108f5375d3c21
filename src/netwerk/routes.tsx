import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { gemeenteOf, requireLogin, requireRole, viewerOf } from '../auth/routes.js';
import type { Db } from '../platform/db/database.js';
import type { HulpPerBron, HulpPerLevensgebied } from '../platform/extensions/hulp.js';
import type { KaartGroepen } from '../platform/extensions/kaart-groepen.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import { isUuid } from '../platform/http/ids.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { eigenDossierId } from '../regie/door/door.js';
import { bewaarRelaties } from './beheer.js';
import { relatiesForm, relatieWijzigingen, waardenUit } from './forms.js';
import { type FormData, leesForm, leesKaart, leesVergelijking, leesVoorstellen } from './lezen.js';
import { BeheerRelatiesPage } from './pages/beheer-page.js';
import { KAART_MELDINGEN, type KaartMelding, KaartPage } from './pages/kaart-page.js';
import { PersoonPage } from './pages/persoon-page.js';
import { VergelijkPage } from './pages/vergelijk-page.js';
import { VoorstellenPage } from './pages/voorstellen-page.js';
import * as q from './queries.js';
import { groepPersonen } from './weergave.js';
import { beslisVoorstel, bewaarPersoon, bewaarSamenvatting, verwijderPersoon } from './wijzigen.js';

export type NetwerkDeps = {
  db: Db;
  now: () => Date;
  /** Next steps where nobody on the map can or may be asked (the sociale kaart, …) */
  hulp?: HulpPerLevensgebied;
  /** Groups from elsewhere in her record on her own map (Via Samen; each source reads through the door). */
  kaartGroepen?: KaartGroepen;
};

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };

type Params = { dossierId: string; persoonId?: string; voorstelId?: string };

/** An id in the path that is no uuid cannot name anything: 404 before any work. */
function id(waarde: string | undefined): string {
  if (!isUuid(waarde)) throw new HttpError('NOT_FOUND');
  return waarde;
}

/**
 * Routes of the netwerkkaart: the map, adding and changing people (or proposing it), the
 * proposals, the summary's choice and the comparison with an earlier date. Access is decided by
 * the door in lezen.ts and wijzigen.ts; no route checks it itself.
 */
export async function netwerkRoutes(app: FastifyInstance, deps: NetwerkDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;

  // "Mijn netwerk" in the resident's menu: her own map.
  app.get('/mijn-netwerk', { preHandler: requireRole('inwoner') }, async (request, reply) => {
    const dossierId = await eigenDossierId(db, viewerOf(request));
    // No record yet (an account made before records came with it): regie's page says how to start one.
    if (!dossierId) return reply.redirect('/mijn-gegevens', 303);
    return reply.redirect(`/dossiers/${dossierId}/netwerk`, 303);
  });

  // --- beheer: the gemeente's wording of the relationships (no personal data) ---

  async function toonBeheer(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Omit<Parameters<typeof BeheerRelatiesPage>[0], 'ctx' | 'relaties'> = {},
    status = 200,
  ) {
    const relaties = await q.relatieInstellingen(db, gemeenteOf(request).id);
    return sendPage(
      reply,
      <BeheerRelatiesPage ctx={pageContext(request, reply)} relaties={relaties} {...extra} />,
      status,
    );
  }

  app.get('/beheer/netwerk/relaties', { preHandler: requireRole('beheerder') }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    return toonBeheer(request, reply, { opgeslagen: query.melding === 'opgeslagen' });
  });

  app.post(
    '/beheer/netwerk/relaties',
    { preValidation: csrf, preHandler: requireRole('beheerder') },
    async (request, reply) => {
      const body = (request.body ?? {}) as FormBody;
      const waarden = Object.fromEntries(
        Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
      const form = parseForm(relatiesForm, body, request.t);
      if (!form.ok) return toonBeheer(request, reply, { errors: form.errors, waarden }, 400);
      const uitkomst = await bewaarRelaties(db, {
        gemeenteId: viewerOf(request).gemeenteId,
        wijzigingen: relatieWijzigingen(form.data),
        nu: deps.now(),
      });
      // The input stays; the versions become today's, so checking and saving again works.
      const zonderVersies = Object.fromEntries(
        Object.entries(waarden).filter(([k]) => !k.startsWith('versie-')),
      );
      if (uitkomst === 'conflict')
        return toonBeheer(request, reply, { conflict: true, waarden: zonderVersies }, 409);
      return reply.redirect('/beheer/netwerk/relaties?melding=opgeslagen', 303);
    },
  );

  // The record's generic section page leads here; it reads nothing.
  app.get('/dossiers/:dossierId/secties/netwerk', { preHandler: requireLogin }, async (request, reply) => {
    const { dossierId } = request.params as Params;
    return reply.redirect(`/dossiers/${encodeURIComponent(dossierId)}/netwerk`, 303);
  });

  async function toonKaart(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { melding?: KaartMelding; samenvattingFout?: 'fout' | 'conflict' } = {},
    status = 200,
  ) {
    const { dossierId } = request.params as Params;
    const nu = deps.now();
    const viewer = viewerOf(request);
    const data = await leesKaart(db, viewer, dossierId, nu, request.t);
    // After the door: public help for the levensgebieden where nobody can be asked; no personal data goes out.
    const hulp: { code: string; bronnen: HulpPerBron[] }[] = [];
    if (deps.hulp)
      for (const code of data.tekorten)
        hulp.push({
          code,
          bronnen: await deps.hulp.voor({ gemeenteId: data.gemeenteId, levensgebied: code, aantal: 3, nu }),
        });
    // Her own map only: groups from elsewhere in her record (Via Samen, her choice), each source
    // through the door for its own section; never asked for anyone else viewing her map.
    const ctx = pageContext(request, reply);
    const groepen =
      data.eigenaar && deps.kaartGroepen
        ? await deps.kaartGroepen.voor(db, viewer, dossierId, nu, { t: request.t, locale: ctx.locale })
        : [];
    return sendPage(
      reply,
      <KaartPage ctx={ctx} data={data} hulp={hulp} groepen={groepPersonen(groepen)} {...extra} />,
      status,
    );
  }

  app.get(
    '/dossiers/:dossierId/netwerk',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const melding = (request.query as Record<string, string | undefined>).melding;
      return toonKaart(request, reply, {
        ...(KAART_MELDINGEN.includes(melding as KaartMelding) ? { melding: melding as KaartMelding } : {}),
      });
    },
  );

  function toonForm(
    request: FastifyRequest,
    reply: FastifyReply,
    data: FormData,
    extra: Omit<Parameters<typeof PersoonPage>[0], 'ctx' | 'data' | 'waarden' | 'versie'> & {
      waarden?: Parameters<typeof PersoonPage>[0]['waarden'];
      versie?: number;
    } = {},
    status = 200,
  ) {
    const { waarden, versie, ...rest } = extra;
    return sendPage(
      reply,
      <PersoonPage
        ctx={pageContext(request, reply)}
        data={data}
        waarden={waarden ?? waardenUit(data.persoon?.persoon)}
        versie={versie ?? data.persoon?.persoon.versie ?? 0}
        {...rest}
      />,
      status,
    );
  }

  app.get(
    '/dossiers/:dossierId/netwerk/nieuw',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      return toonForm(
        request,
        reply,
        await leesForm(db, viewerOf(request), { dossierId, nu: deps.now() }, request.t),
      );
    },
  );

  async function bewaar(request: FastifyRequest, reply: FastifyReply, persoonId: string | undefined) {
    const { dossierId } = request.params as Params;
    const uitkomst = await bewaarPersoon(
      db,
      viewerOf(request),
      {
        dossierId,
        ...(persoonId ? { persoonId } : {}),
        body: (request.body ?? {}) as FormBody,
        nu: deps.now(),
      },
      request.t,
    );
    const basis = `/dossiers/${dossierId}/netwerk`;
    switch (uitkomst.soort) {
      case 'bewaard':
        return reply.redirect(`${basis}?melding=bewaard`, 303);
      case 'voorgesteld':
        return reply.redirect(`${basis}?melding=voorgesteld`, 303);
      case 'fout':
        return toonForm(
          request,
          reply,
          uitkomst.stand,
          { waarden: uitkomst.waarden, versie: uitkomst.versie, errors: uitkomst.errors },
          400,
        );
      case 'conflict':
        // The current version: saving again now overwrites knowingly, with the input kept.
        return toonForm(
          request,
          reply,
          uitkomst.stand,
          { waarden: uitkomst.waarden, versie: uitkomst.versie, conflict: true },
          409,
        );
    }
  }

  app.post(
    '/dossiers/:dossierId/netwerk/nieuw',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => bewaar(request, reply, undefined),
  );

  app.get(
    '/dossiers/:dossierId/netwerk/personen/:persoonId',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, persoonId } = request.params as Params;
      const data = await leesForm(
        db,
        viewerOf(request),
        { dossierId, persoonId: id(persoonId), nu: deps.now() },
        request.t,
      );
      return toonForm(request, reply, data);
    },
  );

  app.post(
    '/dossiers/:dossierId/netwerk/personen/:persoonId',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => bewaar(request, reply, id((request.params as Params).persoonId)),
  );

  app.post(
    '/dossiers/:dossierId/netwerk/personen/:persoonId/verwijderen',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, persoonId } = request.params as Params;
      const uitkomst = await verwijderPersoon(
        db,
        viewerOf(request),
        { dossierId, persoonId: id(persoonId), body: (request.body ?? {}) as FormBody, nu: deps.now() },
        request.t,
      );
      if (uitkomst.soort === 'verwijderd')
        return reply.redirect(`/dossiers/${dossierId}/netwerk?melding=verwijderd`, 303);
      const data = uitkomst.stand;
      return toonForm(request, reply, data, { verwijderConflict: true }, 409);
    },
  );

  app.get(
    '/dossiers/:dossierId/netwerk/voorstellen',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const data = await leesVoorstellen(db, viewerOf(request), dossierId, deps.now(), request.t);
      return sendPage(reply, <VoorstellenPage ctx={pageContext(request, reply)} data={data} />);
    },
  );

  app.post(
    '/dossiers/:dossierId/netwerk/voorstellen/:voorstelId',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, voorstelId } = request.params as Params;
      const viewer = viewerOf(request);
      const nu = deps.now();
      const uitkomst = await beslisVoorstel(db, viewer, {
        dossierId,
        voorstelId: id(voorstelId),
        body: (request.body ?? {}) as FormBody,
        nu,
      });
      if (uitkomst.soort !== 'kan-niet')
        return reply.redirect(`/dossiers/${dossierId}/netwerk?melding=${uitkomst.soort}`, 303);
      const data = await leesVoorstellen(db, viewer, dossierId, nu, request.t);
      return sendPage(
        reply,
        <VoorstellenPage
          ctx={pageContext(request, reply)}
          data={data}
          kanNiet={{ id: id(voorstelId), reden: uitkomst.reden }}
        />,
        409,
      );
    },
  );

  app.post(
    '/dossiers/:dossierId/netwerk/samenvatting',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const uitkomst = await bewaarSamenvatting(db, viewerOf(request), {
        dossierId,
        body: (request.body ?? {}) as FormBody,
        nu: deps.now(),
      });
      if (uitkomst.soort === 'ok')
        return reply.redirect(`/dossiers/${dossierId}/netwerk?melding=samenvatting`, 303);
      return toonKaart(
        request,
        reply,
        { samenvattingFout: uitkomst.soort },
        uitkomst.soort === 'fout' ? 400 : 409,
      );
    },
  );

  app.get(
    '/dossiers/:dossierId/netwerk/vergelijk',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = request.params as Params;
      const versie = (request.query as Record<string, string | undefined>).versie;
      const data = await leesVergelijking(
        db,
        viewerOf(request),
        { dossierId, versieId: isUuid(versie) ? versie : undefined, nu: deps.now() },
        request.t,
      );
      return sendPage(reply, <VergelijkPage ctx={pageContext(request, reply)} data={data} />);
    },
  );
}
