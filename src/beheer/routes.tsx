import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { baseUrlFor } from '../auth/account-links.js';
import { blockAccount, createAccount, listAccounts, listOrganisaties } from '../auth/accounts.js';
import { gemeenteOf, requireRole, viewerOf } from '../auth/routes.js';
import { newAccountForm } from '../auth/rules.js';
import type { Db } from '../platform/db/database.js';
import { formString } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import { isUuid } from '../platform/http/ids.js';
import type { Mailer } from '../platform/mail/mailer.js';
import type { FieldErrors } from '../platform/views/components.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import { AccountsPage } from './pages/accounts-page.js';

export type BeheerDeps = { db: Db; now: () => Date; mailer: Mailer; publicUrl: string | undefined };

/** Account management for a gemeente's beheerder: list, create (by invitation mail), block. */
export async function beheerRoutes(app: FastifyInstance, deps: BeheerDeps): Promise<void> {
  const { db } = deps;
  const guard = { preHandler: requireRole('beheerder'), config: { persoonsgegevens: true } };

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: {
      values?: Record<string, string | undefined>;
      errors?: FieldErrors;
      notice?: 'aangemaakt' | 'geblokkeerd';
    },
    status = 200,
  ) {
    const gemeente = gemeenteOf(request);
    const [accounts, organisaties] = [
      await listAccounts(db, gemeente.id),
      await listOrganisaties(db, gemeente.id),
    ];
    return sendPage(
      reply,
      <AccountsPage
        ctx={pageContext(request, reply)}
        accounts={accounts}
        organisaties={organisaties}
        selfId={viewerOf(request).accountId}
        {...extra}
      />,
      status,
    );
  }

  app.get('/beheer/accounts', guard, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const notice =
      query.aangemaakt !== undefined
        ? 'aangemaakt'
        : query.geblokkeerd !== undefined
          ? 'geblokkeerd'
          : undefined;
    return render(request, reply, notice ? { notice } : {});
  });

  app.post('/beheer/accounts', { ...guard, preValidation: app.csrfProtection }, async (request, reply) => {
    const gemeente = gemeenteOf(request);
    const values = {
      naam: formString(request.body, 'naam'),
      email: formString(request.body, 'email'),
      rol: formString(request.body, 'rol'),
      organisatie: formString(request.body, 'organisatie'),
    };
    const form = parseForm(newAccountForm, values, request.t);
    if (!form.ok) return render(request, reply, { values, errors: form.errors }, 400);
    const organisatieId =
      form.data.organisatie && isUuid(form.data.organisatie) ? form.data.organisatie : undefined;
    if (form.data.organisatie && !organisatieId) {
      return render(request, reply, { values, errors: { organisatie: request.t('veld.fout.keuze') } }, 400);
    }
    const result = await createAccount(db, deps.now(), {
      gemeente,
      naam: form.data.naam,
      email: form.data.email,
      rol: form.data.rol,
      organisatieId,
      locale: request.locale,
      baseUrl: baseUrlFor(gemeente, deps.publicUrl, `${request.protocol}://${request.host}`),
      // A resident's record is made with her account, not later by a GET of hers.
      naAanmaken: async (trx, account) => {
        if (account.rol === 'inwoner') await dossierVanInwoner(trx, gemeente.id, account.id);
      },
    });
    if (!result.ok)
      return render(request, reply, { values, errors: { [result.field]: request.t(result.error) } }, 400);
    deps.mailer.kick();
    return reply.redirect('/beheer/accounts?aangemaakt', 303);
  });

  app.post(
    '/beheer/accounts/:id/blokkeren',
    { ...guard, preValidation: app.csrfProtection },
    async (request, reply) => {
      const gemeente = gemeenteOf(request);
      const { id } = request.params as { id: string };
      if (!isUuid(id) || id === viewerOf(request).accountId) throw new HttpError('NOT_FOUND');
      const blocked = await blockAccount(db, deps.now(), gemeente.id, id);
      if (!blocked) throw new HttpError('NOT_FOUND');
      return reply.redirect('/beheer/accounts?geblokkeerd', 303);
    },
  );
}
