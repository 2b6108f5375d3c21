import { formatDate } from '../../platform/dates.js';
import { Begrip } from '../../platform/views/begrip.js';
import {
  Alert,
  ButtonLink,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { DELEN } from '../forms.js';
import type { OverzichtData } from '../lezen.js';
import { FASEN, type Fase, type FaseInhoud } from '../rules.js';
import { HistorieGrafiek } from './historie-grafiek.js';

export const OVERZICHT_MELDINGEN = ['bewaard', 'afgeschaald'] as const;
export type OverzichtMelding = (typeof OVERZICHT_MELDINGEN)[number];

/** The parts of one phase as a list of headed paragraphs (empty parts left out). */
function FaseDelen({ ctx, inhoud, kopNiveau }: { ctx: PageContext; inhoud: FaseInhoud; kopNiveau: 3 }) {
  const { t } = ctx;
  const delen = DELEN.filter((d) => inhoud[d].length > 0);
  if (delen.length === 0) return <Paragraph>{t('waakvlam.plan.leeg')}</Paragraph>;
  return (
    <>
      {delen.map((d) => (
        <div key={d}>
          <Heading level={kopNiveau}>{t(`waakvlam.deel.${d}`)}</Heading>
          {inhoud[d].split('\n').map((regel, i) => (
            <p class="utrecht-paragraph" key={i}>
              {regel}
            </p>
          ))}
        </div>
      ))}
    </>
  );
}

/** The waakvlam: the current phase, what was agreed, the plan, the history. */
export function OverzichtPage({
  ctx,
  data,
  nu,
  melding,
  kanNiet,
}: {
  ctx: PageContext;
  data: OverzichtData;
  nu: Date;
  melding?: OverzichtMelding | undefined;
  kanNiet?: boolean;
}) {
  const { t } = ctx;
  const basis = `/dossiers/${data.dossierId}/waakvlam`;
  const titel = data.eigenaar ? t('waakvlam.titel') : t('waakvlam.titel.ander', { naam: data.inwonerNaam });
  const { plan } = data;
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      <Begrip t={t} code="waakvlam" woord="Waakvlam" />
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`waakvlam.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      {kanNiet ? (
        <Alert type="error">
          <Paragraph>{t('waakvlam.fout.afschalen')}</Paragraph>
        </Alert>
      ) : null}
      {!plan ? (
        data.eigenaar ? (
          <>
            <Paragraph lead>{t('waakvlam.intro')}</Paragraph>
            <ButtonLink href={`${basis}/plan`}>{t('waakvlam.knop.maken')}</ButtonLink>
          </>
        ) : (
          <Paragraph>{t('waakvlam.geen-plan.ander', { naam: data.inwonerNaam })}</Paragraph>
        )
      ) : (
        <>
          <section aria-labelledby="waakvlam-nu">
            <Heading level={2} id="waakvlam-nu">
              {t('waakvlam.nu.kop')}
            </Heading>
            <p
              class={`utrecht-paragraph utrecht-paragraph--lead redzaam-waakvlam-fase redzaam-waakvlam-fase--${plan.fase}`}
            >
              <strong>{t(`waakvlam.fase.${plan.fase}`)}</strong>
              {data.zicht === 'alleen-fase' ? null : ` · ${t(`waakvlam.intensiteit.${plan.intensiteit}`)}`}
            </p>
            {data.zicht === 'alleen-fase' ? (
              <Paragraph>{t('waakvlam.alleen-fase', { naam: data.inwonerNaam })}</Paragraph>
            ) : null}
          </section>
          {data.afschalen ? (
            <Alert type="info">
              <Paragraph>{t('waakvlam.afschalen.vraag')}</Paragraph>
              <PostForm ctx={ctx} action={`${basis}/afschalen`}>
                <input type="hidden" name="intensiteit" value={String(plan.intensiteit)} />
                <SubmitButton>{t('waakvlam.knop.afschalen')}</SubmitButton>
              </PostForm>
            </Alert>
          ) : null}
          {data.zicht === 'alleen-fase' ? null : (
            <>
              <section aria-labelledby="waakvlam-afspraken">
                <Heading level={2} id="waakvlam-afspraken">
                  {t('waakvlam.afspraken.kop', { fase: t(`waakvlam.fase.${plan.fase}`) })}
                </Heading>
                <FaseDelen ctx={ctx} inhoud={plan.fasen[plan.fase]} kopNiveau={3} />
              </section>
              <section aria-labelledby="waakvlam-plan">
                <Heading level={2} id="waakvlam-plan">
                  {t('waakvlam.plan.kop')}
                </Heading>
                {FASEN.filter((f: Fase) => f !== plan.fase).map((f) => (
                  <details class="redzaam-waakvlam-fasedetail" key={f}>
                    <summary>{t('waakvlam.plan.fase', { fase: t(`waakvlam.fase.${f}`) })}</summary>
                    <FaseDelen ctx={ctx} inhoud={plan.fasen[f]} kopNiveau={3} />
                  </details>
                ))}
                {data.eigenaar ? (
                  <Paragraph>
                    <Link href={`${basis}/plan`}>{t('waakvlam.knop.aanpassen')}</Link>
                  </Paragraph>
                ) : null}
              </section>
              {data.eigenaar ? (
                <section aria-labelledby="waakvlam-checkins">
                  <Heading level={2} id="waakvlam-checkins">
                    {t('waakvlam.checkins.kop')}
                  </Heading>
                  <Paragraph>
                    {t('waakvlam.checkins.ritme', {
                      dagen: plan.intervalDagen,
                      datum: formatDate(plan.volgendeCheckinOp, ctx.locale),
                    })}
                  </Paragraph>
                  <Paragraph>
                    {data.gekozenNamen.length > 0
                      ? t('waakvlam.checkins.gekozen', { namen: data.gekozenNamen.join(', ') })
                      : t('waakvlam.checkins.niemand')}
                  </Paragraph>
                  <Paragraph>
                    <Link href={`${basis}/checkin`}>{t('waakvlam.knop.checkin')}</Link>
                  </Paragraph>
                  {data.laatsteCheckin?.antwoorden && data.laatsteCheckin.beantwoordOp ? (
                    <Paragraph>
                      {t('waakvlam.checkins.laatste', {
                        datum: formatDate(data.laatsteCheckin.beantwoordOp, ctx.locale),
                        fase: t(`waakvlam.fase.${data.laatsteCheckin.fase ?? 'goed'}`),
                      })}
                    </Paragraph>
                  ) : null}
                </section>
              ) : null}
              <HistorieGrafiek
                ctx={ctx}
                overgangen={data.overgangen}
                samenvatting={data.samenvatting}
                nu={nu}
              />
            </>
          )}
        </>
      )}
    </Layout>
  );
}
