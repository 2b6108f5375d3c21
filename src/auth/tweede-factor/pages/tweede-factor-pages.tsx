import type { MessageKey } from '../../../platform/i18n/i18n.js';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  FormField,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import { inGroepen, toonHerstelcode } from '../rules.js';

export type Melding = {
  type: 'info' | 'ok' | 'error';
  key: MessageKey;
  values?: Record<string, string | number>;
};

function MeldingBlok({ ctx, melding }: { ctx: PageContext; melding: Melding | undefined }) {
  if (!melding) return null;
  return (
    <Alert type={melding.type}>
      <Paragraph>{ctx.t(melding.key, melding.values)}</Paragraph>
    </Alert>
  );
}

const Terug = ({ terug }: { terug: string | undefined }) =>
  terug ? <input type="hidden" name="terug" value={terug} /> : null;

/** The six-digit code field: numeric keyboard on phones, and the browser may fill it from an SMS/app. */
function CodeVeld({ label, error }: { label: string; error: string | undefined }) {
  const id = 'veld-code';
  return (
    <FormField id={id} label={label} error={error}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input redzaam-code${error ? ' utrecht-textbox--invalid' : ''}`}
        id={id}
        name="code"
        type="text"
        inputMode="numeric"
        autocomplete="one-time-code"
        pattern="[0-9 ]*"
        maxLength={7}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-fout` : undefined}
      />
    </FormField>
  );
}

/** Step 2 at login: the code from the app. */
export function CodePage({
  ctx,
  errors = {},
  melding,
  terug,
}: {
  ctx: PageContext;
  errors?: FieldErrors;
  melding?: Melding | undefined;
  terug?: string | undefined;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('tweede-factor.code.titel')}>
      <Heading level={1}>{t('tweede-factor.code.titel')}</Heading>
      <MeldingBlok ctx={ctx} melding={melding} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <Paragraph>{t('tweede-factor.code.intro')}</Paragraph>
      <PostForm ctx={ctx} action="/tweede-factor">
        <Terug terug={terug} />
        <CodeVeld label={t('tweede-factor.code.label')} error={errors.code} />
        <div class="utrecht-button-group">
          <SubmitButton>{t('tweede-factor.code.knop')}</SubmitButton>
        </div>
      </PostForm>
      <Paragraph>
        <Link href="/tweede-factor/herstel">{t('tweede-factor.code.geen-telefoon')}</Link>
      </Paragraph>
    </Layout>
  );
}

/** Setting up: QR code (an image, no script) and the same secret in groups of four for typing. */
export function InstellenPage({
  ctx,
  geheim,
  qrDataUrl,
  verplicht,
  alIngesteld,
  errors = {},
  melding,
  terug,
}: {
  ctx: PageContext;
  geheim: string;
  qrDataUrl: string;
  verplicht: boolean;
  alIngesteld: boolean;
  errors?: FieldErrors;
  melding?: Melding | undefined;
  terug?: string | undefined;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('tweede-factor.instellen.titel')}>
      <Heading level={1}>{t('tweede-factor.instellen.titel')}</Heading>
      <MeldingBlok ctx={ctx} melding={melding} />
      <ErrorSummary ctx={ctx} errors={errors} />
      {alIngesteld ? (
        <Alert type="info">
          <Paragraph>{t('tweede-factor.instellen.al-ingesteld')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>
        {t(verplicht ? 'tweede-factor.instellen.waarom' : 'tweede-factor.instellen.waarom-optioneel')}
      </Paragraph>
      <ol class="utrecht-ordered-list">
        <li class="utrecht-ordered-list__item">{t('tweede-factor.instellen.stap1')}</li>
        <li class="utrecht-ordered-list__item">
          {t('tweede-factor.instellen.stap2')}
          <br />
          <img
            class="redzaam-qr"
            src={qrDataUrl}
            alt={t('tweede-factor.instellen.qr-alt')}
            width={200}
            height={200}
          />
        </li>
        <li class="utrecht-ordered-list__item">
          {t('tweede-factor.instellen.stap3')}{' '}
          <code class="utrecht-code redzaam-geheim">{inGroepen(geheim)}</code>
        </li>
        <li class="utrecht-ordered-list__item">{t('tweede-factor.instellen.stap4')}</li>
      </ol>
      <PostForm ctx={ctx} action="/tweede-factor/instellen">
        <Terug terug={terug} />
        <CodeVeld label={t('tweede-factor.code.label')} error={errors.code} />
        <div class="utrecht-button-group">
          <SubmitButton>{t('tweede-factor.instellen.knop')}</SubmitButton>
        </div>
      </PostForm>
    </Layout>
  );
}

/** Shown once, right after setting up: the ten recovery codes. */
export function HerstelcodesPage({
  ctx,
  codes,
  verder,
}: {
  ctx: PageContext;
  codes: string[];
  verder: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('tweede-factor.herstelcodes.titel')}>
      <Heading level={1}>{t('tweede-factor.herstelcodes.titel')}</Heading>
      <Alert type="ok">
        <Paragraph>{t('tweede-factor.herstelcodes.gelukt')}</Paragraph>
      </Alert>
      <Paragraph>{t('tweede-factor.herstelcodes.intro')}</Paragraph>
      <ul class="utrecht-unordered-list redzaam-herstelcodes">
        {codes.map((code) => (
          <li class="utrecht-unordered-list__item" key={code}>
            <code class="utrecht-code">{toonHerstelcode(code)}</code>
          </li>
        ))}
      </ul>
      <Paragraph>
        <Link href={verder}>{t('tweede-factor.herstelcodes.verder')}</Link>
      </Paragraph>
    </Layout>
  );
}

/** Lost phone: a recovery code instead of the code from the app. */
export function HerstelPage({
  ctx,
  errors = {},
  melding,
}: {
  ctx: PageContext;
  errors?: FieldErrors;
  melding?: Melding | undefined;
}) {
  const { t } = ctx;
  const id = 'veld-herstelcode';
  return (
    <Layout ctx={ctx} title={t('tweede-factor.herstel.titel')}>
      <Heading level={1}>{t('tweede-factor.herstel.titel')}</Heading>
      <MeldingBlok ctx={ctx} melding={melding} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <Paragraph>{t('tweede-factor.herstel.intro')}</Paragraph>
      <PostForm ctx={ctx} action="/tweede-factor/herstel">
        <FormField id={id} label={t('tweede-factor.herstel.label')} error={errors.herstelcode}>
          <input
            class={`utrecht-textbox utrecht-textbox--html-input${errors.herstelcode ? ' utrecht-textbox--invalid' : ''}`}
            id={id}
            name="herstelcode"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={40}
            required
            aria-invalid={errors.herstelcode ? 'true' : undefined}
            aria-describedby={errors.herstelcode ? `${id}-fout` : undefined}
          />
        </FormField>
        <div class="utrecht-button-group">
          <SubmitButton>{t('tweede-factor.herstel.knop')}</SubmitButton>
        </div>
      </PostForm>
      <Paragraph>
        <Link href="/tweede-factor">{t('tweede-factor.herstel.terug')}</Link>
      </Paragraph>
    </Layout>
  );
}

export type BeheerRij = { id: string; naam: string; rol: string; ingesteld: boolean; verplicht: boolean };

/** The beheerder's list: who has a second factor, and a reset per person. */
export function BeheerTweedeFactorPage({
  ctx,
  accounts,
  gereset,
}: {
  ctx: PageContext;
  accounts: BeheerRij[];
  gereset?: string | undefined;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('tweede-factor.beheer.titel')}>
      <Heading level={1}>{t('tweede-factor.beheer.titel')}</Heading>
      {gereset ? (
        <Alert type="ok">
          <Paragraph>{t('tweede-factor.beheer.gereset', { naam: gereset })}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('tweede-factor.beheer.intro')}</Paragraph>
      <div class="redzaam-table-wrapper">
        <table class="utrecht-table redzaam-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('tweede-factor.beheer.naam')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('tweede-factor.beheer.rol')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('tweede-factor.beheer.status')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                <span class="redzaam-visually-hidden">{t('tweede-factor.beheer.reset')}</span>
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {accounts.map((a) => (
              <tr class="utrecht-table__row" key={a.id}>
                <td class="utrecht-table__cell">{a.naam}</td>
                <td class="utrecht-table__cell" data-label={t('tweede-factor.beheer.rol')}>
                  {t(`rol.${a.rol}` as MessageKey)}
                </td>
                <td class="utrecht-table__cell" data-label={t('tweede-factor.beheer.status')}>
                  {a.ingesteld
                    ? t('tweede-factor.beheer.aan')
                    : t(a.verplicht ? 'tweede-factor.beheer.uit-verplicht' : 'tweede-factor.beheer.uit')}
                </td>
                <td class="utrecht-table__cell">
                  {a.ingesteld ? (
                    <PostForm ctx={ctx} action={`/beheer/tweede-factor/${a.id}/resetten`}>
                      <SubmitButton
                        appearance="secondary-action"
                        ariaLabel={t('tweede-factor.beheer.reset-voor', { naam: a.naam })}
                      >
                        {t('tweede-factor.beheer.reset')}
                      </SubmitButton>
                    </PostForm>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
