import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
  TextArea,
  TextField,
} from '../../platform/views/components.js';
import { KeuzeGroep, VinkGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { BeraadData } from '../beraad.js';
import { MAX_TEKST, type Waarden } from '../forms.js';
import type { VerslagWeigering } from '../rules.js';
import { dagTekst, gebiedNaam } from '../weergave.js';
import { DoelVelden, lijstWaarde } from './onderdelen.js';

export const BERAAD_MELDINGEN = [
  'ingericht',
  'plan',
  'akkoord',
  'oneens',
  'eigen-tijd-begin',
  'eigen-tijd-einde',
  'ongewijzigd',
] as const;
export type BeraadMelding = (typeof BERAAD_MELDINGEN)[number];

/** Which form an error or a kept input belongs to. */
export type BeraadFormulier = 'inrichten' | 'plan' | 'besluit';

/**
 * The netwerkberaad (Eigen Kracht-style): who is invited from her map (with her consent per
 * person) and their answers and offers; the agenda and the information part; the network's
 * private time; the network's plan; her decision. During the private time a professional sees
 * that it is going on, not what the network writes. Works without JavaScript.
 */
export function BeraadPage({
  ctx,
  data,
  melding,
  formulier,
  waarden = {},
  errors = {},
  conflict,
}: {
  ctx: PageContext;
  data: BeraadData;
  melding?: BeraadMelding | undefined;
  formulier?: BeraadFormulier | undefined;
  waarden?: Waarden;
  errors?: FieldErrors;
  conflict?: VerslagWeigering | undefined;
}) {
  const { t, locale } = ctx;
  const b = data.beraad;
  const basis = `/dossiers/${data.dossierId}/gesprekken/${data.gesprek.id}`;
  const titel = t('gesprekken.beraad.titel', { naam: data.inwonerNaam });
  const van = (f: BeraadFormulier) => (formulier === f ? waarden : undefined);
  const veld = (f: BeraadFormulier, naam: string, standaard: string) => {
    const w = van(f)?.[naam];
    return typeof w === 'string' ? w : standaard;
  };
  const fouten = (f: BeraadFormulier) => (formulier === f ? errors : {});
  const open = b !== undefined && b.besluit === null;
  const eigenTijd = b?.eigenTijdSinds != null;
  const status = !b ? 'geen' : b.besluit ? b.besluit : eigenTijd ? 'eigen-tijd' : 'open';
  const gekozen = van('inrichten')
    ? lijstWaarde(waarden, 'uitnodigen')
    : (b?.genodigden.map((g) => g.persoonId) ?? []);
  return (
    <Layout ctx={ctx} title={titel}>
      <Paragraph>
        <Link href={basis}>{t('gesprekken.terug.gesprek')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>{t('gesprekken.beraad.intro')}</Paragraph>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`gesprekken.beraad.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      {conflict ? (
        <Alert type="error">
          <Paragraph>{t(`gesprekken.beraad.fout.${conflict}`)}</Paragraph>
        </Alert>
      ) : null}
      <section aria-labelledby="stand">
        <Heading level={2} id="stand">
          {t('gesprekken.beraad.stand.kop')}
        </Heading>
        <Paragraph>
          <strong data-status={status}>
            {t(`gesprekken.beraad.stand.${status}`, { naam: data.inwonerNaam })}
          </strong>
        </Paragraph>
        {b ? (
          <Paragraph>{t('gesprekken.beraad.datum', { datum: dagTekst(b.datum, locale) })}</Paragraph>
        ) : null}
        {b?.besluit === 'oneens' && b.reactie !== '' ? (
          <Paragraph>{t('gesprekken.beraad.reactie', { reactie: b.reactie })}</Paragraph>
        ) : null}
        {b?.besluit === 'akkoord' && b.inhoud.afspraken.length > 0 ? (
          <Paragraph>
            {t('gesprekken.beraad.in-plan')}{' '}
            <Link href={`/dossiers/${data.dossierId}/plan`}>{t('gesprekken.verslag.naar-plan')}</Link>
          </Paragraph>
        ) : null}
      </section>
      {b ? (
        <section aria-labelledby="agenda">
          <Heading level={2} id="agenda">
            {t('gesprekken.beraad.agenda.kop')}
          </Heading>
          <ul class="utrecht-unordered-list">
            {b.inhoud.agenda.map((code) => (
              <li class="utrecht-unordered-list__item" key={code}>
                {gebiedNaam(data.gebieden, code, t)}
              </li>
            ))}
          </ul>
          {b.inhoud.informatie !== '' ? (
            <>
              <Heading level={3}>{t('gesprekken.beraad.informatie.kop')}</Heading>
              <Paragraph>{b.inhoud.informatie}</Paragraph>
            </>
          ) : null}
          <Heading level={3}>{t('gesprekken.beraad.genodigden.kop')}</Heading>
          {b.genodigden.length === 0 ? <Paragraph>{t('gesprekken.beraad.genodigden.geen')}</Paragraph> : null}
          <ul class="utrecht-unordered-list">
            {b.genodigden.map((g) => (
              <li class="utrecht-unordered-list__item" key={g.id} data-antwoord={g.antwoord ?? 'open'}>
                {t(`gesprekken.beraad.genodigde.${g.antwoord ?? 'open'}`, { naam: g.naam })}
                {data.netwerkTekst && g.aanbod !== ''
                  ? ` ${t('gesprekken.beraad.aanbod', { aanbod: g.aanbod })}`
                  : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {b ? (
        <section aria-labelledby="eigen-tijd">
          <Heading level={2} id="eigen-tijd">
            {t('gesprekken.beraad.eigen-tijd.kop')}
          </Heading>
          <Paragraph>{t('gesprekken.beraad.eigen-tijd.uitleg')}</Paragraph>
          {!data.netwerkTekst ? (
            <Alert type="info">
              <Paragraph>{t('gesprekken.beraad.eigen-tijd.verborgen')}</Paragraph>
            </Alert>
          ) : null}
          {open && data.kanCorrigeren && (data.netwerkTekst || !eigenTijd) ? (
            <PostForm ctx={ctx} action={`${basis}/netwerkberaad/eigen-tijd`}>
              <input type="hidden" name="aan" value={eigenTijd ? 'nee' : 'ja'} />
              <SubmitButton appearance="secondary-action">
                {t(
                  eigenTijd
                    ? 'gesprekken.beraad.knop.eigen-tijd-einde'
                    : 'gesprekken.beraad.knop.eigen-tijd-begin',
                )}
              </SubmitButton>
            </PostForm>
          ) : null}
        </section>
      ) : null}
      {b && data.netwerkTekst ? (
        <section aria-labelledby="plan" data-versie={b.versie}>
          <Heading level={2} id="plan">
            {t('gesprekken.beraad.plan.kop')}
          </Heading>
          {b.inhoud.afspraken.length === 0 ? <Paragraph>{t('gesprekken.beraad.plan.geen')}</Paragraph> : null}
          <ul class="utrecht-unordered-list">
            {b.inhoud.afspraken.map((a, i) => (
              <li class="utrecht-unordered-list__item" key={String(i)}>
                {t('gesprekken.beraad.afspraak.regel', {
                  tekst: a.tekst,
                  gebied: gebiedNaam(data.gebieden, a.gebied, t),
                  wie: a.wie === '' ? t('gesprekken.beraad.afspraak.niemand') : a.wie,
                })}
              </li>
            ))}
          </ul>
          {open && data.kanPlannen ? (
            <>
              <Paragraph>{t('gesprekken.beraad.plan.uitleg')}</Paragraph>
              <ErrorSummary ctx={ctx} errors={fouten('plan')} />
              <PostForm ctx={ctx} action={`${basis}/netwerkberaad/plan`}>
                <input type="hidden" name="versie" value={String(b.versie)} />
                <DoelVelden
                  ctx={ctx}
                  gebieden={data.gebieden}
                  metWie
                  waarde={(naam) => {
                    const n = Number(naam.replace(/\D+/g, '')) - 1;
                    const a = b.inhoud.afspraken[n];
                    const standaard = naam.startsWith('doel_gebied_')
                      ? (a?.gebied ?? '')
                      : naam.startsWith('doel_wie_')
                        ? (a?.wie ?? '')
                        : (a?.tekst ?? '');
                    return veld('plan', naam, standaard);
                  }}
                  errors={fouten('plan')}
                />
                <SubmitButton>{t('gesprekken.beraad.knop.plan')}</SubmitButton>
              </PostForm>
            </>
          ) : null}
        </section>
      ) : null}
      {b && open && data.kanBeslissen ? (
        <section aria-labelledby="besluit">
          <Heading level={2} id="besluit">
            {t('gesprekken.beraad.besluit.kop')}
          </Heading>
          <Paragraph>{t('gesprekken.beraad.besluit.uitleg')}</Paragraph>
          <ErrorSummary ctx={ctx} errors={fouten('besluit')} />
          <PostForm ctx={ctx} action={`${basis}/netwerkberaad/besluit`}>
            <input type="hidden" name="nummer" value={String(b.versie)} />
            <KeuzeGroep
              name="besluit"
              legend={t('gesprekken.beraad.besluit.vraag')}
              options={[
                { value: 'akkoord', label: t('gesprekken.beraad.besluit.akkoord') },
                { value: 'oneens', label: t('gesprekken.beraad.besluit.oneens') },
              ]}
              value={veld('besluit', 'besluit', '')}
              error={fouten('besluit').besluit}
            />
            <TextArea
              name="reactie"
              label={t('gesprekken.verslag.reactie.veld')}
              description={t('gesprekken.verslag.reactie.uitleg')}
              value={veld('besluit', 'reactie', '')}
              maxLength={MAX_TEKST}
              error={fouten('besluit').reactie}
            />
            <SubmitButton>{t('gesprekken.knop.besluit')}</SubmitButton>
          </PostForm>
        </section>
      ) : null}
      {data.kanInrichten && (!b || open) ? (
        <section aria-labelledby="inrichten">
          <Heading level={2} id="inrichten">
            {t(b ? 'gesprekken.beraad.inrichten.kop.wijzigen' : 'gesprekken.beraad.inrichten.kop')}
          </Heading>
          <Paragraph>{t('gesprekken.beraad.inrichten.uitleg')}</Paragraph>
          <ErrorSummary ctx={ctx} errors={fouten('inrichten')} />
          <PostForm ctx={ctx} action={`${basis}/netwerkberaad`}>
            <input type="hidden" name="versie" value={String(b?.versie ?? 0)} />
            <TextField
              name="datum"
              label={t('gesprekken.beraad.veld.datum')}
              description={t('gesprekken.veld.gemeld-op.uitleg')}
              value={veld('inrichten', 'datum', b?.datum ?? '')}
              maxLength={10}
              error={fouten('inrichten').datum}
            />
            <VinkGroep
              name="agenda"
              legend={t('gesprekken.beraad.veld.agenda')}
              description={t('gesprekken.beraad.veld.agenda.uitleg')}
              options={data.gebieden.map((g) => ({
                value: g.code,
                label: gebiedNaam(data.gebieden, g.code, t),
              }))}
              values={
                van('inrichten')
                  ? lijstWaarde(waarden, 'agenda')
                  : (b?.inhoud.agenda ?? data.gesprek.voorbereiding?.gebieden ?? data.aandacht)
              }
              error={fouten('inrichten').agenda}
            />
            <TextArea
              name="informatie"
              label={t('gesprekken.beraad.veld.informatie')}
              description={t('gesprekken.beraad.veld.informatie.uitleg')}
              value={veld('inrichten', 'informatie', b?.inhoud.informatie ?? '')}
              maxLength={MAX_TEKST}
              error={fouten('inrichten').informatie}
            />
            {data.personen.length === 0 ? (
              <Paragraph>
                {t('gesprekken.beraad.geen-kaart')}{' '}
                <Link href={`/dossiers/${data.dossierId}/netwerk`}>{t('gesprekken.beraad.naar-kaart')}</Link>
              </Paragraph>
            ) : (
              <VinkGroep
                name="uitnodigen"
                legend={t('gesprekken.beraad.veld.uitnodigen')}
                description={t('gesprekken.beraad.veld.uitnodigen.uitleg')}
                options={data.personen.map((p) => ({
                  value: p.id,
                  label: p.lieverNiet ? t('gesprekken.beraad.persoon.liever-niet', { naam: p.naam }) : p.naam,
                }))}
                values={gekozen}
                error={fouten('inrichten').uitnodigen}
              />
            )}
            {data.personen
              .filter((p) => !b?.genodigden.some((g) => g.persoonId === p.id))
              .map((p) => (
                <TextField
                  key={p.id}
                  name={`email_${p.id}`}
                  type="email"
                  autocomplete="off"
                  label={t('gesprekken.beraad.veld.email', { naam: p.naam })}
                  description={p.email ? t('gesprekken.beraad.veld.email.account') : undefined}
                  value={veld('inrichten', `email_${p.id}`, '')}
                  required={false}
                  maxLength={254}
                  error={fouten('inrichten')[`email_${p.id}`]}
                />
              ))}
            <SubmitButton>{t('gesprekken.beraad.knop.inrichten')}</SubmitButton>
          </PostForm>
        </section>
      ) : null}
    </Layout>
  );
}
