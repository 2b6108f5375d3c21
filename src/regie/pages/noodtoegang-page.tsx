import {
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

export function NoodtoegangPage({
  ctx,
  values = {},
  errors = {},
  dossier,
}: {
  ctx: PageContext;
  values?: { email?: string | undefined; reden?: string | undefined };
  errors?: FieldErrors;
  /** From the QR code on a printed crisiskaart: the record is given, no e-mail address asked */
  dossier?: string | undefined;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('nood.titel')}>
      <Heading level={1}>{t('nood.titel')}</Heading>
      <Paragraph lead>{t('nood.intro')}</Paragraph>
      {dossier ? <Paragraph>{t('nood.via-kaart')}</Paragraph> : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action="/noodtoegang">
        {dossier ? (
          <input type="hidden" name="dossier" value={dossier} />
        ) : (
          <TextField
            name="email"
            type="email"
            label={t('nood.email')}
            value={values.email}
            error={errors.email}
            maxLength={254}
          />
        )}
        <TextField
          name="reden"
          label={t('nood.reden')}
          value={values.reden}
          error={errors.reden}
          maxLength={500}
        />
        <SubmitButton>{t('nood.knop')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
