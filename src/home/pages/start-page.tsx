import { AccountKrijgen } from '../../auth/pages/account-krijgen.js';
import { Alert, ButtonLink, Heading, Paragraph, UnorderedList } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

/** What Redzaam is and is not, in B1 Dutch, for someone who has never heard of it. */
export function StartPage({ ctx, gewist = false }: { ctx: PageContext; gewist?: boolean }) {
  const { t } = ctx;
  const title = t('start.titel', { gemeente: ctx.gemeente.naam });
  return (
    <Layout ctx={ctx} title={title}>
      <Heading level={1}>{title}</Heading>
      {gewist ? (
        <Alert type="ok">
          <Paragraph>{t('gegevens.gewist')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('start.intro')}</Paragraph>
      <Heading level={2}>{t('start.wel.kop')}</Heading>
      <UnorderedList items={[t('start.wel.1'), t('start.wel.2'), t('start.wel.3'), t('start.wel.4')]} />
      <Heading level={2}>{t('start.niet.kop')}</Heading>
      <UnorderedList items={[t('start.niet.1'), t('start.niet.2'), t('start.niet.3')]} />
      <div class="utrecht-button-group">
        {ctx.account ? (
          <ButtonLink href="/mijn-overzicht">{t('start.naar-overzicht')}</ButtonLink>
        ) : (
          <ButtonLink href="/inloggen">{t('start.inloggen')}</ButtonLink>
        )}
      </div>
      {ctx.account ? null : <AccountKrijgen ctx={ctx} />}
    </Layout>
  );
}
