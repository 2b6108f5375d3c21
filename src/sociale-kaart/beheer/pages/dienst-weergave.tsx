import { formatDate } from '../../../platform/dates.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import type { HsdsObject } from '../../hsds.js';
import { beheerdAdres, DAGEN, isEenvoudigeOpeningstijd } from '../rules.js';

/** "2026-03-01" (HSDS assured_date) as "1 maart 2026". */
export function datumTekst(ctx: PageContext, dag: string | null | undefined): string | undefined {
  if (!dag || !/^\d{4}-\d{2}-\d{2}/.test(dag)) return undefined;
  return formatDate(new Date(`${dag.slice(0, 10)}T12:00:00Z`), ctx.locale);
}

/** An entry as the organisation and the beheerder read it: the fields the form edits. */
export function DienstWeergave({ ctx, dienst }: { ctx: PageContext; dienst: HsdsObject }) {
  const { t } = ctx;
  const adres = beheerdAdres(dienst)?.address;
  const tijden = ((dienst.schedules ?? []) as HsdsObject[])
    .filter(isEenvoudigeOpeningstijd)
    .sort(
      (a, b) =>
        DAGEN.indexOf(a.byday) - DAGEN.indexOf(b.byday) || String(a.opens_at).localeCompare(b.opens_at),
    );
  const rijen: [string, string | undefined][] = [
    [t('socialeKaartBeheer.veld.naam'), dienst.name],
    [t('socialeKaartBeheer.veld.organisatie'), dienst.organization?.name],
    [t('socialeKaartBeheer.veld.omschrijving'), dienst.description],
    [
      t('socialeKaartBeheer.veld.adres'),
      adres ? `${adres.address_1}, ${adres.postal_code} ${adres.city}` : undefined,
    ],
    [t('socialeKaartBeheer.veld.telefoon'), dienst.phones?.[0]?.number],
    [t('socialeKaartBeheer.veld.email'), dienst.email],
    [t('socialeKaartBeheer.veld.website'), dienst.url],
    [
      t('socialeKaartBeheer.veld.openingstijden'),
      tijden.length > 0
        ? tijden
            .map((tijd) =>
              t('socialeKaartBeheer.openingstijd.zin', {
                dag: t(`socialeKaartBeheer.dag.${tijd.byday as (typeof DAGEN)[number]}`),
                open: tijd.opens_at,
                sluit: tijd.closes_at,
              }),
            )
            .join('; ')
        : undefined,
    ],
    [t('socialeKaartBeheer.veld.kosten'), dienst.fees_description],
    [t('socialeKaartBeheer.veld.voor-wie'), dienst.eligibility_description],
  ];
  return (
    <dl class="redzaam-gegevens">
      {rijen.map(([label, waarde]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{waarde ?? t('socialeKaartBeheer.niet-ingevuld')}</dd>
        </div>
      ))}
    </dl>
  );
}
