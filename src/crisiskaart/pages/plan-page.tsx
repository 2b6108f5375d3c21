import { formatDate } from '../../platform/dates.js';
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
  UnorderedList,
} from '../../platform/views/components.js';
import { KeuzeGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { MAX_TEKST, TAKEN } from '../codes.js';
import type { PlanData } from '../lezen.js';
import { afspraakTelling } from '../rules.js';
import { Delen, TerugLink } from './onderdelen.js';

export const PLAN_MELDINGEN = [
  'gevraagd',
  'verwijderd',
  'antwoord.afgesproken',
  'antwoord.afgewezen',
  'antwoord.al-beantwoord',
] as const;
export type PlanMelding = (typeof PLAN_MELDINGEN)[number];

/**
 * The longer crisisplan: every part she wrote (and whether it is on the card), whom to warn,
 * and the practical agreements with their state. The resident asks people on her map here; a
 * person asked whose account is linked answers here.
 */
export function PlanPage({
  ctx,
  data,
  melding,
  errors = {},
  waarden = {},
}: {
  ctx: PageContext;
  data: PlanData;
  melding?: PlanMelding | undefined;
  errors?: FieldErrors;
  waarden?: Record<string, string>;
}) {
  const { t } = ctx;
  const basis = `/dossiers/${data.dossierId}/crisiskaart`;
  const titel = data.eigenaar
    ? t('crisiskaart.plan.titel')
    : t('crisiskaart.plan.titel.ander', { naam: data.inwonerNaam });
  const telling = afspraakTelling(data.afspraken);
  return (
    <Layout ctx={ctx} title={titel}>
      <TerugLink href={basis}>{t('crisiskaart.link.kaart')}</TerugLink>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type={melding === 'antwoord.al-beantwoord' ? 'warning' : 'ok'}>
          <Paragraph>{t(`crisiskaart.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      <Paragraph lead>{t('crisiskaart.plan.intro')}</Paragraph>
      {data.delen.length === 0 ? <Paragraph>{t('crisiskaart.leeg')}</Paragraph> : null}
      <Delen delen={data.delen} t={t} metKaartLabel />
      {data.waarschuwen.length > 0 ? (
        <section aria-labelledby="waarschuwen">
          <Heading level={2} id="waarschuwen">
            {t('crisiskaart.waarschuwen.kop')}
          </Heading>
          <UnorderedList items={data.waarschuwen} />
        </section>
      ) : null}
      {data.gemaaktOp && data.gecontroleerdOp ? (
        <Paragraph>
          {t('crisiskaart.gemaakt', { datum: formatDate(data.gemaaktOp, ctx.locale) })}.{' '}
          {t('crisiskaart.gecontroleerd', { datum: formatDate(data.gecontroleerdOp, ctx.locale) })}.
        </Paragraph>
      ) : null}
      <section aria-labelledby="afspraken">
        <Heading level={2} id="afspraken">
          {t('crisiskaart.afspraken.kop')}
        </Heading>
        <Paragraph>{t('crisiskaart.plan.afspraken.intro')}</Paragraph>
        {data.eigenaar && data.afspraken.length > 0 ? (
          <Paragraph>
            <strong>
              {t('crisiskaart.plan.telling', {
                afgesproken: telling.afgesproken,
                gevraagd: telling.gevraagd,
                afgewezen: telling.afgewezen,
              })}
            </strong>
          </Paragraph>
        ) : null}
        {data.afspraken.length === 0 ? <Paragraph>{t('crisiskaart.plan.afspraken.leeg')}</Paragraph> : null}
        <ul class="redzaam-netwerk-kaartjes">
          {data.afspraken.map((a) => (
            <li class="redzaam-netwerk-kaartje" key={a.id} id={`afspraak-${a.id}`}>
              <Heading level={3}>
                {t('crisiskaart.afspraak.regel', { taak: t(`crisiskaart.taak.${a.taak}`), wie: a.wie })}
              </Heading>
              <Paragraph>
                <strong>{t(`crisiskaart.status.${a.status}`)}</strong>
              </Paragraph>
              {a.toelichting ? <Paragraph>{a.toelichting}</Paragraph> : null}
              {a.aanMij && a.status === 'gevraagd' ? (
                <>
                  <Paragraph>{t('crisiskaart.aan-mij')}</Paragraph>
                  <div class="redzaam-netwerk-besluit">
                    <PostForm ctx={ctx} action={`${basis}/afspraken/${a.id}/antwoord`}>
                      <input type="hidden" name="antwoord" value="ja" />
                      <SubmitButton>{t('crisiskaart.knop.ja')}</SubmitButton>
                    </PostForm>
                    <PostForm ctx={ctx} action={`${basis}/afspraken/${a.id}/antwoord`}>
                      <input type="hidden" name="antwoord" value="nee" />
                      <SubmitButton appearance="secondary-action">{t('crisiskaart.knop.nee')}</SubmitButton>
                    </PostForm>
                  </div>
                </>
              ) : null}
              {data.eigenaar ? (
                <PostForm ctx={ctx} action={`${basis}/afspraken/${a.id}/verwijderen`}>
                  <SubmitButton appearance="secondary-action">
                    {t('crisiskaart.knop.verwijderen')}
                  </SubmitButton>
                </PostForm>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {data.eigenaar ? (
        <section aria-labelledby="vragen">
          <Heading level={2} id="vragen">
            {t('crisiskaart.vragen.kop')}
          </Heading>
          {data.personen.length === 0 ? (
            <Paragraph>{t('crisiskaart.vragen.geen-netwerk')}</Paragraph>
          ) : (
            <PostForm ctx={ctx} action={`${basis}/afspraken`}>
              <SelectField
                name="persoon"
                label={t('crisiskaart.veld.persoon')}
                options={data.personen.map((p) => ({ value: p.id, label: p.naam }))}
                value={waarden.persoon}
                error={errors.persoon}
              />
              <KeuzeGroep
                name="taak"
                legend={t('crisiskaart.veld.taak')}
                options={TAKEN.map((taak) => ({ value: taak, label: t(`crisiskaart.taak.${taak}`) }))}
                value={waarden.taak ?? ''}
                error={errors.taak}
              />
              <TextArea
                name="toelichting"
                label={t('crisiskaart.veld.toelichting')}
                value={waarden.toelichting}
                error={errors.toelichting}
                maxLength={MAX_TEKST}
              />
              <TextField
                name="email"
                type="email"
                autocomplete="off"
                required={false}
                label={t('crisiskaart.veld.email')}
                description={t('crisiskaart.veld.email.uitleg')}
                value={waarden.email}
                error={errors.email}
              />
              <SubmitButton>{t('crisiskaart.knop.vragen')}</SubmitButton>
            </PostForm>
          )}
        </section>
      ) : null}
    </Layout>
  );
}
