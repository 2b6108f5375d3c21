import {
  Alert,
  ButtonLink,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { GesprekData } from '../lezen.js';
import { dagTekst } from '../weergave.js';
import { TermijnLijst } from './lijst-page.js';

export const GESPREK_MELDINGEN = ['gemeld', 'bewaard', 'ingediend', 'al-ingediend'] as const;
export type GesprekMelding = (typeof GESPREK_MELDINGEN)[number];

/** One request for help: its deadlines, what is still open, and the way to prepare. */
export function GesprekPage({
  ctx,
  data,
  melding,
}: {
  ctx: PageContext;
  data: GesprekData;
  melding?: GesprekMelding | undefined;
}) {
  const { t, locale } = ctx;
  const g = data.gesprek;
  const basis = `/dossiers/${data.dossierId}/gesprekken`;
  const titel = t('gesprekken.gesprek.kop', { datum: dagTekst(g.gemeldOp, locale) });
  const open = [
    ...(g.voorbereid ? [] : [t('gesprekken.open.voorbereiding')]),
    ...(g.planIngediendOp ? [] : [t('gesprekken.open.plan')]),
    ...(g.verslagen.length > 0 && !g.definitief ? [t('gesprekken.open.verslag')] : []),
  ];
  return (
    <Layout ctx={ctx} title={titel}>
      <Paragraph>
        <Link href={basis}>{t('gesprekken.terug')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`gesprekken.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      <Heading level={2}>{t('gesprekken.termijnen.kop')}</Heading>
      <TermijnLijst ctx={ctx} gesprek={g} />
      <Heading level={2}>{t('gesprekken.open.kop')}</Heading>
      {open.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {open.map((o) => (
            <li class="utrecht-unordered-list__item" key={o}>
              {o}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('gesprekken.open.niets')}</Paragraph>
      )}
      {data.kanVoorbereiden ? (
        <Paragraph>
          <ButtonLink href={`${basis}/${g.id}/voorbereiding`}>
            {g.voorbereid ? t('gesprekken.voorbereiden.wijzig') : t('gesprekken.voorbereiden.link')}
          </ButtonLink>
        </Paragraph>
      ) : null}
      <Paragraph>
        <Link href={`${basis}/${g.id}/persoonlijk-plan`}>{t('gesprekken.plan.link')}</Link>
      </Paragraph>
      {g.planIngediendOp ? (
        <Paragraph>
          {t('gesprekken.plan.ingediend-op', { datum: dagTekst(g.planIngediendOp, locale) })}
        </Paragraph>
      ) : data.kanMelden ? (
        <PostForm ctx={ctx} action={`${basis}/${g.id}/persoonlijk-plan/ingediend`}>
          <SubmitButton appearance="secondary-action">{t('gesprekken.plan.indienen')}</SubmitButton>
        </PostForm>
      ) : null}
      <Heading level={2}>{t('gesprekken.gesprek.verslag.kop')}</Heading>
      <Paragraph>
        <strong
          data-verslag={
            g.definitief ? (g.definitief.besluit ?? 'akkoord') : g.verslagen.length > 0 ? 'open' : 'geen'
          }
        >
          {g.definitief
            ? t(`gesprekken.verslag.status.${g.definitief.besluit ?? 'akkoord'}`, { naam: data.inwonerNaam })
            : g.verslagen.length > 0
              ? t('gesprekken.verslag.status.open', {
                  nummer: g.verslagen.at(-1)?.nummer ?? 1,
                  naam: data.inwonerNaam,
                })
              : t('gesprekken.verslag.geen')}
        </strong>
      </Paragraph>
      {data.kanVoeren ? (
        <Paragraph>
          <ButtonLink href={`${basis}/${g.id}/gesprek`} appearance="secondary-action">
            {t('gesprekken.voeren.link')}
          </ButtonLink>
        </Paragraph>
      ) : null}
      {g.verslagen.length > 0 ? (
        <Paragraph>
          <Link href={`${basis}/${g.id}/verslag`}>{t('gesprekken.verslag.link')}</Link>
        </Paragraph>
      ) : null}
      <Paragraph>
        {t('gesprekken.beraad.link.uitleg')}{' '}
        <Link href={`${basis}/${g.id}/netwerkberaad`}>{t('gesprekken.beraad.link')}</Link>
      </Paragraph>
    </Layout>
  );
}
