import { formatDate, formatTime } from '../../platform/dates.js';
import { isMessageKey } from '../../platform/i18n/i18n.js';
import type { FailedJobRow } from '../../platform/jobs/queries.js';
import { Alert, Heading, Paragraph, PostForm, SubmitButton } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

export function TakenPage({
  ctx,
  taken,
  opnieuw,
}: {
  ctx: PageContext;
  taken: FailedJobRow[];
  opnieuw: boolean;
}) {
  const { t, locale } = ctx;
  const naam = (code: string) => {
    const key = `taak.${code}`;
    return isMessageKey(key) ? t(key) : code;
  };
  const wanneer = (taak: FailedJobRow) => {
    const datum = taak.finished_at ?? taak.created_at;
    return `${formatDate(datum, locale)} ${formatTime(datum, locale)}`;
  };
  return (
    <Layout ctx={ctx} title={t('beheer.taken.titel')}>
      <Heading level={1}>{t('beheer.taken.titel')}</Heading>
      {opnieuw ? (
        <Alert type="ok">
          <Paragraph>{t('beheer.taken.opnieuw-gezet')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('beheer.taken.intro')}</Paragraph>
      <Paragraph>{t('beheer.taken.privacy')}</Paragraph>
      {taken.length === 0 ? (
        <Paragraph>{t('beheer.taken.geen')}</Paragraph>
      ) : (
        <div class="redzaam-table-wrapper">
          <table class="utrecht-table redzaam-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {t('beheer.taken.taak')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('beheer.taken.mislukt-op')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('beheer.taken.pogingen')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('beheer.taken.fout')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  <span class="redzaam-visually-hidden">{t('beheer.taken.opnieuw')}</span>
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {taken.map((taak) => (
                <tr class="utrecht-table__row" key={taak.id}>
                  <td class="utrecht-table__cell">{naam(taak.name)}</td>
                  <td class="utrecht-table__cell" data-label={t('beheer.taken.mislukt-op')}>
                    {wanneer(taak)}
                  </td>
                  <td class="utrecht-table__cell" data-label={t('beheer.taken.pogingen')}>
                    {taak.attempts}
                  </td>
                  <td class="utrecht-table__cell" data-label={t('beheer.taken.fout')}>
                    <code>{taak.last_error ?? ''}</code>
                  </td>
                  <td class="utrecht-table__cell">
                    <PostForm ctx={ctx} action={`/beheer/taken/${taak.id}/opnieuw`}>
                      <SubmitButton
                        appearance="secondary-action"
                        ariaLabel={t('beheer.taken.opnieuw.label', {
                          taak: naam(taak.name),
                          wanneer: wanneer(taak),
                        })}
                      >
                        {t('beheer.taken.opnieuw')}
                      </SubmitButton>
                    </PostForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
