import { formatDate } from '../../../platform/dates.js';
import type { MessageKey } from '../../../platform/i18n/i18n.js';
import {
  Alert,
  ButtonLink,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import type { DienstRij, Melding } from '../queries.js';
import { isVerouderd } from '../rules.js';
import { datumTekst } from './dienst-weergave.js';

export const LIJST_MELDINGEN = {
  toegevoegd: 'socialeKaartBeheer.melding.toegevoegd',
  opgeslagen: 'socialeKaartBeheer.melding.opgeslagen',
  gecontroleerd: 'socialeKaartBeheer.melding.gecontroleerd',
  gestopt: 'socialeKaartBeheer.melding.gestopt',
  actief: 'socialeKaartBeheer.melding.actief',
  'mail-verstuurd': 'socialeKaartBeheer.melding.mail-verstuurd',
  'geen-email': 'socialeKaartBeheer.melding.geen-email',
  afgehandeld: 'socialeKaartBeheer.melding.afgehandeld',
  instellingen: 'socialeKaartBeheer.melding.instellingen',
} as const satisfies Record<string, MessageKey>;
export type LijstMelding = keyof typeof LIJST_MELDINGEN;

/** The beheerder's list of the gemeente's entries, with the "not checked for too long" filter and open notes. */
export function LijstPage({
  ctx,
  diensten,
  alleDiensten = diensten,
  meldingen,
  grens,
  maanden,
  alleenVerouderd,
  melding,
}: {
  ctx: PageContext;
  diensten: DienstRij[];
  /** Every entry, to name the entry of each note also when the list is filtered */
  alleDiensten?: DienstRij[];
  meldingen: Melding[];
  grens: string;
  maanden: number;
  alleenVerouderd: boolean;
  melding?: LijstMelding | undefined;
}) {
  const { t } = ctx;
  const terug = alleenVerouderd ? 'verouderd' : 'lijst';
  const namen = new Map(alleDiensten.map((dienst) => [dienst.id, dienst.name]));
  return (
    <Layout ctx={ctx} title={t('socialeKaartBeheer.titel')}>
      <Heading level={1}>{t('socialeKaartBeheer.titel')}</Heading>
      {melding ? (
        <Alert type={melding === 'geen-email' ? 'warning' : 'ok'}>
          <Paragraph>{t(LIJST_MELDINGEN[melding])}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('socialeKaartBeheer.intro', { gemeente: ctx.gemeente.naam, maanden })}</Paragraph>
      <div class="utrecht-button-group">
        <ButtonLink href="/beheer/sociale-kaart/nieuw">{t('socialeKaartBeheer.toevoegen')}</ButtonLink>
        <ButtonLink href="/beheer/sociale-kaart/instellingen" appearance="secondary-action">
          {t('socialeKaartBeheer.instellingen.titel')}
        </ButtonLink>
      </div>

      {meldingen.length > 0 ? (
        <>
          <Heading level={2} id="meldingen">
            {t('socialeKaartBeheer.meldingen.kop', { aantal: meldingen.length })}
          </Heading>
          <ul class="utrecht-unordered-list" id="meldingen-lijst">
            {meldingen.map((m) => (
              <li class="utrecht-unordered-list__item" key={m.id}>
                <Paragraph>
                  <strong>{namen.get(m.service_id) ?? m.service_id}</strong>:{' '}
                  {t('socialeKaartBeheer.meldingen.van', {
                    email: m.email,
                    datum: formatDate(m.created_at, ctx.locale),
                  })}
                </Paragraph>
                <blockquote class="utrecht-blockquote">
                  <p class="utrecht-paragraph">{m.tekst}</p>
                </blockquote>
                <div class="utrecht-button-group">
                  <ButtonLink href={`/beheer/sociale-kaart/${m.service_id}`} appearance="secondary-action">
                    {t('socialeKaartBeheer.bewerken.label', { naam: namen.get(m.service_id) ?? '' })}
                  </ButtonLink>
                  <PostForm
                    ctx={ctx}
                    action={`/beheer/sociale-kaart/${m.service_id}/meldingen/${m.id}/afgehandeld`}
                  >
                    <input type="hidden" name="terug" value={terug} />
                    <SubmitButton appearance="secondary-action">
                      {t('socialeKaartBeheer.meldingen.afgehandeld')}
                    </SubmitButton>
                  </PostForm>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <Heading level={2} id="diensten">
        {alleenVerouderd
          ? t('socialeKaartBeheer.lijst.kop-verouderd', { maanden })
          : t('socialeKaartBeheer.lijst.kop')}
      </Heading>
      <nav aria-label={t('socialeKaartBeheer.filter.label')}>
        <ul class="utrecht-link-list redzaam-link-list">
          <li>
            <a
              class="utrecht-link utrecht-link--html-a"
              href="/beheer/sociale-kaart"
              aria-current={alleenVerouderd ? undefined : 'page'}
            >
              {t('socialeKaartBeheer.filter.alle')}
            </a>
          </li>
          <li>
            <a
              class="utrecht-link utrecht-link--html-a"
              href="/beheer/sociale-kaart?verouderd"
              aria-current={alleenVerouderd ? 'page' : undefined}
            >
              {t('socialeKaartBeheer.filter.verouderd', { maanden })}
            </a>
          </li>
        </ul>
      </nav>
      {diensten.length === 0 ? (
        <Paragraph>
          {alleenVerouderd
            ? t('socialeKaartBeheer.lijst.leeg-verouderd')
            : t('socialeKaartBeheer.lijst.leeg')}
        </Paragraph>
      ) : (
        <div class="redzaam-table-wrapper">
          <table class="utrecht-table redzaam-table" id="diensten-tabel">
            <caption class="redzaam-visually-hidden">
              {t('socialeKaartBeheer.lijst.bijschrift', { aantal: diensten.length })}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {t('socialeKaartBeheer.veld.naam')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('socialeKaartBeheer.veld.organisatie')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('socialeKaartBeheer.veld.status')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('socialeKaartBeheer.veld.gecontroleerd')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  <span class="redzaam-visually-hidden">{t('socialeKaartBeheer.lijst.acties')}</span>
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {diensten.map((dienst) => {
                const oud = dienst.status === 'active' && isVerouderd(dienst.assured_date, grens);
                return (
                  <tr class="utrecht-table__row" key={dienst.id}>
                    <td class="utrecht-table__cell">
                      <Link href={`/beheer/sociale-kaart/${dienst.id}`}>{dienst.name}</Link>
                      {dienst.open_meldingen > 0 ? (
                        <>
                          {' '}
                          <a class="utrecht-link utrecht-link--html-a" href="#meldingen">
                            {t('socialeKaartBeheer.lijst.heeft-melding', { aantal: dienst.open_meldingen })}
                          </a>
                        </>
                      ) : null}
                    </td>
                    <td class="utrecht-table__cell" data-label={t('socialeKaartBeheer.veld.organisatie')}>
                      {dienst.organisatie ?? ''}
                    </td>
                    <td
                      class="utrecht-table__cell redzaam-geen-afbreking"
                      data-label={t('socialeKaartBeheer.veld.status')}
                    >
                      {t(statusLabel(dienst.status))}
                    </td>
                    <td class="utrecht-table__cell" data-label={t('socialeKaartBeheer.veld.gecontroleerd')}>
                      {datumTekst(ctx, dienst.assured_date) ?? t('socialeKaartBeheer.nooit')}
                      {oud ? (
                        <>
                          {' '}
                          <strong>{t('socialeKaartBeheer.te-lang-geleden')}</strong>
                        </>
                      ) : null}
                    </td>
                    <td class="utrecht-table__cell">
                      {dienst.status === 'active' ? (
                        <div class="utrecht-button-group">
                          <PostForm ctx={ctx} action={`/beheer/sociale-kaart/${dienst.id}/gecontroleerd`}>
                            <input type="hidden" name="terug" value={terug} />
                            <SubmitButton
                              appearance="secondary-action"
                              ariaLabel={t('socialeKaartBeheer.gecontroleerd.label', { naam: dienst.name })}
                            >
                              {t('socialeKaartBeheer.gecontroleerd.knop')}
                            </SubmitButton>
                          </PostForm>
                          <PostForm ctx={ctx} action={`/beheer/sociale-kaart/${dienst.id}/controle-mail`}>
                            <input type="hidden" name="terug" value={terug} />
                            <SubmitButton
                              appearance="secondary-action"
                              ariaLabel={t('socialeKaartBeheer.controle-mail.label', { naam: dienst.name })}
                            >
                              {t('socialeKaartBeheer.controle-mail.knop')}
                            </SubmitButton>
                          </PostForm>
                        </div>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

export function statusLabel(status: string): MessageKey {
  switch (status) {
    case 'active':
      return 'socialeKaartBeheer.status.active';
    case 'inactive':
      return 'socialeKaartBeheer.status.inactive';
    case 'temporarily closed':
      return 'socialeKaartBeheer.status.temporarily-closed';
    default:
      return 'socialeKaartBeheer.status.defunct';
  }
}
