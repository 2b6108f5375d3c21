import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Paragraph,
  PostForm,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../platform/views/components.js';
import { KeuzeGroep, VinkGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { MAX_LANG, MAX_TEKST, type Waarden } from '../forms.js';
import type { FormData } from '../lezen.js';
import { AANLEIDINGEN, type ActieInvoer, aangebodenDoeners, type DoelInvoer, STATUSSEN } from '../rules.js';
import { actieRegels, doelRegels, gebiedTekst, NaastElkaar, TerugLink } from './onderdelen.js';

type Gemeen = {
  ctx: PageContext;
  data: FormData;
  waarden: Waarden;
  versie: number;
  errors?: FieldErrors;
  /** The item changed meanwhile: what is stored now is shown beside the input, which is kept */
  conflict?: boolean;
};

const tekstVan = (waarden: Waarden) => (naam: string) => {
  const v = waarden[naam];
  return typeof v === 'string' ? v : '';
};

function Conflict({
  ctx,
  jouw,
  nu,
}: {
  ctx: PageContext;
  jouw: { label: string; waarde: string }[];
  nu: { label: string; waarde: string }[];
}) {
  const { t } = ctx;
  return (
    <Alert type="error">
      <Paragraph>{t('plan.fout.conflict')}</Paragraph>
      <NaastElkaar
        caption={t('plan.conflict.caption')}
        links={nu}
        rechts={jouw}
        kopLinks={t('plan.naast.opgeslagen')}
        kopRechts={t('plan.naast.jouw')}
        t={t}
      />
    </Alert>
  );
}

/**
 * Whom she picks to get the evaluation reminder too: everyone with a live grant on her plan.
 * Shown to her alone; the hidden field says the choice was on the form (none ticked: nobody).
 */
function HerinnerKeuze({
  ctx,
  data,
  waarden,
  error,
}: Pick<Gemeen, 'ctx' | 'data' | 'waarden'> & { error?: string | undefined }) {
  const { t } = ctx;
  if (!data.eigenaar || data.herinnerKandidaten.length === 0) return null;
  return (
    <>
      <input type="hidden" name="herinneren_keuze" value="1" />
      <VinkGroep
        name="herinneren"
        legend={t('plan.veld.herinneren')}
        description={t('plan.veld.herinneren.uitleg')}
        values={Array.isArray(waarden.herinneren) ? waarden.herinneren : []}
        error={error}
        options={data.herinnerKandidaten.map((b) => ({
          value: b.accountId,
          label: b.organisatie ? `${b.naam} (${b.organisatie})` : b.naam,
        }))}
      />
    </>
  );
}

/** Adding or changing a goal (with `voorstellen` only: as a proposal). */
export function DoelPage({ ctx, data, waarden, versie, errors = {}, conflict = false }: Gemeen) {
  const { t, locale } = ctx;
  const basis = `/dossiers/${data.dossierId}/plan`;
  const s = tekstVan(waarden);
  const gekozen = Array.isArray(waarden.levensgebieden) ? waarden.levensgebieden : [];
  const titel = data.doel ? t('plan.form.doel.wijzig') : t('plan.form.doel.nieuw');
  const jouw: DoelInvoer = {
    tekst: s('tekst'),
    waarom: s('waarom'),
    geluktAls: s('gelukt_als'),
    levensgebieden: gekozen,
    aanleiding: null,
    evaluatieOp: s('evaluatie_op') || null,
  };
  return (
    <Layout ctx={ctx} title={titel}>
      <TerugLink href={basis}>{t('plan.terug')}</TerugLink>
      <Heading level={1}>{titel}</Heading>
      {conflict && data.doel ? (
        <Conflict
          ctx={ctx}
          jouw={doelRegels(jouw, data.gebieden, locale, t)}
          nu={doelRegels(data.doel, data.gebieden, locale, t)}
        />
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      {!data.kanBewerken ? (
        <Paragraph lead>{t('plan.form.voorstel', { naam: data.inwonerNaam })}</Paragraph>
      ) : null}
      <PostForm ctx={ctx} action={data.doel ? `${basis}/doelen/${data.doel.id}` : `${basis}/doelen/nieuw`}>
        <input type="hidden" name="versie" value={String(versie)} />
        <TextField
          name="tekst"
          label={t('plan.veld.doel')}
          description={t('plan.veld.doel.uitleg')}
          value={s('tekst')}
          error={errors.tekst}
          maxLength={MAX_TEKST}
          autocomplete="off"
        />
        <VinkGroep
          name="levensgebieden"
          legend={t('plan.veld.levensgebieden')}
          description={t('plan.veld.levensgebieden.uitleg')}
          values={gekozen}
          error={errors.levensgebieden}
          options={data.gebieden.map((g) => ({
            value: g.code,
            label: gebiedTekst(data.gebieden, g.code, t),
          }))}
        />
        <TextArea
          name="waarom"
          label={t('plan.veld.waarom')}
          value={s('waarom')}
          error={errors.waarom}
          maxLength={MAX_LANG}
          rows={3}
        />
        <TextArea
          name="gelukt_als"
          label={t('plan.veld.gelukt-als')}
          value={s('gelukt_als')}
          error={errors.gelukt_als}
          maxLength={MAX_LANG}
          rows={3}
        />
        <KeuzeGroep
          name="aanleiding"
          legend={t('plan.veld.aanleiding')}
          value={s('aanleiding')}
          error={errors.aanleiding}
          options={[
            { value: '', label: t('plan.aanleiding.geen') },
            ...AANLEIDINGEN.map((a) => ({ value: a, label: t(`plan.aanleiding.${a}`) })),
          ]}
        />
        <TextField
          name="evaluatie_op"
          type="date"
          label={t('plan.veld.evaluatie')}
          description={t('plan.veld.datum.uitleg')}
          value={s('evaluatie_op')}
          error={errors.evaluatie_op}
        />
        <HerinnerKeuze ctx={ctx} data={data} waarden={waarden} error={errors.herinneren} />
        <SubmitButton>
          {data.kanBewerken ? t('plan.knop.opslaan') : t('plan.knop.voorstel-sturen')}
        </SubmitButton>
      </PostForm>
    </Layout>
  );
}

/** Adding an action to a goal or changing one: doers in the order zelf → netwerk → vrijwilliger → professional. */
export function ActiePage({ ctx, data, waarden, versie, errors = {}, conflict = false }: Gemeen) {
  const { t, locale } = ctx;
  const basis = `/dossiers/${data.dossierId}/plan`;
  const s = tekstVan(waarden);
  const doel = data.doel;
  const titel = data.actie ? t('plan.form.actie.wijzig') : t('plan.form.actie.nieuw');
  const action = data.actie
    ? `${basis}/acties/${data.actie.id}`
    : `${basis}/doelen/${doel?.id ?? ''}/acties/nieuw`;
  const doenerVan = (a: ActieInvoer) => t(`plan.doener.soort.${a.doener}`);
  const jouw: ActieInvoer = {
    wat: s('wat'),
    doener: (aangebodenDoeners(true) as string[]).includes(s('doener'))
      ? (s('doener') as ActieInvoer['doener'])
      : 'ikzelf',
    netwerkPersoonId: s('netwerk_persoon_id') || null,
    doenerNaam: s('doener_naam'),
    doenerAccountId: s('doener_account_id') || null,
    wanneer: s('wanneer') || null,
    status: (STATUSSEN as readonly string[]).includes(s('status'))
      ? (s('status') as ActieInvoer['status'])
      : 'nog-niet',
    statusWaarom: s('status_waarom'),
    evaluatieOp: s('evaluatie_op') || null,
  };
  return (
    <Layout ctx={ctx} title={titel}>
      <TerugLink href={basis}>{t('plan.terug')}</TerugLink>
      <Heading level={1}>{titel}</Heading>
      {doel ? <Paragraph>{t('plan.form.actie.bij-doel', { doel: doel.tekst })}</Paragraph> : null}
      {conflict && data.actie ? (
        <Conflict
          ctx={ctx}
          jouw={actieRegels(jouw, doenerVan(jouw), locale, t)}
          nu={actieRegels(data.actie, doenerVan(data.actie), locale, t)}
        />
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      {!data.kanBewerken ? (
        <Paragraph lead>{t('plan.form.voorstel', { naam: data.inwonerNaam })}</Paragraph>
      ) : null}
      <PostForm ctx={ctx} action={action}>
        <input type="hidden" name="versie" value={String(versie)} />
        <TextField
          name="wat"
          label={t('plan.veld.actie')}
          description={t('plan.veld.actie.uitleg')}
          value={s('wat')}
          error={errors.wat}
          maxLength={MAX_TEKST}
          autocomplete="off"
        />
        <KeuzeGroep
          name="doener"
          legend={t('plan.veld.doener')}
          description={t('plan.veld.doener.uitleg')}
          value={s('doener')}
          error={errors.doener}
          options={aangebodenDoeners(true).map((d) => ({ value: d, label: t(`plan.doener.keuze.${d}`) }))}
        />
        <SelectField
          name="netwerk_persoon_id"
          label={t('plan.veld.netwerk-persoon')}
          description={
            data.netwerk.length === 0
              ? t('plan.veld.netwerk-persoon.leeg')
              : t('plan.veld.netwerk-persoon.uitleg')
          }
          value={s('netwerk_persoon_id')}
          error={errors.netwerk_persoon_id}
          options={[
            { value: '', label: t('plan.veld.netwerk-persoon.kies') },
            ...data.netwerk.map((p, i) => ({
              value: p.id,
              label: p.label ?? t('plan.doener.netwerk.nummer', { nummer: i + 1 }),
            })),
          ]}
        />
        <TextField
          name="doener_naam"
          label={t('plan.veld.doener-naam')}
          description={t('plan.veld.doener-naam.uitleg')}
          value={s('doener_naam')}
          error={errors.doener_naam}
          maxLength={200}
          autocomplete="off"
        />
        {data.professionals.length > 0 ? (
          <SelectField
            name="doener_account_id"
            label={t('plan.veld.doener-account')}
            value={s('doener_account_id')}
            error={errors.doener_account_id}
            options={[
              { value: '', label: t('plan.veld.doener-account.geen') },
              ...data.professionals.map((p) => ({
                value: p.accountId,
                label: p.organisatie ? `${p.naam} (${p.organisatie})` : p.naam,
              })),
            ]}
          />
        ) : null}
        <TextField
          name="wanneer"
          type="date"
          label={t('plan.veld.wanneer')}
          description={t('plan.veld.datum.uitleg')}
          value={s('wanneer')}
          error={errors.wanneer}
        />
        <KeuzeGroep
          name="status"
          legend={t('plan.veld.status')}
          value={s('status') || 'nog-niet'}
          error={errors.status}
          options={STATUSSEN.map((st) => ({ value: st, label: t(`plan.status.${st}`) }))}
        />
        <TextArea
          name="status_waarom"
          label={t('plan.veld.status-waarom')}
          description={t('plan.veld.status-waarom.uitleg')}
          value={s('status_waarom')}
          error={errors.status_waarom}
          maxLength={MAX_LANG}
          rows={3}
        />
        <TextField
          name="evaluatie_op"
          type="date"
          label={t('plan.veld.evaluatie')}
          description={t('plan.veld.datum.uitleg')}
          value={s('evaluatie_op')}
          error={errors.evaluatie_op}
        />
        <HerinnerKeuze ctx={ctx} data={data} waarden={waarden} error={errors.herinneren} />
        <SubmitButton>
          {data.kanBewerken ? t('plan.knop.opslaan') : t('plan.knop.voorstel-sturen')}
        </SubmitButton>
      </PostForm>
    </Layout>
  );
}
