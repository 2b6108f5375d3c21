import { Alert, Heading, Paragraph, PostForm, SubmitButton } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { LinkVraag } from '../afspraak-link.js';

export type LinkUitkomst = 'onbekend' | 'gebruikt' | 'verlopen' | 'afgesproken' | 'afgewezen';

/** The page behind the e-mailed link: the request with yes / no, or why the link does nothing (any more). */
export function LinkPage({
  ctx,
  vraag,
  uitkomst,
  token,
  fout,
}: {
  ctx: PageContext;
  vraag?: LinkVraag;
  uitkomst?: LinkUitkomst;
  token: string;
  fout?: boolean;
}) {
  const { t } = ctx;
  const stand = uitkomst ?? vraag?.stand ?? 'onbekend';
  if (stand === 'afgesproken' || stand === 'afgewezen')
    return (
      <Layout ctx={ctx} title={t('crisiskaart.link.klaar.titel')}>
        <Heading level={1}>{t('crisiskaart.link.klaar.titel')}</Heading>
        <Alert type="ok">
          <Paragraph>{t(`crisiskaart.melding.antwoord.${stand}`)}</Paragraph>
        </Alert>
      </Layout>
    );
  if (stand !== 'open' || !vraag || vraag.stand !== 'open')
    return (
      <Layout ctx={ctx} title={t(`crisiskaart.link.${stand === 'open' ? 'onbekend' : stand}.titel`)}>
        <Heading level={1}>{t(`crisiskaart.link.${stand === 'open' ? 'onbekend' : stand}.titel`)}</Heading>
        <Alert type="warning">
          <Paragraph>{t(`crisiskaart.link.${stand === 'open' ? 'onbekend' : stand}`)}</Paragraph>
        </Alert>
      </Layout>
    );
  const titel = t('crisiskaart.link.titel', { naam: vraag.inwonerNaam });
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {fout ? (
        <Alert type="error">
          <Paragraph>{t('crisiskaart.link.ongeldig')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('crisiskaart.link.vraag', { naam: vraag.inwonerNaam })}</Paragraph>
      <Heading level={2}>{t(`crisiskaart.taak.${vraag.taak}`)}</Heading>
      {vraag.toelichting ? <Paragraph>{vraag.toelichting}</Paragraph> : null}
      <Heading level={2}>{t('crisiskaart.link.vraag.kop')}</Heading>
      <Paragraph>{t('crisiskaart.link.uitleg')}</Paragraph>
      <div class="redzaam-netwerk-besluit">
        <PostForm ctx={ctx} action={`/crisiskaart/afspraak/${encodeURIComponent(token)}`}>
          <input type="hidden" name="antwoord" value="ja" />
          <SubmitButton>{t('crisiskaart.knop.ja')}</SubmitButton>
        </PostForm>
        <PostForm ctx={ctx} action={`/crisiskaart/afspraak/${encodeURIComponent(token)}`}>
          <input type="hidden" name="antwoord" value="nee" />
          <SubmitButton appearance="secondary-action">{t('crisiskaart.knop.nee')}</SubmitButton>
        </PostForm>
      </div>
    </Layout>
  );
}
