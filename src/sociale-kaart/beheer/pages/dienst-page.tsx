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
  TextField,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import type { HsdsObject } from '../../hsds.js';
import type { Melding } from '../queries.js';
import { DAGEN } from '../rules.js';
import { DienstWeergave, datumTekst } from './dienst-weergave.js';
import { LIJST_MELDINGEN, type LijstMelding, statusLabel } from './lijst-page.js';
import { InvoerVeld, KeuzeGroep } from './velden.js';

export type Keuze = { value: string; label: string };

export type DienstFormProps = {
  ctx: PageContext;
  /** undefined: a new entry */
  serviceId?: string | undefined;
  versie?: string | undefined;
  values: Record<string, string | undefined>;
  rijen: number;
  levensgebieden: readonly string[];
  kenmerken: readonly string[];
  keuzes: { organisaties: Keuze[]; levensgebieden: Keuze[]; kenmerken: Keuze[] };
  errors?: FieldErrors;
  /** The entry as stored, for its status, last check and (after a conflict) what someone else saved */
  opgeslagen?: HsdsObject | undefined;
  /** Someone else saved since this form was opened: show their version beside the form */
  conflict?: boolean;
  meldingen?: Melding[];
  /** What just happened (after a button on this page) */
  melding?: LijstMelding | undefined;
};

/** Add or edit an entry: one plain form, every field next to its error; works without JavaScript. */
export function DienstPage(props: DienstFormProps) {
  const { ctx, serviceId, errors = {}, opgeslagen, conflict } = props;
  const { t } = ctx;
  const titel = serviceId
    ? t('socialeKaartBeheer.bewerken.titel', { naam: opgeslagen?.name ?? '' })
    : t('socialeKaartBeheer.nieuw.titel');
  const action = serviceId ? `/beheer/sociale-kaart/${serviceId}` : '/beheer/sociale-kaart/nieuw';
  return (
    <Layout ctx={ctx} title={titel}>
      <Paragraph>
        <Link href="/beheer/sociale-kaart">{t('socialeKaartBeheer.terug')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      {props.melding ? (
        <Alert type={props.melding === 'geen-email' ? 'warning' : 'ok'}>
          <Paragraph>{t(LIJST_MELDINGEN[props.melding])}</Paragraph>
        </Alert>
      ) : null}
      {conflict ? (
        <Alert type="error">
          <Paragraph>{t('socialeKaartBeheer.conflict.tekst')}</Paragraph>
        </Alert>
      ) : null}
      {errors.formulier ? (
        <Alert type="error">
          <Paragraph>{errors.formulier}</Paragraph>
        </Alert>
      ) : null}
      {serviceId && opgeslagen ? (
        <StatusBlok ctx={ctx} serviceId={serviceId} dienst={opgeslagen} meldingen={props.meldingen ?? []} />
      ) : null}
      {conflict && opgeslagen ? (
        <>
          <Heading level={2}>{t('socialeKaartBeheer.conflict.nu')}</Heading>
          <DienstWeergave ctx={ctx} dienst={opgeslagen} />
          <Heading level={2}>{t('socialeKaartBeheer.conflict.jouw')}</Heading>
        </>
      ) : null}
      <ErrorSummary
        ctx={ctx}
        errors={Object.fromEntries(Object.entries(errors).filter(([key]) => key !== 'formulier'))}
      />
      <PostForm ctx={ctx} action={action} id="dienst-formulier">
        {serviceId ? <input type="hidden" name="versie" value={props.versie ?? ''} /> : null}
        <DienstVelden {...props} />
        <div class="utrecht-button-group">
          <SubmitButton>
            {serviceId ? t('socialeKaartBeheer.opslaan') : t('socialeKaartBeheer.toevoegen')}
          </SubmitButton>
        </div>
      </PostForm>
    </Layout>
  );
}

/** Status, last check, notes and the buttons that change them (each its own small form). */
function StatusBlok({
  ctx,
  serviceId,
  dienst,
  meldingen,
}: {
  ctx: PageContext;
  serviceId: string;
  dienst: HsdsObject;
  meldingen: Melding[];
}) {
  const { t } = ctx;
  const gecontroleerd = datumTekst(ctx, dienst.assured_date);
  return (
    <section aria-labelledby="status-kop">
      <Heading level={2} id="status-kop">
        {t('socialeKaartBeheer.status.kop')}
      </Heading>
      <Paragraph>
        {t('socialeKaartBeheer.status.zin', { status: t(statusLabel(dienst.status)) })}{' '}
        {gecontroleerd
          ? t('socialeKaartBeheer.gecontroleerd.zin', {
              datum: gecontroleerd,
              wie: dienst.assurer_email ?? '',
            })
          : t('socialeKaartBeheer.gecontroleerd.nooit')}
      </Paragraph>
      {meldingen.map((melding) => (
        <Alert type="warning" key={melding.id}>
          <Paragraph>{t('socialeKaartBeheer.meldingen.bij-dienst', { email: melding.email })}</Paragraph>
          <Paragraph>{melding.tekst}</Paragraph>
        </Alert>
      ))}
      <div class="utrecht-button-group">
        {dienst.status === 'active' ? (
          <>
            <PostForm ctx={ctx} action={`/beheer/sociale-kaart/${serviceId}/gecontroleerd`}>
              <input type="hidden" name="terug" value="dienst" />
              <SubmitButton appearance="secondary-action">
                {t('socialeKaartBeheer.gecontroleerd.knop')}
              </SubmitButton>
            </PostForm>
            <PostForm ctx={ctx} action={`/beheer/sociale-kaart/${serviceId}/controle-mail`}>
              <input type="hidden" name="terug" value="dienst" />
              <SubmitButton appearance="secondary-action">
                {t('socialeKaartBeheer.controle-mail.knop')}
              </SubmitButton>
            </PostForm>
            <PostForm ctx={ctx} action={`/beheer/sociale-kaart/${serviceId}/status`}>
              <input type="hidden" name="status" value="inactive" />
              <SubmitButton appearance="secondary-action">{t('socialeKaartBeheer.stoppen')}</SubmitButton>
            </PostForm>
          </>
        ) : (
          <PostForm ctx={ctx} action={`/beheer/sociale-kaart/${serviceId}/status`}>
            <input type="hidden" name="status" value="active" />
            <SubmitButton appearance="secondary-action">{t('socialeKaartBeheer.activeren')}</SubmitButton>
          </PostForm>
        )}
      </div>
    </section>
  );
}

function DienstVelden({
  ctx,
  values,
  errors = {},
  rijen,
  keuzes,
  levensgebieden,
  kenmerken,
}: DienstFormProps) {
  const { t } = ctx;
  const v = (name: string) => values[name];
  return (
    <>
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('socialeKaartBeheer.groep.dienst')}
        </legend>
        <TextField
          name="naam"
          label={t('socialeKaartBeheer.veld.naam')}
          value={v('naam')}
          error={errors.naam}
          maxLength={200}
        />
        <TextArea
          name="omschrijving"
          label={t('socialeKaartBeheer.veld.omschrijving')}
          description={t('socialeKaartBeheer.veld.omschrijving.uitleg')}
          value={v('omschrijving')}
          error={errors.omschrijving}
          maxLength={2000}
        />
        <TextArea
          name="voor_wie"
          label={t('socialeKaartBeheer.veld.voor-wie')}
          description={t('socialeKaartBeheer.veld.voor-wie.uitleg')}
          value={v('voor_wie')}
          error={errors.voor_wie}
          maxLength={1000}
          rows={2}
        />
        <InvoerVeld
          name="kosten"
          label={t('socialeKaartBeheer.veld.kosten')}
          description={t('socialeKaartBeheer.veld.kosten.uitleg')}
          value={v('kosten')}
          error={errors.kosten}
          maxLength={500}
        />
      </fieldset>

      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('socialeKaartBeheer.groep.organisatie')}
        </legend>
        <SelectField
          name="organisatie"
          label={t('socialeKaartBeheer.veld.organisatie')}
          description={t('socialeKaartBeheer.veld.organisatie.uitleg')}
          value={v('organisatie') ?? ''}
          error={errors.organisatie}
          options={[
            { value: '', label: t('socialeKaartBeheer.veld.organisatie.kies') },
            ...keuzes.organisaties,
            { value: 'nieuw', label: t('socialeKaartBeheer.veld.organisatie.nieuw') },
          ]}
        />
        <InvoerVeld
          name="organisatie_naam"
          label={t('socialeKaartBeheer.veld.organisatie-naam')}
          description={t('socialeKaartBeheer.veld.organisatie-naam.uitleg')}
          value={v('organisatie_naam')}
          error={errors.organisatie_naam}
          maxLength={200}
        />
        <TextArea
          name="organisatie_omschrijving"
          label={t('socialeKaartBeheer.veld.organisatie-omschrijving')}
          value={v('organisatie_omschrijving')}
          error={errors.organisatie_omschrijving}
          maxLength={1000}
          rows={2}
        />
      </fieldset>

      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('socialeKaartBeheer.groep.contact')}
        </legend>
        <InvoerVeld
          name="telefoon"
          type="tel"
          label={t('socialeKaartBeheer.veld.telefoon')}
          value={v('telefoon')}
          error={errors.telefoon}
          maxLength={30}
        />
        <InvoerVeld
          name="email"
          type="email"
          label={t('socialeKaartBeheer.veld.email')}
          description={t('socialeKaartBeheer.veld.email.uitleg')}
          value={v('email')}
          error={errors.email}
          maxLength={254}
        />
        <InvoerVeld
          name="website"
          type="url"
          label={t('socialeKaartBeheer.veld.website')}
          value={v('website')}
          error={errors.website}
          maxLength={500}
        />
      </fieldset>

      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('socialeKaartBeheer.groep.adres')}
        </legend>
        <Paragraph>{t('socialeKaartBeheer.groep.adres.uitleg')}</Paragraph>
        <InvoerVeld
          name="adres"
          label={t('socialeKaartBeheer.veld.straat')}
          value={v('adres')}
          error={errors.adres}
          maxLength={200}
        />
        <InvoerVeld
          name="postcode"
          label={t('socialeKaartBeheer.veld.postcode')}
          value={v('postcode')}
          error={errors.postcode}
          maxLength={10}
          size={8}
        />
        <InvoerVeld
          name="plaats"
          label={t('socialeKaartBeheer.veld.plaats')}
          value={v('plaats')}
          error={errors.plaats}
          maxLength={100}
        />
        <InvoerVeld
          name="provincie"
          label={t('socialeKaartBeheer.veld.provincie')}
          description={t('socialeKaartBeheer.veld.provincie.uitleg')}
          value={v('provincie')}
          error={errors.provincie}
          maxLength={100}
        />
      </fieldset>

      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" id="veld-openingstijden">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('socialeKaartBeheer.groep.openingstijden')}
        </legend>
        <Paragraph>{t('socialeKaartBeheer.groep.openingstijden.uitleg')}</Paragraph>
        {Array.from({ length: rijen }, (_, i) => (
          <fieldset
            class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset redzaam-openingstijd"
            key={i}
          >
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {t('socialeKaartBeheer.openingstijd.rij', { nummer: i + 1 })}
            </legend>
            <SelectField
              name={`dag-${i}`}
              label={t('socialeKaartBeheer.openingstijd.dag')}
              value={v(`dag-${i}`) ?? ''}
              error={errors[`dag-${i}`]}
              options={[
                { value: '', label: t('socialeKaartBeheer.openingstijd.geen-dag') },
                ...DAGEN.map((dag) => ({ value: dag, label: t(`socialeKaartBeheer.dag.${dag}`) })),
              ]}
            />
            <InvoerVeld
              name={`open-${i}`}
              type="time"
              label={t('socialeKaartBeheer.openingstijd.open')}
              value={v(`open-${i}`)}
              error={errors[`open-${i}`]}
            />
            <InvoerVeld
              name={`sluit-${i}`}
              type="time"
              label={t('socialeKaartBeheer.openingstijd.sluit')}
              value={v(`sluit-${i}`)}
              error={errors[`sluit-${i}`]}
            />
          </fieldset>
        ))}
        <input type="hidden" name="rijen" value={String(rijen)} />
      </fieldset>

      {keuzes.levensgebieden.length > 0 ? (
        <KeuzeGroep
          name="levensgebieden"
          legend={t('socialeKaartBeheer.veld.levensgebieden')}
          description={t('socialeKaartBeheer.veld.levensgebieden.uitleg')}
          options={keuzes.levensgebieden}
          checked={levensgebieden}
          error={errors.levensgebieden}
        />
      ) : null}
      {keuzes.kenmerken.length > 0 ? (
        <KeuzeGroep
          name="kenmerken"
          legend={t('socialeKaartBeheer.veld.kenmerken')}
          options={keuzes.kenmerken}
          checked={kenmerken}
          error={errors.kenmerken}
        />
      ) : null}
    </>
  );
}
