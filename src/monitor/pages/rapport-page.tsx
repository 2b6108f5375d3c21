import type { Translate } from '../../platform/i18n/i18n.js';
import {
  Alert,
  ButtonLink,
  Heading,
  Paragraph,
  SelectField,
  SubmitButton,
} from '../../platform/views/components.js';
import { KeuzeGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { RapportData } from '../lezen.js';
import {
  aandeel,
  alleUitsplitsingen,
  type Tabel,
  type Uitsplitsing,
  uitsplitsingCode,
  VARIABELEN,
  type Variabele,
} from '../rules.js';
import { gebiedNaam, groepTekst, uitsplitsingTekst } from '../weergave.js';
import { Staaf } from './staaf.js';

/**
 * The analist's report: per life domain a B1 sentence, a bar chart (decorative: the table says
 * the same) and the table with counts and shares. Suppressed cells show a dash; a breakdown
 * that would show nothing safe is refused with a message and no table.
 */
export function RapportPage({
  ctx,
  data,
  variabele,
  uitsplitsing,
  fout,
}: {
  ctx: PageContext;
  data: RapportData | undefined;
  variabele: Variabele;
  uitsplitsing: Uitsplitsing[] | undefined;
  fout?: 'ongeldig' | 'niet-veilig' | undefined;
}) {
  const { t } = ctx;
  const titel = t('monitor.rapport.titel');
  const code = uitsplitsing ? uitsplitsingCode(uitsplitsing) : '';
  const query = new URLSearchParams({ variabele, uitsplitsing: code }).toString();
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {data ? (
        <Paragraph lead>{t('monitor.rapport.intro', { minimum: data.instelling.minimum })}</Paragraph>
      ) : null}
      <form method="get" action="/monitor" class="utrecht-form">
        <KeuzeGroep
          name="variabele"
          legend={t('monitor.rapport.variabele')}
          options={VARIABELEN.map((v) => ({ value: v, label: t(`monitor.rapport.variabele.${v}`) }))}
          value={variabele}
        />
        <SelectField
          name="uitsplitsing"
          label={t('monitor.rapport.uitsplitsing')}
          options={alleUitsplitsingen().map((u) => ({
            value: uitsplitsingCode(u),
            label: uitsplitsingTekst(u, t),
          }))}
          value={code}
          error={fout === 'ongeldig' ? t('monitor.rapport.ongeldig') : undefined}
        />
        <SubmitButton>{t('monitor.rapport.toon')}</SubmitButton>
      </form>
      {fout === 'niet-veilig' ? (
        <Alert type="warning">
          <Paragraph>{t('monitor.rapport.niet-veilig')}</Paragraph>
        </Alert>
      ) : null}
      {data && !fout ? (
        <>
          <ButtonLink href={`/monitor/rapport.csv?${query}`} appearance="secondary-action">
            {t('monitor.rapport.csv')}
          </ButtonLink>
          {data.tabellen.some((tb) => tb.onderdrukt) ? (
            <Paragraph>{t('monitor.rapport.onderdrukt')}</Paragraph>
          ) : null}
          {data.tabellen.map((tabel) => (
            <DomeinTabel
              key={tabel.code}
              tabel={tabel}
              naam={gebiedNaam(data.levensgebieden, tabel.code, t)}
              t={t}
            />
          ))}
        </>
      ) : null}
    </Layout>
  );
}

function DomeinTabel({ tabel, naam, t }: { tabel: Tabel; naam: string; t: Translate }) {
  const id = `domein-${tabel.code}`;
  if (tabel.teruggehouden)
    return (
      <section aria-labelledby={id}>
        <Heading level={2} id={id}>
          {naam}
        </Heading>
        <Paragraph>{t('monitor.rapport.teruggehouden', { gebied: naam })}</Paragraph>
      </section>
    );
  const totaal = tabel.rijen[0];
  const eerste = totaal ? aandeel(totaal.aantallen[0] ?? null, totaal.n) : null;
  return (
    <section aria-labelledby={id}>
      <Heading level={2} id={id}>
        {naam}
      </Heading>
      {eerste !== null && totaal?.n ? (
        <Paragraph>
          {t(`monitor.rapport.samenvatting.${tabel.variabele}`, { gebied: naam, pct: eerste, n: totaal.n })}
        </Paragraph>
      ) : null}
      {totaal ? <StaafVan tabel={tabel} t={t} /> : null}
      <div class="redzaam-table-wrapper" style="overflow-x:auto">
        <table class="utrecht-table redzaam-table">
          <caption class="utrecht-table__caption">{t('monitor.rapport.caption', { gebied: naam })}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('monitor.rapport.groep')}
              </th>
              {tabel.waarden.map((w) => (
                <th class="utrecht-table__header-cell" scope="col" key={w}>
                  {t(`monitor.waarde.${w}` as 'monitor.waarde.niet')}
                </th>
              ))}
              <th class="utrecht-table__header-cell" scope="col">
                {t('monitor.rapport.n')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {tabel.rijen.map((rij) => (
              <tr class="utrecht-table__row" key={rij.groep.join('|')}>
                <th class="utrecht-table__header-cell" scope="row">
                  {groepTekst(tabel.uitsplitsing, rij, t)}
                </th>
                {rij.aantallen.map((a, i) => {
                  const pct = aandeel(a, rij.n);
                  return (
                    <td class="utrecht-table__cell" key={tabel.waarden[i]}>
                      {a === null
                        ? '–'
                        : pct === null
                          ? String(a)
                          : t('monitor.rapport.cel', { aantal: a, pct })}
                    </td>
                  );
                })}
                <td class="utrecht-table__cell">{rij.n === null ? '–' : String(rij.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The shares of everyone as one bar per answer (the table says the same). */
function StaafVan({ tabel, t }: { tabel: Tabel; t: Translate }) {
  const rij = tabel.rijen[0];
  if (!rij) return null;
  return (
    <Staaf
      rijen={tabel.waarden.map((w, i) => ({
        sleutel: w,
        label: t(`monitor.waarde.${w}` as 'monitor.waarde.niet'),
        pct: aandeel(rij.aantallen[i] ?? null, rij.n),
      }))}
    />
  );
}
