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
import { VinkGroep } from '../../../platform/views/keuzes.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';

/**
 * Joining the panel: what it is, what happens to the answers and how to stop, said plainly
 * before the form. Works without JavaScript and without an account.
 */
export function AanmeldenPage({
  ctx,
  errors = {},
  waarden = {},
  klaar = false,
}: {
  ctx: PageContext;
  errors?: FieldErrors;
  waarden?: Record<string, string>;
  klaar?: boolean;
}) {
  const { t } = ctx;
  const titel = t('monitor.panel.aanmelden.titel');
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {klaar ? (
        <Alert type="ok">
          <Paragraph>{t('monitor.panel.aangemeld')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('monitor.panel.aanmelden.intro')}</Paragraph>
      <Paragraph>{t('monitor.panel.aanmelden.antwoorden')}</Paragraph>
      <Paragraph>{t('monitor.panel.aanmelden.stoppen')}</Paragraph>
      {klaar ? null : (
        <>
          <ErrorSummary ctx={ctx} errors={errors} />
          <PostForm ctx={ctx} action="/panel/aanmelden">
            <TextField
              name="naam"
              label={t('monitor.panel.naam')}
              value={waarden.naam}
              error={errors.naam}
              autocomplete="name"
              maxLength={200}
            />
            <TextField
              name="email"
              type="email"
              label={t('monitor.panel.email')}
              description={t('monitor.panel.email.uitleg')}
              value={waarden.email}
              error={errors.email}
              autocomplete="email"
              maxLength={320}
            />
            <VinkGroep
              name="toestemming"
              legend={t('monitor.panel.aanmelden.titel')}
              options={[{ value: 'ja', label: t('monitor.panel.toestemming') }]}
              values={waarden.toestemming === 'ja' ? ['ja'] : []}
              error={errors.toestemming}
            />
            <SubmitButton>{t('monitor.panel.meedoen')}</SubmitButton>
          </PostForm>
        </>
      )}
    </Layout>
  );
}

/** Leaving the panel from the link in every mail: one button, then a plain confirmation. */
export function AfmeldenPage({
  ctx,
  code,
  naam,
  staat,
}: {
  ctx: PageContext;
  code: string;
  naam: string | undefined;
  staat: 'vraag' | 'klaar' | 'ongeldig';
}) {
  const { t } = ctx;
  const titel = t('monitor.panel.afmelden.titel');
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {staat === 'klaar' ? (
        <Alert type="ok">
          <Paragraph>{t('monitor.panel.afgemeld')}</Paragraph>
        </Alert>
      ) : staat === 'ongeldig' ? (
        <Alert type="warning">
          <Paragraph>{t('monitor.panel.link-werkt-niet')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('monitor.panel.afmelden.vraag', { naam: naam ?? '' })}</Paragraph>
          <Paragraph>{t('monitor.panel.aanmelden.stoppen')}</Paragraph>
          <PostForm ctx={ctx} action={`/panel/afmelden/${code}`}>
            <SubmitButton>{t('monitor.panel.afmelden.knop')}</SubmitButton>
          </PostForm>
        </>
      )}
    </Layout>
  );
}
