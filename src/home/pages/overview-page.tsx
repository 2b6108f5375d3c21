import type { MessageKey } from '../../platform/i18n/i18n.js';
import { Heading, Paragraph } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

const INTRO: Record<string, MessageKey> = {
  inwoner: 'overzicht.inwoner.intro',
  naaste: 'overzicht.naaste.intro',
  professional: 'overzicht.professional.intro',
  beheerder: 'overzicht.beheerder.intro',
  analist: 'overzicht.analist.intro',
};

/** "Mijn overzicht": the first page after login, one per role. Later capabilities add their panels. */
export function OverviewPage({
  ctx,
  naam,
  rol,
  organisatie,
}: {
  ctx: PageContext;
  naam: string;
  rol: string;
  organisatie: string | null;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('overzicht.titel')}>
      <Heading level={1}>{t('overzicht.titel')}</Heading>
      <Paragraph lead>{t('overzicht.welkom', { naam })}</Paragraph>
      <Paragraph>{t(INTRO[rol] ?? 'overzicht.nog-leeg', { gemeente: ctx.gemeente.naam })}</Paragraph>
      {organisatie ? <Paragraph>{t('overzicht.professional.organisatie', { organisatie })}</Paragraph> : null}
    </Layout>
  );
}
