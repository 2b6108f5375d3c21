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

/** Download everything (AVG art. 15) or erase everything (art. 17). */
export function GegevensPage({
  ctx,
  dossierId,
  errors = {},
}: {
  ctx: PageContext;
  dossierId: string;
  errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('gegevens.titel')}>
      <Heading level={1}>{t('gegevens.titel')}</Heading>
      <Heading level={2}>{t('gegevens.download.kop')}</Heading>
      <Paragraph>{t('gegevens.download.tekst')}</Paragraph>
      <a
        class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
        href={`/dossiers/${dossierId}/gegevens.json`}
        download="redzaam-gegevens.json"
      >
        {t('gegevens.download.knop')}
      </a>
      <Paragraph>{t('gegevens.download.fhir.tekst')}</Paragraph>
      <Paragraph>
        <a
          class="utrecht-link"
          href={`/dossiers/${dossierId}/gegevens.fhir.json`}
          download="redzaam-gegevens-fhir.json"
        >
          {t('gegevens.download.fhir.knop')}
        </a>
      </Paragraph>
      <Heading level={2}>{t('gegevens.alles.kop')}</Heading>
      <Paragraph>{t('gegevens.alles.tekst')}</Paragraph>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={`/dossiers/${dossierId}/gegevens/alles`}>
            {t('gegevens.alles.bekijk')}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a
            class="utrecht-link"
            href={`/dossiers/${dossierId}/gegevens/alles.pdf`}
            download="redzaam-alles.pdf"
          >
            {t('gegevens.alles.pdf')}
          </a>
        </li>
      </ul>
      <Heading level={2}>{t('gegevens.overzicht.kop')}</Heading>
      <Paragraph>{t('gegevens.overzicht.tekst')}</Paragraph>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={`/dossiers/${dossierId}/gegevens/overzicht`}>
            {t('gegevens.overzicht.bekijk')}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a
            class="utrecht-link"
            href={`/dossiers/${dossierId}/gegevens.pdf`}
            download="redzaam-overzicht.pdf"
          >
            {t('gegevens.overzicht.pdf')}
          </a>
        </li>
      </ul>
      <Heading level={2} id="wissen">
        {t('gegevens.wissen.kop')}
      </Heading>
      <Paragraph>{t('gegevens.wissen.tekst')}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action={`/dossiers/${dossierId}/gegevens/wissen`}>
        <TextField
          name="wachtwoord"
          type="password"
          label={t('gegevens.wissen.wachtwoord')}
          error={errors.wachtwoord}
          autocomplete="current-password"
          maxLength={128}
        />
        <div
          class={`utrecht-form-field utrecht-form-field--checkbox${errors.zeker ? ' utrecht-form-field--invalid' : ''}`}
        >
          {errors.zeker ? (
            <div class="utrecht-form-field-error-message" id="veld-zeker-fout">
              {errors.zeker}
            </div>
          ) : null}
          <input
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id="veld-zeker"
            name="zeker"
            value="ja"
            aria-invalid={errors.zeker ? 'true' : undefined}
            aria-describedby={errors.zeker ? 'veld-zeker-fout' : undefined}
          />{' '}
          <label class="utrecht-form-label utrecht-form-label--checkbox" for="veld-zeker">
            {t('gegevens.wissen.zeker')}
          </label>
        </div>
        <button type="submit" class="utrecht-button utrecht-button--warning">
          {t('gegevens.wissen.knop')}
        </button>
      </PostForm>
    </Layout>
  );
}

/**
 * A resident whose record was not made yet (her account came from outside the app): an
 * honest empty state, and a button (a POST) to start. Nothing is made by looking.
 */
export function NogGeenDossierPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('eigen.leeg.titel')}>
      <Heading level={1}>{t('eigen.leeg.titel')}</Heading>
      <Paragraph>{t('eigen.leeg.tekst')}</Paragraph>
      <PostForm ctx={ctx} action="/mijn-gegevens">
        <SubmitButton>{t('eigen.leeg.knop')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
