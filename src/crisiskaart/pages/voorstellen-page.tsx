import { formatDate } from '../../platform/dates.js';
import { Heading, Paragraph, PostForm, SubmitButton } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { VoorstellenData } from '../lezen.js';
import { Delen, TerugLink } from './onderdelen.js';

/** The proposals: the resident accepts or declines each open one; a grantee sees their own. */
export function VoorstellenPage({ ctx, data }: { ctx: PageContext; data: VoorstellenData }) {
  const { t } = ctx;
  const basis = `/dossiers/${data.dossierId}/crisiskaart`;
  return (
    <Layout ctx={ctx} title={t('crisiskaart.voorstellen.titel')}>
      <TerugLink href={basis}>{t('crisiskaart.link.kaart')}</TerugLink>
      <Heading level={1}>{t('crisiskaart.voorstellen.titel')}</Heading>
      <Paragraph lead>
        {data.eigenaar
          ? t('crisiskaart.voorstellen.intro')
          : t('crisiskaart.voorstellen.intro.ander', { naam: data.inwonerNaam })}
      </Paragraph>
      {data.voorstellen.length === 0 ? <Paragraph>{t('crisiskaart.voorstellen.leeg')}</Paragraph> : null}
      <ul class="redzaam-netwerk-kaartjes">
        {data.voorstellen.map((v) => (
          <li class="redzaam-netwerk-kaartje" key={v.id}>
            <article aria-labelledby={`voorstel-${v.id}`}>
              <Heading level={2} id={`voorstel-${v.id}`}>
                {t('crisiskaart.voorstel.kop', { auteur: v.auteurNaam })}
              </Heading>
              <Paragraph>
                {formatDate(v.createdAt, ctx.locale)}: {t(`crisiskaart.voorstel.status.${v.status}`)}
              </Paragraph>
              <Delen delen={v.delen} t={t} niveau={3} metKaartLabel />
              {data.eigenaar && v.status === 'open' ? (
                <div class="redzaam-netwerk-besluit">
                  <PostForm ctx={ctx} action={`${basis}/voorstellen/${v.id}`}>
                    <input type="hidden" name="besluit" value="aanvaarden" />
                    <SubmitButton>{t('crisiskaart.knop.aanvaarden')}</SubmitButton>
                  </PostForm>
                  <PostForm ctx={ctx} action={`${basis}/voorstellen/${v.id}`}>
                    <input type="hidden" name="besluit" value="afwijzen" />
                    <SubmitButton appearance="secondary-action">
                      {t('crisiskaart.knop.afwijzen')}
                    </SubmitButton>
                  </PostForm>
                </div>
              ) : null}
            </article>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
