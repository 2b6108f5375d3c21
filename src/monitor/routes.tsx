import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { gemeenteOf, requireLogin, requireRole, viewerOf } from '../auth/routes.js';
import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import { isUuid } from '../platform/http/ids.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { eigenDossierId } from '../regie/door/door.js';
import { bewaarRegels, leesRegels } from './beheer.js';
import { rapportCsv } from './csv.js';
import { leesRegelsForm, meetellenForm } from './forms.js';
import { leesMeetellen, leesRapport, type RapportData } from './lezen.js';
import { BeheerMonitorPage } from './pages/beheer-page.js';
import { MEETELLEN_MELDINGEN, type MeetellenMelding, MeetellenPage } from './pages/meetellen-page.js';
import { RapportPage } from './pages/rapport-page.js';
import {
  geboortejarenBanden,
  leesUitsplitsing,
  type Uitsplitsing,
  VARIABELEN,
  type Variabele,
} from './rules.js';
import type { Geslacht } from './schema.js';
import { bewaarMeetellen, stopMeetellen } from './wijzigen.js';

export type MonitorDeps = { db: Db; now: () => Date };

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };

function dossier(request: FastifyRequest): string {
  const { dossierId } = request.params as { dossierId: string };
  if (!isUuid(dossierId)) throw new HttpError('NOT_FOUND');
  return dossierId;
}

/**
 * Routes of the monitor: her choice to count (the owner only, through the door) and the
 * analist's and beheerder's report (sums only, through the door's system path for aggregates).
 */
export async function monitorRoutes(app: FastifyInstance, deps: MonitorDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;

  app.get('/mijn-meetellen', { preHandler: requireRole('inwoner') }, async (request, reply) => {
    const dossierId = await eigenDossierId(db, viewerOf(request));
    if (!dossierId) return reply.redirect('/mijn-gegevens', 303);
    return reply.redirect(`/dossiers/${dossierId}/meetellen`, 303);
  });

  app.get('/dossiers/:dossierId/secties/meetellen', { preHandler: requireLogin }, async (request, reply) => {
    const { dossierId } = request.params as { dossierId: string };
    return reply.redirect(`/dossiers/${encodeURIComponent(dossierId)}/meetellen`, 303);
  });

  async function toon(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Omit<Parameters<typeof MeetellenPage>[0], 'ctx' | 'dossierId' | 'data' | 'nu'> = {},
    status = 200,
  ) {
    const dossierId = dossier(request);
    const nu = deps.now();
    const data = await leesMeetellen(db, viewerOf(request), dossierId, nu);
    return sendPage(
      reply,
      <MeetellenPage
        ctx={pageContext(request, reply)}
        dossierId={dossierId}
        data={data}
        nu={nu}
        {...extra}
      />,
      status,
    );
  }

  app.get(
    '/dossiers/:dossierId/meetellen',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const melding = (request.query as Record<string, string | undefined>).melding;
      return toon(request, reply, {
        melding: MEETELLEN_MELDINGEN.includes(melding as MeetellenMelding)
          ? (melding as MeetellenMelding)
          : undefined,
      });
    },
  );

  app.post(
    '/dossiers/:dossierId/meetellen',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const dossierId = dossier(request);
      const viewer = viewerOf(request);
      const nu = deps.now();
      const body = (request.body ?? {}) as FormBody;
      if (body.actie === 'stoppen') {
        await stopMeetellen(db, viewer, dossierId, nu);
        return reply.redirect(`/dossiers/${dossierId}/meetellen?melding=gestopt`, 303);
      }
      // Reading through the door first: only the owner gets past it, and the form needs her gemeente's areas.
      const { instelling } = await leesMeetellen(db, viewer, dossierId, nu);
      const waarden = Object.fromEntries(
        Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
      const form = parseForm(meetellenForm(geboortejarenBanden(nu), instelling.gebieden), body, request.t);
      if (!form.ok) return toon(request, reply, { errors: form.errors, waarden }, 400);
      try {
        await bewaarMeetellen(db, viewer, {
          dossierId,
          geboortejaren: form.data.geboortejaren,
          gebied: form.data.gebied,
          geslacht: form.data.geslacht as Geslacht,
          versie: form.data.versie,
          nu,
        });
      } catch (fout) {
        if (fout instanceof HttpError && fout.status === 409) {
          const { versie: _oud, ...zonderVersie } = waarden;
          return toon(request, reply, { conflict: true, waarden: zonderVersie }, 409);
        }
        throw fout;
      }
      return reply.redirect(`/dossiers/${dossierId}/meetellen?melding=mee`, 303);
    },
  );

  // --- beheer: the gemeente's rules (gemeente-level data, no personal data) ---

  async function toonRegels(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Omit<Parameters<typeof BeheerMonitorPage>[0], 'ctx' | 'instelling'> = {},
    status = 200,
  ) {
    const instelling = await leesRegels(db, gemeenteOf(request).id);
    return sendPage(
      reply,
      <BeheerMonitorPage ctx={pageContext(request, reply)} instelling={instelling} {...extra} />,
      status,
    );
  }

  app.get('/beheer/monitor', { preHandler: requireRole('beheerder') }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    return toonRegels(request, reply, { opgeslagen: query.melding === 'opgeslagen' });
  });

  app.post(
    '/beheer/monitor',
    { preValidation: csrf, preHandler: requireRole('beheerder') },
    async (request, reply) => {
      const body = (request.body ?? {}) as FormBody;
      const waarden = Object.fromEntries(
        Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
      const form = leesRegelsForm(body, request.t);
      if (!form.ok) return toonRegels(request, reply, { errors: form.errors, waarden }, 400);
      const uitkomst = await bewaarRegels(db, viewerOf(request), {
        instelling: form.data.instelling,
        versie: form.data.versie,
        nu: deps.now(),
      });
      if (typeof uitkomst === 'object')
        return toonRegels(
          request,
          reply,
          {
            errors: { gebieden: request.t('monitor.beheer.fout.in-gebruik', { naam: uitkomst.inGebruik }) },
            waarden,
          },
          400,
        );
      // The input stays; the version becomes today's, so checking and saving again works.
      const { versie: _oud, ...zonderVersie } = waarden;
      if (uitkomst === 'conflict')
        return toonRegels(request, reply, { conflict: true, waarden: zonderVersie }, 409);
      return reply.redirect('/beheer/monitor?melding=opgeslagen', 303);
    },
  );

  // --- the report (aggregates only) ---

  type Vraag =
    | { ok: true; variabele: Variabele; uitsplitsing: Uitsplitsing[] }
    | { ok: false; variabele: Variabele };
  function vraagVan(request: FastifyRequest): Vraag {
    const query = request.query as Record<string, string | undefined>;
    const variabele = VARIABELEN.includes(query.variabele as Variabele)
      ? (query.variabele as Variabele)
      : 'redzaamheid';
    const uitsplitsing = leesUitsplitsing(query.uitsplitsing);
    if (uitsplitsing === 'ongeldig') return { ok: false, variabele };
    return { ok: true, variabele, uitsplitsing };
  }

  /** A breakdown where no group can be shown at all is refused as a whole. */
  const nietVeilig = (data: RapportData, uitsplitsing: Uitsplitsing[]) =>
    uitsplitsing.length > 0 &&
    data.tabellen.every((tb) => tb.teruggehouden || tb.rijen.slice(1).every((r) => r.n === null));

  app.get(
    '/monitor',
    { preHandler: requireRole('analist', 'beheerder'), config: persoonsgegevens },
    async (request, reply) => {
      const vraag = vraagVan(request);
      const ctx = pageContext(request, reply);
      if (!vraag.ok)
        return sendPage(
          reply,
          <RapportPage
            ctx={ctx}
            data={undefined}
            variabele={vraag.variabele}
            uitsplitsing={undefined}
            fout="ongeldig"
          />,
          400,
        );
      const data = await leesRapport(db, viewerOf(request), vraag, deps.now());
      const fout = nietVeilig(data, vraag.uitsplitsing) ? 'niet-veilig' : undefined;
      return sendPage(
        reply,
        <RapportPage
          ctx={ctx}
          data={data}
          variabele={vraag.variabele}
          uitsplitsing={vraag.uitsplitsing}
          fout={fout}
        />,
      );
    },
  );

  app.get(
    '/monitor/rapport.csv',
    { preHandler: requireRole('analist', 'beheerder'), config: persoonsgegevens },
    async (request, reply) => {
      const vraag = vraagVan(request);
      if (!vraag.ok) throw new HttpError('BAD_REQUEST');
      const data = await leesRapport(db, viewerOf(request), vraag, deps.now());
      if (nietVeilig(data, vraag.uitsplitsing)) throw new HttpError('BAD_REQUEST');
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="redzaam-monitor.csv"')
        .send(rapportCsv(data, request.t));
    },
  );
}
