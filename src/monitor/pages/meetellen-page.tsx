import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Paragraph,
  PostForm,
  SelectField,
  SubmitButton,
} from '../../platform/views/components.js';
import { KeuzeGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { MeetellenData } from '../lezen.js';
import { GESLACHTEN, geboortejarenBanden } from '../rules.js';

export const MEETELLEN_MELDINGEN = ['mee', 'gestopt'] as const;
export type MeetellenMelding = (typeof MEETELLEN_MELDINGEN)[number];

/**
 * Her page "Meetellen": what counts and what not, said plainly; the form to count (or change
 * her groups) and, when she counts, the button to stop. Works without JavaScript.
 */
export function MeetellenPage({
  ctx,
  dossierId,
  data,
  nu,
  melding,
  conflict = false,
  errors = {},
  waarden,
}: {
  ctx: PageContext;
  dossierId: string;
  data: MeetellenData;
  nu: Date;
  melding?: MeetellenMelding | undefined;
  conflict?: boolean;
  errors?: FieldErrors;
  waarden?: Record<string, string> | undefined;
}) {
  const { t } = ctx;
  const titel = t('monitor.meetellen.titel');
  const { deelname, instelling } = data;
  const waarde = (veld: string, huidig: string) => waarden?.[veld] ?? huidig;
  const actie = `/dossiers/${dossierId}/meetellen`;
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`monitor.meetellen.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      {conflict ? (
        <Alert type="error">
          <Paragraph>{t('monitor.meetellen.conflict')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('monitor.meetellen.intro')}</Paragraph>
      <Paragraph>{t('monitor.meetellen.hoe')}</Paragraph>
      <Paragraph>{t('monitor.meetellen.wie', { minimum: instelling.minimum })}</Paragraph>
      <Paragraph>{t('monitor.meetellen.stoppen.uitleg')}</Paragraph>
      <p class="utrecht-paragraph" id="meetellen-status">
        <strong>
          {deelname
            ? t('monitor.meetellen.status.ja', { datum: deelname.sinds.toLocaleDateString(ctx.locale) })
            : t('monitor.meetellen.status.nee')}
        </strong>
      </p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action={actie}>
        <input type="hidden" name="actie" value="meedoen" />
        <input type="hidden" name="versie" value={waarde('versie', String(deelname?.versie ?? 0))} />
        <SelectField
          name="geboortejaren"
          label={t('monitor.meetellen.geboortejaren')}
          description={t('monitor.meetellen.geboortejaren.uitleg')}
          options={[
            { value: '', label: '' },
            ...geboortejarenBanden(nu).map((jaar) => ({
              value: jaar,
              label: t('monitor.meetellen.geboortejaren.optie', { jaar, tot: String(Number(jaar) + 9) }),
            })),
          ]}
          value={waarde('geboortejaren', deelname?.geboortejaren ?? '')}
          error={errors.geboortejaren}
        />
        {instelling.gebieden.length > 0 ? (
          <SelectField
            name="gebied"
            label={t('monitor.meetellen.gebied')}
            options={[
              { value: '', label: t('monitor.meetellen.gebied.geen') },
              ...instelling.gebieden.map((g) => ({ value: g, label: g })),
            ]}
            value={waarde('gebied', deelname?.gebied ?? '')}
            error={errors.gebied}
          />
        ) : null}
        <KeuzeGroep
          name="geslacht"
          legend={t('monitor.meetellen.geslacht')}
          options={GESLACHTEN.map((g) => ({ value: g, label: t(`monitor.meetellen.geslacht.${g}`) }))}
          value={waarde('geslacht', deelname?.geslacht ?? '')}
          error={errors.geslacht}
        />
        <SubmitButton>
          {t(deelname ? 'monitor.meetellen.wijzigen' : 'monitor.meetellen.meedoen')}
        </SubmitButton>
      </PostForm>
      {deelname ? (
        <PostForm ctx={ctx} action={actie}>
          <input type="hidden" name="actie" value="stoppen" />
          <SubmitButton appearance="secondary-action">{t('monitor.meetellen.stoppen')}</SubmitButton>
        </PostForm>
      ) : null}
    </Layout>
  );
}
