import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireLogin, requireRole, viewerOf } from '../auth/routes.js';
import type { Db } from '../platform/db/database.js';
import type { HulpUitDossier } from '../platform/extensions/hulp-uit-dossier.js';
import { type EigenLevensgebiedNamen, geenEigenNamen } from '../platform/extensions/levensgebied-namen.js';
import type { ZorgenUitDossier } from '../platform/extensions/zorgen-uit-dossier.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { isUuid } from '../platform/http/ids.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { eigenBuurDossierId, eigenDossierId, type Toegang } from '../regie/door/door.js';
import { burenRoutes } from './buren/routes.js';
import { vraagVoor } from './buren/rules.js';
import { leesProfielForm, MELD_REDENEN } from './forms.js';
import { leesSamen } from './lezen.js';
import { gemeenteVaardigheden } from './lijst/lijst.js';
import { keuzes } from './lijst/rules.js';
import { CONTROLE_MELDINGEN, type ControleMelding, ControlePage } from './pages/controle-page.js';
import { COORDINATIE_MELDINGEN, type CoordinatieMelding, CoordinatiePage } from './pages/coordinatie-page.js';
import { SAMEN_MELDINGEN, type SamenMelding, SamenPage } from './pages/samen-page.js';
import * as q from './queries.js';
import type { MeldReden } from './schema.js';
import {
  handelMeldingAf,
  hervat,
  leesControle,
  leesCoordinatie,
  legControleVast,
  rondeOpVerzoek,
} from './systeem.js';
import {
  beantwoordVoorstel,
  bevestigGebeurd,
  bewaarSamen,
  blokkeerOfMeld,
  kiesNetwerkkaart,
  SamenFout,
} from './wijzigen.js';

export type SamenDeps = {
  db: Db;
  now: () => Date;
  publicUrl?: string | undefined;
  /** Who helps her per part of life (her netwerkkaart), for the tips from her map to a request. */
  dossierHulp?: HulpUitDossier<Toegang>;
  /** Where her own levensgebieden say it is not going well, for the tips from there to a request. */
  dossierZorgen?: ZorgenUitDossier<Toegang>;
  /** The gemeente's own names of the parts of life. */
  eigenNamen?: EigenLevensgebiedNamen;
};

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };

function params(request: FastifyRequest): { dossierId: string; voorstelId?: string } {
  const p = request.params as { dossierId: string; voorstelId?: string };
  if (!isUuid(p.dossierId)) throw new HttpError('NOT_FOUND');
  if (p.voorstelId !== undefined && !isUuid(p.voorstelId)) throw new HttpError('NOT_FOUND');
  return p;
}

const formWaarden = (body: FormBody) =>
  Object.fromEntries(Object.entries(body).filter(([k]) => k !== '_csrf')) as Record<
    string,
    string | string[]
  >;

/**
 * Routes of Samen: her own page (the owner only, through the door) with her part, proposals,
 * answers, "it happened", block and report; and the coordinator's page (a professional marked as
 * coordinator; matching data through the door's system path, never a record).
 */
export async function samenRoutes(app: FastifyInstance, deps: SamenDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;

  // Neighbours without a resident's record sign up and are approved here (decision 048).
  await burenRoutes(app, { db, now: deps.now, publicUrl: deps.publicUrl });

  app.get('/mijn-samen', { preHandler: requireRole('inwoner', 'buur') }, async (request, reply) => {
    const viewer = viewerOf(request);
    const dossierId =
      viewer.rol === 'buur' ? await eigenBuurDossierId(db, viewer) : await eigenDossierId(db, viewer);
    if (!dossierId) return reply.redirect('/mijn-gegevens', 303);
    return reply.redirect(`/dossiers/${dossierId}/samen`, 303);
  });

  app.get('/dossiers/:dossierId/secties/samen', { preHandler: requireLogin }, async (request, reply) => {
    const { dossierId } = request.params as { dossierId: string };
    return reply.redirect(`/dossiers/${encodeURIComponent(dossierId)}/samen`, 303);
  });

  async function toon(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Omit<
      Parameters<typeof SamenPage>[0],
      'ctx' | 'dossierId' | 'data' | 'lijst' | 'gebiedNamen' | 'tipVraag'
    > = {},
    status = 200,
  ) {
    const { dossierId } = params(request);
    const viewer = viewerOf(request);
    const data = await leesSamen(db, viewer, dossierId, deps.now(), {
      dossierHulp: deps.dossierHulp,
      dossierZorgen: deps.dossierZorgen,
    });
    // The gemeente's skill list is gemeente-level data (no door); read after the door let her in.
    const lijst = await gemeenteVaardigheden(db, viewer.gemeenteId);
    // A tip's button (`?tip=<skill>`): ticked in her request form, nothing saved; only skills the form offers.
    const tip = request.method === 'GET' ? (request.query as Record<string, unknown>).tip : undefined;
    const aangeboden = keuzes(lijst, data.profiel?.vraag?.vaardigheden ?? []);
    const tipVraag = (Array.isArray(tip) ? tip : [tip]).filter(
      (v): v is string => typeof v === 'string' && aangeboden.includes(v),
    );
    return sendPage(
      reply,
      <SamenPage
        ctx={pageContext(request, reply)}
        dossierId={dossierId}
        data={data}
        lijst={lijst}
        gebiedNamen={await (deps.eigenNamen ?? geenEigenNamen)(viewer.gemeenteId)}
        tipVraag={tipVraag}
        {...extra}
      />,
      status,
    );
  }

  app.get(
    '/dossiers/:dossierId/samen',
    // `tip`: a tip's skills, one field each (the GET form of a tip's button).
    { preHandler: requireLogin, config: { ...persoonsgegevens, herhaalbaar: ['tip'] } },
    async (request, reply) => {
      const melding = (request.query as Record<string, string | undefined>).melding;
      return toon(request, reply, {
        melding: SAMEN_MELDINGEN.includes(melding as SamenMelding) ? (melding as SamenMelding) : undefined,
      });
    },
  );

  app.post(
    '/dossiers/:dossierId/samen',
    {
      preValidation: csrf,
      preHandler: requireLogin,
      // Check-box groups: the skills offered and asked, the day parts.
      config: { ...persoonsgegevens, herhaalbaar: ['aanbod', 'vraag', 'dagdeel'] },
    },
    async (request, reply) => {
      const { dossierId } = params(request);
      const viewer = viewerOf(request);
      const nu = deps.now();
      const body = (request.body ?? {}) as FormBody;
      // Through the door first: only the owner gets past it, before any input is judged.
      const { profiel, buur } = await leesSamen(db, viewer, dossierId, nu);
      const waarden = formWaarden(body);
      // What the form offered her: the gemeente's list without hidden skills, plus what she has.
      const lijst = await gemeenteVaardigheden(db, viewer.gemeenteId);
      const form = leesProfielForm(body, request.t, nu, {
        aanbod: keuzes(lijst, profiel?.aanbod?.vaardigheden ?? []),
        vraag: keuzes(lijst, profiel?.vraag?.vaardigheden ?? []),
      });
      if (!form.ok) return toon(request, reply, { errors: form.errors, waarden }, 400);
      const plek = await q.centroid(db, form.invoer.postcode);
      if (!plek)
        return toon(
          request,
          reply,
          { errors: { postcode: request.t('samen.fout.postcode-onbekend') }, waarden },
          400,
        );
      try {
        await bewaarSamen(db, viewer, {
          dossierId,
          // A volunteer only gives: a request she might send is not kept.
          profiel: { ...form.invoer, vraag: vraagVoor(buur, form.invoer.vraag), ...plek },
          versie: form.versie,
          nu,
        });
      } catch (fout) {
        if (fout instanceof HttpError && fout.status === 409) {
          const { versie: _oud, ...zonderVersie } = waarden;
          return toon(request, reply, { conflict: true, waarden: zonderVersie }, 409);
        }
        throw fout;
      }
      return reply.redirect(`/dossiers/${dossierId}/samen?melding=bewaard`, 303);
    },
  );

  // Her choice: the people she exchanged help with on her netwerkkaart, or not (decision 050).
  app.post(
    '/dossiers/:dossierId/samen/netwerkkaart',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId } = params(request);
      const viewer = viewerOf(request);
      const keuze = ((request.body ?? {}) as FormBody).keuze;
      const nu = deps.now();
      if (keuze !== 'ja' && keuze !== 'nee') {
        // Through the door first (only the owner learns that her input was wrong), then 400.
        await leesSamen(db, viewer, dossierId, nu);
        throw new HttpError('BAD_REQUEST');
      }
      await kiesNetwerkkaart(db, viewer, { dossierId, aan: keuze === 'ja', nu });
      return reply.redirect(`/dossiers/${dossierId}/samen?melding=netwerkkaart`, 303);
    },
  );

  /** A refused step on a proposal: the page again with the reason, 409; nothing was written. */
  async function metFout(request: FastifyRequest, reply: FastifyReply, werk: () => Promise<SamenMelding>) {
    const { dossierId } = params(request);
    try {
      const melding = await werk();
      return reply.redirect(`/dossiers/${dossierId}/samen?melding=${melding}`, 303);
    } catch (fout) {
      if (fout instanceof SamenFout) return toon(request, reply, { fout: fout.fout }, 409);
      throw fout;
    }
  }

  app.post(
    '/dossiers/:dossierId/samen/voorstellen/:voorstelId',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, voorstelId } = params(request);
      const keuze = ((request.body ?? {}) as FormBody).keuze;
      if (keuze !== 'ja' && keuze !== 'nee') throw new HttpError('BAD_REQUEST');
      return metFout(request, reply, async () => {
        await beantwoordVoorstel(db, viewerOf(request), {
          dossierId,
          voorstelId: voorstelId as string,
          keuze,
          nu: deps.now(),
        });
        return keuze;
      });
    },
  );

  app.post(
    '/dossiers/:dossierId/samen/voorstellen/:voorstelId/gebeurd',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, voorstelId } = params(request);
      return metFout(request, reply, async () => {
        await bevestigGebeurd(db, viewerOf(request), {
          dossierId,
          voorstelId: voorstelId as string,
          nu: deps.now(),
        });
        return 'gebeurd';
      });
    },
  );

  app.post(
    '/dossiers/:dossierId/samen/voorstellen/:voorstelId/veilig',
    { preValidation: csrf, preHandler: requireLogin, config: persoonsgegevens },
    async (request, reply) => {
      const { dossierId, voorstelId } = params(request);
      const body = (request.body ?? {}) as FormBody;
      const lid = Number(body.lid);
      const reden = body.reden === '' || body.reden === undefined ? undefined : body.reden;
      if (!Number.isInteger(lid) || lid < 0 || lid > 2) throw new HttpError('BAD_REQUEST');
      if (reden !== undefined && !MELD_REDENEN.includes(reden as MeldReden))
        throw new HttpError('BAD_REQUEST');
      return metFout(request, reply, async () => {
        await blokkeerOfMeld(db, viewerOf(request), {
          dossierId,
          voorstelId: voorstelId as string,
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

  app.get('/samen/coordinatie', alleenProfessional, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const getal = (x: string | undefined) => (x !== undefined && /^\d{1,6}$/.test(x) ? Number(x) : undefined);
    const [deelnemers, voorstellen, geholpen] = [
      getal(query.deelnemers),
      getal(query.voorstellen),
      getal(query.geholpen),
    ];
    const ronde =
      deelnemers !== undefined && voorstellen !== undefined && geholpen !== undefined
        ? { deelnemers, voorstellen, geholpen }
        : undefined;
    const melding = COORDINATIE_MELDINGEN.includes(query.melding as CoordinatieMelding)
      ? (query.melding as CoordinatieMelding)
      : undefined;
    const data = await leesCoordinatie(db, viewerOf(request), deps.now());
    return sendPage(
      reply,
      <CoordinatiePage ctx={pageContext(request, reply)} data={data} ronde={ronde} melding={melding} />,
    );
  });

  app.post(
    '/samen/coordinatie/ronde',
    { ...alleenProfessional, preValidation: csrf },
    async (request, reply) => {
      const r = await rondeOpVerzoek(deps, viewerOf(request));
      // Another round for this gemeente is running (the daily job or another instance): say so.
      if (r === 'bezig') return reply.redirect('/samen/coordinatie?melding=bezig', 303);
      return reply.redirect(
        `/samen/coordinatie?deelnemers=${r.deelnemers}&voorstellen=${r.voorstellen}&geholpen=${r.geholpen}`,
        303,
      );
    },
  );

  app.post(
    '/samen/coordinatie/meldingen/:meldingId',
    { ...alleenProfessional, preValidation: csrf },
    async (request, reply) => {
      const { meldingId } = request.params as { meldingId: string };
      const pauzeer = ((request.body ?? {}) as FormBody).pauzeer;
      if (pauzeer !== 'ja' && pauzeer !== 'nee') throw new HttpError('BAD_REQUEST');
      await handelMeldingAf(db, viewerOf(request), { meldingId, pauzeer: pauzeer === 'ja' }, deps.now());
      return reply.redirect(
        `/samen/coordinatie?melding=${pauzeer === 'ja' ? 'gepauzeerd' : 'afgehandeld'}`,
        303,
      );
    },
  );

  app.post(
    '/samen/coordinatie/pauze/:dossierId',
    { ...alleenProfessional, preValidation: csrf },
    async (request, reply) => {
      const { dossierId } = request.params as { dossierId: string };
      await hervat(db, viewerOf(request), dossierId, deps.now());
      return reply.redirect('/samen/coordinatie?melding=hervat', 303);
    },
  );

  app.get('/samen/coordinatie/controle', alleenProfessional, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const melding = CONTROLE_MELDINGEN.includes(query.melding as ControleMelding)
      ? (query.melding as ControleMelding)
      : undefined;
    const lijst = await leesControle(db, viewerOf(request), deps.now());
    return sendPage(
      reply,
      <ControlePage ctx={pageContext(request, reply)} lijst={lijst} melding={melding} />,
    );
  });

  app.post(
    '/samen/coordinatie/controle/:dossierId',
    { ...alleenProfessional, preValidation: csrf },
    async (request, reply) => {
      const { dossierId } = request.params as { dossierId: string };
      const soort = ((request.body ?? {}) as FormBody).soort;
      if (soort !== 'identiteit' && soort !== 'vog') throw new HttpError('BAD_REQUEST');
      await legControleVast(db, viewerOf(request), { dossierId, soort }, deps.now());
      return reply.redirect(`/samen/coordinatie/controle?melding=${soort}`, 303);
    },
  );
}
