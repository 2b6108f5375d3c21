import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Paragraph,
  PostForm,
  SubmitButton,
  TextArea,
  TextField,
} from '../../platform/views/components.js';
import { VinkGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { MAX_NAAM, MAX_TEKST, VELDEN } from '../codes.js';
import type { Waarden } from '../forms.js';
import type { FormStand } from '../lezen.js';
import { gevuldeDelen } from '../rules.js';
import { Delen, TerugLink } from './onderdelen.js';

/**
 * The editor: every part as free text with "zet dit op het kaartje", whom to tell in an
 * emergency (people on her map), and the card's own name (hers only). A grantee with
 * `voorstellen` sends the same form as a proposal. After a conflict the stored card is shown
 * above the form, which keeps her input and carries today's version.
 */
export function BewerkenPage({
  ctx,
  stand,
  waarden,
  versie,
  errors = {},
  conflict = false,
}: {
  ctx: PageContext;
  stand: FormStand;
  waarden: Waarden;
  versie: number;
  errors?: FieldErrors;
  conflict?: boolean;
}) {
  const { t } = ctx;
  const basis = `/dossiers/${stand.dossierId}/crisiskaart`;
  const titel = t(stand.kanBewerken ? 'crisiskaart.bewerken.titel' : 'crisiskaart.bewerken.titel.voorstel');
  return (
    <Layout ctx={ctx} title={titel}>
      <TerugLink href={basis}>{t('crisiskaart.link.kaart')}</TerugLink>
      <Heading level={1}>{titel}</Heading>
      {conflict ? (
        <Alert type="warning">
          <Paragraph>{t('crisiskaart.conflict')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      {conflict ? (
        <section aria-labelledby="nu" class="redzaam-crisiskaart__nu">
          <Heading level={2} id="nu">
            {t('crisiskaart.conflict.nu')}
          </Heading>
          <Delen
            delen={gevuldeDelen(stand.inhoud, false).map((d) => ({
              ...d,
              opKaart: stand.inhoud.delen[d.code].opKaart,
            }))}
            t={t}
            niveau={3}
            metKaartLabel
          />
        </section>
      ) : null}
      <Paragraph lead>
        {stand.kanBewerken
          ? t('crisiskaart.bewerken.intro')
          : t('crisiskaart.bewerken.intro.voorstel', { naam: stand.inwonerNaam })}
      </Paragraph>
      <PostForm ctx={ctx} action={`${basis}/bewerken`}>
        <input type="hidden" name="versie" value={String(versie)} />
        {stand.eigenaar ? (
          <TextField
            name="naam"
            label={t('crisiskaart.veld.naam')}
            description={t('crisiskaart.veld.naam.uitleg')}
            value={waarden.naam}
            error={errors.naam}
            required={false}
            maxLength={MAX_NAAM}
          />
        ) : null}
        {VELDEN.map((code) => (
          <div class="redzaam-crisiskaart__veld" key={code}>
            <TextArea
              name={`tekst-${code}`}
              label={t(`crisiskaart.deel.${code}`)}
              value={waarden.inhoud.delen[code].tekst}
              error={errors[`tekst-${code}`]}
              maxLength={MAX_TEKST}
              rows={4}
            />
            <VinkGroep
              name={`kaart-${code}`}
              legend={t(`crisiskaart.deel.${code}`)}
              options={[{ value: 'ja', label: t('crisiskaart.veld.op-kaart') }]}
              values={waarden.inhoud.delen[code].opKaart ? ['ja'] : []}
              error={errors[`kaart-${code}`]}
            />
          </div>
        ))}
        {stand.personen.length > 0 ? (
          <VinkGroep
            name="waarschuw"
            legend={t('crisiskaart.veld.waarschuw')}
            description={t('crisiskaart.veld.waarschuw.uitleg')}
            options={stand.personen.map((p) => ({ value: p.id, label: p.naam }))}
            values={waarden.inhoud.waarschuwPersonen}
            error={errors.waarschuw}
          />
        ) : (
          <Paragraph>{t('crisiskaart.veld.waarschuw.leeg')}</Paragraph>
        )}
        <SubmitButton>
          {t(stand.kanBewerken ? 'crisiskaart.knop.bewaren' : 'crisiskaart.knop.voorstellen')}
        </SubmitButton>
      </PostForm>
    </Layout>
  );
}
