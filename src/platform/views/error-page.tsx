import { ERRORS, type ErrorCode } from '../http/errors.js';
import { ButtonLink, Heading, Paragraph } from './components.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';

/** The page for every error: what happened and what to do, in plain words; never internals. */
export function ErrorPage({
  ctx,
  code,
  referentie,
}: {
  ctx: PageContext;
  code: ErrorCode;
  /** The request id: the same code is in the log line, so the gemeente can find what happened. */
  referentie?: string;
}) {
  const { t } = ctx;
  const error = ERRORS[code];
  return (
    <Layout ctx={ctx} title={t(error.title)}>
      <Heading level={1}>{t(error.title)}</Heading>
      <Paragraph>{t(error.text)}</Paragraph>
      {referentie ? (
        <Paragraph>
          <span class="redzaam-referentie">{t('fout.referentie', { code: referentie })}</span>
        </Paragraph>
      ) : null}
      {code === 'UNKNOWN_GEMEENTE' ? null : <ButtonLink href="/">{t('fout.naar-start')}</ButtonLink>}
    </Layout>
  );
}
