import type { VNode } from 'preact';
import { Heading, Paragraph } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Overzicht } from '../beoordelen.js';
import { type Gebied, gebiedNaam, gebiedUitleg } from '../catalogus.js';
import { GebiedIcoon } from '../iconen.js';
import { AntwoordDetails, TerugLink, wieEnWanneer } from './onderdelen.js';

/** One domain over time: every completed assessment's answers, newest first, with the chart. */
export function HistoriePage({
  ctx,
  data,
  gebied,
  grafiek,
}: {
  ctx: PageContext;
  data: Overzicht;
  gebied: Gebied;
  grafiek?: VNode | null;
}) {
  const { t } = ctx;
  const naam = gebiedNaam(gebied, t);
  const titel = t('levensgebieden.historie.titel', { gebied: naam });
  const alles = [...data.eigen, ...data.anderen].sort(
    (a, b) => (b.afgerondAt?.getTime() ?? 0) - (a.afgerondAt?.getTime() ?? 0),
  );
  return (
    <Layout ctx={ctx} title={titel}>
      <TerugLink href={`/dossiers/${data.dossierId}/levensgebieden`}>
        {data.eigenaar
          ? t('levensgebieden.titel')
          : t('levensgebieden.titel.ander', { naam: data.inwonerNaam })}
      </TerugLink>
      <Heading level={1}>
        <GebiedIcoon icoon={gebied.icoon} /> {titel}
      </Heading>
      {gebiedUitleg(gebied, t) ? <Paragraph lead>{gebiedUitleg(gebied, t)}</Paragraph> : null}
      {grafiek ?? null}
      <Heading level={2}>{t('levensgebieden.historie.antwoorden')}</Heading>
      {alles.length === 0 ? <Paragraph>{t('levensgebieden.historie.leeg')}</Paragraph> : null}
      {alles.map((b) => (
        <section key={b.id} aria-labelledby={`b-${b.id}`} class="redzaam-card">
          <Heading level={3} id={`b-${b.id}`}>
            {b.perspectief === 'eigen'
              ? t('levensgebieden.historie.eigen', { wie: wieEnWanneer(b, ctx) })
              : t('levensgebieden.historie.ander', { wie: wieEnWanneer(b, ctx) })}
          </Heading>
          <AntwoordDetails antwoord={b.antwoorden[gebied.code]} t={t} />
        </section>
      ))}
    </Layout>
  );
}
