import {
  ButtonLink,
  Heading,
  Paragraph,
  PostForm,
  SubmitButton,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import type { Afloop } from '../oidc.js';

export type FoutReden = Extract<Afloop, { ok: false }>['reden'];

/** The button on the login page: a form (POST, CSRF token), so it works without JavaScript. */
export function InlogdienstKnop({
  ctx,
  naam,
  terug,
}: {
  ctx: PageContext;
  naam: string;
  terug?: string | undefined;
}) {
  return (
    <PostForm ctx={ctx} action="/inloggen/oidc">
      {terug ? <input type="hidden" name="terug" value={terug} /> : null}
      <div class="utrecht-button-group">
        <SubmitButton>{ctx.t('oidc.knop', { naam })}</SubmitButton>
      </div>
    </PostForm>
  );
}

export function OidcFoutPage({ ctx, reden }: { ctx: PageContext; reden: FoutReden }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('oidc.fout.titel')}>
      <Heading level={1}>{t('oidc.fout.titel')}</Heading>
      <Paragraph>{t(`oidc.fout.${reden}`)}</Paragraph>
      <Paragraph>
        <ButtonLink href="/inloggen">{t('oidc.fout.opnieuw')}</ButtonLink>
      </Paragraph>
    </Layout>
  );
}
