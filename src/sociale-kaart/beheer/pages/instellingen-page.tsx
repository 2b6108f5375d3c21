import {
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import { InvoerVeld } from './velden.js';

/** How many months an entry may go unchecked before it shows on the "not checked" list. */
export function InstellingenPage({
  ctx,
  waarde,
  errors = {},
}: {
  ctx: PageContext;
  waarde: string;
  errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('socialeKaartBeheer.instellingen.titel')}>
      <Paragraph>
        <Link href="/beheer/sociale-kaart">{t('socialeKaartBeheer.terug')}</Link>
      </Paragraph>
      <Heading level={1}>{t('socialeKaartBeheer.instellingen.titel')}</Heading>
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action="/beheer/sociale-kaart/instellingen">
        <InvoerVeld
          name="controle_maanden"
          type="number"
          inputMode="numeric"
          label={t('socialeKaartBeheer.instellingen.maanden')}
          description={t('socialeKaartBeheer.instellingen.maanden.uitleg')}
          value={waarde}
          error={errors.controle_maanden}
          size={4}
        />
        <div class="utrecht-button-group">
          <SubmitButton>{t('socialeKaartBeheer.instellingen.opslaan')}</SubmitButton>
        </div>
      </PostForm>
    </Layout>
  );
}
