import { formatDate, formatTime } from '../../../platform/dates.js';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  PostForm,
  TextArea,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import {
  MAX_TOELICHTING,
  MAX_TOELICHTING_ITEM,
  type Perspectief,
  PG_DIMENSIES,
  pgTitel,
  pgUitleg,
  pgVraag,
  REGIE_GROEPEN,
  regieGroepTitel,
  regieItemStelling,
  regieItemTitel,
  regieSchaalLabel,
  type Vragenlijst,
} from '../items.js';
import { type FormWaarden, veldId, WEET_NIET } from '../rules.js';
import { RadioGroep, Vinkje } from './velden.js';

export type InvulMelding = 'opgeslagen' | 'conflict';

export const pad = (dossierId: string, vragenlijst: Vragenlijst) =>
  `/dossiers/${dossierId}/levensgebieden/${vragenlijst}`;

/**
 * The form of one questionnaire for the person filling it in: every question can be skipped,
 * "Opslaan" keeps a draft for the next visit, "Klaar" stores the answers as a round.
 */
export function InvulPage({
  ctx,
  vragenlijst,
  dossierId,
  perspectief,
  inwonerNaam,
  waarden,
  version,
  errors = {},
  melding,
  opgeslagenOp,
}: {
  ctx: PageContext;
  vragenlijst: Vragenlijst;
  dossierId: string;
  perspectief: Perspectief;
  inwonerNaam: string;
  waarden: FormWaarden;
  version: number;
  errors?: FieldErrors;
  melding?: InvulMelding | undefined;
  opgeslagenOp?: Date | undefined;
}) {
  const { t } = ctx;
  const regie = vragenlijst === 'eigen-regie';
  const titel = regie
    ? perspectief === 'inwoner'
      ? t('vragenlijst.regie.invullen.titel')
      : t('vragenlijst.regie.invullen.titel-ander', { naam: inwonerNaam })
    : t('vragenlijst.pg.invullen.titel');
  const antwoord = (code: string) =>
    waarden.antwoorden[code] ?? { waarde: '', toelichting: '', praten: false };
  return (
    <Layout ctx={ctx} title={titel}>
      <Paragraph>
        <Link href={pad(dossierId, vragenlijst)}>
          {regie ? t('vragenlijst.regie.titel') : t('vragenlijst.pg.titel')}
        </Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>
        {regie
          ? perspectief === 'inwoner'
            ? t('vragenlijst.regie.invullen.intro')
            : t('vragenlijst.regie.invullen.intro-ander', { naam: inwonerNaam })
          : t('vragenlijst.pg.invullen.intro')}
      </Paragraph>
      <Paragraph>{t('vragenlijst.invullen.overslaan')}</Paragraph>
      {melding === 'opgeslagen' ? (
        <Alert type="ok">
          <Paragraph>
            {opgeslagenOp
              ? t('vragenlijst.melding.opgeslagen-op', {
                  datum: formatDate(opgeslagenOp, ctx.locale),
                  tijd: formatTime(opgeslagenOp, ctx.locale),
                })
              : t('vragenlijst.melding.opgeslagen')}
          </Paragraph>
        </Alert>
      ) : null}
      {melding === 'conflict' ? (
        <Alert type="warning">
          <Paragraph>{t('vragenlijst.melding.conflict')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action={`${pad(dossierId, vragenlijst)}/invullen`} id="veld-formulier">
        <input type="hidden" name="version" value={String(version)} />
        {errors.formulier ? (
          <div class="utrecht-form-field-error-message" id="veld-formulier-fout">
            {errors.formulier}
          </div>
        ) : null}
        {regie
          ? REGIE_GROEPEN.map((groep) => (
              <section key={groep.code} aria-labelledby={`groep-${groep.code}`}>
                <Heading level={2} id={`groep-${groep.code}`}>
                  {t(regieGroepTitel(groep.code))}
                </Heading>
                {groep.items.map((code) => (
                  <div class="redzaam-card" key={code}>
                    <RadioGroep
                      id={veldId.antwoord(code)}
                      name={`antwoord.${code}`}
                      legend={
                        <>
                          <strong>{t(regieItemTitel(code))}</strong>:{' '}
                          {t(regieItemStelling(code, perspectief))}
                        </>
                      }
                      options={[
                        ...[1, 2, 3, 4, 5].map((score) => ({
                          value: String(score),
                          label: t(regieSchaalLabel(score)),
                        })),
                        { value: WEET_NIET, label: t('vragenlijst.weet-niet') },
                        { value: '', label: t('vragenlijst.geen-antwoord') },
                      ]}
                      value={antwoord(code).waarde}
                      error={errors[veldId.antwoord(code)]}
                    />
                    <TextArea
                      id={veldId.toelichting(code)}
                      name={`toelichting.${code}`}
                      label={t('vragenlijst.toelichting.item', { item: t(regieItemTitel(code)) })}
                      value={antwoord(code).toelichting}
                      error={errors[veldId.toelichting(code)]}
                      maxLength={MAX_TOELICHTING_ITEM}
                    />
                  </div>
                ))}
              </section>
            ))
          : PG_DIMENSIES.map((code) => (
              <div class="redzaam-card" key={code}>
                <RadioGroep
                  id={veldId.antwoord(code)}
                  name={`antwoord.${code}`}
                  legend={
                    <>
                      <strong>{t(pgTitel(code))}</strong>: {t(pgVraag(code))}
                    </>
                  }
                  description={`${t(pgUitleg(code))} ${t('vragenlijst.pg.schaal')}`}
                  options={[
                    ...Array.from({ length: 11 }, (_, score) => ({
                      value: String(score),
                      label: String(score),
                    })),
                    { value: '', label: t('vragenlijst.geen-antwoord') },
                  ]}
                  value={antwoord(code).waarde}
                  error={errors[veldId.antwoord(code)]}
                />
                <Vinkje
                  id={veldId.praten(code)}
                  name={`praten.${code}`}
                  label={t('vragenlijst.pg.praten.vinkje', { item: t(pgTitel(code)) })}
                  checked={antwoord(code).praten}
                  error={errors[veldId.praten(code)]}
                />
                <TextArea
                  id={veldId.toelichting(code)}
                  name={`toelichting.${code}`}
                  label={t('vragenlijst.toelichting.item', { item: t(pgTitel(code)) })}
                  value={antwoord(code).toelichting}
                  error={errors[veldId.toelichting(code)]}
                  maxLength={MAX_TOELICHTING_ITEM}
                />
              </div>
            ))}
        <Heading level={2}>{t('vragenlijst.toelichting.kop')}</Heading>
        <TextArea
          id="toelichting"
          name="toelichting"
          label={t('vragenlijst.toelichting.algemeen')}
          value={waarden.toelichting}
          error={errors.toelichting}
          maxLength={MAX_TOELICHTING}
        />
        <Paragraph>{t('vragenlijst.knoppen.uitleg')}</Paragraph>
        <div class="redzaam-knoppen">
          <button
            type="submit"
            name="knop"
            value="opslaan"
            class="utrecht-button utrecht-button--secondary-action"
          >
            {t('vragenlijst.knop.opslaan')}
          </button>{' '}
          <button
            type="submit"
            name="knop"
            value="indienen"
            class="utrecht-button utrecht-button--primary-action"
          >
            {t('vragenlijst.knop.indienen')}
          </button>
        </div>
      </PostForm>
    </Layout>
  );
}
