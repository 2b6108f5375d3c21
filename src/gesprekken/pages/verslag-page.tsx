import { PdfDocumentHtml } from '../../platform/pdf/pdf-document-html.js';
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
import { KeuzeGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { MAX_TEKST, type Waarden } from '../forms.js';
import type { GesprekData } from '../lezen.js';
import type { VerslagVersie } from '../queries.js';
import type { VerslagWeigering } from '../rules.js';
import { dagTekst, gebiedNaam, verslagDocument } from '../weergave.js';
import { DoelVelden } from './onderdelen.js';

export const VERSLAG_MELDINGEN = ['opgesteld', 'gecorrigeerd', 'akkoord', 'oneens'] as const;
export type VerslagMelding = (typeof VERSLAG_MELDINGEN)[number];

/** A version shown inside the page, under its own h2 (the document's h1 becomes an h2). */
function Versie({ ctx, data, versie }: { ctx: PageContext; data: GesprekData; versie: VerslagVersie }) {
  return <PdfDocumentHtml document={verslagDocument(data, versie, ctx.t, ctx.locale, 2)} />;
}

/**
 * The report: the current version (or the final one), her correction in a new version, her
 * decision (agree, or disagree with her reaction), and every earlier version. On an outdated
 * version both versions are shown and her input is kept. Works without JavaScript.
 */
export function VerslagPage({
  ctx,
  data,
  melding,
  waarden,
  errors = {},
  conflict,
}: {
  ctx: PageContext;
  data: GesprekData;
  melding?: VerslagMelding | undefined;
  waarden?: Waarden | undefined;
  errors?: FieldErrors;
  conflict?: { gezien: number; reden: VerslagWeigering } | undefined;
}) {
  const { t, locale } = ctx;
  const g = data.gesprek;
  const basis = `/dossiers/${data.dossierId}/gesprekken/${g.id}`;
  const titel = t('gesprekken.verslag.titel', { naam: data.inwonerNaam });
  const laatste = g.verslagen.at(-1);
  const getoond = g.definitief ?? laatste;
  const gezien = conflict ? g.verslagen.find((v) => v.nummer === conflict.gezien) : undefined;
  const w = waarden ?? {};
  const s = (naam: string, standaard = '') => (typeof w[naam] === 'string' ? (w[naam] as string) : standaard);
  const open = !g.definitief && laatste !== undefined;
  return (
    <Layout ctx={ctx} title={titel}>
      <Paragraph>
        <Link href={basis}>{t('gesprekken.terug.gesprek')}</Link>
      </Paragraph>
      {g.definitief ? null : <Heading level={1}>{titel}</Heading>}
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`gesprekken.melding.verslag.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      {conflict ? (
        <Alert type="error">
          <Paragraph>
            {t(`gesprekken.fout.verslag.${conflict.reden}`, {
              gezien: conflict.gezien,
              nu: laatste?.nummer ?? 0,
            })}
          </Paragraph>
        </Alert>
      ) : null}
      {g.definitief ? (
        // The final version is the page's own document (its h1 is the page's): the PDF says exactly this.
        <PdfDocumentHtml document={verslagDocument(data, g.definitief, t, locale)} />
      ) : null}
      {!getoond ? <Paragraph>{t('gesprekken.verslag.geen')}</Paragraph> : null}
      {getoond ? (
        <section aria-labelledby="status">
          <Heading level={2} id="status">
            {t('gesprekken.verslag.status.kop')}
          </Heading>
          <Paragraph>
            <strong data-status={g.definitief ? g.definitief.besluit : 'open'}>
              {g.definitief
                ? t(`gesprekken.verslag.status.${g.definitief.besluit ?? 'akkoord'}`, {
                    naam: data.inwonerNaam,
                  })
                : t('gesprekken.verslag.status.open', { nummer: getoond.nummer, naam: data.inwonerNaam })}
            </strong>
          </Paragraph>
          {g.definitief ? (
            <Paragraph>
              <Link href={`${basis}/verslag.pdf`}>{t('gesprekken.verslag.pdf')}</Link>
            </Paragraph>
          ) : null}
          {g.definitief?.besluit === 'akkoord' && g.definitief.inhoud.doelen.length > 0 ? (
            <Paragraph>
              {t('gesprekken.verslag.doelen-in-plan')}{' '}
              <Link href={`/dossiers/${data.dossierId}/plan`}>{t('gesprekken.verslag.naar-plan')}</Link>
            </Paragraph>
          ) : null}
        </section>
      ) : null}
      {gezien && laatste && gezien.nummer !== laatste.nummer ? (
        <section aria-labelledby="gezien">
          <Heading level={2} id="gezien">
            {t('gesprekken.verslag.gezien', { nummer: gezien.nummer })}
          </Heading>
          <Versie ctx={ctx} data={data} versie={gezien} />
        </section>
      ) : null}
      {getoond && !g.definitief ? (
        <section aria-labelledby="huidig" data-versie={getoond.nummer}>
          <Heading level={2} id="huidig">
            {t('gesprekken.verslag.huidig', { nummer: getoond.nummer })}
          </Heading>
          <Versie ctx={ctx} data={data} versie={getoond} />
        </section>
      ) : null}
      {open && laatste && data.kanBeslissen ? (
        <section aria-labelledby="besluit">
          <Heading level={2} id="besluit">
            {t('gesprekken.verslag.besluit.kop')}
          </Heading>
          <Paragraph>{t('gesprekken.verslag.besluit.uitleg', { nummer: laatste.nummer })}</Paragraph>
          <ErrorSummary ctx={ctx} errors={errors.besluit || errors.reactie ? errors : {}} />
          <PostForm ctx={ctx} action={`${basis}/verslag/besluit`}>
            <input type="hidden" name="nummer" value={String(laatste.nummer)} />
            <KeuzeGroep
              name="besluit"
              legend={t('gesprekken.verslag.besluit.vraag')}
              options={[
                { value: 'akkoord', label: t('gesprekken.verslag.besluit.akkoord') },
                { value: 'oneens', label: t('gesprekken.verslag.besluit.oneens') },
              ]}
              value={s('besluit')}
              error={errors.besluit}
            />
            <TextArea
              name="reactie"
              label={t('gesprekken.verslag.reactie.veld')}
              description={t('gesprekken.verslag.reactie.uitleg')}
              value={s('reactie')}
              maxLength={MAX_TEKST}
              error={errors.reactie}
            />
            <SubmitButton>{t('gesprekken.knop.besluit')}</SubmitButton>
          </PostForm>
        </section>
      ) : null}
      {open && laatste && data.kanCorrigeren ? (
        <section aria-labelledby="corrigeren">
          <Heading level={2} id="corrigeren">
            {t('gesprekken.verslag.corrigeren.kop')}
          </Heading>
          <Paragraph>{t('gesprekken.verslag.corrigeren.uitleg')}</Paragraph>
          <ErrorSummary ctx={ctx} errors={errors.besluit || errors.reactie ? {} : errors} />
          <PostForm ctx={ctx} action={`${basis}/verslag`}>
            {/* After a conflict she has seen both versions: saving again builds on the newest. */}
            <input type="hidden" name="basis" value={String(laatste.nummer)} />
            {laatste.inhoud.perGebied.map((p) => (
              <TextArea
                key={p.code}
                name={`tekst_${p.code}`}
                label={gebiedNaam(data.gebieden, p.code, t)}
                value={s(`tekst_${p.code}`, p.tekst)}
                maxLength={MAX_TEKST}
                rows={4}
                error={errors[`tekst_${p.code}`]}
              />
            ))}
            <DoelVelden
              ctx={ctx}
              gebieden={data.gebieden}
              waarde={(naam) => {
                const n = Number(naam.replace(/\D+/g, '')) - 1;
                const doel = laatste.inhoud.doelen[n];
                return s(naam, naam.startsWith('doel_gebied_') ? (doel?.gebied ?? '') : (doel?.tekst ?? ''));
              }}
              errors={errors}
            />
            <TextArea
              name="betrokkenen"
              label={t('gesprekken.voeren.betrokkenen')}
              value={s('betrokkenen', laatste.inhoud.betrokkenen)}
              maxLength={MAX_TEKST}
              error={errors.betrokkenen}
            />
            <TextField
              name="regievoerder"
              label={t('gesprekken.voeren.regievoerder')}
              value={s('regievoerder', laatste.inhoud.regievoerder)}
              required={false}
              maxLength={200}
              error={errors.regievoerder}
            />
            <SubmitButton appearance="secondary-action">{t('gesprekken.knop.corrigeren')}</SubmitButton>
          </PostForm>
        </section>
      ) : null}
      {g.verslagen.length > 1 ? (
        <section aria-labelledby="versies">
          <Heading level={2} id="versies">
            {t('gesprekken.verslag.versies')}
          </Heading>
          <ul class="utrecht-unordered-list">
            {g.verslagen.map((v) => (
              <li class="utrecht-unordered-list__item" key={v.id} data-versie={v.nummer}>
                {t('gesprekken.verslag.versie.regel', {
                  nummer: v.nummer,
                  wie: v.auteurNaam ?? t('gesprekken.verslag.onbekend'),
                  datum: dagTekst(v.createdAt.toISOString().slice(0, 10), locale),
                })}
                {v.besluit
                  ? ` ${t(`gesprekken.verslag.status.${v.besluit}`, { naam: data.inwonerNaam })}`
                  : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
