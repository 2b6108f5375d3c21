import { formatIsoDate } from '../platform/dates.js';
import { alsZin, type LeesbaarContext } from '../platform/extensions/secties.js';
import type { MessageKey } from '../platform/i18n/i18n.js';
import type { PdfBlok } from '../platform/pdf/pdf-document.js';
import type { exporteerNetwerk } from './sectie.js';

type Export = Awaited<ReturnType<typeof exporteerNetwerk>>;
type Persoon = Export['personen'][number];

/**
 * The netwerkkaart in plain words for "Alles wat Redzaam van je weet" (pure): what the map says
 * and what she says of it, every person with how close, how often, what flows each way, what
 * they help with and what they can carry, proposals of others, and the kept versions.
 * `relatie`: a relationship in her language, the gemeente's own name where it has one.
 */
export function netwerkLeesbaar(
  data: Export,
  { t, locale, gebied }: LeesbaarContext,
  relatie: (code: string) => string,
): PdfBlok[] {
  const datum = (iso: string) => formatIsoDate(iso, locale);
  const steun = (codes: readonly string[]) =>
    codes.map((c) => t(`netwerk.steun.${c}` as MessageKey).toLowerCase()).join(', ');
  if (data.personen.length === 0 && data.voorstellen.length === 0)
    return [{ soort: 'alinea', tekst: t('sectie.leeg') }];
  const groep = (code: string) => t(`netwerk.groep.${code}` as MessageKey);
  const blokken: PdfBlok[] = [
    {
      soort: 'lijst',
      items: [
        t('netwerk.samenvatting.afgeleid', { groep: groep(data.samenvatting.volgensDeKaart) }),
        data.samenvatting.mijnKeuze
          ? t('netwerk.samenvatting.keuze', { groep: groep(data.samenvatting.mijnKeuze) })
          : t('netwerk.alles.geen-keuze'),
      ],
    },
  ];
  const regels = (p: Persoon): string[] => [
    t('netwerk.alles.cirkel', { cirkel: t(`netwerk.cirkel.${p.cirkel}` as MessageKey).toLowerCase() }),
    t('netwerk.alles.contact', { contact: t(`netwerk.contact.${p.contact}` as MessageKey).toLowerCase() }),
    t(p.woontDichtbij ? 'netwerk.alles.dichtbij' : 'netwerk.alles.ver-weg'),
    ...(p.ikKrijg.length > 0 ? [t('netwerk.alles.krijg', { wat: steun(p.ikKrijg) })] : []),
    ...(p.ikGeef.length > 0 ? [t('netwerk.alles.geef', { wat: steun(p.ikGeef) })] : []),
    ...(p.balans === 'krijgt-meer' || p.balans === 'geeft-meer'
      ? [t(`netwerk.alles.balans.${p.balans}`)]
      : []),
    ...(p.helptBij.length > 0
      ? [t('netwerk.alles.helpt', { gebieden: p.helptBij.map(gebied).join(', ') })]
      : []),
    ...p.draagkracht.filter((v) => v !== 'ver-weg').map((v) => t(`netwerk.alles.vlag.${v}` as MessageKey)),
    ...(p.lieverNietReden
      ? [t('netwerk.alles.reden', { reden: t(`netwerk.reden.${p.lieverNietReden}` as MessageKey) })]
      : []),
    ...(p.notitie ? [t('netwerk.alles.notitie', { notitie: alsZin(p.notitie) })] : []),
    t(p.naamZichtbaarVoorAnderen ? 'netwerk.alles.naam-zichtbaar' : 'netwerk.alles.naam-verborgen'),
    ...(p.gekoppeldAccount ? [t('netwerk.alles.account')] : []),
    t('netwerk.alles.sinds', { datum: datum(p.aangemaakt) }),
  ];
  for (const p of data.personen)
    blokken.push(
      {
        soort: 'kop',
        niveau: 3,
        tekst: t('netwerk.alles.persoon', { naam: p.naam, relatie: relatie(p.relatie) }),
      },
      { soort: 'lijst', items: regels(p) },
    );
  if (data.voorstellen.length > 0)
    blokken.push(
      { soort: 'kop', niveau: 3, tekst: t('netwerk.alles.voorstellen') },
      {
        soort: 'lijst',
        items: data.voorstellen.map((v) => {
          const naam = (v.voorstel as { naam?: string }).naam ?? t('netwerk.alles.iemand');
          return [
            t(v.persoonId ? 'netwerk.alles.voorstel.wijzig' : 'netwerk.alles.voorstel.nieuw', {
              van: v.van.naam,
              datum: datum(v.aangemaakt),
              naam,
            }),
            `${t(`netwerk.voorstel.status.${v.status}` as MessageKey)}.`,
          ].join(' ');
        }),
      },
    );
  if (data.versies.length > 0)
    blokken.push(
      { soort: 'kop', niveau: 3, tekst: t('netwerk.alles.versies') },
      { soort: 'alinea', tekst: t('netwerk.alles.versies.uitleg') },
      {
        soort: 'lijst',
        items: [...data.versies]
          .sort((a, b) => a.op.localeCompare(b.op))
          .map((v) => t('netwerk.alles.versie', { datum: datum(v.op), aantal: v.personen.length })),
      },
    );
  return blokken;
}
