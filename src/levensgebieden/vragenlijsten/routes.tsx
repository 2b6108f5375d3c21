import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { gemeenteOf, requireLogin, requireRole, viewerOf } from '../../auth/routes.js';
import type { Db } from '../../platform/db/database.js';
import { formString } from '../../platform/http/body.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import type { FieldErrors } from '../../platform/views/components.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { bewaarInvulling, leesInvulStand, leesPgInstelling, zetPgInstelling } from './invullen.js';
import type { Vragenlijst } from './items.js';
import { leesPgOverzicht, leesRegieSpiegel, leesRonde } from './lezen.js';
import { PgBeheerPage } from './pages/beheer-page.js';
import { type InvulMelding, InvulPage, pad } from './pages/invul-page.js';
import { PgOverzichtPage, RegieSpiegelPage, RondePage } from './pages/overzicht-pages.js';
import { type FormWaarden, type Fouten, leesInvulling } from './rules.js';

export type VragenlijstDeps = { db: Db; now: () => Date };

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };
const BASIS = '/dossiers/:dossierId/levensgebieden';
type Params = { dossierId: string };

function vertaal(fouten: Fouten, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const [veld, fout] of Object.entries(fouten)) errors[veld] = t(fout.sleutel, fout.waarden);
  return errors;
}

/**
 * Routes of the questionnaires: they read the request, call a use case (invullen.ts,
 * lezen.ts: each goes through the door once) and render the page or redirect.
 */
export async function vragenlijstRoutes(app: FastifyInstance, deps: VragenlijstDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;

  async function toonInvullen(
    request: FastifyRequest,
    reply: FastifyReply,
    vragenlijst: Vragenlijst,
    extra: { waarden?: FormWaarden; errors?: FieldErrors; melding?: InvulMelding; version?: number } = {},
    status = 200,
  ) {
    const { dossierId } = request.params as Params;
    const data = await leesInvulStand(db, viewerOf(request), dossierId, vragenlijst, deps.now());
    return sendPage(
      reply,
      <InvulPage
        ctx={pageContext(request, reply)}
        vragenlijst={vragenlijst}
        dossierId={data.dossierId}
        perspectief={data.eigenaar ? 'inwoner' : 'professional'}
        inwonerNaam={data.inwonerNaam}
        waarden={extra.waarden ?? data.waarden}
        // A refused form keeps the version it was made from, so a stale one still meets its 409;
        // after a conflict the form carries the draft's version now: saving again is a conscious overwrite.
        version={extra.version ?? data.concept?.version ?? 0}
        errors={extra.errors ?? {}}
        melding={extra.melding}
        opgeslagenOp={extra.melding === 'opgeslagen' ? data.concept?.updatedAt : undefined}
      />,
      status,
    );
  }

  for (const vragenlijst of ['eigen-regie', 'positieve-gezondheid'] as const) {
    const url = `${BASIS}/${vragenlijst}`;

    app.get(
      `${url}/invullen`,
      { preHandler: requireLogin, config: persoonsgegevens },
      async (request, reply) => {
        const query = request.query as Record<string, string | undefined>;
        return toonInvullen(
          request,
          reply,
          vragenlijst,
          query.opgeslagen !== undefined ? { melding: 'opgeslagen' } : {},
        );
      },
    );

    app.post(
      `${url}/invullen`,
      { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
      async (request, reply) => {
        const viewer = viewerOf(request);
        const { dossierId } = request.params as Params;
        const gelezen = leesInvulling(vragenlijst, request.body);
        if (!gelezen.ok) {
          const gezien = formString(request.body, 'version') ?? '';
          return toonInvullen(
            request,
            reply,
            vragenlijst,
            {
              waarden: gelezen.waarden,
              errors: vertaal(gelezen.fouten, request.t),
              ...(/^(0|[1-9][0-9]{0,8})$/.test(gezien) ? { version: Number(gezien) } : {}),
            },
            400,
          );
        }
        const uitkomst = await bewaarInvulling(
          db,
          viewer,
          dossierId,
          vragenlijst,
          gelezen.invulling,
          deps.now(),
        );
        // Someone (another tab or device) saved this draft in between: nothing is overwritten,
        // what this person typed is shown again for them to save consciously.
        if (uitkomst.soort === 'conflict')
          return toonInvullen(
            request,
            reply,
            vragenlijst,
            { waarden: gelezen.waarden, melding: 'conflict' },
            409,
          );
        return reply.redirect(
          uitkomst.ingediend
            ? `${pad(dossierId, vragenlijst)}?ingediend`
            : `${pad(dossierId, vragenlijst)}/invullen?opgeslagen`,
          303,
        );
      },
    );

    app.get(
      `${url}/rondes/:rondeId`,
      { preHandler: requireLogin, config: persoonsgegevens },
      async (request, reply) => {
        const viewer = viewerOf(request);
        const { dossierId, rondeId } = request.params as Params & { rondeId: string };
        const data = await leesRonde(db, viewer, dossierId, vragenlijst, rondeId, deps.now());
        return sendPage(
          reply,
          <RondePage
            ctx={pageContext(request, reply)}
            dossierId={data.dossierId}
            eigenaar={data.eigenaar}
            inwonerNaam={data.inwonerNaam}
            vragenlijst={vragenlijst}
            ronde={data.ronde}
          />,
        );
      },
    );
  }

  app.get(
    `${BASIS}/eigen-regie`,
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { dossierId } = request.params as Params;
      const query = request.query as Record<string, string | undefined>;
      const data = await leesRegieSpiegel(db, viewer, dossierId, deps.now());
      return sendPage(
        reply,
        <RegieSpiegelPage
          ctx={pageContext(request, reply)}
          dossierId={data.dossierId}
          eigenaar={data.eigenaar}
          inwonerNaam={data.inwonerNaam}
          kanInvullen={data.kanInvullen}
          heeftConcept={data.heeftConcept}
          inwoner={data.inwoner}
          professionals={data.professionals}
          geschiedenis={data.geschiedenis}
          pgLink={data.pgLink}
          inwonerVerborgen={data.inwonerVerborgen}
          melding={query.ingediend !== undefined ? 'ingediend' : undefined}
        />,
      );
    },
  );

  app.get(
    `${BASIS}/positieve-gezondheid`,
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { dossierId } = request.params as Params;
      const query = request.query as Record<string, string | undefined>;
      const data = await leesPgOverzicht(db, viewer, dossierId, deps.now());
      return sendPage(
        reply,
        <PgOverzichtPage
          ctx={pageContext(request, reply)}
          dossierId={data.dossierId}
          eigenaar={data.eigenaar}
          inwonerNaam={data.inwonerNaam}
          laatste={data.laatste}
          heeftConcept={data.heeftConcept}
          geschiedenis={data.geschiedenis}
          melding={query.ingediend !== undefined ? 'ingediend' : undefined}
        />,
      );
    },
  );

  // --- the gemeente setting: a beheerder turns positieve gezondheid on or off (no personal data) ---

  const BEHEER = '/beheer/levensgebieden/positieve-gezondheid';
  app.get(BEHEER, { preHandler: requireRole('beheerder') }, async (request, reply) => {
    const instelling = await leesPgInstelling(db, gemeenteOf(request).id);
    const query = request.query as Record<string, string | undefined>;
    return sendPage(
      reply,
      <PgBeheerPage
        ctx={pageContext(request, reply)}
        aan={instelling.positieveGezondheid}
        version={instelling.version}
        melding={query.opgeslagen !== undefined ? 'opgeslagen' : undefined}
      />,
    );
  });

  app.post(BEHEER, { preValidation: csrf, preHandler: requireRole('beheerder') }, async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const keuze = formString(request.body, 'positieve_gezondheid');
    const versie = formString(request.body, 'version') ?? '';
    if ((keuze !== 'aan' && keuze !== 'uit') || !/^(0|[1-9][0-9]{0,8})$/.test(versie)) {
      const instelling = await leesPgInstelling(db, gemeente.id);
      return sendPage(
        reply,
        <PgBeheerPage
          ctx={pageContext(request, reply)}
          aan={instelling.positieveGezondheid}
          version={instelling.version}
          error={request.t('vragenlijst.fout.keuze')}
        />,
        400,
      );
    }
    const uitkomst = await zetPgInstelling(db, {
      gemeenteId: gemeente.id,
      aan: keuze === 'aan',
      gezien: Number(versie),
      now: deps.now(),
    });
    if (uitkomst.soort === 'conflict')
      return sendPage(
        reply,
        <PgBeheerPage
          ctx={pageContext(request, reply)}
          aan={uitkomst.instelling.positieveGezondheid}
          version={uitkomst.instelling.version}
          melding="conflict"
        />,
        409,
      );
    return reply.redirect(`${BEHEER}?opgeslagen`, 303);
  });
}
