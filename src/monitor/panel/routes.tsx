import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { baseUrlFor } from '../../auth/account-links.js';
import { gemeenteOf, requireRole } from '../../auth/routes.js';
import type { Db } from '../../platform/db/database.js';
import type { FormBody } from '../../platform/http/body.js';
import { HttpError } from '../../platform/http/errors.js';
import { parseForm } from '../../platform/http/forms.js';
import { isUuid } from '../../platform/http/ids.js';
import { levensgebiedNaam, STANDAARD_LEVENSGEBIEDEN } from '../../platform/levensgebied-codes.js';
import { maakPdf } from '../../platform/pdf/maak-pdf.js';
import type { FieldErrors } from '../../platform/views/components.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { instelling } from '../queries.js';
import { aanmeldenForm, peilingForm } from './forms.js';
import { PanelRapportPage, PeilingenPage, panelCsv, panelPdf } from './pages/beheer-pages.js';
import { InvoerPage, InvullenPage, PanelMeldingPage, type Stap } from './pages/invullen-pages.js';
import { AanmeldenPage, AfmeldenPage } from './pages/lid-pages.js';
import { nietVeilig, UitsplitsingPage, uitsplitsingCsv } from './pages/uitsplitsing-page.js';
import * as panel from './panel.js';
import * as q from './queries.js';
import { normaliseerCode } from './rules.js';
import { leesPanelUitsplitsing, type PanelUitsplitsing } from './uitsplitsing.js';
import { type Antwoord, leesAntwoord, leesEerder, vraagbank, wijkVraag } from './vraagbank.js';

export type PanelDeps = { db: Db; now: () => Date; publicUrl: string | undefined };

/** Marks a route as touching personal data: the access-matrix test requires rows for each one. */
const persoonsgegevens = { persoonsgegevens: true };
/** A multiple-choice question sends its ticks under one name. */
const antwoord = { persoonsgegevens: true, herhaalbaar: ['a'] };

const tekstVelden = (body: FormBody) =>
  Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));

/**
 * The panel's routes: joining and leaving (no account: the link in every mail is the key),
 * the beheerder's and analist's peilingen and their reports (sums only), answering with a
 * one-time code (the member's link, no login), and the panel worker's assisted entry.
 */
export async function panelRoutes(app: FastifyInstance, deps: PanelDeps): Promise<void> {
  const { db } = deps;
  const csrf = app.csrfProtection;
  const baseUrl = (request: FastifyRequest) =>
    baseUrlFor(gemeenteOf(request), deps.publicUrl, `${request.protocol}://${request.host}`);

  // --- joining and leaving ---

  app.get('/panel/aanmelden', async (request, reply) =>
    sendPage(reply, <AanmeldenPage ctx={pageContext(request, reply)} />),
  );

  app.post('/panel/aanmelden', { preValidation: csrf, config: persoonsgegevens }, async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const body = (request.body ?? {}) as FormBody;
    const form = parseForm(aanmeldenForm, body, request.t);
    if (!form.ok)
      return sendPage(
        reply,
        <AanmeldenPage ctx={pageContext(request, reply)} errors={form.errors} waarden={tekstVelden(body)} />,
        400,
      );
    await panel.aanmelden(db, {
      gemeente,
      naam: form.data.naam,
      email: form.data.email,
      nu: deps.now(),
      baseUrl: baseUrl(request),
      locale: request.locale,
    });
    return sendPage(reply, <AanmeldenPage ctx={pageContext(request, reply)} klaar />);
  });

  const afmeldCode = (request: FastifyRequest) => {
    const { code } = request.params as { code: string };
    return normaliseerCode(code);
  };

  app.get('/panel/afmelden/:code', { config: persoonsgegevens }, async (request, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    const code = afmeldCode(request);
    const lid = code ? await panel.afmeldLid(db, gemeenteOf(request).id, code) : undefined;
    const ctx = pageContext(request, reply);
    if (!code || !lid)
      return sendPage(reply, <AfmeldenPage ctx={ctx} code="" naam={undefined} staat="ongeldig" />, 410);
    return sendPage(reply, <AfmeldenPage ctx={ctx} code={code} naam={lid.naam} staat="vraag" />);
  });

  app.post(
    '/panel/afmelden/:code',
    { preValidation: csrf, config: persoonsgegevens },
    async (request, reply) => {
      reply.header('referrer-policy', 'no-referrer');
      const code = afmeldCode(request);
      const ctx = pageContext(request, reply);
      const gelukt = code ? await panel.afmelden(db, gemeenteOf(request).id, code) : false;
      if (!gelukt)
        return sendPage(reply, <AfmeldenPage ctx={ctx} code="" naam={undefined} staat="ongeldig" />, 410);
      return sendPage(reply, <AfmeldenPage ctx={ctx} code="" naam={undefined} staat="klaar" />);
    },
  );

  // --- peilingen (beheerder, analist) ---

  const beheer = { preHandler: requireRole('beheerder', 'analist') };
  const toegestaan = (gebieden: readonly string[]) => vraagbank(undefined, gebieden).map((v) => v.code);
  const gebiedenVan = async (request: FastifyRequest) =>
    (await instelling(db, gemeenteOf(request).id)).gebieden;

  async function peilingenPagina(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { melding?: string | undefined; errors?: FieldErrors; waarden?: FormBody } = {},
    status = 200,
  ) {
    const gemeenteId = gemeenteOf(request).id;
    const ctx = pageContext(request, reply);
    const regels = await instelling(db, gemeenteId);
    return sendPage(
      reply,
      <PeilingenPage
        ctx={ctx}
        leden={await q.aantalLeden(db, gemeenteId)}
        minimum={regels.minimum}
        wijk={wijkVraag(regels.gebieden)}
        peilingen={await q.peilingen(db, gemeenteId)}
        levensgebieden={STANDAARD_LEVENSGEBIEDEN.map((code) => ({
          code,
          naam: levensgebiedNaam(code, undefined, ctx.t),
        }))}
        {...extra}
      />,
      status,
    );
  }

  app.get('/panel/peilingen', beheer, async (request, reply) => {
    const { melding, n } = request.query as Record<string, string | undefined>;
    const tekst =
      melding === 'gemaakt'
        ? request.t('monitor.panel.nieuw.gemaakt')
        : melding === 'uitgenodigd' && n && /^\d{1,6}$/.test(n)
          ? request.t('monitor.panel.peilingen.uitgenodigd', { n: Number(n) })
          : undefined;
    return peilingenPagina(request, reply, { melding: tekst });
  });

  app.post(
    '/panel/peilingen',
    { ...beheer, preValidation: csrf, config: { herhaalbaar: ['vragen'] } },
    async (request, reply) => {
      const body = (request.body ?? {}) as FormBody;
      const vandaag = deps.now().toISOString().slice(0, 10);
      const form = parseForm(peilingForm(toegestaan(await gebiedenVan(request)), vandaag), body, request.t);
      if (!form.ok) return peilingenPagina(request, reply, { errors: form.errors, waarden: body }, 400);
      await q.maakPeiling(db, gemeenteOf(request).id, form.data);
      return reply.redirect('/panel/peilingen?melding=gemaakt', 303);
    },
  );

  const peilingId = (request: FastifyRequest) => {
    const { id } = request.params as { id: string };
    if (!isUuid(id)) throw new HttpError('NOT_FOUND');
    return id;
  };

  app.post(
    '/panel/peilingen/:id/uitnodigen',
    { ...beheer, preValidation: csrf, config: persoonsgegevens },
    async (request, reply) => {
      const n = await panel.uitnodigen(db, {
        gemeente: gemeenteOf(request),
        peilingId: peilingId(request),
        nu: deps.now(),
        baseUrl: baseUrl(request),
        locale: request.locale,
      });
      if (n === undefined) throw new HttpError('NOT_FOUND');
      return reply.redirect(`/panel/peilingen?melding=uitgenodigd&n=${n}`, 303);
    },
  );

  app.get('/panel/peilingen/:id', { ...beheer, config: persoonsgegevens }, async (request, reply) => {
    const data = await panel.rapportVan(db, gemeenteOf(request).id, peilingId(request));
    if (!data) throw new HttpError('NOT_FOUND');
    return sendPage(reply, <PanelRapportPage ctx={pageContext(request, reply)} data={data} />);
  });

  app.get(
    '/panel/peilingen/:id/rapport.csv',
    { ...beheer, config: persoonsgegevens },
    async (request, reply) => {
      const data = await panel.rapportVan(db, gemeenteOf(request).id, peilingId(request));
      if (!data) throw new HttpError('NOT_FOUND');
      if (data.ingediend === null) throw new HttpError('BAD_REQUEST');
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="redzaam-peiling.csv"')
        .send(panelCsv(data, request.t));
    },
  );

  app.get(
    '/panel/peilingen/:id/rapport.pdf',
    { ...beheer, config: persoonsgegevens },
    async (request, reply) => {
      const data = await panel.rapportVan(db, gemeenteOf(request).id, peilingId(request));
      if (!data) throw new HttpError('NOT_FOUND');
      if (data.ingediend === null) throw new HttpError('BAD_REQUEST');
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="redzaam-peiling.pdf"')
        .send(await maakPdf(panelPdf(data, request.t, request.locale)));
    },
  );

  // --- breakdowns of a peiling (docs/decisions/049): every table of its answers protected together ---

  /** The breakdown asked in the URL (`?naar=`; default gender), or 'ongeldig'. */
  const naarVan = (request: FastifyRequest): { naar: string; delen: PanelUitsplitsing[] | 'ongeldig' } => {
    const { naar } = request.query as { naar?: unknown };
    const tekst = naar === undefined ? 'geslacht' : typeof naar === 'string' ? naar.slice(0, 40) : '';
    return { naar: tekst, delen: leesPanelUitsplitsing(tekst) };
  };

  app.get(
    '/panel/peilingen/:id/uitsplitsing',
    { ...beheer, config: persoonsgegevens },
    async (request, reply) => {
      const id = peilingId(request);
      const { naar, delen } = naarVan(request);
      const data = await panel.uitsplitsingVanPeiling(
        db,
        gemeenteOf(request).id,
        id,
        delen === 'ongeldig' ? ['geslacht'] : delen,
      );
      if (!data) throw new HttpError('NOT_FOUND');
      const ctx = pageContext(request, reply);
      if (delen === 'ongeldig')
        return sendPage(reply, <UitsplitsingPage ctx={ctx} data={data} naar={naar} fout="ongeldig" />, 400);
      const fout = nietVeilig(data) ? 'niet-veilig' : undefined;
      return sendPage(reply, <UitsplitsingPage ctx={ctx} data={data} naar={naar} fout={fout} />);
    },
  );

  app.get(
    '/panel/peilingen/:id/uitsplitsing.csv',
    { ...beheer, config: persoonsgegevens },
    async (request, reply) => {
      const id = peilingId(request);
      const { delen } = naarVan(request);
      if (delen === 'ongeldig') throw new HttpError('BAD_REQUEST');
      const data = await panel.uitsplitsingVanPeiling(db, gemeenteOf(request).id, id, delen);
      if (!data) throw new HttpError('NOT_FOUND');
      // Nothing safe to show, too few answers, or a breakdown the panel cannot make: no file.
      if (data.uitkomst.soort !== 'tabellen' || nietVeilig(data)) throw new HttpError('BAD_REQUEST');
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="redzaam-peiling-per-groep.csv"')
        .send(uitsplitsingCsv(data, request.t));
    },
  );

  // --- answering with a one-time code ---

  /** The peiling behind a code, or the page that says why the code does not work. */
  async function metCode(request: FastifyRequest, reply: FastifyReply) {
    reply.header('referrer-policy', 'no-referrer');
    const { code: ruw } = request.params as { code: string };
    const code = normaliseerCode(ruw);
    const staat = code ? await panel.staatVan(db, gemeenteOf(request).id, code, deps.now()) : undefined;
    if (code && staat?.staat === 'open') return { code, peiling: staat.peiling };
    const ctx = pageContext(request, reply);
    const melding =
      staat?.staat === 'gebruikt'
        ? 'monitor.panel.invullen.link-gebruikt'
        : staat?.staat === 'verlopen'
          ? 'monitor.panel.invullen.link-verlopen'
          : 'monitor.panel.invullen.link-onbekend';
    await sendPage(
      reply,
      <PanelMeldingPage
        ctx={ctx}
        titel={ctx.t('monitor.panel.invoer.titel')}
        melding={ctx.t(melding)}
        type="warning"
      />,
      staat ? 410 : 404,
    );
    return undefined;
  }

  function invullen(geholpen: boolean, pad: (code: string) => string) {
    const toon = (
      request: FastifyRequest,
      reply: FastifyReply,
      p: { titel: string; vragen: string[] },
      gebieden: readonly string[],
      code: string,
      stap: Stap,
      eerder: Record<string, Antwoord>,
      fout?: string,
    ) =>
      sendPage(
        reply,
        <InvullenPage
          ctx={pageContext(request, reply)}
          titel={p.titel}
          actie={pad(code)}
          vragen={panel.vragenVan(p.vragen, gebieden)}
          stap={stap}
          eerder={eerder}
          geholpen={geholpen}
          fout={fout}
        />,
        fout ? 400 : 200,
      );

    const get = async (request: FastifyRequest, reply: FastifyReply) => {
      const gevonden = await metCode(request, reply);
      if (!gevonden) return reply;
      const gebieden = await gebiedenVan(request);
      return toon(
        request,
        reply,
        gevonden.peiling,
        gebieden,
        gevonden.code,
        { soort: 'vraag', index: 0 },
        {},
      );
    };

    const post = async (request: FastifyRequest, reply: FastifyReply) => {
      const gevonden = await metCode(request, reply);
      if (!gevonden) return reply;
      const { code, peiling } = gevonden;
      const gebieden = await gebiedenVan(request);
      const vragen = panel.vragenVan(peiling.vragen, gebieden);
      const body = (request.body ?? {}) as FormBody;
      const eerder = leesEerder(vragen, body.eerder);
      const stap = Number(body.stap);
      if (!eerder || !Number.isInteger(stap) || stap < 0 || stap > vragen.length)
        throw new HttpError('BAD_REQUEST');
      const naar = (index: number): Stap =>
        index >= vragen.length ? { soort: 'klaar' } : { soort: 'vraag', index: Math.max(0, index) };
      const vraag = vragen[stap];
      // The answer on this screen (going back keeps it only when it is a valid one).
      if (vraag) {
        const gelezen = leesAntwoord(vraag, { a: body.a, wn: body.wn });
        if (gelezen.ok) {
          if (gelezen.antwoord) eerder[vraag.code] = gelezen.antwoord;
          else delete eerder[vraag.code];
        } else if (body.actie !== 'terug')
          return toon(request, reply, peiling, gebieden, code, naar(stap), eerder, request.t(gelezen.fout));
      }
      if (body.actie === 'terug')
        return toon(request, reply, peiling, gebieden, code, naar(stap - 1), eerder);
      if (body.actie === 'versturen') {
        const ontbreekt = vragen.findIndex((v) => v.soort !== 'open' && !eerder[v.code]);
        if (ontbreekt >= 0)
          return toon(
            request,
            reply,
            peiling,
            gebieden,
            code,
            naar(ontbreekt),
            eerder,
            request.t('monitor.panel.fout.kies'),
          );
        const gelukt = await panel.indienen(db, {
          gemeenteId: gemeenteOf(request).id,
          code,
          geholpen,
          antwoorden: eerder,
          nu: deps.now(),
        });
        const ctx = pageContext(request, reply);
        if (!gelukt)
          return sendPage(
            reply,
            <PanelMeldingPage
              ctx={ctx}
              titel={ctx.t('monitor.panel.invoer.titel')}
              melding={ctx.t('monitor.panel.invullen.link-gebruikt')}
              type="warning"
            />,
            410,
          );
        return sendPage(
          reply,
          <PanelMeldingPage
            ctx={ctx}
            titel={peiling.titel}
            melding={ctx.t('monitor.panel.invullen.bedankt')}
            type="ok"
          />,
        );
      }
      return toon(request, reply, peiling, gebieden, code, naar(stap + 1), eerder);
    };
    return { get, post };
  }

  const lid = invullen(false, (code) => `/peiling/${code}`);
  app.get('/peiling/:code', { config: persoonsgegevens }, lid.get);
  app.post('/peiling/:code', { preValidation: csrf, config: antwoord }, lid.post);

  // --- the panel worker's assisted entry (decision 051: the panel worker or the beheerder; never
  // a professional, who reaches residents' records, nor the analist, who would see one person's answers) ---

  const medewerker = { preHandler: requireRole('panelmedewerker', 'beheerder') };
  app.get('/panel/invoer', medewerker, async (request, reply) =>
    sendPage(reply, <InvoerPage ctx={pageContext(request, reply)} />),
  );
  app.post('/panel/invoer', { ...medewerker, preValidation: csrf }, async (request, reply) => {
    const body = (request.body ?? {}) as FormBody;
    const code = typeof body.code === 'string' ? normaliseerCode(body.code) : undefined;
    if (!code)
      return sendPage(
        reply,
        <InvoerPage
          ctx={pageContext(request, reply)}
          fout={request.t('monitor.panel.fout.code')}
          code={typeof body.code === 'string' ? body.code.slice(0, 40) : ''}
        />,
        400,
      );
    return reply.redirect(`/panel/invoer/${code}`, 303);
  });
  const hulp = invullen(true, (code) => `/panel/invoer/${code}`);
  app.get('/panel/invoer/:code', { ...medewerker, config: persoonsgegevens }, hulp.get);
  app.post('/panel/invoer/:code', { ...medewerker, preValidation: csrf, config: antwoord }, hulp.post);
}
