import { levensgebiedNaam, STANDAARD_LEVENSGEBIEDEN } from '../../platform/levensgebied-codes.js';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SelectField,
  SubmitButton,
  TextArea,
} from '../../platform/views/components.js';
import { VinkGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { AFSCHAAL_NA, DELEN, INTERVALLEN, MAX_TEKST, STILTES, veldNaam, type Waarden } from '../forms.js';
import type { PlanFormData } from '../lezen.js';
import { FASEN } from '../rules.js';

const tekstVan = (w: Waarden, naam: string) => {
  const v = w[naam];
  return typeof v === 'string' ? v : '';
};
const lijstVan = (w: Waarden, naam: string) => {
  const v = w[naam];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/** The signaleringsplan's form: per phase how it shows and what she, her network and professionals do. */
export function PlanPage({
  ctx,
  namen = new Map(),
  data,
  waarden,
  versie,
  errors = {},
  conflict = false,
}: {
  ctx: PageContext;
  /** The gemeente's own names of its levensgebieden (code → name) */
  namen?: ReadonlyMap<string, string>;
  data: PlanFormData;
  waarden: Waarden;
  versie: number;
  errors?: FieldErrors;
  conflict?: boolean;
}) {
  const { t } = ctx;
  const basis = `/dossiers/${data.dossierId}/waakvlam`;
  return (
    <Layout ctx={ctx} title={t('waakvlam.plan.titel')}>
      <Paragraph>
        <Link href={basis}>{t('waakvlam.terug')}</Link>
      </Paragraph>
      <Heading level={1}>{t('waakvlam.plan.titel')}</Heading>
      <Paragraph lead>{t('waakvlam.plan.intro')}</Paragraph>
      {conflict ? (
        <Alert type="warning">
          <Paragraph>{t('waakvlam.fout.conflict')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action={`${basis}/plan`}>
        <input type="hidden" name="versie" value={String(versie)} />
        {FASEN.map((fase) => (
          <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" key={fase}>
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {t(`waakvlam.fase.${fase}`)}
            </legend>
            <Paragraph>{t(`waakvlam.plan.fase.uitleg.${fase}`)}</Paragraph>
            {DELEN.map((deel) => {
              const naam = veldNaam(fase, deel);
              return (
                <TextArea
                  key={naam}
                  name={naam}
                  label={t(`waakvlam.deel.${deel}`)}
                  description={deel === 'signalen' ? t('waakvlam.plan.signalen.uitleg') : undefined}
                  value={tekstVan(waarden, naam)}
                  error={errors[naam]}
                  maxLength={MAX_TEKST}
                />
              );
            })}
          </fieldset>
        ))}
        <VinkGroep
          name="gebieden"
          legend={t('waakvlam.plan.gebieden')}
          description={t('waakvlam.plan.gebieden.uitleg')}
          options={STANDAARD_LEVENSGEBIEDEN.map((code) => ({
            value: code,
            label: levensgebiedNaam(code, namen.get(code), t),
          }))}
          values={lijstVan(waarden, 'gebieden')}
          error={errors.gebieden}
        />
        <SelectField
          name="interval_dagen"
          label={t('waakvlam.plan.interval')}
          options={INTERVALLEN.map((d) => ({
            value: d,
            label: t('waakvlam.plan.interval.dagen', { dagen: Number(d) }),
          }))}
          value={tekstVan(waarden, 'interval_dagen')}
          error={errors.interval_dagen}
        />
        <SelectField
          name="stilte_dagen"
          label={t('waakvlam.plan.stilte')}
          description={t('waakvlam.plan.stilte.uitleg')}
          options={STILTES.map((d) => ({
            value: d,
            label:
              d === ''
                ? t('waakvlam.plan.stilte.uit')
                : t('waakvlam.plan.interval.dagen', { dagen: Number(d) }),
          }))}
          value={tekstVan(waarden, 'stilte_dagen')}
          error={errors.stilte_dagen}
        />
        <SelectField
          name="afschaal_na"
          label={t('waakvlam.plan.afschalen')}
          options={AFSCHAAL_NA.map((n) => ({
            value: n,
            label: t('waakvlam.plan.afschalen.keer', { keer: Number(n) }),
          }))}
          value={tekstVan(waarden, 'afschaal_na')}
          error={errors.afschaal_na}
        />
        {data.kiesbaar.length === 0 ? (
          <Paragraph>{t('waakvlam.plan.gekozen.geen')}</Paragraph>
        ) : (
          <>
            <VinkGroep
              name="gekozen"
              legend={t('waakvlam.plan.gekozen')}
              description={t('waakvlam.plan.gekozen.uitleg')}
              options={data.kiesbaar.map((m) => ({ value: m.accountId, label: m.naam }))}
              values={lijstVan(waarden, 'gekozen')}
              error={errors.gekozen}
            />
            <VinkGroep
              name="alleen_fase"
              legend={t('waakvlam.plan.alleen-fase')}
              description={t('waakvlam.plan.alleen-fase.uitleg')}
              options={data.kiesbaar.map((m) => ({ value: m.accountId, label: m.naam }))}
              values={lijstVan(waarden, 'alleen_fase')}
              error={errors.alleen_fase}
            />
          </>
        )}
        <Paragraph>
          <Link href={`/dossiers/${data.dossierId}/toegang`}>{t('waakvlam.plan.toegang')}</Link>
        </Paragraph>
        <SubmitButton>{t('waakvlam.knop.bewaren')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
