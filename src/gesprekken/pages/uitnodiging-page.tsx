import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Paragraph,
  PostForm,
  SubmitButton,
  TextArea,
} from '../../platform/views/components.js';
import { KeuzeGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Uitnodiging } from '../beraad-link.js';
import { MAX_TEKST, type Waarden } from '../forms.js';
import { dagTekst, gebiedNaam } from '../weergave.js';

export type UitnodigingStand = 'onbekend' | 'gesloten' | 'komt' | 'komt-niet';

/**
 * The page behind the e-mailed invitation to a netwerkberaad, without an account: her name, the
 * day and the topics, and the answer (coming or not, what they can offer); or why the link does
 * nothing (any more).
 */
export function UitnodigingPage({
  ctx,
  uitnodiging,
  uitkomst,
  token,
  waarden = {},
  errors = {},
}: {
  ctx: PageContext;
  uitnodiging?: Uitnodiging;
  uitkomst?: UitnodigingStand;
  token: string;
  waarden?: Waarden;
  errors?: FieldErrors;
}) {
  const { t, locale } = ctx;
  const stand = uitkomst ?? uitnodiging?.stand ?? 'onbekend';
  if (stand !== 'open' || !uitnodiging || uitnodiging.stand !== 'open') {
    const klaar = stand === 'komt' || stand === 'komt-niet';
    const sleutel = stand === 'open' ? 'onbekend' : stand;
    return (
      <Layout ctx={ctx} title={t(`gesprekken.uitnodiging.${sleutel}.titel`)}>
        <Heading level={1}>{t(`gesprekken.uitnodiging.${sleutel}.titel`)}</Heading>
        <Alert type={klaar ? 'ok' : 'warning'}>
          <Paragraph>{t(`gesprekken.uitnodiging.${sleutel}`)}</Paragraph>
        </Alert>
      </Layout>
    );
  }
  const u = uitnodiging;
  const titel = t('gesprekken.uitnodiging.titel', { naam: u.inwonerNaam });
  const w = (naam: string, standaard: string) =>
    typeof waarden[naam] === 'string' ? (waarden[naam] as string) : standaard;
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>
        {t('gesprekken.uitnodiging.intro', {
          naam: u.naam,
          inwoner: u.inwonerNaam,
          datum: dagTekst(u.datum, locale),
        })}
      </Paragraph>
      <Heading level={2}>{t('gesprekken.beraad.agenda.kop')}</Heading>
      <ul class="utrecht-unordered-list">
        {u.agenda.map((g) => (
          <li class="utrecht-unordered-list__item" key={g.code}>
            {gebiedNaam(u.agenda, g.code, t)}
          </li>
        ))}
      </ul>
      <Paragraph>{t('gesprekken.uitnodiging.eigen-tijd')}</Paragraph>
      <Heading level={2}>{t('gesprekken.uitnodiging.antwoord.kop')}</Heading>
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action={`/netwerkberaad/${encodeURIComponent(token)}`}>
        <KeuzeGroep
          name="antwoord"
          legend={t('gesprekken.uitnodiging.antwoord.vraag')}
          options={[
            { value: 'komt', label: t('gesprekken.uitnodiging.antwoord.komt') },
            { value: 'komt-niet', label: t('gesprekken.uitnodiging.antwoord.komt-niet') },
          ]}
          value={w('antwoord', u.antwoord ?? '')}
          error={errors.antwoord}
        />
        <TextArea
          name="aanbod"
          label={t('gesprekken.uitnodiging.aanbod')}
          description={t('gesprekken.uitnodiging.aanbod.uitleg', { naam: u.inwonerNaam })}
          value={w('aanbod', u.aanbod)}
          maxLength={MAX_TEKST}
          error={errors.aanbod}
        />
        <SubmitButton>{t('gesprekken.uitnodiging.knop')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
