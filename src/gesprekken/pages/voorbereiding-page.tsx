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
} from '../../platform/views/components.js';
import { VinkGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { MAX_TEKST, type Waarden } from '../forms.js';
import type { GesprekData } from '../lezen.js';
import { gebiedNaam, persoonlijkPlan } from '../weergave.js';
import { lijstWaarde, Vraagkaarten } from './onderdelen.js';

/**
 * Preparing the talk: the domains (prefilled from her own assessment), per domain what goes
 * well and what she wants, her network in numbers, whom she would rather not ask, what she
 * could give, and the question cards. Works without JavaScript; every field is optional.
 */
export function VoorbereidingPage({
  ctx,
  data,
  waarden,
  versie,
  errors = {},
  conflict = false,
}: {
  ctx: PageContext;
  data: GesprekData;
  waarden: Waarden;
  versie: number;
  errors?: FieldErrors;
  conflict?: boolean;
}) {
  const { t, locale } = ctx;
  const basis = `/dossiers/${data.dossierId}/gesprekken/${data.gesprek.id}`;
  const titel = t('gesprekken.voorbereiding.titel');
  // On a conflict: what is stored now, as it reads in the plan (without its own h1).
  const plan = persoonlijkPlan(data, t, locale);
  const opgeslagen = { ...plan, blokken: plan.blokken.filter((b) => b.soort !== 'kop' || b.niveau !== 1) };
  const s = (naam: string) => (typeof waarden[naam] === 'string' ? (waarden[naam] as string) : '');
  const l = (naam: string) => lijstWaarde(waarden, naam);
  return (
    <Layout ctx={ctx} title={titel}>
      <Paragraph>
        <Link href={basis}>{t('gesprekken.terug')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      {conflict ? (
        <Alert type="error">
          <Paragraph>{t('gesprekken.fout.conflict')}</Paragraph>
          <PdfDocumentHtml document={opgeslagen} />
        </Alert>
      ) : null}
      <Paragraph lead>{t('gesprekken.voorbereiding.intro')}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action={`${basis}/voorbereiding`}>
        <input type="hidden" name="versie" value={String(versie)} />
        <VinkGroep
          name="gebieden"
          legend={t('gesprekken.voorbereiding.gebieden')}
          description={data.aandacht.length > 0 ? t('gesprekken.voorbereiding.gebieden.uitleg') : undefined}
          options={data.gebieden.map((g) => ({ value: g.code, label: gebiedNaam(data.gebieden, g.code, t) }))}
          values={l('gebieden')}
          error={errors.gebieden}
        />
        <Heading level={2}>{t('gesprekken.voorbereiding.per-gebied')}</Heading>
        {data.gebieden.map((g) => {
          const naam = gebiedNaam(data.gebieden, g.code, t);
          return (
            <div key={g.code}>
              <TextArea
                name={`goed_${g.code}`}
                label={t('gesprekken.voorbereiding.goed', { gebied: naam })}
                value={s(`goed_${g.code}`)}
                maxLength={MAX_TEKST}
                rows={2}
                error={errors[`goed_${g.code}`]}
              />
              <TextArea
                name={`wil_${g.code}`}
                label={t('gesprekken.voorbereiding.wil', { gebied: naam })}
                value={s(`wil_${g.code}`)}
                maxLength={MAX_TEKST}
                rows={2}
                error={errors[`wil_${g.code}`]}
              />
            </div>
          );
        })}
        <Heading level={2}>{t('gesprekken.voorbereiding.netwerk.kop')}</Heading>
        <Paragraph>
          {data.netwerk
            ? t('gesprekken.voorbereiding.netwerk.aantal', { aantal: data.netwerk.personen })
            : t('gesprekken.voorbereiding.netwerk.geen-zicht')}
        </Paragraph>
        <TextArea
          name="niet_vragen"
          label={t('gesprekken.voorbereiding.niet-vragen')}
          value={s('niet_vragen')}
          maxLength={MAX_TEKST}
          error={errors.niet_vragen}
        />
        <TextArea
          name="geven"
          label={t('gesprekken.voorbereiding.geven')}
          value={s('geven')}
          maxLength={MAX_TEKST}
          error={errors.geven}
        />
        <Heading level={2}>{t('gesprekken.voorbereiding.vragen')}</Heading>
        <Paragraph>{t('gesprekken.voorbereiding.vragen.uitleg')}</Paragraph>
        <Vraagkaarten ctx={ctx} waarden={waarden} error={errors.vragen} />
        <SubmitButton>{t('gesprekken.knop.bewaar')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
