import {
  ButtonLink,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Paragraph,
  PostForm,
  SubmitButton,
  TextField,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

export function SetPasswordPage({
  ctx,
  token,
  purpose,
  errors = {},
}: {
  ctx: PageContext;
  token: string;
  purpose: 'wachtwoord-herstel' | 'activatie';
  errors?: FieldErrors;
}) {
  const { t } = ctx;
  const title = purpose === 'activatie' ? t('instellen.titel.activatie') : t('instellen.titel.herstel');
  return (
    <Layout ctx={ctx} title={title}>
      <Heading level={1}>{title}</Heading>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Paragraph>{t('instellen.intro')}</Paragraph>
      <PostForm ctx={ctx} action={`/wachtwoord-instellen/${token}`}>
        <TextField
          name="wachtwoord"
          type="password"
          label={t('instellen.wachtwoord')}
          error={errors.wachtwoord}
          autocomplete="new-password"
          maxLength={128}
        />
        <TextField
          name="herhaal"
          type="password"
          label={t('instellen.herhaal')}
          error={errors.herhaal}
          autocomplete="new-password"
          maxLength={128}
        />
        <div class="utrecht-button-group">
          <SubmitButton>{t('instellen.knop')}</SubmitButton>
        </div>
      </PostForm>
    </Layout>
  );
}

export function LinkInvalidPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('instellen.link-ongeldig.titel')}>
      <Heading level={1}>{t('instellen.link-ongeldig.titel')}</Heading>
      <Paragraph>{t('instellen.link-ongeldig.tekst')}</Paragraph>
      <ButtonLink href="/wachtwoord-vergeten">{t('instellen.link-ongeldig.opnieuw')}</ButtonLink>
    </Layout>
  );
}
