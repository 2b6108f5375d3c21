import type { MessageKey } from '../../../platform/i18n/i18n.js';
import {
  Alert,
  ErrorSummary,
  Heading,
  Link,
  Paragraph,
  PostForm,
  TextArea,
} from '../../../platform/views/components.js';
import { VinkGroep } from '../../../platform/views/keuzes.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import type { Beoordeling } from '../beoordelen.js';
import type { Deel } from '../opschonen.js';
import type { OpenAntwoord, Peiling } from '../queries.js';
import { type Markering, markeer } from '../rules.js';
import { vraagVan } from '../vraagbank.js';
import { vraagTekst } from './invullen-pages.js';

const soortTekst = (soort: Markering['soort']) => `monitor.open.soort.${soort}` as MessageKey;

/** The answer as given, with the automatic highlight as <mark> (the list of parts names them too). */
function Gemarkeerd({ tekst }: { tekst: string }) {
  const stukken: (string | { mark: string })[] = [];
  let plek = 0;
  for (const m of markeer(tekst)) {
    stukken.push(tekst.slice(plek, m.begin), { mark: tekst.slice(m.begin, m.eind) });
    plek = m.eind;
  }
  stukken.push(tekst.slice(plek));
  return (
    <blockquote class="utrecht-blockquote" style="white-space:pre-wrap;overflow-wrap:anywhere">
      {stukken.map((s) => (typeof s === 'string' ? s : <mark>{s.mark}</mark>))}
    </blockquote>
  );
}

function Knop({ actie, children, tweede }: { actie: string; children: string; tweede?: boolean }) {
  return (
    <button
      type="submit"
      name="actie"
      value={actie}
      class={`utrecht-button utrecht-button--${tweede ? 'secondary-action' : 'primary-action'}`}
    >
      {children}
    </button>
  );
}

export type BeoordelenProps = {
  ctx: PageContext;
  peiling: Peiling;
  wachtend: number;
  melding?: string | undefined;
  /** The answer on the screen, as stored (the original text until it is reviewed) */
  antwoord?: OpenAntwoord | undefined;
  delen?: Deel[];
  /** Indexes into `delen` the reviewer marked to go */
  gekozen?: number[];
  /** What the text field holds */
  tekst?: string;
  fout?: string | undefined;
  /** Someone else reviewed it first: what is stored now, and what she sent */
  conflict?: { huidig: OpenAntwoord; mijn: Beoordeling } | undefined;
};

/**
 * The review of open answers: one at a time, with the automatic highlight, a list of the parts
 * to remove (ticked by default; "Opnieuw voorstellen" rebuilds the text without JavaScript),
 * the cleaned text to change further, and approve or throw away. After a conflict both versions
 * are shown, one under the other, and she chooses which stays.
 */
export function BeoordelenPage(props: BeoordelenProps) {
  const { ctx, peiling, antwoord, conflict } = props;
  const { t } = ctx;
  const titel = t('monitor.open.titel', { titel: peiling.titel });
  const vraag = antwoord ? vraagVan(antwoord.vraag) : undefined;
  const actie = antwoord ? `/panel/peilingen/${peiling.id}/beoordelen/${antwoord.id}` : '';
  const delen = props.delen ?? [];
  const errors = props.fout ? { tekst: props.fout } : {};
  return (
    <Layout ctx={ctx} title={conflict ? t('monitor.open.conflict.titel') : titel}>
      <Heading level={1}>{titel}</Heading>
      {props.melding ? (
        <Alert type="ok">
          <Paragraph>{props.melding}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('monitor.open.uitleg')}</Paragraph>
      <Paragraph>
        {props.wachtend > 0 ? t('monitor.open.wachtend', { n: props.wachtend }) : t('monitor.open.klaar')}
      </Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      {antwoord && conflict ? (
        <>
          <Alert type="warning">
            <Heading level={2}>{t('monitor.open.conflict.titel')}</Heading>
            <Paragraph>{t('monitor.open.conflict')}</Paragraph>
          </Alert>
          {vraag ? <Paragraph>{`${t('monitor.open.vraag')}: ${vraagTekst(vraag, t)}`}</Paragraph> : null}
          <section aria-labelledby="versie-nu">
            <Heading level={2} id="versie-nu">
              {t('monitor.open.conflict.nu')}
            </Heading>
            <Versie weggelaten={conflict.huidig.weggelaten} tekst={conflict.huidig.tekst} ctx={ctx} />
          </section>
          <section aria-labelledby="versie-jij">
            <Heading level={2} id="versie-jij">
              {t('monitor.open.conflict.jij')}
            </Heading>
            <Versie
              weggelaten={conflict.mijn.soort === 'weggelaten'}
              tekst={conflict.mijn.soort === 'goedgekeurd' ? conflict.mijn.tekst : ''}
              ctx={ctx}
            />
          </section>
          <PostForm ctx={ctx} action={actie}>
            <input type="hidden" name="versie" value={String(conflict.huidig.versie)} />
            {conflict.mijn.soort === 'goedgekeurd' ? (
              <>
                <TextArea
                  name="tekst"
                  label={t('monitor.open.tekst')}
                  value={props.tekst ?? conflict.mijn.tekst}
                  error={props.fout}
                  maxLength={4000}
                  rows={6}
                />
                <Knop actie="goedkeuren">{t('monitor.open.conflict.mijn')}</Knop>
              </>
            ) : (
              <Knop actie="weggooien">{t('monitor.open.conflict.mijn')}</Knop>
            )}
          </PostForm>
          <Paragraph>
            <Link href={`/panel/peilingen/${peiling.id}/beoordelen`}>{t('monitor.open.conflict.hun')}</Link>
          </Paragraph>
        </>
      ) : antwoord ? (
        <section aria-labelledby="antwoord">
          {vraag ? (
            <>
              <Heading level={2}>{t('monitor.open.vraag')}</Heading>
              <Paragraph>{vraagTekst(vraag, t)}</Paragraph>
            </>
          ) : null}
          <Heading level={2} id="antwoord">
            {t('monitor.open.antwoord')}
          </Heading>
          {antwoord.beoordeeld ? <Paragraph>{t('monitor.open.nagekeken')}</Paragraph> : null}
          <Gemarkeerd tekst={antwoord.tekst} />
          {delen.length > 0 ? <Paragraph>{t('monitor.open.markering.uitleg')}</Paragraph> : null}
          <PostForm ctx={ctx} action={actie}>
            <input type="hidden" name="versie" value={String(antwoord.versie)} />
            {delen.length > 0 ? (
              <>
                <VinkGroep
                  name="deel"
                  legend={t('monitor.open.delen')}
                  description={t('monitor.open.delen.uitleg')}
                  options={delen.map((d, i) => ({
                    value: String(i),
                    label: t('monitor.open.deel', { tekst: d.tekst, soort: t(soortTekst(d.soort)) }),
                  }))}
                  values={(props.gekozen ?? []).map(String)}
                />
                <Knop actie="voorstel" tweede>
                  {t('monitor.open.voorstel')}
                </Knop>
              </>
            ) : null}
            <TextArea
              name="tekst"
              label={t('monitor.open.tekst')}
              description={t('monitor.open.tekst.uitleg')}
              value={props.tekst ?? antwoord.tekst}
              error={props.fout}
              maxLength={4000}
              rows={6}
            />
            <Knop actie="goedkeuren">{t('monitor.open.goedkeuren')}</Knop>{' '}
            <Knop actie="weggooien" tweede>
              {t('monitor.open.weggooien')}
            </Knop>
          </PostForm>
        </section>
      ) : null}
      <Paragraph>
        <Link href={`/panel/peilingen/${peiling.id}`}>{t('monitor.open.terug')}</Link>
      </Paragraph>
    </Layout>
  );
}

function Versie({ weggelaten, tekst, ctx }: { weggelaten: boolean; tekst: string; ctx: PageContext }) {
  if (weggelaten) return <Paragraph>{ctx.t('monitor.open.conflict.weggegooid')}</Paragraph>;
  return (
    <>
      <Paragraph>{ctx.t('monitor.open.conflict.goedgekeurd')}</Paragraph>
      <blockquote class="utrecht-blockquote" style="white-space:pre-wrap;overflow-wrap:anywhere">
        {tekst}
      </blockquote>
    </>
  );
}
