import {
  Alert,
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

export function ForgotPasswordPage({
  ctx,
  email,
  errors = {},
  sent = false,
}: {
  ctx: PageContext;
  email?: string;
  errors?: FieldErrors;
  sent?: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('vergeten.titel')}>
      <Heading level={1}>{t('vergeten.titel')}</Heading>
      {sent ? (
        <Alert type="ok">
          <Paragraph>{t('vergeten.verstuurd')}</Paragraph>
        </Alert>
      ) : (
        <>
          <ErrorSummary ctx={ctx} errors={errors} />
          <Paragraph>{t('vergeten.intro')}</Paragraph>
          <PostForm ctx={ctx} action="/wachtwoord-vergeten">
            <TextField
              name="email"
              type="email"
              label={t('inloggen.email')}
              value={email}
              error={errors.email}
              autocomplete="email"
              maxLength={254}
            />
            <div class="utrecht-button-group">
              <SubmitButton>{t('vergeten.knop')}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}
    </Layout>
  );
}
