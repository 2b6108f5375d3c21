import { stringify } from 'csv-stringify/sync';
import type { Locale, MessageKey, Translate } from '../../../platform/i18n/i18n.js';
import type { PdfDocument } from '../../../platform/pdf/pdf-document.js';
import {
  Alert,
  ButtonLink,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
  TextField,
} from '../../../platform/views/components.js';
import { VinkGroep } from '../../../platform/views/keuzes.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import { Staaf } from '../../pages/staaf.js';
import type { PanelRapportData } from '../panel.js';
import type { PeilingStand } from '../queries.js';
import { type PanelUitkomst, procent } from '../rules.js';
import { bankMet, type Vraag } from '../vraagbank.js';
import { optieTekst, vraagTekst } from './invullen-pages.js';

/** A count, or "fewer than {minimum}" when it is under the minimum (no small count is shown). */
const telling = (n: number, minimum: number, t: Translate) =>
  n >= minimum || n === 0 ? String(n) : t('monitor.panel.peilingen.weinig', { minimum });

/**
 * The beheerder's and analist's panel page: the panel's size, the peilingen with how many still
 * have to answer, a button to invite, and the form for a new peiling from the levensgebieden
 * catalog and the question bank.
 */
export function PeilingenPage({
  ctx,
  leden,
  minimum,
  peilingen,
  levensgebieden,
  wijk,
  melding,
  errors = {},
  waarden = {},
}: {
  ctx: PageContext;
  leden: number;
  minimum: number;
  peilingen: PeilingStand[];
  levensgebieden: { code: string; naam: string }[];
  /** The area question, when the gemeente set her areas */
  wijk: Vraag | undefined;
  melding?: string | undefined;
  errors?: FieldErrors;
  waarden?: Record<string, string | string[]>;
}) {
  const { t } = ctx;
  const titel = t('monitor.panel.peilingen.titel');
  const gekozen = Array.isArray(waarden.vragen) ? waarden.vragen : waarden.vragen ? [waarden.vragen] : [];
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>
        {leden >= minimum
          ? t('monitor.panel.peilingen.leden', { n: leden })
          : t('monitor.panel.peilingen.weinig-leden', { minimum })}
      </Paragraph>
      {peilingen.length === 0 ? <Paragraph>{t('monitor.panel.peilingen.geen')}</Paragraph> : null}
      {peilingen.map((p) => (
        <section key={p.id} aria-labelledby={`peiling-${p.id}`}>
          <Heading level={2} id={`peiling-${p.id}`}>
            {p.titel}
          </Heading>
          <Paragraph>
            {t('monitor.panel.peilingen.stand', {
              datum: p.sluitOp,
              uitgenodigd: telling(p.uitgenodigd, minimum, t),
              nog: telling(p.nogTeDoen, minimum, t),
              ingediend: telling(p.ingediend, minimum, t),
            })}
          </Paragraph>
          <Paragraph>
            <Link href={`/panel/peilingen/${p.id}`}>{t('monitor.panel.peilingen.rapport')}</Link>
          </Paragraph>
          <Paragraph>
            <Link href={`/panel/peilingen/${p.id}/beoordelen`}>{t('monitor.open.link')}</Link>
          </Paragraph>
          <PostForm ctx={ctx} action={`/panel/peilingen/${p.id}/uitnodigen`}>
            <SubmitButton appearance="secondary-action">
              {t('monitor.panel.peilingen.uitnodigen')}
            </SubmitButton>
          </PostForm>
        </section>
      ))}
      <Heading level={2}>{t('monitor.panel.nieuw.titel')}</Heading>
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action="/panel/peilingen">
        <TextField
          name="titel"
          label={t('monitor.panel.nieuw.naam')}
          value={typeof waarden.titel === 'string' ? waarden.titel : ''}
          error={errors.titel}
          maxLength={200}
        />
        <TextField
          name="sluitOp"
          type="date"
          label={t('monitor.panel.nieuw.sluit')}
          description={t('monitor.panel.nieuw.sluit.uitleg')}
          value={typeof waarden.sluitOp === 'string' ? waarden.sluitOp : ''}
          error={errors.sluitOp}
        />
        <VinkGroep
          name="vragen"
          id="veld-vragen"
          legend={t('monitor.panel.nieuw.gebieden')}
          options={levensgebieden.map((g) => ({ value: `gebied:${g.code}`, label: g.naam }))}
          values={gekozen}
          error={errors.vragen}
        />
        <VinkGroep
          name="vragen"
          id="veld-vragen-bank"
          legend={t('monitor.panel.nieuw.vragen')}
          options={bankMet(wijk).map((v) => ({
            value: v.code,
            label: vraagTekst(v, t),
          }))}
          values={gekozen}
        />
        {wijk ? null : (
          <Paragraph>
            {t('monitor.panel.nieuw.geen-wijken')}{' '}
            {ctx.account?.rol === 'beheerder' ? (
              <Link href="/beheer/monitor">{t('monitor.beheer.link')}</Link>
            ) : (
              t('monitor.beheer.vraag-beheerder')
            )}
          </Paragraph>
        )}
        <SubmitButton>{t('monitor.panel.nieuw.maak')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}

/** A value of a question's table in words. */
const waardeTekst = (vraag: Vraag, waarde: string, t: Translate) =>
  vraag.soort === 'schaal' || waarde === 'weet-niet'
    ? t(`monitor.panel.optie.${waarde}` as MessageKey)
    : optieTekst(waarde, t, vraag);

/** The answer inside a sentence: lower case, except a gemeente's own area name ("Centrum"). */
const waardeInZin = (vraag: Vraag, waarde: string, t: Translate) => {
  const eigenNaam = vraag.eigenNamen === true && waarde !== 'weet-niet' && waarde !== 'liever-niet';
  const tekst = waardeTekst(vraag, waarde, t);
  return eigenNaam ? tekst : tekst.toLowerCase();
};

/**
 * The results of a peiling: per question a B1 sentence, a bar chart (decorative: the table says
 * the same) and the table with counts and shares. A hidden count shows a dash.
 */
export function PanelRapportPage({ ctx, data }: { ctx: PageContext; data: PanelRapportData }) {
  const { t } = ctx;
  const titel = t('monitor.panel.rapport.titel', { titel: data.peiling.titel });
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>{t('monitor.panel.rapport.intro', { minimum: data.minimum })}</Paragraph>
      <Paragraph>
        <Link href={`/panel/peilingen/${data.peiling.id}/beoordelen`}>{t('monitor.open.link')}</Link>
      </Paragraph>
      {data.ingediend === null ? (
        <Alert type="info">
          <Paragraph>{t('monitor.panel.rapport.weinig', { minimum: data.minimum })}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('monitor.panel.rapport.ingediend', { n: data.ingediend })}</Paragraph>
          <ButtonLink href={`/panel/peilingen/${data.peiling.id}/rapport.csv`} appearance="secondary-action">
            {t('monitor.panel.rapport.csv')}
          </ButtonLink>{' '}
          <ButtonLink href={`/panel/peilingen/${data.peiling.id}/rapport.pdf`} appearance="secondary-action">
            {t('monitor.panel.rapport.pdf')}
          </ButtonLink>
          <Paragraph>
            <Link href={`/panel/peilingen/${data.peiling.id}/uitsplitsing`}>
              {t('monitor.uitsplitsing.link')}
            </Link>
          </Paragraph>
          {data.uitkomsten.some((u) => u.soort === 'verdeling' && u.rijen.some((r) => r.aantal === null)) ? (
            <Paragraph>{t('monitor.rapport.onderdrukt')}</Paragraph>
          ) : null}
          {data.uitkomsten.map((u) => (
            <Uitkomst key={u.vraag.code} u={u} t={t} citaten={data.citaten[u.vraag.code] ?? []} />
          ))}
        </>
      )}
    </Layout>
  );
}

function Uitkomst({ u, t, citaten }: { u: PanelUitkomst; t: Translate; citaten: string[] }) {
  const id = `vraag-${u.vraag.code.replace(':', '-')}`;
  const naam = vraagTekst(u.vraag, t);
  const kop = (
    <Heading level={2} id={id}>
      {naam}
    </Heading>
  );
  if (u.soort === 'gemiddelde')
    return (
      <section aria-labelledby={id}>
        {kop}
        <Paragraph>
          {u.gemiddelde === null || u.n === null
            ? t('monitor.panel.rapport.teruggehouden')
            : t('monitor.panel.rapport.gemiddelde', { waarde: Math.round(u.gemiddelde), n: u.n })}
        </Paragraph>
      </section>
    );
  if (u.soort === 'open')
    return (
      <section aria-labelledby={id}>
        {kop}
        <Paragraph>
          {u.n === null
            ? t('monitor.panel.rapport.teruggehouden')
            : t('monitor.panel.rapport.open', { n: u.n })}
        </Paragraph>
        {u.n !== null && citaten.length > 0 ? (
          <>
            <Paragraph>{t('monitor.open.citaten')}</Paragraph>
            {citaten.map((c) => (
              <blockquote class="utrecht-blockquote" style="white-space:pre-wrap;overflow-wrap:anywhere">
                {c}
              </blockquote>
            ))}
          </>
        ) : null}
      </section>
    );
  if (u.teruggehouden || u.n === null)
    return (
      <section aria-labelledby={id}>
        {kop}
        <Paragraph>{t('monitor.panel.rapport.teruggehouden')}</Paragraph>
      </section>
    );
  const n = u.n;
  const eerste = u.rijen[0];
  const pct = eerste ? procent(eerste.aantal, n) : null;
  return (
    <section aria-labelledby={id}>
      {kop}
      {eerste && pct !== null ? (
        <Paragraph>
          {t('monitor.panel.rapport.samenvatting', {
            pct,
            n,
            waarde: waardeInZin(u.vraag, eerste.waarde, t),
          })}
        </Paragraph>
      ) : null}
      {u.meer ? <Paragraph>{t('monitor.panel.rapport.meer')}</Paragraph> : null}
      <Staaf
        labelBreedte={150}
        rijen={u.rijen.map((r) => ({
          sleutel: r.waarde,
          label: waardeTekst(u.vraag, r.waarde, t).slice(0, 22),
          pct: procent(r.aantal, n),
        }))}
      />
      <div class="redzaam-table-wrapper" style="overflow-x:auto">
        <table class="utrecht-table redzaam-table">
          <caption class="utrecht-table__caption">
            {t('monitor.panel.rapport.caption', { vraag: naam })}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('monitor.panel.rapport.antwoord')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('monitor.rapport.n')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {u.rijen.map((r) => {
              const p = procent(r.aantal, n);
              return (
                <tr class="utrecht-table__row" key={r.waarde}>
                  <th class="utrecht-table__header-cell" scope="row">
                    {waardeTekst(u.vraag, r.waarde, t)}
                  </th>
                  <td class="utrecht-table__cell">
                    {r.aantal === null
                      ? '–'
                      : p === null
                        ? String(r.aantal)
                        : t('monitor.rapport.cel', { aantal: r.aantal, pct: p })}
                  </td>
                </tr>
              );
            })}
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {t('monitor.rapport.iedereen')}
              </th>
              <td class="utrecht-table__cell">{String(n)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * A quote as a CSV field: a text a spreadsheet would read as a formula (=, +, -, @, tab, return
 * first) gets an apostrophe in front, so opening the file never runs anything.
 */
export const citaatVeld = (tekst: string) => (/^[=+\-@\t\r]/.test(tekst) ? `'${tekst}` : tekst);

/**
 * The results as CSV: question, answer, count, share, n; a hidden count stays empty, as on the
 * page. An open question with at least the minimum of approved answers: its count, then one row
 * per approved (cleaned) answer with the text in the answer column — as on the page, no more.
 */
export function panelCsv(data: PanelRapportData, t: Translate): string {
  const regels: string[][] = [['vraag', 'antwoord', 'aantal', 'procent', 'n']];
  const tekst = (v: number | null) => (v === null ? '' : String(v));
  for (const u of data.uitkomsten) {
    const naam = vraagTekst(u.vraag, t);
    if (u.soort === 'gemiddelde')
      regels.push([naam, 'gemiddelde', u.gemiddelde === null ? '' : u.gemiddelde.toFixed(1), '', tekst(u.n)]);
    if (u.soort === 'open' && u.n !== null) {
      regels.push([naam, t('monitor.open.citaten'), '', '', tekst(u.n)]);
      for (const c of data.citaten[u.vraag.code] ?? []) regels.push([naam, citaatVeld(c), '', '', '']);
    }
    if (u.soort !== 'verdeling' || u.teruggehouden) continue;
    for (const r of u.rijen)
      regels.push([
        naam,
        citaatVeld(waardeTekst(u.vraag, r.waarde, t)),
        tekst(r.aantal),
        tekst(procent(r.aantal, u.n)),
        tekst(u.n),
      ]);
  }
  return stringify(regels);
}

/** A question's B1 sentence (the first answer's share), as on the page; undefined when hidden. */
function samenvatting(u: PanelUitkomst, t: Translate): string | undefined {
  if (u.soort === 'gemiddelde')
    return u.gemiddelde === null || u.n === null
      ? undefined
      : t('monitor.panel.rapport.gemiddelde', { waarde: Math.round(u.gemiddelde), n: u.n });
  if (u.soort === 'open') return u.n === null ? undefined : t('monitor.panel.rapport.open', { n: u.n });
  const eerste = u.rijen[0];
  const pct = eerste ? procent(eerste.aantal, u.n) : null;
  if (!eerste || pct === null || u.n === null) return undefined;
  return t('monitor.panel.rapport.samenvatting', {
    pct,
    n: u.n,
    waarde: waardeInZin(u.vraag, eerste.waarde, t),
  });
}

/** The results as an accessible PDF (the platform's tagged PDF): per question its sentence and counts. */
export function panelPdf(data: PanelRapportData, t: Translate, taal: Locale): PdfDocument {
  const titel = t('monitor.panel.rapport.titel', { titel: data.peiling.titel });
  const blokken: PdfDocument['blokken'] = [
    { soort: 'kop', niveau: 1, tekst: titel },
    { soort: 'alinea', tekst: t('monitor.panel.rapport.intro', { minimum: data.minimum }) },
  ];
  if (data.ingediend === null) {
    blokken.push({ soort: 'alinea', tekst: t('monitor.panel.rapport.weinig', { minimum: data.minimum }) });
    return { taal, titel, formaat: 'A4', blokken };
  }
  blokken.push({ soort: 'alinea', tekst: t('monitor.panel.rapport.ingediend', { n: data.ingediend }) });
  for (const u of data.uitkomsten) {
    blokken.push({ soort: 'kop', niveau: 2, tekst: vraagTekst(u.vraag, t) });
    const zin = samenvatting(u, t);
    blokken.push({ soort: 'alinea', tekst: zin ?? t('monitor.panel.rapport.teruggehouden') });
    // Approved quotes, only where the page shows them (at least the minimum of approved answers).
    const citaten = u.soort === 'open' && u.n !== null ? (data.citaten[u.vraag.code] ?? []) : [];
    if (citaten.length > 0) {
      blokken.push({ soort: 'alinea', tekst: t('monitor.open.citaten') });
      blokken.push({ soort: 'lijst', items: citaten });
    }
    if (u.soort !== 'verdeling' || u.n === null) continue;
    const n = u.n;
    blokken.push({
      soort: 'lijst',
      items: u.rijen.map((r) => {
        const p = procent(r.aantal, n);
        const waarde =
          r.aantal === null
            ? '–'
            : p === null
              ? String(r.aantal)
              : t('monitor.rapport.cel', { aantal: r.aantal, pct: p });
        return `${waardeTekst(u.vraag, r.waarde, t)}: ${waarde}`;
      }),
    });
  }
  return { taal, titel, formaat: 'A4', blokken };
}
