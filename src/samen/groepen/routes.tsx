import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireLogin, requireRole, viewerOf } from '../../auth/routes.js';
import type { Db } from '../../platform/db/database.js';
import type { OntmoetPlekBron } from '../../platform/extensions/ontmoetplekken.js';
import type { FormBody } from '../../platform/http/body.js';
import { HttpError } from '../../platform/http/errors.js';
import { isUuid } from '../../platform/http/ids.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { MELD_REDENEN } from '../forms.js';
import { gemeenteVaardigheden } from '../lijst/lijst.js';
import type { MeldReden } from '../schema.js';
import { beantwoordGroepVoorstel, blokkeerOfMeldInGroep, GroepFout, leesMijnGroepen } from './deelnemen.js';
import {
  CoordinatieGroepenPage,
  GROEPEN_MELDINGEN,
  type GroepenMelding,
} from './pages/coordinatie-groepen-page.js';
import { GROEP_MELDINGEN, GroepenPage, type GroepMelding } from './pages/groepen-page.js';
import { GROEP_SOORTEN, type GroepSoort } from './rules.js';
import {
  groeperingRonde,
  kiesPlek,
  leesGroepen,
  markeerErvaringsdeskundige,
  verwijderLid,
} from './systeem.js';

export type GroepenDeps = { db: Db; now: () => Date; plekken: OntmoetPlekBron };

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };

function params(request: FastifyRequest): { dossierId: string; groepId?: string } {
  const p = request.params as { dossierId: string; groepId?: string };
  if (!isUuid(p.dossierId)) throw new HttpError('NOT_FOUND');
  if (p.groepId !== undefined && !isUuid(p.groepId)) throw new HttpError('NOT_FOUND');
  return p;
}

/**
 * Routes of Samen groups: her groups (the owner only, through the door) with join/decline, block
 * and report; and the coordinator's groups page (a professional marked as coordinator; grouping
 * data through the door's system path, never a record).
 */
export async function samenGroepenRoutes(app: FastifyInstance, deps: GroepenDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;

  async function toon(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { melding?: GroepMelding | undefined; fout?: GroepFout['fout'] | undefined } = {},
    status = 200,
  ) {
    const { dossierId } = params(request);
    const viewer = viewerOf(request);
    const groepen = await leesMijnGroepen(db, viewer, dossierId, deps.now());
    return sendPage(
      reply,
      <GroepenPage
        ctx={pageContext(request, reply)}
        dossierId={dossierId}
        groepen={groepen}
        vaardigheden={await gemeenteVaardigheden(db, viewer.gemeenteId)}
        {...extra}
      />,
      status,
    );
  }

  app.get(
    '/dossiers/:dossierId/samen/groepen',
    { preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const melding = (request.query as Record<string, string | undefined>).melding;
      return toon(request, reply, {
        melding: GROEP_MELDINGEN.includes(melding as GroepMelding) ? (melding as GroepMelding) : undefined,
      });
    },
  );

  /** A refused step: the page again with the reason, 409; nothing was written. */
  async function metFout(request: FastifyRequest, reply: FastifyReply, werk: () => Promise<GroepMelding>) {
    const { dossierId } = params(request);
    try {
      const melding = await werk();
      return reply.redirect(`/dossiers/${dossierId}/samen/groepen?melding=${melding}`, 303);
    } catch (fout) {
      if (fout instanceof GroepFout) return toon(request, reply, { fout: fout.fout }, 409);
      throw fout;
    }
  }

  app.post(
    '/dossiers/:dossierId/samen/groepen/:groepId',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, groepId } = params(request);
      const keuze = ((request.body ?? {}) as FormBody).keuze;
      if (keuze !== 'ja' && keuze !== 'nee') throw new HttpError('BAD_REQUEST');
      return metFout(request, reply, async () => {
        await beantwoordGroepVoorstel(db, viewerOf(request), {
          dossierId,
          groepId: groepId as string,
          keuze,
          nu: deps.now(),
        });
        return keuze;
      });
    },
  );

  app.post(
    '/dossiers/:dossierId/samen/groepen/:groepId/veilig',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, groepId } = params(request);
      const body = (request.body ?? {}) as FormBody;
      const lid = typeof body.lid === 'string' && /^\d{1,2}$/.test(body.lid) ? Number(body.lid) : Number.NaN;
      const reden = body.reden === '' || body.reden === undefined ? undefined : body.reden;
      if (!Number.isInteger(lid)) throw new HttpError('BAD_REQUEST');
      if (reden !== undefined && !MELD_REDENEN.includes(reden as MeldReden))
        throw new HttpError('BAD_REQUEST');
      return metFout(request, reply, async () => {
        await blokkeerOfMeldInGroep(db, viewerOf(request), {
          dossierId,
          groepId: groepId as string,
          lid,
          reden: reden as MeldReden | undefined,
          nu: deps.now(),
        });
        return reden ? 'gemeld' : 'geblokkeerd';
      });
    },
  );

  // --- the coordinator ---

  const alleenProfessional = { preHandler: requireRole('professional'), config: persoonsgegevens };

  app.get('/samen/groepen', alleenProfessional, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const getal = (x: string | undefined) => (x !== undefined && /^\d{1,6}$/.test(x) ? Number(x) : undefined);
    const [groepen, kandidaten] = [getal(query.groepen), getal(query.kandidaten)];
    const melding = GROEPEN_MELDINGEN.includes(query.melding as GroepenMelding)
      ? (query.melding as GroepenMelding)
      : undefined;
    const data = await leesGroepen(deps, viewerOf(request), deps.now());
    return sendPage(
      reply,
      <CoordinatieGroepenPage
        ctx={pageContext(request, reply)}
        data={data}
        uitkomst={groepen !== undefined && kandidaten !== undefined ? { groepen, kandidaten } : undefined}
        melding={melding}
      />,
    );
  });

  app.post(
    '/samen/groepen/voorstellen',
    { ...alleenProfessional, preValidation: csrf },
    async (request, reply) => {
      const body = (request.body ?? {}) as FormBody;
      const { soort, thema, leider, vanuit } = body;
      if (
        (vanuit !== undefined && vanuit !== 'suggestie') ||
        typeof soort !== 'string' ||
        !GROEP_SOORTEN.includes(soort as GroepSoort) ||
        typeof thema !== 'string' ||
        typeof leider !== 'string' ||
        !isUuid(leider)
      )
        throw new HttpError('BAD_REQUEST');
      const r = await groeperingRonde(deps, viewerOf(request), {
        soort: soort as GroepSoort,
        thema,
        leiderId: leider,
      });
      if (r === 'bezig') return reply.redirect('/samen/groepen?melding=bezig', 303);
      if ('fout' in r) {
        const data = await leesGroepen(deps, viewerOf(request), deps.now());
        return sendPage(
          reply,
          <CoordinatieGroepenPage
            ctx={pageContext(request, reply)}
            data={data}
            fout={{ ...r, soort: soort as GroepSoort, thema, leider, vanuit }}
          />,
          400,
        );
      }
      return reply.redirect(`/samen/groepen?groepen=${r.groepen}&kandidaten=${r.kandidaten}`, 303);
    },
  );

  app.post(
    '/samen/groepen/:groepId/leden/:dossierId',
    { ...alleenProfessional, preValidation: csrf },
    async (request, reply) => {
      const { groepId, dossierId } = request.params as { groepId: string; dossierId: string };
      const pauzeer = ((request.body ?? {}) as FormBody).pauzeer;
      if (pauzeer !== 'ja' && pauzeer !== 'nee') throw new HttpError('BAD_REQUEST');
      await verwijderLid(
        db,
        viewerOf(request),
        { groepId, dossierId, pauzeer: pauzeer === 'ja' },
        deps.now(),
      );
      return reply.redirect(`/samen/groepen?melding=${pauzeer === 'ja' ? 'gepauzeerd' : 'verwijderd'}`, 303);
    },
  );

  app.post(
    '/samen/groepen/ervaringsdeskundigen/:accountId',
    { ...alleenProfessional, preValidation: csrf },
    async (request, reply) => {
      const { accountId } = request.params as { accountId: string };
      const ja = ((request.body ?? {}) as FormBody).ja;
      if (ja !== 'ja' && ja !== 'nee') throw new HttpError('BAD_REQUEST');
      await markeerErvaringsdeskundige(db, viewerOf(request), { accountId, ja: ja === 'ja' }, deps.now());
      return reply.redirect('/samen/groepen?melding=ervaring#ervaringsdeskundigen', 303);
    },
  );

  app.post(
    '/samen/groepen/:groepId/plek',
    { ...alleenProfessional, preValidation: csrf },
    async (request, reply) => {
      const { groepId } = request.params as { groepId: string };
      const body = (request.body ?? {}) as FormBody;
      const versie =
        typeof body.versie === 'string' && /^\d{1,9}$/.test(body.versie) ? Number(body.versie) : undefined;
      if (
        typeof body.plek !== 'string' ||
        body.plek.length === 0 ||
        body.plek.length > 200 ||
        versie === undefined
      )
        throw new HttpError('BAD_REQUEST');
      const r = await kiesPlek(deps, viewerOf(request), { groepId, plekId: body.plek, versie });
      if (r === 'onbekend') return reply.redirect('/samen/groepen?melding=plek-onbekend', 303);
      // Another coordinator changed it: 409 with the current place on the page.
      if (r === 'conflict') {
        const data = await leesGroepen(deps, viewerOf(request), deps.now());
        return sendPage(
          reply,
          <CoordinatieGroepenPage ctx={pageContext(request, reply)} data={data} melding="plek-conflict" />,
          409,
        );
      }
      return reply.redirect('/samen/groepen?melding=plek', 303);
    },
  );
}
