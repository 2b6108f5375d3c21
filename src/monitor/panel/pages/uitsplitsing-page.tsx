import { stringify } from 'csv-stringify/sync';
import type { MessageKey, Translate } from '../../../platform/i18n/i18n.js';
import {
  Alert,
  ButtonLink,
  Heading,
  Link,
  Paragraph,
  SelectField,
  SubmitButton,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import { Staaf } from '../../pages/staaf.js';
import type { UitsplitsingData } from '../panel.js';
import { procent } from '../rules.js';
import {
  PANEL_KEUZES,
  type PanelUitsplitsing,
  type UitsplitsRij,
  type UitsplitsVraag,
} from '../uitsplitsing.js';
import { LIEVER_NIET, type Vraag, WEET_NIET } from '../vraagbank.js';
import { citaatVeld } from './beheer-pages.js';
import { optieTekst, vraagTekst } from './invullen-pages.js';

/** A value of a question's table in words (a scale as manages / does not). */
const waardeTekst = (vraag: Vraag, waarde: string, t: Translate) =>
  vraag.soort === 'schaal' || waarde === 'weet-niet'
    ? t(`monitor.panel.optie.${waarde}` as MessageKey)
    : optieTekst(waarde, t, vraag);

/** A group in words: "Vrouw, 35 tot 50 jaar"; everyone for the first row. */
export function groepNaam(
  uitsplitsing: readonly PanelUitsplitsing[],
  rij: UitsplitsRij,
  t: Translate,
): string {
  if (rij.groep.length === 0) return t('monitor.uitsplitsing.iedereen');
  return rij.groep
    .map((w, i) =>
      uitsplitsing[i] === 'leeftijd'
        ? t(`monitor.uitsplitsing.leeftijd.${w}` as MessageKey)
        : uitsplitsing[i] === 'gebied'
          ? w === WEET_NIET
            ? t('monitor.uitsplitsing.gebied.weet-niet')
            : w === LIEVER_NIET
              ? t('monitor.uitsplitsing.gebied.liever-niet')
              : w
          : w === WEET_NIET
            ? t('monitor.uitsplitsing.geslacht.weet-niet')
            : optieTekst(w, t),
    )
    .join(', ');
}

export type UitsplitsFout = 'ongeldig' | 'niet-veilig' | 'geen-vraag' | undefined;

/** Whether a breakdown shows nothing (every question's groups too small): refused as a whole. */
export const nietVeilig = (data: UitsplitsingData) =>
  data.uitkomst.soort === 'tabellen' && data.uitkomst.teruggehouden;

/**
 * A breakdown of a peiling's results: per question a B1 list (the first answer's share per
 * group), a bar chart (decorative: the table says the same) and the table. A hidden count is a
 * dash; a question whose groups are all too small shows only a sentence, and a breakdown with
 * nothing safe at all shows only the message.
 */
export function UitsplitsingPage({
  ctx,
  data,
  naar,
  fout,
}: {
  ctx: PageContext;
  data: UitsplitsingData;
  naar: string;
  fout: UitsplitsFout;
}) {
  const { t } = ctx;
  const titel = t('monitor.uitsplitsing.titel', { titel: data.peiling.titel });
  const basis = `/panel/peilingen/${data.peiling.id}`;
  const u = data.uitkomst;
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>{t('monitor.uitsplitsing.intro', { minimum: data.minimum })}</Paragraph>
      <Paragraph>
        <Link href={basis}>{t('monitor.uitsplitsing.terug')}</Link>
      </Paragraph>
      <form method="get" action={`${basis}/uitsplitsing`} class="utrecht-form">
        <SelectField
          name="naar"
          label={t('monitor.uitsplitsing.kies')}
          options={PANEL_KEUZES.map((k) => ({ value: k, label: t(`monitor.uitsplitsing.naar.${k}`) }))}
          value={naar}
          error={fout === 'ongeldig' ? t('monitor.uitsplitsing.ongeldig') : undefined}
        />
        <SubmitButton>{t('monitor.uitsplitsing.toon')}</SubmitButton>
      </form>
      {fout === 'ongeldig' ? null : u.soort === 'te-weinig' || data.ingediend === null ? (
        <Alert type="info">
          <Paragraph>{t('monitor.panel.rapport.weinig', { minimum: data.minimum })}</Paragraph>
        </Alert>
      ) : u.soort === 'kan-niet' ? (
        <Alert type="info">
          <Paragraph>
            {u.ontbreekt.includes('gebied')
              ? t('monitor.uitsplitsing.geen-gebied')
              : t('monitor.uitsplitsing.geen-vraag', {
                  vraag: u.ontbreekt
                    .map((o) => t(`monitor.uitsplitsing.vraag.${o}` as MessageKey))
                    .join(', '),
                })}
          </Paragraph>
        </Alert>
      ) : fout === 'niet-veilig' ? (
        <Alert type="warning">
          <Paragraph>{t('monitor.uitsplitsing.niet-veilig', { minimum: data.minimum })}</Paragraph>
        </Alert>
      ) : (
        <>
          <ButtonLink
            href={`${basis}/uitsplitsing.csv?${new URLSearchParams({ naar }).toString()}`}
            appearance="secondary-action"
          >
            {t('monitor.uitsplitsing.csv')}
          </ButtonLink>
          {u.vragen.some((v) => v.onderdrukt) ? (
            <Paragraph>{t('monitor.rapport.onderdrukt')}</Paragraph>
          ) : null}
          {u.vragen.map((v) => (
            <VraagTabel key={v.vraag.code} v={v} uitsplitsing={u.uitsplitsing} t={t} />
          ))}
        </>
      )}
    </Layout>
  );
}

function VraagTabel({
  v,
  uitsplitsing,
  t,
}: {
  v: UitsplitsVraag;
  uitsplitsing: PanelUitsplitsing[];
  t: Translate;
}) {
  const id = `vraag-${v.vraag.code.replace(':', '-')}`;
  const naam = vraagTekst(v.vraag, t);
  const kop = (
    <Heading level={2} id={id}>
      {naam}
    </Heading>
  );
  if (v.teruggehouden)
    return (
      <section aria-labelledby={id}>
        {kop}
        <Paragraph>{t('monitor.uitsplitsing.vraag-teruggehouden')}</Paragraph>
      </section>
    );
  const eerste = v.waarden[0] as string;
  // The B1 summary: the first answer's share per group where it is shown.
  const zinnen = v.rijen.flatMap((r) => {
    const aantal = r.aantallen[0] ?? null;
    const pct = procent(aantal, r.n);
    return pct === null || aantal === null || r.n === null
      ? []
      : [{ groep: groepNaam(uitsplitsing, r, t), pct, aantal, n: r.n }];
  });
  return (
    <section aria-labelledby={id}>
      {kop}
      <Paragraph>
        {t('monitor.uitsplitsing.samenvatting.kop', { waarde: waardeTekst(v.vraag, eerste, t) })}
      </Paragraph>
      <ul class="utrecht-unordered-list">
        {zinnen.map((z) => (
          <li class="utrecht-unordered-list__item" key={z.groep}>
            {t('monitor.uitsplitsing.samenvatting', z)}
          </li>
        ))}
      </ul>
      <Staaf
        labelBreedte={150}
        rijen={v.rijen.map((r) => ({
          sleutel: r.groep.join('|') || '*',
          label: groepNaam(uitsplitsing, r, t).slice(0, 22),
          pct: procent(r.aantallen[0] ?? null, r.n),
        }))}
      />
      <div class="redzaam-table-wrapper" style="overflow-x:auto">
        <table class="utrecht-table redzaam-table">
          <caption class="utrecht-table__caption">
            {t('monitor.uitsplitsing.caption', { vraag: naam })}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('monitor.uitsplitsing.groep')}
              </th>
              {v.waarden.map((w) => (
                <th class="utrecht-table__header-cell" scope="col" key={w}>
                  {waardeTekst(v.vraag, w, t)}
                </th>
              ))}
              <th class="utrecht-table__header-cell" scope="col">
                {t('monitor.rapport.n')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {v.rijen.map((r) => (
              <tr class="utrecht-table__row" key={r.groep.join('|') || '*'}>
                <th class="utrecht-table__header-cell" scope="row">
                  {groepNaam(uitsplitsing, r, t)}
                </th>
                {r.aantallen.map((a, i) => {
                  const pct = procent(a, r.n);
                  return (
                    <td class="utrecht-table__cell" key={v.waarden[i]}>
                      {a === null
                        ? '–'
                        : pct === null
                          ? String(a)
                          : t('monitor.rapport.cel', { aantal: a, pct })}
                    </td>
                  );
                })}
                <td class="utrecht-table__cell">{r.n === null ? '–' : String(r.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A breakdown as CSV: question, group, answer, count, share, n; a hidden count stays empty. */
export function uitsplitsingCsv(data: UitsplitsingData, t: Translate): string {
  const regels: string[][] = [['vraag', 'groep', 'antwoord', 'aantal', 'procent', 'n']];
  const u = data.uitkomst;
  if (u.soort !== 'tabellen') return stringify(regels);
  const tekst = (v: number | null) => (v === null ? '' : String(v));
  for (const v of u.vragen) {
    if (v.teruggehouden) continue;
    const naam = vraagTekst(v.vraag, t);
    for (const r of v.rijen)
      v.waarden.forEach((w, i) => {
        const a = r.aantallen[i] ?? null;
        // Area names are the gemeente's own text: one that starts like a formula gets an apostrophe.
        regels.push([
          naam,
          citaatVeld(groepNaam(u.uitsplitsing, r, t)),
          citaatVeld(waardeTekst(v.vraag, w, t)),
          tekst(a),
          tekst(procent(a, r.n)),
          tekst(r.n),
        ]);
      });
  }
  return stringify(regels);
}
