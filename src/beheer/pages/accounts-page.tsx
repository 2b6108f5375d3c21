import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  MetAfbreekpunten,
  Paragraph,
  PostForm,
  SelectField,
  SubmitButton,
  TextField,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

export type AccountRow = {
  id: string;
  naam: string;
  email: string;
  rol: string;
  disabled_at: Date | null;
  has_password: boolean;
  organisatie_naam: string | null;
};

const ROLLEN = ['inwoner', 'naaste', 'professional', 'beheerder', 'analist', 'panelmedewerker'] as const;

export function AccountsPage({
  ctx,
  accounts,
  organisaties,
  values = {},
  errors = {},
  notice,
  selfId,
}: {
  ctx: PageContext;
  accounts: AccountRow[];
  organisaties: { id: string; naam: string }[];
  values?: Record<string, string | undefined>;
  errors?: FieldErrors;
  notice?: 'aangemaakt' | 'geblokkeerd' | undefined;
  selfId: string;
}) {
  const { t } = ctx;
  const status = (account: AccountRow) =>
    account.disabled_at
      ? t('beheer.accounts.status.geblokkeerd')
      : account.has_password
        ? t('beheer.accounts.status.actief')
        : t('beheer.accounts.status.uitgenodigd');
  return (
    <Layout ctx={ctx} title={t('beheer.accounts.titel')}>
      <Heading level={1}>{t('beheer.accounts.titel')}</Heading>
      {notice ? (
        <Alert type="ok">
          <Paragraph>
            {t(notice === 'aangemaakt' ? 'beheer.accounts.aangemaakt' : 'beheer.accounts.geblokkeerd')}
          </Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('beheer.accounts.intro', { gemeente: ctx.gemeente.naam })}</Paragraph>
      <div class="redzaam-table-wrapper">
        <table class="utrecht-table redzaam-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('beheer.accounts.naam')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('beheer.accounts.email')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('beheer.accounts.rol')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('beheer.accounts.organisatie')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('beheer.accounts.status')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                <span class="redzaam-visually-hidden">{t('beheer.accounts.blokkeren')}</span>
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {accounts.map((account) => (
              <tr class="utrecht-table__row" key={account.id}>
                <td class="utrecht-table__cell">{account.naam}</td>
                <td class="utrecht-table__cell" data-label={t('beheer.accounts.email')}>
                  <MetAfbreekpunten tekst={account.email} />
                </td>
                <td class="utrecht-table__cell" data-label={t('beheer.accounts.rol')}>
                  {t(`rol.${account.rol as (typeof ROLLEN)[number]}`)}
                </td>
                <td class="utrecht-table__cell" data-label={t('beheer.accounts.organisatie')}>
                  {account.organisatie_naam ?? ''}
                </td>
                <td class="utrecht-table__cell" data-label={t('beheer.accounts.status')}>
                  {status(account)}
                </td>
                <td class="utrecht-table__cell">
                  {account.disabled_at || account.id === selfId ? null : (
                    <PostForm ctx={ctx} action={`/beheer/accounts/${account.id}/blokkeren`}>
                      <SubmitButton
                        appearance="secondary-action"
                        ariaLabel={t('beheer.accounts.blokkeren.label', { naam: account.naam })}
                      >
                        {t('beheer.accounts.blokkeren')}
                      </SubmitButton>
                    </PostForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Heading level={2} id="nieuw">
        {t('beheer.accounts.nieuw')}
      </Heading>
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action="/beheer/accounts">
        <TextField
          name="naam"
          label={t('beheer.accounts.naam')}
          value={values.naam}
          error={errors.naam}
          maxLength={120}
        />
        <TextField
          name="email"
          type="email"
          label={t('beheer.accounts.email')}
          value={values.email}
          error={errors.email}
          maxLength={254}
        />
        <SelectField
          name="rol"
          label={t('beheer.accounts.rol')}
          value={values.rol ?? 'inwoner'}
          error={errors.rol}
          options={ROLLEN.map((rol) => ({ value: rol, label: t(`rol.${rol}`) }))}
        />
        <SelectField
          name="organisatie"
          label={t('beheer.accounts.organisatie')}
          description={t('beheer.accounts.organisatie.uitleg')}
          value={values.organisatie ?? ''}
          error={errors.organisatie}
          options={[
            { value: '', label: t('beheer.accounts.geen-organisatie') },
            ...organisaties.map((o) => ({ value: o.id, label: o.naam })),
          ]}
        />
        <div class="utrecht-button-group">
          <SubmitButton>{t('beheer.accounts.maken')}</SubmitButton>
        </div>
      </PostForm>
    </Layout>
  );
}
