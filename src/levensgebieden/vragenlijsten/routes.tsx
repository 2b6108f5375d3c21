import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { gemeenteOf, requireLogin, requireRole, viewerOf } from '../../auth/routes.js';
import type { Db } from '../../platform/db/database.js';
import { formString } from '../../platform/http/body.js';
import { HttpError } from '../../platform/http/errors.js';
import { isUuid } from '../../platform/http/ids.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import type { FieldErrors } from '../../platform/views/components.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { type Toegang, viaDeDeur } from '../../regie/door.js';
import { inwonerNaamVan } from '../../regie/queries.js';
import { niveauVolstaat } from '../../regie/rules.js';
import { instellingVan } from '../queries.js';
import { magEigenAntwoordenZien } from '../rules.js';
import { slaInvullingOp, VersieConflict } from './invullen.js';
import type { Vragenlijst } from './items.js';
import { PgBeheerPage } from './pages/beheer-page.js';
import { type InvulMelding, InvulPage, pad } from './pages/invul-page.js';
import { PgOverzichtPage, RegieSpiegelPage, RondePage, type RondeWeergave } from './pages/overzicht-pages.js';
import * as q from './queries.js';
import { type FormWaarden, type Fouten, formWaardenVan, invulVerzoek, leesInvulling } from './rules.js';

export type VragenlijstDeps = { db: Db; now: () => Date };

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };
const SECTIE = 'levensgebieden';
const BASIS = '/dossiers/:dossierId/levensgebieden';
type Params = { dossierId: string };

const itemId = (vragenlijst: Vragenlijst) => `vragenlijst:${vragenlijst}`;

function vertaal(fouten: Fouten, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const [veld, fout] of Object.entries(fouten)) errors[veld] = t(fout.sleutel, fout.waarden);
  return errors;
}

async function weergaven(toegang: Toegang, rondes: q.RondeRij[]): Promise<RondeWeergave[]> {
  const antwoorden = await q.antwoordenVan(
    toegang,
    rondes.map((r) => r.id),
  );
  return rondes.map((r) => ({
    id: r.id,
    naam: r.invullerNaam,
    rol: r.invullerRol,
    datum: r.ingediendOp ?? r.updatedAt,
    toelichting: r.toelichting,
    antwoorden: antwoorden.get(r.id) ?? [],
  }));
}

/** Positieve gezondheid exists only where the gemeente turned it on; elsewhere its pages do not. */
async function pgMoetAanStaan(toegang: Toegang, vragenlijst: Vragenlijst): Promise<void> {
  if (vragenlijst !== 'positieve-gezondheid') return;
  const instelling = await q.leesInstelling(toegang.db, toegang.gemeenteId);
  if (!instelling.positieveGezondheid) throw new HttpError('NOT_FOUND');
}

/**
 * May this viewer see the resident's own eigen-regie answers? The core's rule of the
 * regie-spiegel: a professional who may answer sees them only after giving their own view,
 * unless the resident chose that others see hers first (levensgebieden setting).
 */
async function magInwonerZien(
  toegang: Toegang,
  viewer: { accountId: string; rol: string },
  rondes: q.RondeRij[],
): Promise<boolean> {
  const eigenaar = toegang.grondslag === 'eigenaar';
  return magEigenAntwoordenZien({
    eigenaar,
    kanReageren: !eigenaar && viewer.rol === 'professional' && niveauVolstaat(toegang.niveau, 'reageren'),
    anderenZienEerst: (await instellingVan(toegang)).anderenZienEerst,
    heeftEigenBlikGegeven: rondes.some((r) => r.invullerAccountId === viewer.accountId),
  });
}

/** A submitted round as a line of the history list (who, when; the answers are on its own page). */
function inGeschiedenis(r: Awaited<ReturnType<typeof q.listIngediend>>[number]) {
  return {
    id: r.id,
    naam: r.invullerNaam,
    rol: r.invullerRol,
    datum: r.ingediendOp ?? r.updatedAt,
    toelichting: '',
    antwoorden: [],
  };
}

/**
 * Routes of the questionnaires. Every read and write of a record goes through viaDeDeur with
 * section levensgebieden: reading needs `lezen`; filling in is the resident's, or for eigen
 * regie also a professional's with `reageren` (rules.invulVerzoek).
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
    const viewer = viewerOf(request);
    const { dossierId } = request.params as Params;
    const data = await viaDeDeur(
      db,
      viewer,
      {
        dossierId,
        sectie: SECTIE,
        ...invulVerzoek(vragenlijst, viewer),
        actie: 'read',
        itemId: itemId(vragenlijst),
      },
      { now: deps.now() },
      async (toegang) => {
        await pgMoetAanStaan(toegang, vragenlijst);
        const concept = await q.findConcept(toegang, vragenlijst, viewer.accountId);
        const antwoorden = concept
          ? ((await q.antwoordenVan(toegang, [concept.id])).get(concept.id) ?? [])
          : [];
        return {
          eigenaar: toegang.grondslag === 'eigenaar',
          naam: await inwonerNaamVan(toegang),
          concept,
          waarden: formWaardenVan(antwoorden, concept?.toelichting ?? ''),
          dossierId: toegang.dossierId,
        };
      },
    );
    return sendPage(
      reply,
      <InvulPage
        ctx={pageContext(request, reply)}
        vragenlijst={vragenlijst}
        dossierId={data.dossierId}
        perspectief={data.eigenaar ? 'inwoner' : 'professional'}
        inwonerNaam={data.naam}
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
        const { invulling } = gelezen;
        const now = deps.now();
        try {
          const result = await viaDeDeur(
            db,
            viewer,
            {
              dossierId,
              sectie: SECTIE,
              ...invulVerzoek(vragenlijst, viewer),
              actie: invulling.version === 0 ? 'create' : 'update',
              itemId: itemId(vragenlijst),
            },
            { now },
            async (toegang) => {
              await pgMoetAanStaan(toegang, vragenlijst);
              return slaInvullingOp(toegang, { vragenlijst, accountId: viewer.accountId, invulling, now });
            },
          );
          return reply.redirect(
            result.ingediend
              ? `${pad(dossierId, vragenlijst)}?ingediend`
              : `${pad(dossierId, vragenlijst)}/invullen?opgeslagen`,
            303,
          );
        } catch (error) {
          // Someone (another tab or device) saved this draft in between: nothing is overwritten,
          // what this person typed is shown again for them to save consciously.
          if (error instanceof VersieConflict)
            return toonInvullen(
              request,
              reply,
              vragenlijst,
              { waarden: gelezen.waarden, melding: 'conflict' },
              409,
            );
          throw error;
        }
      },
    );

    app.get(
      `${url}/rondes/:rondeId`,
      { preHandler: requireLogin, config: persoonsgegevens },
      async (request, reply) => {
        const viewer = viewerOf(request);
        const { dossierId, rondeId } = request.params as Params & { rondeId: string };
        const data = await viaDeDeur(
          db,
          viewer,
          {
            dossierId,
            sectie: SECTIE,
            nodig: 'lezen',
            actie: 'read',
            itemId: `${itemId(vragenlijst)}:ronde`,
          },
          { now: deps.now() },
          async (toegang) => {
            await pgMoetAanStaan(toegang, vragenlijst);
            // Logged as a read of the section even when the round is not found in this record.
            const gevonden = isUuid(rondeId)
              ? await q.findIngediend(toegang, vragenlijst, rondeId)
              : undefined;
            // The resident's eigen-regie answers stay hidden from a professional who has not answered yet.
            const verborgen =
              gevonden?.invullerRol === 'inwoner' &&
              vragenlijst === 'eigen-regie' &&
              !(await magInwonerZien(toegang, viewer, await q.listIngediend(toegang, vragenlijst)));
            const ronde = verborgen ? undefined : gevonden;
            return {
              eigenaar: toegang.grondslag === 'eigenaar',
              naam: await inwonerNaamVan(toegang),
              ronde: ronde ? (await weergaven(toegang, [ronde]))[0] : undefined,
              dossierId: toegang.dossierId,
            };
          },
        );
        if (!data.ronde) throw new HttpError('NOT_FOUND');
        return sendPage(
          reply,
          <RondePage
            ctx={pageContext(request, reply)}
            dossierId={data.dossierId}
            eigenaar={data.eigenaar}
            inwonerNaam={data.naam}
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
      const data = await viaDeDeur(
        db,
        viewer,
        { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', itemId: itemId('eigen-regie') },
        { now: deps.now() },
        async (toegang) => {
          const eigenaar = toegang.grondslag === 'eigenaar';
          const alle = await q.listIngediend(toegang, 'eigen-regie');
          const inwonerZichtbaar = await magInwonerZien(toegang, viewer, alle);
          const rondes = inwonerZichtbaar ? alle : alle.filter((r) => r.invullerRol !== 'inwoner');
          // Newest first: the first round per person is their latest.
          const laatste = new Map<string, q.RondeRij>();
          for (const ronde of rondes)
            if (!laatste.has(ronde.invullerAccountId)) laatste.set(ronde.invullerAccountId, ronde);
          const getoond = await weergaven(toegang, [...laatste.values()]);
          const kanInvullen =
            eigenaar || (viewer.rol === 'professional' && niveauVolstaat(toegang.niveau, 'reageren'));
          return {
            eigenaar,
            naam: await inwonerNaamVan(toegang),
            kanInvullen,
            heeftConcept:
              kanInvullen && (await q.findConcept(toegang, 'eigen-regie', viewer.accountId)) !== undefined,
            inwoner: getoond.find((r) => r.rol === 'inwoner'),
            professionals: getoond.filter((r) => r.rol === 'professional'),
            geschiedenis: rondes.map(inGeschiedenis),
            pgLink: (await q.leesInstelling(toegang.db, toegang.gemeenteId)).positieveGezondheid,
            inwonerVerborgen: !inwonerZichtbaar && alle.some((r) => r.invullerRol === 'inwoner'),
            dossierId: toegang.dossierId,
          };
        },
      );
      return sendPage(
        reply,
        <RegieSpiegelPage
          ctx={pageContext(request, reply)}
          dossierId={data.dossierId}
          eigenaar={data.eigenaar}
          inwonerNaam={data.naam}
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
      const data = await viaDeDeur(
        db,
        viewer,
        { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', itemId: itemId('positieve-gezondheid') },
        { now: deps.now() },
        async (toegang) => {
          await pgMoetAanStaan(toegang, 'positieve-gezondheid');
          const eigenaar = toegang.grondslag === 'eigenaar';
          const rondes = await q.listIngediend(toegang, 'positieve-gezondheid');
          const [laatste] = rondes[0] ? await weergaven(toegang, [rondes[0]]) : [];
          return {
            eigenaar,
            naam: await inwonerNaamVan(toegang),
            laatste,
            heeftConcept:
              eigenaar &&
              (await q.findConcept(toegang, 'positieve-gezondheid', viewer.accountId)) !== undefined,
            geschiedenis: rondes.map(inGeschiedenis),
            dossierId: toegang.dossierId,
          };
        },
      );
      return sendPage(
        reply,
        <PgOverzichtPage
          ctx={pageContext(request, reply)}
          dossierId={data.dossierId}
          eigenaar={data.eigenaar}
          inwonerNaam={data.naam}
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
    const instelling = await q.leesInstelling(db, gemeenteOf(request).id);
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
    const instelling = await q.leesInstelling(db, gemeente.id);
    if ((keuze !== 'aan' && keuze !== 'uit') || !/^(0|[1-9][0-9]{0,8})$/.test(versie)) {
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
    const gelukt = await q.zetInstelling(db, {
      gemeenteId: gemeente.id,
      positieveGezondheid: keuze === 'aan',
      gezien: Number(versie),
      now: deps.now(),
    });
    if (!gelukt) {
      const nu = await q.leesInstelling(db, gemeente.id);
      return sendPage(
        reply,
        <PgBeheerPage
          ctx={pageContext(request, reply)}
          aan={nu.positieveGezondheid}
          version={nu.version}
          melding="conflict"
        />,
        409,
      );
    }
    return reply.redirect(`${BEHEER}?opgeslagen`, 303);
  });
}
