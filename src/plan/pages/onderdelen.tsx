import type { ComponentChildren } from 'preact';
import { formatDate } from '../../platform/dates.js';
import type { Locale, Translate } from '../../platform/i18n/i18n.js';
import { levensgebiedNaam } from '../../platform/levensgebied-codes.js';
import { Link, Paragraph } from '../../platform/views/components.js';
import type { DoenerWeergave } from '../lezen.js';
import type { Gebied } from '../queries.js';
import type { ActieInvoer, DoelInvoer } from '../rules.js';

/** Small parts the plan's pages share. */

export function TerugLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <Paragraph>
      <Link href={href}>{children}</Link>
    </Paragraph>
  );
}

/** A levensgebied by the gemeente's own name, else the one default name. */
export function gebiedTekst(gebieden: readonly Gebied[], code: string, t: Translate): string {
  return levensgebiedNaam(code, gebieden.find((g) => g.code === code)?.naam, t);
}

/** A calendar day (YYYY-MM-DD) as "3 maart 2027". */
export function dag(datum: string | null, locale: Locale, t: Translate): string {
  return datum ? formatDate(new Date(`${datum}T12:00:00Z`), locale) : t('plan.geen');
}

/** Who does it, in words: "Ik zelf", "Bram (netwerk)", "Een vrijwilliger: Maaike" … */
export function doenerTekst(d: DoenerWeergave, eigenaar: boolean, inwonerNaam: string, t: Translate): string {
  switch (d.soort) {
    case 'ikzelf':
      return eigenaar ? t('plan.doener.ikzelf') : inwonerNaam;
    case 'netwerk':
      return d.naam ? t('plan.doener.netwerk.naam', { naam: d.naam }) : t('plan.doener.netwerk.anoniem');
    case 'vrijwilliger':
      return d.naam ? t('plan.doener.vrijwilliger.naam', { naam: d.naam }) : t('plan.doener.vrijwilliger');
    case 'professional':
      return d.organisatie
        ? t('plan.doener.professional.organisatie', { naam: d.naam, organisatie: d.organisatie })
        : d.naam
          ? t('plan.doener.professional.naam', { naam: d.naam })
          : t('plan.doener.professional');
  }
}

type Regel = { label: string; waarde: string };

/** A goal's fields as label and value, for a proposal or the side-by-side view. */
export function doelRegels(
  d: DoelInvoer,
  gebieden: readonly Gebied[],
  locale: Locale,
  t: Translate,
): Regel[] {
  return [
    { label: t('plan.veld.doel'), waarde: d.tekst },
    { label: t('plan.veld.waarom'), waarde: d.waarom || t('plan.geen') },
    { label: t('plan.veld.gelukt-als'), waarde: d.geluktAls || t('plan.geen') },
    {
      label: t('plan.veld.levensgebieden'),
      waarde: d.levensgebieden.map((c) => gebiedTekst(gebieden, c, t)).join(', ') || t('plan.geen'),
    },
    { label: t('plan.veld.evaluatie'), waarde: dag(d.evaluatieOp, locale, t) },
  ];
}

/** An action's fields as label and value (the doer as the form knows it). */
export function actieRegels(a: ActieInvoer, doener: string, locale: Locale, t: Translate): Regel[] {
  return [
    { label: t('plan.veld.actie'), waarde: a.wat },
    { label: t('plan.veld.doener'), waarde: doener },
    { label: t('plan.veld.wanneer'), waarde: dag(a.wanneer, locale, t) },
    { label: t('plan.veld.status'), waarde: t(`plan.status.${a.status}`) },
    ...(a.statusWaarom ? [{ label: t('plan.veld.status-waarom'), waarde: a.statusWaarom }] : []),
    { label: t('plan.veld.evaluatie'), waarde: dag(a.evaluatieOp, locale, t) },
  ];
}

/** Two versions side by side: a table with a row per field, the differing rows marked in words. */
export function NaastElkaar({
  caption,
  links,
  rechts,
  kopLinks,
  kopRechts,
  t,
}: {
  caption: string;
  links: Regel[] | undefined;
  rechts: Regel[];
  kopLinks: string;
  kopRechts: string;
  t: Translate;
}) {
  return (
    <div class="redzaam-table-wrapper">
      <table class="utrecht-table redzaam-table">
        <caption class="utrecht-table__caption">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t('plan.naast.veld')}
            </th>
            {links ? (
              <th class="utrecht-table__header-cell" scope="col">
                {kopLinks}
              </th>
            ) : null}
            <th class="utrecht-table__header-cell" scope="col">
              {kopRechts}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rechts.map((r, i) => {
            const oud = links?.find((l) => l.label === r.label);
            const anders = links !== undefined && oud?.waarde !== r.waarde;
            return (
              <tr class="utrecht-table__row" key={`${r.label}-${i}`}>
                <th class="utrecht-table__header-cell" scope="row">
                  {r.label}
                  {anders ? ` ${t('plan.naast.anders')}` : ''}
                </th>
                {links ? <td class="utrecht-table__cell">{oud?.waarde ?? t('plan.geen')}</td> : null}
                <td class="utrecht-table__cell">{r.waarde}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
