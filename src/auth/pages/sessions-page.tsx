import { Alert, Heading, Paragraph, PostForm, SubmitButton } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

export type SessionRow = { id: string; device: string; created_at: Date; last_seen_at: Date };

export function SessionsPage({
  ctx,
  sessions,
  currentId,
  ended = false,
}: {
  ctx: PageContext;
  sessions: SessionRow[];
  currentId: string;
  ended?: boolean;
}) {
  const { t } = ctx;
  const when = new Intl.DateTimeFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  return (
    <Layout ctx={ctx} title={t('sessies.titel')}>
      <Heading level={1}>{t('sessies.titel')}</Heading>
      {ended ? (
        <Alert type="ok">
          <Paragraph>{t('sessies.beeindigd')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('sessies.intro')}</Paragraph>
      <div class="redzaam-table-wrapper">
        <table class="utrecht-table redzaam-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('sessies.apparaat')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('sessies.sinds')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('sessies.laatst')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                <span class="redzaam-visually-hidden">{t('sessies.beeindigen')}</span>
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {sessions.map((session) => (
              <tr class="utrecht-table__row" key={session.id}>
                <td class="utrecht-table__cell">
                  {session.device || t('sessies.onbekend-apparaat')}
                  {session.id === currentId ? ` (${t('sessies.dit-apparaat')})` : ''}
                </td>
                <td class="utrecht-table__cell" data-label={t('sessies.sinds')}>
                  {when.format(session.created_at)}
                </td>
                <td class="utrecht-table__cell" data-label={t('sessies.laatst')}>
                  {when.format(session.last_seen_at)}
                </td>
                <td class="utrecht-table__cell">
                  {/* The session id is a hash of the cookie token, safe to show in a form. */}
                  <PostForm ctx={ctx} action={`/mijn-sessies/${session.id}/beeindigen`}>
                    <SubmitButton
                      appearance="secondary-action"
                      ariaLabel={`${t('sessies.beeindigen')}: ${session.device || t('sessies.onbekend-apparaat')}`}
                    >
                      {t('sessies.beeindigen')}
                    </SubmitButton>
                  </PostForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
