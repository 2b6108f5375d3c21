import { formatDate } from '../../platform/dates.js';
import { Alert, Heading, Paragraph, PostForm, SubmitButton } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { VoorstellenData } from '../lezen.js';
import { PersoonRegels, TerugLink } from './onderdelen.js';

/** The proposals: the resident accepts or declines each open one; a grantee sees their own. */
export function VoorstellenPage({
  ctx,
  data,
  kanNiet,
}: {
  ctx: PageContext;
  data: VoorstellenData;
  kanNiet?: { id: string; reden: 'verouderd' | 'vol' | 'dubbel' } | undefined;
}) {
  const { t } = ctx;
  const basis = `/dossiers/${data.dossierId}/netwerk`;
  return (
    <Layout ctx={ctx} title={t('netwerk.voorstellen.titel')}>
      <TerugLink href={basis}>{t('netwerk.terug')}</TerugLink>
      <Heading level={1}>{t('netwerk.voorstellen.titel')}</Heading>
      <Paragraph lead>
        {data.eigenaar
          ? t('netwerk.voorstellen.intro')
          : t('netwerk.voorstellen.intro.ander', { naam: data.inwonerNaam })}
      </Paragraph>
      {data.voorstellen.length === 0 ? <Paragraph>{t('netwerk.voorstellen.leeg')}</Paragraph> : null}
      <ul class="redzaam-netwerk-kaartjes">
        {data.voorstellen.map((v) => {
          const kopId = `voorstel-${v.id}`;
          return (
            <li class="redzaam-netwerk-kaartje" key={v.id}>
              <article aria-labelledby={kopId}>
                <Heading level={2} id={kopId}>
                  {t(v.soort === 'nieuw' ? 'netwerk.voorstel.nieuw' : 'netwerk.voorstel.wijzig', {
                    auteur: v.auteurNaam,
                    naam: v.naam,
                  })}
                </Heading>
                <Paragraph>
                  {formatDate(v.createdAt, ctx.locale)}: {t(`netwerk.voorstel.status.${v.status}`)}
                </Paragraph>
                <ul class="utrecht-unordered-list">
                  <PersoonRegels z={v.kaart} gebieden={data.gebieden} t={t} />
                </ul>
                {kanNiet?.id === v.id ? (
                  <Alert type="error">
                    <Paragraph>{t(`netwerk.fout.voorstel.${kanNiet.reden}`)}</Paragraph>
                  </Alert>
                ) : null}
                {data.eigenaar && v.status === 'open' ? (
                  <div class="redzaam-netwerk-besluit">
                    <PostForm ctx={ctx} action={`${basis}/voorstellen/${v.id}`}>
                      <input type="hidden" name="besluit" value="aanvaarden" />
                      <SubmitButton>{t('netwerk.knop.aanvaarden')}</SubmitButton>
                    </PostForm>
                    <PostForm ctx={ctx} action={`${basis}/voorstellen/${v.id}`}>
                      <input type="hidden" name="besluit" value="afwijzen" />
                      <SubmitButton appearance="secondary-action">{t('netwerk.knop.afwijzen')}</SubmitButton>
                    </PostForm>
                  </div>
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}
