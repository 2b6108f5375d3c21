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
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { CONTACTEN, LIEVER_NIET_REDENEN, STEUN } from '../codes.js';
import { MAX_NAAM, MAX_NOTITIE, type Waarden } from '../forms.js';
import { CIRKELS } from '../kaart/types.js';
import type { FormData } from '../lezen.js';
import { aangebodenRelaties } from '../rules.js';
import { gebiedTekst, relatieTekst } from '../weergave.js';
import { KeuzeGroep, TerugLink, VinkGroep } from './onderdelen.js';

/**
 * Adding or changing one person: plain fieldsets with radio buttons and check boxes, errors next
 * to the fields. A grantee with `voorstellen` sends it as a proposal; the name's visibility, the
 * notes and the link to an account are the resident's alone and not on their form.
 */
export function PersoonPage({
  ctx,
  data,
  waarden,
  versie,
  errors = {},
  conflict = false,
  verwijderConflict = false,
}: {
  ctx: PageContext;
  data: FormData;
  waarden: Waarden;
  versie: number;
  errors?: FieldErrors;
  conflict?: boolean;
  verwijderConflict?: boolean;
}) {
  const { t } = ctx;
  const basis = `/dossiers/${data.dossierId}/netwerk`;
  const persoon = data.persoon;
  const titel = persoon
    ? t('netwerk.form.titel.wijzig', { naam: persoon.label })
    : t('netwerk.form.titel.nieuw');
  const s = (naam: string) => {
    const v = waarden[naam];
    return typeof v === 'string' ? v : '';
  };
  const l = (naam: string) => {
    const v = waarden[naam];
    return Array.isArray(v) ? v : [];
  };
  const naamVerborgen = !data.eigenaar && persoon !== undefined && !persoon.persoon.naamZichtbaar;
  const action = persoon ? `${basis}/personen/${persoon.persoon.id}` : `${basis}/nieuw`;
  const vinken = ['eigen_problemen', 'zwaar_belast', 'kost_energie', 'liever_niet'].filter(
    (v) => s(v) === 'ja',
  );
  return (
    <Layout ctx={ctx} title={titel}>
      <TerugLink href={basis}>{t('netwerk.terug')}</TerugLink>
      <Heading level={1}>{titel}</Heading>
      {conflict ? (
        <Alert type="error">
          <Paragraph>{t('netwerk.fout.conflict')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      {!data.kanBewerken ? (
        <Paragraph lead>{t('netwerk.form.voorstel', { naam: data.inwonerNaam })}</Paragraph>
      ) : null}
      <Paragraph>{t('netwerk.form.intro')}</Paragraph>
      <div class="redzaam-netwerk-form">
        <PostForm ctx={ctx} action={action}>
          <input type="hidden" name="versie" value={String(versie)} />
          {naamVerborgen ? (
            <>
              <input type="hidden" name="naam" value={persoon?.label ?? ''} />
              <Paragraph>{t('netwerk.veld.naam-verborgen', { naam: data.inwonerNaam })}</Paragraph>
            </>
          ) : (
            <TextField
              name="naam"
              label={t('netwerk.veld.naam')}
              description={t('netwerk.veld.naam.uitleg')}
              value={s('naam')}
              error={errors.naam}
              maxLength={MAX_NAAM}
              autocomplete="off"
            />
          )}
          {data.eigenaar ? (
            <VinkGroep
              name="naam_zichtbaar"
              legend={t('netwerk.veld.naam-zichtbaar')}
              description={t('netwerk.veld.naam-zichtbaar.uitleg')}
              options={[{ value: 'ja', label: t('netwerk.veld.naam-zichtbaar') }]}
              values={s('naam_zichtbaar') === 'ja' ? ['ja'] : []}
              error={errors.naam_zichtbaar}
            />
          ) : null}
          <SelectField
            name="relatie"
            label={t('netwerk.veld.relatie')}
            value={s('relatie')}
            error={errors.relatie}
            options={[
              { value: '', label: t('netwerk.veld.relatie.kies') },
              ...aangebodenRelaties(data.relaties, persoon?.persoon.relatie).map((code) => ({
                value: code,
                label: relatieTekst(code, t, data.relaties),
              })),
            ]}
          />
          <KeuzeGroep
            name="cirkel"
            legend={t('netwerk.veld.cirkel')}
            value={s('cirkel')}
            error={errors.cirkel}
            options={CIRKELS.map((c) => ({ value: c, label: t(`netwerk.cirkel.${c}`) }))}
          />
          <KeuzeGroep
            name="contact"
            legend={t('netwerk.veld.contact')}
            value={s('contact')}
            error={errors.contact}
            options={CONTACTEN.map((c) => ({ value: c, label: t(`netwerk.contact.${c}`) }))}
          />
          <KeuzeGroep
            name="dichtbij"
            legend={t('netwerk.veld.dichtbij')}
            value={s('dichtbij')}
            error={errors.dichtbij}
            options={[
              { value: 'ja', label: t('netwerk.veld.dichtbij.ja') },
              { value: 'nee', label: t('netwerk.veld.dichtbij.nee') },
            ]}
          />
          <VinkGroep
            name="krijgt"
            legend={t('netwerk.veld.krijgt')}
            values={l('krijgt')}
            error={errors.krijgt}
            options={STEUN.map((v) => ({ value: v, label: t(`netwerk.steun.${v}`) }))}
          />
          <VinkGroep
            name="geeft"
            legend={t('netwerk.veld.geeft')}
            values={l('geeft')}
            error={errors.geeft}
            options={STEUN.map((v) => ({ value: v, label: t(`netwerk.steun.${v}`) }))}
          />
          <VinkGroep
            name="helpt_bij"
            legend={t('netwerk.veld.helpt-bij')}
            values={l('helpt_bij')}
            error={errors.helpt_bij}
            options={data.gebieden.map((g) => ({
              value: g.code,
              label: gebiedTekst(data.gebieden, g.code, t),
            }))}
          />
          <VinkGroep
            name="draagkracht"
            legend={t('netwerk.veld.draagkracht')}
            values={vinken}
            options={[
              { value: 'eigen_problemen', name: 'eigen_problemen', label: t('netwerk.vlag.eigen-problemen') },
              { value: 'zwaar_belast', name: 'zwaar_belast', label: t('netwerk.vlag.zwaar-belast') },
              { value: 'kost_energie', name: 'kost_energie', label: t('netwerk.vlag.kost-energie') },
            ]}
          />
          <VinkGroep
            name="liever_niet"
            legend={t('netwerk.veld.vragen')}
            values={vinken.includes('liever_niet') ? ['ja'] : []}
            error={errors.liever_niet}
            options={[{ value: 'ja', label: t('netwerk.vlag.liever-niet-vragen') }]}
          />
          <KeuzeGroep
            name="liever_niet_reden"
            legend={t('netwerk.veld.reden')}
            value={s('liever_niet_reden')}
            error={errors.liever_niet_reden}
            options={[
              { value: '', label: t('netwerk.reden.geen') },
              ...LIEVER_NIET_REDENEN.map((r) => ({ value: r, label: t(`netwerk.reden.${r}`) })),
            ]}
          />
          {data.eigenaar ? (
            <TextArea
              name="notitie"
              label={t('netwerk.veld.notitie')}
              value={s('notitie')}
              error={errors.notitie}
              maxLength={MAX_NOTITIE}
            />
          ) : null}
          {data.eigenaar && (data.grantees.length > 0 || s('account_id') !== '') ? (
            <SelectField
              name="account_id"
              label={t('netwerk.veld.account')}
              description={t('netwerk.veld.account.uitleg')}
              value={s('account_id')}
              error={errors.account_id}
              options={[
                { value: '', label: t('netwerk.veld.account.geen') },
                ...data.grantees.map((g) => ({ value: g.accountId, label: g.naam })),
                ...(s('account_id') !== '' && !data.grantees.some((g) => g.accountId === s('account_id'))
                  ? [{ value: s('account_id'), label: t('netwerk.kaartje.toegang.gestopt') }]
                  : []),
              ]}
            />
          ) : null}
          <SubmitButton>
            {data.kanBewerken ? t('netwerk.knop.opslaan') : t('netwerk.knop.voorstel-sturen')}
          </SubmitButton>
        </PostForm>
      </div>
      {persoon && data.kanBewerken ? (
        <section aria-labelledby="verwijderen">
          <Heading level={2} id="verwijderen">
            {t('netwerk.verwijderen.kop')}
          </Heading>
          {verwijderConflict ? (
            <Alert type="error">
              <Paragraph>{t('netwerk.fout.verwijderen')}</Paragraph>
            </Alert>
          ) : null}
          <Paragraph>{t('netwerk.verwijderen.uitleg')}</Paragraph>
          <PostForm ctx={ctx} action={`${basis}/personen/${persoon.persoon.id}/verwijderen`}>
            <input type="hidden" name="versie" value={String(persoon.persoon.versie)} />
            <SubmitButton appearance="secondary-action">{t('netwerk.knop.verwijderen')}</SubmitButton>
          </PostForm>
        </section>
      ) : null}
    </Layout>
  );
}
