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
} from '../../../platform/views/components.js';
import { KeuzeGroep } from '../../../platform/views/keuzes.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import type { Aanmelding } from '../queries.js';

export const AANMELDING_MELDINGEN = ['goedgekeurd', 'geweigerd', 'uitgenodigd'] as const;
export type AanmeldingMelding = (typeof AANMELDING_MELDINGEN)[number];

/**
 * The coordinator's sign-ups page (decision 048): who waits (first name, postcode digits, birth
 * year, what she wants to do), "yes" or "no" for each, and an invitation form.
 */
export function AanmeldingenPage({
  ctx,
  lijst,
  melding,
  fout,
  errors = {},
  waarden = {},
}: {
  ctx: PageContext;
  lijst: Aanmelding[];
  melding?: AanmeldingMelding | undefined;
  fout?: 'al-besloten' | 'al-account' | undefined;
  errors?: FieldErrors;
  waarden?: Record<string, string>;
}) {
  const { t } = ctx;
  const titel = t('samen.buren.lijst.titel');
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`samen.buren.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      {fout ? (
        <Alert type="error">
          <Paragraph>{t(`samen.buren.fout.${fout}`)}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('samen.buren.lijst.intro')}</Paragraph>
      <Paragraph>{t('samen.buren.lijst.vog')}</Paragraph>
      {lijst.length === 0 ? <Paragraph>{t('samen.buren.lijst.geen')}</Paragraph> : null}
      {lijst.map((a) => (
        <div class="samen-aanmelding" key={a.id}>
          {a.gegevens ? (
            <>
              <Heading level={2}>
                {t('samen.buren.lijst.persoon', {
                  voornaam: a.gegevens.voornaam,
                  postcode: a.gegevens.postcode,
                })}
              </Heading>
              <Paragraph>
                {t('samen.buren.lijst.gegevens', {
                  soort: t(`samen.buren.soort.${a.soort}.kort`),
                  geboortejaar: String(a.gegevens.geboortejaar),
                  datum: a.aangemeldOp.toLocaleDateString(ctx.locale),
                })}
              </Paragraph>
            </>
          ) : (
            <Paragraph>{t('samen.buren.lijst.onleesbaar')}</Paragraph>
          )}
          <PostForm ctx={ctx} action={`/samen/coordinatie/aanmeldingen/${a.id}`}>
            {a.gegevens ? (
              <button
                type="submit"
                name="keuze"
                value="ja"
                class="utrecht-button utrecht-button--primary-action"
              >
                {t('samen.buren.goedkeuren', { voornaam: a.gegevens.voornaam })}
              </button>
            ) : null}{' '}
            <button
              type="submit"
              name="keuze"
              value="nee"
              class="utrecht-button utrecht-button--secondary-action"
            >
              {t('samen.buren.weigeren')}
            </button>
          </PostForm>
        </div>
      ))}
      <Heading level={2}>{t('samen.buren.uitnodigen.titel')}</Heading>
      <Paragraph>{t('samen.buren.uitnodigen.uitleg')}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action="/samen/coordinatie/uitnodigen">
        <TextField
          name="voornaam"
          label={t('samen.buren.voornaam')}
          value={waarden.voornaam}
          error={errors.voornaam}
          maxLength={60}
        />
        <TextField
          name="email"
          type="email"
          label={t('samen.buren.email')}
          value={waarden.email}
          error={errors.email}
          maxLength={254}
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
        <SubmitButton>{t('samen.buren.uitnodigen.knop')}</SubmitButton>
      </PostForm>
      <Paragraph>
        <Link href="/samen/coordinatie">{t('samen.buren.terug')}</Link>
      </Paragraph>
    </Layout>
  );
}
