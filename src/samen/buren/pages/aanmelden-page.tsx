import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Paragraph,
  PostForm,
  SubmitButton,
  TextField,
} from '../../../platform/views/components.js';
import { KeuzeGroep } from '../../../platform/views/keuzes.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';

/**
 * Signing up for Samen without an account (decision 048): what happens next and to her details,
 * said plainly before the form; works without JavaScript. After sending, the same thanks whatever
 * the address (known or not).
 */
export function AanmeldenPage({
  ctx,
  errors = {},
  waarden = {},
  klaar = false,
  teVaak = false,
}: {
  ctx: PageContext;
  errors?: FieldErrors;
  waarden?: Record<string, string>;
  klaar?: boolean;
  teVaak?: boolean;
}) {
  const { t } = ctx;
  const titel = t('samen.buren.aanmelden.titel');
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {klaar ? (
        <Alert type="ok">
          <Paragraph>{t('samen.buren.aangemeld')}</Paragraph>
        </Alert>
      ) : null}
      {teVaak ? (
        <Alert type="warning">
          <Paragraph>{t('samen.buren.te-vaak')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('samen.buren.aanmelden.intro')}</Paragraph>
      <Paragraph>{t('samen.buren.aanmelden.daarna')}</Paragraph>
      <Paragraph>{t('samen.buren.aanmelden.privacy')}</Paragraph>
      {klaar ? null : (
        <>
          <ErrorSummary ctx={ctx} errors={errors} />
          <PostForm ctx={ctx} action="/samen/aanmelden">
            <TextField
              name="voornaam"
              label={t('samen.buren.voornaam')}
              value={waarden.voornaam}
              error={errors.voornaam}
              autocomplete="given-name"
              maxLength={60}
            />
            <TextField
              name="email"
              type="email"
              label={t('samen.buren.email')}
              description={t('samen.buren.email.uitleg')}
              value={waarden.email}
              error={errors.email}
              autocomplete="email"
              maxLength={254}
            />
            <TextField
              name="postcode"
              label={t('samen.buren.postcode')}
              description={t('samen.buren.postcode.uitleg')}
              value={waarden.postcode}
              error={errors.postcode}
              autocomplete="postal-code"
              maxLength={7}
            />
            <TextField
              name="geboortejaar"
              label={t('samen.buren.geboortejaar')}
              description={t('samen.buren.geboortejaar.uitleg')}
              value={waarden.geboortejaar}
              error={errors.geboortejaar}
              autocomplete="bday-year"
              maxLength={4}
            />
            <KeuzeGroep
              name="soort"
              legend={t('samen.buren.soort')}
              options={[
                { value: 'vrijwilliger', label: t('samen.buren.soort.vrijwilliger') },
                { value: 'buurtbewoner', label: t('samen.buren.soort.buurtbewoner') },
              ]}
              value={waarden.soort ?? ''}
              error={errors.soort}
            />
            <SubmitButton>{t('samen.buren.aanmelden.knop')}</SubmitButton>
          </PostForm>
        </>
      )}
    </Layout>
  );
}
