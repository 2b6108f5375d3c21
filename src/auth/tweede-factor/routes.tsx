import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/database.js';
import { formString } from '../../platform/http/body.js';
import { HttpError } from '../../platform/http/errors.js';
import { parseForm } from '../../platform/http/forms.js';
import { safeReturnPath } from '../../platform/http/redirect.js';
import type { FieldErrors } from '../../platform/views/components.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { gemeenteOf, requireLogin, requireRole, viewerOf } from '../routes.js';
import {
  BeheerTweedeFactorPage,
  CodePage,
  HerstelcodesPage,
  HerstelPage,
  InstellenPage,
  type Melding,
} from './pages/tweede-factor-pages.js';
import * as q from './queries.js';
import { CODE_VENSTER_MS, codeForm, herstelForm, tweedeFactorVerplicht, volgendeStap } from './rules.js';
import {
  begonnenInstelling,
  bevestigInstelling,
  controleerCode,
  gebruikHerstelcode,
  overzichtVoorBeheerder,
  resetDoorBeheerder,
  stapVan,
} from './tweede-factor.js';

export type TweedeFactorDeps = { db: Db; now: () => Date };

/** Paths a logged-in person may open before the second factor: the step itself, logging out, assets. */
const VOOR_DE_TWEEDE_STAP = ['/tweede-factor', '/uitloggen', '/static/', '/healthz', '/taal', '/thema'];

function magVoorTweedeStap(url: string): boolean {
  const pad = url.split('?')[0] ?? url;
  return VOOR_DE_TWEEDE_STAP.some(
    (p) => pad === p || pad.startsWith(p.endsWith('/') ? p : `${p}/`) || pad.startsWith(`${p}.`),
  );
}

/**
 * The gate (docs/decisions/022): a logged-in person who still has to set up or type a second
 * factor reaches no other page — not the records, not emergency access, not the logs — and
 * is sent to the step, returning afterwards to where they wanted to go (GET only).
 */
export function registerTweedeFactorPoort(app: FastifyInstance, db: Db): void {
  app.addHook('onRequest', async (request, reply) => {
    const viewer = request.viewer;
    if (!viewer || magVoorTweedeStap(request.url)) return;
    // The session lookup read the state in its own statement, on this request (sessions.ts).
    const staat = request.tweedeFactorStaat;
    const stap = staat ? volgendeStap({ rol: viewer.rol, ...staat }) : await stapVan(db, viewer);
    if (stap === 'klaar') return;
    if (request.url.startsWith('/api/')) throw new HttpError('FORBIDDEN');
    const terug = request.method === 'GET' ? safeReturnPath(request.url) : undefined;
    const doel = stap === 'instellen' ? '/tweede-factor/instellen' : '/tweede-factor';
    return reply.redirect(terug ? `${doel}?terug=${encodeURIComponent(terug)}` : doel, 303);
  });
}

const teVaak = (): Melding => ({
  type: 'error',
  key: 'tweede-factor.fout.te-vaak',
  values: { minuten: CODE_VENSTER_MS / 60_000 },
});

function terugVan(request: FastifyRequest): string | undefined {
  const query = request.query as Record<string, string | undefined>;
  return safeReturnPath(formString(request.body, 'terug') ?? query.terug);
}

export async function tweedeFactorRoutes(app: FastifyInstance, deps: TweedeFactorDeps): Promise<void> {
  const { db, now } = deps;
  const csrf = { preValidation: app.csrfProtection };

  app.get('/tweede-factor', { preHandler: requireLogin }, async (request, reply) => {
    const viewer = viewerOf(request);
    const terug = terugVan(request);
    const stap = await stapVan(db, viewer);
    if (stap === 'instellen') return reply.redirect('/tweede-factor/instellen', 303);
    if (stap === 'klaar') return reply.redirect(terug ?? '/mijn-overzicht', 303);
    return sendPage(reply, <CodePage ctx={pageContext(request, reply)} terug={terug} />);
  });

  app.post('/tweede-factor', { ...csrf, preHandler: requireLogin }, async (request, reply) => {
    const viewer = viewerOf(request);
    const terug = terugVan(request);
    const form = parseForm(codeForm, request.body, request.t);
    if (!form.ok)
      return sendPage(
        reply,
        <CodePage ctx={pageContext(request, reply)} errors={form.errors} terug={terug} />,
        400,
      );
    const uitkomst = await controleerCode(db, viewer, form.data.code, now());
    if (!uitkomst.ok)
      return codeFout(request, reply, uitkomst.reden, (melding, errors) => (
        <CodePage ctx={pageContext(request, reply)} terug={terug} melding={melding} errors={errors} />
      ));
    return reply.redirect(terug ?? '/mijn-overzicht', 303);
  });

  const instellenPagina = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { errors?: FieldErrors; melding?: Melding },
    status = 200,
  ) => {
    const viewer = viewerOf(request);
    const instelling = await begonnenInstelling(db, gemeenteOf(request), viewer);
    const stap = await stapVan(db, viewer);
    return sendPage(
      reply,
      <InstellenPage
        ctx={pageContext(request, reply)}
        geheim={instelling.geheim}
        qrDataUrl={instelling.qrDataUrl}
        verplicht={tweedeFactorVerplicht(viewer.rol)}
        alIngesteld={stap === 'klaar' && (await isIngesteld(viewer))}
        terug={terugVan(request)}
        {...extra}
      />,
      status,
    );
  };

  const isIngesteld = async (viewer: { gemeenteId: string; accountId: string }) =>
    Boolean((await q.leesTweedeFactor(db, viewer.gemeenteId, viewer.accountId))?.geheim);

  app.get('/tweede-factor/instellen', { preHandler: requireLogin }, async (request, reply) => {
    const viewer = viewerOf(request);
    // Someone with a working second factor proves it before adding a new phone.
    if ((await stapVan(db, viewer)) === 'code') return reply.redirect('/tweede-factor', 303);
    return instellenPagina(request, reply, {});
  });

  app.post('/tweede-factor/instellen', { ...csrf, preHandler: requireLogin }, async (request, reply) => {
    const viewer = viewerOf(request);
    if ((await stapVan(db, viewer)) === 'code') return reply.redirect('/tweede-factor', 303);
    const form = parseForm(codeForm, request.body, request.t);
    if (!form.ok) return instellenPagina(request, reply, { errors: form.errors }, 400);
    const uitkomst = await bevestigInstelling(db, viewer, form.data.code, now());
    if (!uitkomst.ok) {
      if (uitkomst.reden === 'te-vaak') return instellenPagina(request, reply, { melding: teVaak() }, 429);
      if (uitkomst.reden === 'niet-begonnen')
        return instellenPagina(
          request,
          reply,
          { melding: { type: 'error', key: 'tweede-factor.fout.opnieuw-beginnen' } },
          409,
        );
      return instellenPagina(
        request,
        reply,
        { errors: { code: request.t('tweede-factor.fout.code-onjuist') } },
        400,
      );
    }
    return sendPage(
      reply,
      <HerstelcodesPage
        ctx={pageContext(request, reply)}
        codes={uitkomst.herstelcodes}
        verder={terugVan(request) ?? '/mijn-overzicht'}
      />,
    );
  });

  app.get('/tweede-factor/herstel', { preHandler: requireLogin }, async (request, reply) =>
    sendPage(reply, <HerstelPage ctx={pageContext(request, reply)} />),
  );

  app.post('/tweede-factor/herstel', { ...csrf, preHandler: requireLogin }, async (request, reply) => {
    const viewer = viewerOf(request);
    const form = parseForm(herstelForm, request.body, request.t);
    if (!form.ok)
      return sendPage(reply, <HerstelPage ctx={pageContext(request, reply)} errors={form.errors} />, 400);
    const uitkomst = await gebruikHerstelcode(db, viewer, form.data.herstelcode, now());
    if (!uitkomst.ok)
      return codeFout(
        request,
        reply,
        uitkomst.reden,
        (melding, errors) => (
          <HerstelPage ctx={pageContext(request, reply)} melding={melding} errors={errors} />
        ),
        'herstelcode',
      );
    // The old phone no longer counts: set up the new one (required roles must; others may).
    return reply.redirect('/tweede-factor/instellen', 303);
  });

  app.get(
    '/beheer/tweede-factor',
    { preHandler: requireRole('beheerder'), config: { persoonsgegevens: true } },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const accounts = await overzichtVoorBeheerder(db, viewer.gemeenteId);
      const gereset = (request.query as Record<string, string | undefined>).gereset;
      const naam = gereset ? accounts.find((a) => a.id === gereset)?.naam : undefined;
      return sendPage(
        reply,
        <BeheerTweedeFactorPage ctx={pageContext(request, reply)} accounts={accounts} gereset={naam} />,
      );
    },
  );

  app.post(
    '/beheer/tweede-factor/:id/resetten',
    { ...csrf, preHandler: requireRole('beheerder'), config: { persoonsgegevens: true } },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { id } = request.params as { id: string };
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw new HttpError('NOT_FOUND');
      if (!(await resetDoorBeheerder(db, viewer, id, now()))) throw new HttpError('NOT_FOUND');
      return reply.redirect(`/beheer/tweede-factor?gereset=${id}`, 303);
    },
  );
}

function codeFout(
  request: FastifyRequest,
  reply: FastifyReply,
  reden: 'onjuist' | 'te-vaak' | 'onleesbaar',
  pagina: (melding: Melding | undefined, errors: FieldErrors) => preact.JSX.Element,
  veld: 'code' | 'herstelcode' = 'code',
) {
  if (reden === 'onleesbaar') {
    // For the operator: a master key is missing from the configuration, or the row was tampered with.
    request.log.error('second-factor secret does not decrypt (master key missing, or the row was changed)');
    return sendPage(reply, pagina({ type: 'error', key: 'tweede-factor.fout.onleesbaar' }, {}), 409);
  }
  if (reden === 'te-vaak') {
    reply.header('retry-after', String(CODE_VENSTER_MS / 1000));
    return sendPage(reply, pagina(teVaak(), {}), 429);
  }
  const key = veld === 'code' ? 'tweede-factor.fout.code-onjuist' : 'tweede-factor.fout.herstel-onjuist';
  return sendPage(reply, pagina(undefined, { [veld]: request.t(key) }), 400);
}
