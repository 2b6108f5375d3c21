import { Begrip } from '../../platform/views/begrip.js';
import {
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
  TextField,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Waarden } from '../forms.js';
import type { GesprekOverzicht, LijstData, TermijnRegel } from '../lezen.js';
import { dagTekst } from '../weergave.js';

/** One deadline's state in words. */
export function standTekst(ctx: PageContext, r: TermijnRegel): string {
  const { t } = ctx;
  switch (r.stand) {
    case 'gedaan':
      return t('gesprekken.termijn.gedaan');
    case 'open':
      return t('gesprekken.termijn.open', { dagen: r.dagenOver });
    case 'bijna':
      return t('gesprekken.termijn.bijna', { dagen: r.dagenOver });
    case 'verlopen':
      return t('gesprekken.termijn.verlopen', { dagen: -r.dagenOver });
  }
}

/** The deadlines of one melding as both sides see them (a list: it reads well at 320 px). */
export function TermijnLijst({ ctx, gesprek }: { ctx: PageContext; gesprek: GesprekOverzicht }) {
  const { t, locale } = ctx;
  return (
    <ul class="utrecht-unordered-list" aria-label={t('gesprekken.termijnen.caption')}>
      {gesprek.termijnen.map((r) => (
        <li class="utrecht-unordered-list__item" key={r.soort} data-termijn={r.soort} data-stand={r.stand}>
          <strong>{t(`gesprekken.termijn.${r.soort}`)}</strong>:{' '}
          {t('gesprekken.termijn.uiterlijk', { datum: dagTekst(r.uiterlijk, locale) })}. {standTekst(ctx, r)}.
        </li>
      ))}
    </ul>
  );
}

/** Her requests for help with their deadlines, and a form to report a new one. */
export function LijstPage({
  ctx,
  data,
  errors = {},
  waarden = {},
}: {
  ctx: PageContext;
  data: LijstData;
  errors?: FieldErrors;
  waarden?: Waarden;
}) {
  const { t, locale } = ctx;
  const titel = data.eigenaar
    ? t('gesprekken.titel')
    : t('gesprekken.titel.ander', { naam: data.inwonerNaam });
  const s = (naam: string) => (typeof waarden[naam] === 'string' ? (waarden[naam] as string) : '');
  const basis = `/dossiers/${data.dossierId}/gesprekken`;
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>
        {data.eigenaar ? t('gesprekken.intro') : t('gesprekken.intro.ander', { naam: data.inwonerNaam })}
      </Paragraph>
      <Begrip t={t} code="keukentafelgesprek" woord="keukentafelgesprek" />
      {data.gesprekken.length === 0 ? <Paragraph>{t('gesprekken.geen')}</Paragraph> : null}
      {data.gesprekken.map((g) => (
        <section key={g.id} aria-labelledby={`gesprek-${g.id}`}>
          <Heading level={2} id={`gesprek-${g.id}`}>
            {t('gesprekken.gesprek.kop', { datum: dagTekst(g.gemeldOp, locale) })}
          </Heading>
          <TermijnLijst ctx={ctx} gesprek={g} />
          <Paragraph>
            <Link href={`${basis}/${g.id}`}>
              {t('gesprekken.gesprek.link', { datum: dagTekst(g.gemeldOp, locale) })}
            </Link>
          </Paragraph>
        </section>
      ))}
      {data.kanMelden ? (
        <section aria-labelledby="nieuw">
          <Heading level={2} id="nieuw">
            {t('gesprekken.nieuw.kop')}
          </Heading>
          <Paragraph>
            {t('gesprekken.nieuw.uitleg', {
              plan: data.termijnInstelling.planDagen,
              onderzoek: data.termijnInstelling.onderzoekDagen,
            })}
          </Paragraph>
          <ErrorSummary ctx={ctx} errors={errors} />
          <PostForm ctx={ctx} action={basis}>
            <TextField
              name="gemeld_op"
              type="date"
              label={t('gesprekken.veld.gemeld-op')}
              description={t('gesprekken.veld.gemeld-op.uitleg')}
              value={s('gemeld_op') || data.vandaag}
              error={errors.gemeld_op}
            />
            <TextField
              name="onderzoek_uiterlijk"
              type="date"
              required={false}
              label={t('gesprekken.veld.onderzoek-uiterlijk')}
              description={t('gesprekken.veld.onderzoek-uiterlijk.uitleg')}
              value={s('onderzoek_uiterlijk')}
              error={errors.onderzoek_uiterlijk}
            />
            <SubmitButton>{t('gesprekken.knop.melden')}</SubmitButton>
          </PostForm>
        </section>
      ) : null}
    </Layout>
  );
}
