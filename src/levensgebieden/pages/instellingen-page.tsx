import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Paragraph,
  PostForm,
  SubmitButton,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Instelling } from '../queries.js';
import { KeuzeGroep, TerugLink } from './onderdelen.js';

/** The resident decides: do others see her answers before they give their own view? */
export function InstellingenPage({
  ctx,
  dossierId,
  instelling,
  errors = {},
  conflict = false,
}: {
  ctx: PageContext;
  dossierId: string;
  instelling: Instelling;
  errors?: FieldErrors;
  conflict?: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('levensgebieden.instelling.titel')}>
      <TerugLink href={`/dossiers/${dossierId}/levensgebieden`}>{t('levensgebieden.titel')}</TerugLink>
      <Heading level={1}>{t('levensgebieden.instelling.titel')}</Heading>
      <Paragraph lead>{t('levensgebieden.instelling.intro')}</Paragraph>
      {conflict ? (
        <Alert type="error">
          <Paragraph>{t('levensgebieden.fout.conflict')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action={`/dossiers/${dossierId}/levensgebieden/instellingen`}>
        <input type="hidden" name="versie" value={String(instelling.versie)} />
        <KeuzeGroep
          name="anderen_zien_eerst"
          legend={t('levensgebieden.instelling.vraag')}
          options={[
            { value: 'nee', label: t('levensgebieden.instelling.nee') },
            { value: 'ja', label: t('levensgebieden.instelling.ja') },
          ]}
          value={instelling.anderenZienEerst ? 'ja' : 'nee'}
          error={errors.anderen_zien_eerst}
        />
        <SubmitButton>{t('levensgebieden.knop.opslaan')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
