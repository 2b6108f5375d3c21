import { Heading, Paragraph } from '../../platform/views/components.js';
import type { PageContext } from '../../platform/views/page-context.js';

/** How a resident (or someone invited) gets an account: said on the start page and the login page. */
export function AccountKrijgen({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="account-krijgen">
      <Heading level={2} id="account-krijgen">
        {t('account.krijgen.kop')}
      </Heading>
      <Paragraph>{t('account.krijgen.inwoner', { gemeente: ctx.gemeente.naam })}</Paragraph>
      <Paragraph>{t('account.krijgen.uitgenodigd')}</Paragraph>
    </section>
  );
}
