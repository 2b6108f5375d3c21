import type { MessageKey } from '../../platform/i18n/i18n.js';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
  TextField,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { InlogdienstKnop } from '../oidc/pages/oidc-pages.js';
import { AccountKrijgen } from './account-krijgen.js';

export type LoginPageProps = {
  ctx: PageContext;
  email?: string;
  errors?: FieldErrors;
  /** A message about the whole form: wrong combination, throttled, logged out … */
  notice?: { type: 'info' | 'ok' | 'error'; key: MessageKey; values?: Record<string, number | string> };
  terug?: string | undefined;
  /** The gemeente's identity broker (src/auth/oidc), shown as a button above the form */
  inlogdienst?: string | undefined;
};

export function LoginPage({ ctx, email, errors = {}, notice, terug, inlogdienst }: LoginPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('inloggen.titel')}>
      <Heading level={1}>{t('inloggen.titel')}</Heading>
      {notice ? (
        <Alert type={notice.type}>
          <Paragraph>{t(notice.key, notice.values)}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        ctx={ctx}
        errors={errors}
        labels={{ email: t('inloggen.email'), wachtwoord: t('inloggen.wachtwoord') }}
      />
      {inlogdienst ? <InlogdienstKnop ctx={ctx} naam={inlogdienst} terug={terug} /> : null}
      <Paragraph>{inlogdienst ? t('oidc.of') : t('inloggen.intro')}</Paragraph>
      <PostForm ctx={ctx} action="/inloggen">
        {terug ? <input type="hidden" name="terug" value={terug} /> : null}
        <TextField
          name="email"
          type="email"
          label={t('inloggen.email')}
          value={email}
          error={errors.email}
          autocomplete="username"
          maxLength={254}
        />
        <TextField
          name="wachtwoord"
          type="password"
          label={t('inloggen.wachtwoord')}
          error={errors.wachtwoord}
          autocomplete="current-password"
          maxLength={128}
        />
        <div class="utrecht-button-group">
          <SubmitButton>{t('inloggen.knop')}</SubmitButton>
        </div>
      </PostForm>
      <Paragraph>
        <Link href="/wachtwoord-vergeten">{t('inloggen.vergeten')}</Link>
      </Paragraph>
      <AccountKrijgen ctx={ctx} />
    </Layout>
  );
}
