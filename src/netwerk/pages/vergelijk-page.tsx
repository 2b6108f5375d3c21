import { formatDate, formatTime } from '../../platform/dates.js';
import { Heading, Paragraph, SelectField } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { NetwerkVergelijking } from '../kaart/index.js';
import type { VergelijkData } from '../lezen.js';
import { TerugLink } from './onderdelen.js';

/** Now beside an earlier version of the map: a GET form to choose the date, then both pictures and the changes. */
export function VergelijkPage({ ctx, data }: { ctx: PageContext; data: VergelijkData }) {
  const { t } = ctx;
  const basis = `/dossiers/${data.dossierId}/netwerk`;
  const wanneer = (op: Date) => `${formatDate(op, ctx.locale)} ${formatTime(op, ctx.locale)}`;
  return (
    <Layout ctx={ctx} title={t('netwerk.vergelijk.titel')}>
      <TerugLink href={basis}>{t('netwerk.terug')}</TerugLink>
      <Heading level={1}>{t('netwerk.vergelijk.titel')}</Heading>
      <Paragraph lead>{t('netwerk.vergelijk.intro')}</Paragraph>
      {data.gekozen ? (
        <>
          <form method="get" action={`${basis}/vergelijk`} class="utrecht-form">
            <SelectField
              name="versie"
              label={t('netwerk.vergelijk.veld')}
              value={data.gekozen.id}
              options={[...data.versies].reverse().map((v) => ({ value: v.id, label: wanneer(v.op) }))}
            />
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              {t('netwerk.knop.vergelijken')}
            </button>
          </form>
          <NetwerkVergelijking
            id="vergelijking"
            ik={data.inwonerNaam}
            toen={data.toen.map((z) => z.kaart)}
            nu={data.nu.map((z) => z.kaart)}
            toenDatum={data.gekozen.op}
            t={t}
          />
        </>
      ) : (
        <Paragraph>{t('netwerk.vergelijk.leeg')}</Paragraph>
      )}
    </Layout>
  );
}
