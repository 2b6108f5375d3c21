import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Paragraph,
  PostForm,
  SelectField,
  SubmitButton,
  TextField,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Niveau } from '../rules.js';
import type { SectieDefinitie } from '../secties.js';
import { NiveauVelden } from './niveau-velden.js';

export function VertegenwoordigingPage({
  ctx,
  secties,
  values = {},
  niveaus = {},
  errors = {},
  opgeslagen = false,
}: {
  ctx: PageContext;
  secties: SectieDefinitie[];
  values?: Record<string, string | undefined>;
  niveaus?: Partial<Record<string, Niveau>>;
  errors?: FieldErrors;
  opgeslagen?: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('vertegenwoordiging.titel')}>
      <Heading level={1}>{t('vertegenwoordiging.titel')}</Heading>
      {opgeslagen ? (
        <Alert type="ok">
          <Paragraph>{t('vertegenwoordiging.opgeslagen')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('vertegenwoordiging.intro')}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action="/beheer/vertegenwoordiging">
        <TextField
          name="inwoner"
          type="email"
          label={t('vertegenwoordiging.inwoner')}
          value={values.inwoner}
          error={errors.inwoner}
          maxLength={254}
        />
        <TextField
          name="vertegenwoordiger"
          type="email"
          label={t('vertegenwoordiging.vertegenwoordiger')}
          value={values.vertegenwoordiger}
          error={errors.vertegenwoordiger}
          maxLength={254}
        />
        <SelectField
          name="grondslag"
          label={t('vertegenwoordiging.soort')}
          value={values.grondslag ?? 'bewindvoering'}
          error={errors.grondslag}
          options={(['bewindvoering', 'mentorschap', 'curatele'] as const).map((g) => ({
            value: g,
            label: t(`grondslag.${g}`),
          }))}
        />
        <TextField
          name="kenmerk"
          label={t('vertegenwoordiging.kenmerk')}
          value={values.kenmerk}
          error={errors.kenmerk}
          maxLength={80}
        />
        <TextField
          name="eindigt_op"
          type="date"
          label={t('vertegenwoordiging.eindigt')}
          value={values.eindigt_op}
          error={errors.eindigt_op}
        />
        <NiveauVelden
          ctx={ctx}
          secties={secties}
          waarden={niveaus}
          legend={t('vertegenwoordiging.secties')}
          error={errors.niveaus}
        />
        <SubmitButton>{t('vertegenwoordiging.knop')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
