import type { MessageKey, Translate } from '../../../platform/i18n/i18n.js';
import { levensgebiedNaam } from '../../../platform/levensgebied-codes.js';
import {
  Alert,
  ErrorSummary,
  Heading,
  Paragraph,
  PostForm,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../platform/views/components.js';
import { KeuzeGroep, VinkGroep } from '../../../platform/views/keuzes.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import { type Antwoord, alsVeld, LIEVER_NIET, OPEN_MAX, type Vraag, WEET_NIET } from '../vraagbank.js';

/** A question's text: a life domain's question names the domain. */
export function vraagTekst(vraag: Vraag, t: Translate): string {
  if (vraag.levensgebied)
    return t('monitor.panel.vraag.gebied', {
      gebied: levensgebiedNaam(vraag.levensgebied, undefined, t).toLowerCase(),
    });
  return t(`monitor.panel.vraag.${vraag.code}` as MessageKey);
}

/**
 * An option in words: from the catalog, except the gemeente's own area names (the area
 * question), which are shown as she wrote them.
 */
export const optieTekst = (optie: string, t: Translate, vraag?: Vraag) =>
  vraag?.eigenNamen && optie !== LIEVER_NIET && optie !== WEET_NIET
    ? optie
    : t(`monitor.panel.optie.${optie}` as MessageKey);

export type Stap = { soort: 'vraag'; index: number } | { soort: 'klaar' };

/**
 * One screen of a peiling: one question (or, at the end, the send button), with the answers
 * so far carried in a hidden field — no JavaScript and no draft on the server. `actie` is the
 * address the form posts to (the member's link, or the panel worker's entry).
 */
export function InvullenPage({
  ctx,
  titel,
  actie,
  vragen,
  stap,
  eerder,
  geholpen,
  fout,
}: {
  ctx: PageContext;
  titel: string;
  actie: string;
  vragen: readonly Vraag[];
  stap: Stap;
  eerder: Record<string, Antwoord>;
  geholpen: boolean;
  fout?: string | undefined;
}) {
  const { t } = ctx;
  const vraag = stap.soort === 'vraag' ? vragen[stap.index] : undefined;
  const kop = vraag ? vraagTekst(vraag, t) : t('monitor.panel.invullen.klaar');
  return (
    <Layout ctx={ctx} title={`${kop} – ${titel}`}>
      <p class="utrecht-paragraph">{titel}</p>
      {geholpen ? (
        <Alert type="info">
          <Paragraph>{t('monitor.panel.invullen.geholpen')}</Paragraph>
        </Alert>
      ) : null}
      {stap.soort === 'vraag' && stap.index === 0 && !geholpen ? (
        <Paragraph>{t('monitor.panel.invullen.intro')}</Paragraph>
      ) : null}
      <ErrorSummary ctx={ctx} errors={fout ? { a: fout } : {}} />
      <PostForm ctx={ctx} action={actie}>
        <input type="hidden" name="eerder" value={JSON.stringify(eerder)} />
        {vraag && stap.soort === 'vraag' ? (
          <>
            <p class="utrecht-paragraph">
              {t('monitor.panel.invullen.stap', { nr: stap.index + 1, totaal: vragen.length })}
            </p>
            <input type="hidden" name="stap" value={String(stap.index)} />
            <Heading level={1}>{kop}</Heading>
            <VraagVeld vraag={vraag} antwoord={eerder[vraag.code]} fout={fout} t={t} kop={kop} />
            <div class="redzaam-knoppen">
              <button
                type="submit"
                name="actie"
                value="volgende"
                class="utrecht-button utrecht-button--primary-action"
              >
                {t('monitor.panel.invullen.volgende')}
              </button>{' '}
              {stap.index > 0 ? (
                <button
                  type="submit"
                  name="actie"
                  value="terug"
                  class="utrecht-button utrecht-button--secondary-action"
                >
                  {t('monitor.panel.invullen.terug')}
                </button>
              ) : null}
            </div>
          </>
        ) : (
          <>
            <Heading level={1}>{kop}</Heading>
            <Paragraph>{t('monitor.panel.invullen.klaar.uitleg')}</Paragraph>
            <input type="hidden" name="stap" value={String(vragen.length)} />
            <div class="redzaam-knoppen">
              <button
                type="submit"
                name="actie"
                value="versturen"
                class="utrecht-button utrecht-button--primary-action"
              >
                {t('monitor.panel.invullen.versturen')}
              </button>{' '}
              <button
                type="submit"
                name="actie"
                value="terug"
                class="utrecht-button utrecht-button--secondary-action"
              >
                {t('monitor.panel.invullen.terug')}
              </button>
            </div>
          </>
        )}
      </PostForm>
    </Layout>
  );
}

/** The field of one question: a list of choices, ticks, a number or a text. */
function VraagVeld({
  vraag,
  antwoord,
  fout,
  t,
  kop,
}: {
  vraag: Vraag;
  antwoord: Antwoord | undefined;
  fout: string | undefined;
  t: Translate;
  kop: string;
}) {
  const veld = antwoord ? alsVeld(vraag, antwoord) : {};
  const waarde = typeof veld.a === 'string' ? veld.a : '';
  const weetNiet = vraag.weetNiet ? [{ value: WEET_NIET, label: t('monitor.panel.invullen.weet-niet') }] : [];
  if (vraag.soort === 'schaal' || vraag.soort === 'keuze')
    return (
      <KeuzeGroep
        name="a"
        legend={kop}
        description={vraag.soort === 'schaal' ? t('monitor.panel.schaal.uitleg') : undefined}
        options={[...vraag.opties.map((o) => ({ value: o, label: optieTekst(o, t, vraag) })), ...weetNiet]}
        value={waarde}
        error={fout}
      />
    );
  if (vraag.soort === 'meerkeuze')
    return (
      <VinkGroep
        name="a"
        legend={kop}
        options={[
          ...vraag.opties.map((o) => ({ value: o, label: optieTekst(o, t, vraag) })),
          ...(vraag.weetNiet
            ? [{ value: 'ja', name: 'wn', label: t('monitor.panel.invullen.weet-niet') }]
            : []),
        ]}
        values={[...(Array.isArray(veld.a) ? veld.a : []), ...(veld.wn === 'ja' ? ['ja'] : [])]}
        error={fout}
      />
    );
  if (vraag.soort === 'getal')
    return (
      <>
        <TextField name="a" label={kop} value={waarde} error={fout} maxLength={3} />
        {vraag.weetNiet ? (
          <VinkGroep
            name="wn"
            legend={t('monitor.panel.invullen.weet-niet')}
            options={[{ value: 'ja', label: t('monitor.panel.invullen.weet-niet') }]}
            values={veld.wn === 'ja' ? ['ja'] : []}
          />
        ) : null}
      </>
    );
  return <TextArea name="a" label={kop} value={waarde} error={fout} maxLength={OPEN_MAX} rows={6} />;
}

/** A page with one message: thanks, or why a link does not work. */
export function PanelMeldingPage({
  ctx,
  titel,
  melding,
  type = 'info',
}: {
  ctx: PageContext;
  titel: string;
  melding: string;
  type?: 'ok' | 'info' | 'error' | 'warning';
}) {
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      <Alert type={type}>
        <Paragraph>{melding}</Paragraph>
      </Alert>
    </Layout>
  );
}

/** The panel worker's entry: the code from the member's invitation (letter or mail). */
export function InvoerPage({
  ctx,
  fout,
  code,
}: {
  ctx: PageContext;
  fout?: string | undefined;
  code?: string;
}) {
  const { t } = ctx;
  const titel = t('monitor.panel.invoer.titel');
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>{t('monitor.panel.invoer.intro')}</Paragraph>
      <ErrorSummary ctx={ctx} errors={fout ? { code: fout } : {}} />
      <PostForm ctx={ctx} action="/panel/invoer">
        <TextField
          name="code"
          label={t('monitor.panel.invoer.code')}
          description={t('monitor.panel.invoer.code.uitleg')}
          value={code}
          error={fout}
          autocomplete="off"
          maxLength={40}
        />
        <SubmitButton>{t('monitor.panel.invoer.verder')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
