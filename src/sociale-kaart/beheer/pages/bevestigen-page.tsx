import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Paragraph,
  PostForm,
  SubmitButton,
  TextArea,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import type { HsdsObject } from '../../hsds.js';
import { DienstWeergave } from './dienst-weergave.js';
import { KeuzeRondjes } from './velden.js';

/**
 * The page an organisation reaches from the e-mailed link, without an account: its entry as it
 * stands and two answers, "klopt" or "er is iets veranderd" with a note for the gemeente.
 */
export function BevestigenPage({
  ctx,
  token,
  dienst,
  values = {},
  errors = {},
}: {
  ctx: PageContext;
  token: string;
  dienst: HsdsObject;
  values?: Record<string, string | undefined>;
  errors?: FieldErrors;
}) {
  const { t } = ctx;
  const titel = t('socialeKaartBeheer.bevestigen.titel', { naam: dienst.name });
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>{t('socialeKaartBeheer.bevestigen.intro', { gemeente: ctx.gemeente.naam })}</Paragraph>
      <DienstWeergave ctx={ctx} dienst={dienst} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action={`/sociale-kaart/bevestigen/${token}`}>
        <KeuzeRondjes
          name="keuze"
          legend={t('socialeKaartBeheer.bevestigen.vraag')}
          value={values.keuze}
          error={errors.keuze}
          options={[
            { value: 'klopt', label: t('socialeKaartBeheer.bevestigen.klopt') },
            { value: 'veranderd', label: t('socialeKaartBeheer.bevestigen.veranderd') },
          ]}
        />
        <TextArea
          name="toelichting"
          label={t('socialeKaartBeheer.bevestigen.toelichting')}
          description={t('socialeKaartBeheer.bevestigen.toelichting.uitleg')}
          value={values.toelichting}
          error={errors.toelichting}
          maxLength={2000}
        />
        <div class="utrecht-button-group">
          <SubmitButton>{t('socialeKaartBeheer.bevestigen.versturen')}</SubmitButton>
        </div>
      </PostForm>
    </Layout>
  );
}

export function BevestigdPage({ ctx, keuze }: { ctx: PageContext; keuze: 'klopt' | 'veranderd' }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('socialeKaartBeheer.bevestigd.titel')}>
      <Heading level={1}>{t('socialeKaartBeheer.bevestigd.titel')}</Heading>
      <Alert type="ok">
        <Paragraph>
          {keuze === 'klopt'
            ? t('socialeKaartBeheer.bevestigd.klopt')
            : t('socialeKaartBeheer.bevestigd.veranderd')}
        </Paragraph>
      </Alert>
    </Layout>
  );
}

/** A link that was used already, expired or never existed: one answer for all three. */
export function LinkWerktNietPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('socialeKaartBeheer.link-ongeldig.titel')}>
      <Heading level={1}>{t('socialeKaartBeheer.link-ongeldig.titel')}</Heading>
      <Paragraph>{t('socialeKaartBeheer.link-ongeldig.tekst', { gemeente: ctx.gemeente.naam })}</Paragraph>
    </Layout>
  );
}
