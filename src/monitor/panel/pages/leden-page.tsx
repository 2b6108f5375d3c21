import { formatDate, formatIsoDate } from '../../../platform/dates.js';
import {
  Alert,
  Heading,
  MetAfbreekpunten,
  Paragraph,
  PostForm,
  SubmitButton,
  UnorderedList,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import type { LedenOverzicht } from '../leden.js';

/**
 * The beheerder's page of the panel's members: how many there are, how many still have to answer
 * each open peiling (a count under the minimum is not shown, as on the peilingen page), and per
 * member her name, a shortened address, since when, and two buttons: a new code and removing
 * her. The table becomes a list per member on a narrow screen (`redzaam-table`).
 */
export function LedenPage({
  ctx,
  data,
  melding,
}: {
  ctx: PageContext;
  data: LedenOverzicht;
  melding?: { type: 'ok' | 'warning'; tekst: string } | undefined;
}) {
  const { t } = ctx;
  const telling = (n: number) =>
    n >= data.minimum || n === 0 ? String(n) : t('monitor.panel.peilingen.weinig', { minimum: data.minimum });
  return (
    <Layout ctx={ctx} title={t('monitor.leden.titel')}>
      <Heading level={1}>{t('monitor.leden.titel')}</Heading>
      {melding ? (
        <Alert type={melding.type}>
          <Paragraph>{melding.tekst}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('monitor.leden.intro', { n: data.leden.length })}</Paragraph>
      <Paragraph>{t('monitor.leden.los')}</Paragraph>

      <Heading level={2}>{t('monitor.leden.open.kop')}</Heading>
      {data.open.length === 0 ? (
        <Paragraph>{t('monitor.leden.open.geen')}</Paragraph>
      ) : (
        <UnorderedList
          items={data.open.map((p) =>
            t('monitor.leden.open.regel', {
              titel: p.titel,
              nog: telling(p.nogTeDoen),
              uitgenodigd: telling(p.uitgenodigd),
              datum: formatIsoDate(p.sluitOp, ctx.locale),
            }),
          )}
        />
      )}

      <Heading level={2} id="leden">
        {t('monitor.leden.lijst.kop')}
      </Heading>
      <Paragraph>{t('monitor.leden.verwijderen.uitleg')}</Paragraph>
      <Paragraph>{t('monitor.leden.code.uitleg')}</Paragraph>
      {data.leden.length === 0 ? null : (
        <div class="redzaam-table-wrapper">
          <table class="utrecht-table redzaam-table" aria-labelledby="leden">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {t('monitor.leden.naam')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('monitor.leden.email')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('monitor.leden.sinds')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('monitor.leden.acties')}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {data.leden.map((lid) => (
                <tr class="utrecht-table__row" key={lid.id}>
                  <td class="utrecht-table__cell">{lid.naam}</td>
                  <td class="utrecht-table__cell" data-label={t('monitor.leden.email')}>
                    <MetAfbreekpunten tekst={lid.email} />
                  </td>
                  <td class="utrecht-table__cell" data-label={t('monitor.leden.sinds')}>
                    {formatDate(lid.aangemeldOp, ctx.locale)}
                  </td>
                  <td class="utrecht-table__cell">
                    <div class="utrecht-button-group">
                      <PostForm ctx={ctx} action={`/beheer/panel/leden/${lid.id}/code`}>
                        <SubmitButton
                          appearance="secondary-action"
                          ariaLabel={t('monitor.leden.code.label', { naam: lid.naam })}
                        >
                          {t('monitor.leden.code')}
                        </SubmitButton>
                      </PostForm>
                      <PostForm ctx={ctx} action={`/beheer/panel/leden/${lid.id}/verwijderen`}>
                        <SubmitButton
                          appearance="secondary-action"
                          ariaLabel={t('monitor.leden.verwijderen.label', { naam: lid.naam })}
                        >
                          {t('monitor.leden.verwijderen')}
                        </SubmitButton>
                      </PostForm>
                    </div>
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
