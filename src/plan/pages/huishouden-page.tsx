import { formatDate } from '../../platform/dates.js';
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
import { VinkGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { HuishoudenStand } from '../huishouden.js';
import { toonKoppelcode } from '../rules.js';

export const HUISHOUDEN_MELDINGEN = ['gekoppeld', 'gestopt'] as const;
export type HuishoudenMelding = (typeof HUISHOUDEN_MELDINGEN)[number];

/**
 * Her household (issue 11 item 4): with whom her plan is linked, the code to give a housemate,
 * entering a housemate's code with her consent, and ending the link. The resident's alone.
 */
export function HuishoudenPage({
  ctx,
  stand,
  melding,
  nieuweCode,
  errors = {},
  waarden = { code: '' },
}: {
  ctx: PageContext;
  stand: HuishoudenStand;
  melding?: HuishoudenMelding | undefined;
  /** The code just made: shown this once (only its hash is kept) */
  nieuweCode?: { code: string; tot: Date } | undefined;
  errors?: FieldErrors;
  waarden?: { code: string };
}) {
  const { t, locale } = ctx;
  const basis = `/dossiers/${stand.dossierId}/plan/huishouden`;
  return (
    <Layout ctx={ctx} title={t('plan.huishouden.titel')}>
      <Heading level={1}>{t('plan.huishouden.titel')}</Heading>
      <ErrorSummary ctx={ctx} errors={errors} />
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`plan.huishouden.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('plan.huishouden.intro')}</Paragraph>
      <Paragraph>{t('plan.huishouden.privacy')}</Paragraph>
      <section aria-labelledby="nu">
        <Heading level={2} id="nu">
          {t('plan.huishouden.nu.kop')}
        </Heading>
        {stand.anderen.length === 0 ? (
          <Paragraph>{t('plan.huishouden.nu.geen')}</Paragraph>
        ) : (
          <>
            <ul class="utrecht-unordered-list">
              {stand.anderen.map((a) => (
                <li key={`${a.naam}-${a.sinds.toISOString()}`}>
                  {t('plan.huishouden.nu.lid', { naam: a.naam, datum: formatDate(a.sinds, locale) })}
                </li>
              ))}
            </ul>
            <PostForm ctx={ctx} action={`${basis}/stoppen`}>
              <Paragraph>{t('plan.huishouden.stoppen.uitleg')}</Paragraph>
              <SubmitButton appearance="secondary-action">{t('plan.huishouden.stoppen.knop')}</SubmitButton>
            </PostForm>
          </>
        )}
      </section>
      <section aria-labelledby="code-geven">
        <Heading level={2} id="code-geven">
          {t('plan.huishouden.code.kop')}
        </Heading>
        <Paragraph>{t('plan.huishouden.code.uitleg')}</Paragraph>
        {nieuweCode ? (
          <Alert type="info">
            <Paragraph>
              {t('plan.huishouden.code.nieuw', { datum: formatDate(nieuweCode.tot, locale) })}{' '}
              <strong data-koppelcode>{toonKoppelcode(nieuweCode.code)}</strong>
            </Paragraph>
          </Alert>
        ) : stand.codeTot ? (
          <Paragraph>
            {t('plan.huishouden.code.open', { datum: formatDate(stand.codeTot, locale) })}
          </Paragraph>
        ) : null}
        <PostForm ctx={ctx} action={`${basis}/code`}>
          <SubmitButton appearance="secondary-action">{t('plan.huishouden.code.knop')}</SubmitButton>
        </PostForm>
      </section>
      <section aria-labelledby="code-invullen">
        <Heading level={2} id="code-invullen">
          {t('plan.huishouden.koppel.kop')}
        </Heading>
        <PostForm ctx={ctx} action={`${basis}/koppelen`}>
          <TextField
            name="code"
            label={t('plan.huishouden.koppel.code')}
            description={t('plan.huishouden.koppel.code.uitleg')}
            value={waarden.code}
            error={errors.code}
            autocomplete="off"
            maxLength={40}
          />
          <VinkGroep
            name="akkoord"
            legend={t('plan.huishouden.koppel.akkoord.kop')}
            description={t('plan.huishouden.koppel.akkoord.uitleg')}
            options={[{ value: '1', label: t('plan.huishouden.koppel.akkoord') }]}
            values={[]}
            error={errors.akkoord}
          />
          <SubmitButton>{t('plan.huishouden.koppel.knop')}</SubmitButton>
        </PostForm>
      </section>
      <Paragraph>
        <Link href={`/dossiers/${stand.dossierId}/plan`}>{t('plan.terug')}</Link>
      </Paragraph>
    </Layout>
  );
}
