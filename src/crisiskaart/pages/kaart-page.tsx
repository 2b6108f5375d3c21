import { formatDate, formatTime } from '../../platform/dates.js';
import { Begrip } from '../../platform/views/begrip.js';
import {
  Alert,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
  UnorderedList,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { KaartData } from '../lezen.js';
import { Delen } from './onderdelen.js';

export const KAART_MELDINGEN = [
  'bewaard',
  'voorgesteld',
  'gecontroleerd',
  'aanvaard',
  'afgewezen',
  'verouderd',
  'al-besloten',
] as const;
export type KaartMelding = (typeof KAART_MELDINGEN)[number];

/** The card's title: her own calm name, else the default. */
export function kaartTitel(
  data: { eigenaar: boolean; naam: string; inwonerNaam: string },
  t: PageContext['t'],
) {
  if (data.eigenaar) return data.naam || t('crisiskaart.standaardnaam');
  // Others (a professional in an emergency above all) must see at once whose card this is;
  // her calm name is written for herself ("Mijn rustkaart"), so it is not their heading.
  return t('crisiskaart.titel.ander', { naam: data.inwonerNaam });
}

/**
 * The phone page: exactly what is on the card, large and calm. Under emergency access a
 * professional sees this and nothing else (no links to the plan or the editor).
 */
export function KaartPage({
  ctx,
  data,
  melding,
}: {
  ctx: PageContext;
  data: KaartData;
  melding?: KaartMelding | undefined;
}) {
  const { t } = ctx;
  const basis = `/dossiers/${data.dossierId}/crisiskaart`;
  const titel = kaartTitel(data, t);
  const nood = data.noodtoegangTot !== null;
  return (
    <Layout ctx={ctx} title={titel}>
      <div class="redzaam-crisiskaart">
        <Heading level={1}>{titel}</Heading>
        <Begrip t={t} code="crisiskaart" woord="Crisiskaart" />
        {nood && data.noodtoegangTot ? (
          <Alert type="warning">
            <Heading level={2}>{t('crisiskaart.nood.kop')}</Heading>
            <Paragraph>
              {t('crisiskaart.nood.tekst', {
                tijd: formatTime(data.noodtoegangTot, ctx.locale),
                naam: data.inwonerNaam,
              })}
            </Paragraph>
          </Alert>
        ) : null}
        {melding ? (
          <Alert type={melding === 'verouderd' || melding === 'al-besloten' ? 'warning' : 'ok'}>
            <Paragraph>{t(`crisiskaart.melding.${melding}`, { naam: data.inwonerNaam })}</Paragraph>
          </Alert>
        ) : null}
        {data.eigenaar && data.hercontrole ? (
          <Alert type="info">
            <Heading level={2}>{t('crisiskaart.hercontrole.kop')}</Heading>
            <Paragraph>{t('crisiskaart.hercontrole.tekst')}</Paragraph>
            <PostForm ctx={ctx} action={`${basis}/gecontroleerd`}>
              <input type="hidden" name="versie" value={String(data.versie)} />
              <SubmitButton>{t('crisiskaart.hercontrole.knop')}</SubmitButton>
            </PostForm>
          </Alert>
        ) : null}
        {!nood ? (
          <Paragraph lead>
            {data.eigenaar
              ? t('crisiskaart.intro')
              : t('crisiskaart.intro.ander', { naam: data.inwonerNaam })}
          </Paragraph>
        ) : null}
        {data.delen.length === 0 && data.afspraken.length === 0 ? (
          <Paragraph>{t(data.eigenaar ? 'crisiskaart.leeg.eigen' : 'crisiskaart.leeg')}</Paragraph>
        ) : null}
        <Delen delen={data.delen} t={t} />
        {data.waarschuwen.length > 0 ? (
          <section aria-labelledby="waarschuwen">
            <Heading level={2} id="waarschuwen">
              {t('crisiskaart.waarschuwen.kop')}
            </Heading>
            <UnorderedList items={data.waarschuwen} />
          </section>
        ) : null}
        {data.afspraken.length > 0 ? (
          <section aria-labelledby="afspraken">
            <Heading level={2} id="afspraken">
              {t('crisiskaart.afspraken.kop')}
            </Heading>
            <UnorderedList
              items={data.afspraken.map((a) =>
                t('crisiskaart.afspraak.regel', { taak: t(`crisiskaart.taak.${a.taak}`), wie: a.wie }),
              )}
            />
          </section>
        ) : null}
        {data.gemaaktOp && data.gecontroleerdOp ? (
          <Paragraph>
            {t('crisiskaart.gemaakt', { datum: formatDate(data.gemaaktOp, ctx.locale) })}.{' '}
            {t('crisiskaart.gecontroleerd', { datum: formatDate(data.gecontroleerdOp, ctx.locale) })}.
          </Paragraph>
        ) : null}
        {data.eigenaar && data.hercontroleOp && !data.hercontrole ? (
          <Paragraph>
            {t('crisiskaart.hercontrole.wanneer', { datum: formatDate(data.hercontroleOp, ctx.locale) })}
          </Paragraph>
        ) : null}
        {!nood ? (
          <ul class="utrecht-link-list redzaam-link-list">
            {data.kanVoorstellen ? (
              <li>
                <Link href={`${basis}/bewerken`}>
                  {t(data.kanBewerken ? 'crisiskaart.link.bewerken' : 'crisiskaart.link.voorstellen')}
                </Link>
              </li>
            ) : null}
            {data.bestaat ? (
              <li>
                <Link href={`${basis}/kaartje.pdf`}>{t('crisiskaart.link.pdf')}</Link>{' '}
                {t('crisiskaart.pdf.vouw')}
              </li>
            ) : null}
            <li>
              <Link href={`${basis}/plan`}>{t('crisiskaart.link.plan')}</Link>
            </li>
            {data.eigenaar && data.openVoorstellen > 0 ? (
              <li>
                <Link href={`${basis}/voorstellen`}>
                  {t('crisiskaart.link.voorstellen.lijst', { aantal: data.openVoorstellen })}
                </Link>
              </li>
            ) : null}
          </ul>
        ) : null}
      </div>
    </Layout>
  );
}
